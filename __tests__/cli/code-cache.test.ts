import { afterEach, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cacheFileOf, codeCacheDir, commandTag, pruneCodeCaches, readCodeCache, sourceDigest, writeCodeCache } from '../../src/cli/code-cache.js';
import { USAGE } from '../../src/cli/usage.js';

/**
 * The CLI's V8 code cache store. V8 itself checks a cache only against the source's length, so
 * every file is hostile: only a well-formed file of ours, for exactly this source, is ever used.
 */
let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));
const fresh = () => (dir = mkdtempSync(path.join(tmpdir(), 'og-code-cache-')));

const source = Buffer.from('(function (chunk) { chunk.id = 1; })\n');
const data = Buffer.from('pretend V8 code cache bytes '.repeat(40));
const DIGEST = sourceDigest(source);

describe('where the code cache lives', () => {
  it('follows OMNIGRAPH_CLUSTER_CODE_CACHE, then XDG_CACHE_HOME, then ~/.cache, one folder per Node version', () => {
    expect(codeCacheDir({ OMNIGRAPH_CLUSTER_CODE_CACHE: '/c' }, 'v20.1.0', 'x64', [])).toBe('/c/v20.1.0-x64');
    expect(codeCacheDir({ XDG_CACHE_HOME: '/x' }, 'v24.0.0', 'arm64', [])).toBe('/x/omnigraph-cluster-code/v24.0.0-arm64');
    expect(codeCacheDir({}, 'v20.1.0', 'x64', [])).toMatch(/\/\.cache\/omnigraph-cluster-code\/v20\.1\.0-x64$/);
  });

  it('keeps runs under other Node options apart, so they do not take turns replacing each other', () => {
    const plain = codeCacheDir({ OMNIGRAPH_CLUSTER_CODE_CACHE: '/c' }, 'v20.1.0', 'x64', ['', '']);
    expect(plain).toBe('/c/v20.1.0-x64');
    const flagged = codeCacheDir({ OMNIGRAPH_CLUSTER_CODE_CACHE: '/c' }, 'v20.1.0', 'x64', ['--max-semi-space-size=16', '']);
    const viaEnv = codeCacheDir({ OMNIGRAPH_CLUSTER_CODE_CACHE: '/c' }, 'v20.1.0', 'x64', ['', '--max-semi-space-size=16']);
    expect(flagged).toMatch(/^\/c\/v20\.1\.0-x64-[0-9a-f]{12}$/);
    expect(viaEnv).toMatch(/^\/c\/v20\.1\.0-x64-[0-9a-f]{12}$/);
    expect(new Set([plain, flagged, viaEnv]).size).toBe(3);
  });

  it('is off when asked, and for a relative directory, which would depend on where the CLI runs', () => {
    expect(codeCacheDir({ OMNIGRAPH_CLUSTER_CODE_CACHE: 'off' })).toBeNull();
    expect(codeCacheDir({ OMNIGRAPH_CLUSTER_CODE_CACHE: 'cache' })).toBeNull();
    expect(codeCacheDir({ XDG_CACHE_HOME: 'relative' }, 'v1', 'x', [])).toMatch(/\/\.cache\/omnigraph-cluster-code\/v1-x$/);
  });

  it('names files by chunk, and refuses a name that could leave the folder', () => {
    expect(cacheFileOf('/c', '533.index.js', DIGEST)).toBe(`/c/533.index.js.${DIGEST.toString('hex').slice(0, 16)}.v8cache`);
    for (const bad of ['../x.js', 'a/b.js', '', '.hidden']) expect(() => cacheFileOf('/c', bad, DIGEST)).toThrow();
  });
});

describe('reading and writing a code cache', () => {
  it('gives back what was written, for the same source only', () => {
    const file = cacheFileOf(path.join(fresh(), 'v'), '1.index.js', DIGEST);
    expect(writeCodeCache(file, sourceDigest(source), data, ['plan'])).toBe(true);
    expect(readCodeCache(file, sourceDigest(source))).toEqual({ data, commands: ['plan'] });
    expect(readCodeCache(file, sourceDigest(Buffer.from('(function (chunk) { chunk.id = 2; })\n')))).toBeNull();
    expect(readdirSync(path.dirname(file))).toEqual([path.basename(file)]);
  });

  it('writes private files in a private folder', () => {
    const file = cacheFileOf(path.join(fresh(), 'v'), '1.index.js', DIGEST);
    writeCodeCache(file, sourceDigest(source), data, ['plan']);
    const mode = (p: string) => statSync(p).mode;
    expect(mode(file) & 0o077).toBe(0);
    expect(mode(path.dirname(file)) & 0o077).toBe(0);
  });

  it('treats a missing, truncated, padded or altered file as a miss', () => {
    const file = cacheFileOf(fresh(), '1.index.js', DIGEST);
    const digest = sourceDigest(source);
    expect(readCodeCache(file, digest)).toBeNull();
    writeCodeCache(file, digest, data, ['plan']);
    const good = readFileSync(file);
    const variants: Array<[string, Buffer]> = [
      ['truncated', good.subarray(0, good.length - 1)],
      ['header only', good.subarray(0, 72)],
      ['padded', Buffer.concat([good, Buffer.from([0])])],
      ['the older format', Buffer.concat([Buffer.from('OGCC0001'), good.subarray(8)])],
      ['empty', Buffer.alloc(0)],
    ];
    for (let at = 0; at < good.length; at += 37) {
      const flipped = Buffer.from(good);
      flipped[at] = flipped[at]! ^ 0x01;
      variants.push([`bit flipped at ${at}`, flipped]);
    }
    for (const [name, bytes] of variants) {
      writeFileSync(file, bytes, { mode: 0o600 });
      expect([name, readCodeCache(file, digest)]).toEqual([name, null]);
    }
  });

  it('does not follow a link, block on a FIFO, or read a directory', () => {
    const root = fresh();
    const digest = sourceDigest(source);
    const real = cacheFileOf(root, '1.index.js', DIGEST);
    writeCodeCache(real, digest, data, ['plan']);
    const link = cacheFileOf(root, '2.index.js', DIGEST);
    symlinkSync(real, link);
    expect(readCodeCache(link, digest)).toBeNull();
    const fifo = cacheFileOf(root, '3.index.js', DIGEST);
    execFileSync('mkfifo', [fifo]);
    expect(readCodeCache(fifo, digest)).toBeNull();
    const folder = cacheFileOf(root, '4.index.js', DIGEST);
    mkdirSync(folder);
    expect(readCodeCache(folder, digest)).toBeNull();
    // A link planted at the entry's name is replaced, not written through.
    const target = path.join(root, 'target');
    writeFileSync(target, 'untouched');
    const planted = cacheFileOf(root, '5.index.js', DIGEST);
    symlinkSync(target, planted);
    expect(writeCodeCache(planted, digest, data, ['plan'])).toBe(true);
    expect(readFileSync(target, 'utf8')).toBe('untouched');
    expect(readCodeCache(planted, digest)).toEqual({ data, commands: ['plan'] });
  });

  it('ignores a file others may write, or that belongs to someone else', () => {
    const file = cacheFileOf(fresh(), '1.index.js', DIGEST);
    const digest = sourceDigest(source);
    writeCodeCache(file, digest, data, ['plan']);
    chmodSync(file, 0o620);
    expect(readCodeCache(file, digest)).toBeNull();
    chmodSync(file, 0o602);
    expect(readCodeCache(file, digest)).toBeNull();
    chmodSync(file, 0o644);
    expect(readCodeCache(file, digest)).toEqual({ data, commands: ['plan'] });
    if (process.getuid?.() === 0) {
      chownSync(file, 4321, 4321);
      expect(readCodeCache(file, digest)).toBeNull();
    }
  });

  it('reports a cache it cannot write, and leaves no temp file behind', () => {
    const root = fresh();
    writeFileSync(path.join(root, 'blocker'), 'a file where the folder should be');
    expect(writeCodeCache(cacheFileOf(path.join(root, 'blocker', 'v'), '1.index.js', DIGEST), sourceDigest(source), data, ['plan'])).toBe(false);
    expect(readdirSync(root)).toEqual(['blocker']);
    expect(existsSync(path.join(root, 'blocker', 'v'))).toBe(false);
  });

  it('keeps the newest caches of a chunk, and removes stale temp files of a killed writer', () => {
    const root = fresh();
    const versions = Array.from({ length: 6 }, (_, i) => sourceDigest(Buffer.from(`version ${i}`)));
    versions.forEach((digest, i) => {
      const file = cacheFileOf(root, '1.index.js', digest);
      writeCodeCache(file, digest, data, ['plan']);
      utimesSync(file, 1000 + i, 1000 + i);
    });
    const other = cacheFileOf(root, '11.index.js', DIGEST);
    writeCodeCache(other, DIGEST, data, ['plan']);
    utimesSync(other, 1, 1);
    const staleTemp = path.join(root, '1.index.js.abc.123.tmp');
    const freshTemp = path.join(root, '1.index.js.abc.456.tmp');
    writeFileSync(staleTemp, 'x');
    writeFileSync(freshTemp, 'x');
    utimesSync(staleTemp, 1, 1);
    const notOurs = path.join(root, '1.index.js.notes');
    writeFileSync(notOurs, 'x');
    pruneCodeCaches(root, '1.index.js', 4, Date.now());
    const kept = versions.slice(2).map((d) => path.basename(cacheFileOf(root, '1.index.js', d)));
    expect(readdirSync(root).sort()).toEqual([...kept, path.basename(other), path.basename(freshTemp), path.basename(notOurs)].sort());
  });

  it('records which commands the data covers, and refuses a list it did not write', () => {
    const file = cacheFileOf(fresh(), '1.index.js', DIGEST);
    writeCodeCache(file, DIGEST, data, ['validate', 'plan', 'validate']);
    expect(readCodeCache(file, DIGEST)).toEqual({ data, commands: ['validate', 'plan'] });
    writeCodeCache(file, DIGEST, data, []);
    expect(readCodeCache(file, DIGEST)).toEqual({ data, commands: [] });
    // A list that checks out but names what no run could be: rebuilt by hand with a true digest.
    const forge = (list: string) => {
      const length = Buffer.alloc(2);
      length.writeUInt16LE(Buffer.byteLength(list, 'latin1'), 0);
      const body = Buffer.concat([length, Buffer.from(list, 'latin1'), data]);
      writeFileSync(file, Buffer.concat([Buffer.from('OGCC0002'), DIGEST, createHash('sha256').update(body).digest(), body]), { mode: 0o600 });
    };
    forge('plan');
    expect(readCodeCache(file, DIGEST)).toEqual({ data, commands: ['plan'] });
    // A body too short to hold the list's length, with a true digest.
    const oneByte = Buffer.from([7]);
    writeFileSync(file, Buffer.concat([Buffer.from('OGCC0002'), DIGEST, createHash('sha256').update(oneByte).digest(), oneByte]), { mode: 0o600 });
    expect(readCodeCache(file, DIGEST)).toBeNull();
    for (const bad of ['../plan', 'PLAN', 'plan,', 'a'.repeat(40)]) {
      forge(bad);
      expect([bad, readCodeCache(file, DIGEST)]).toEqual([bad, null]);
    }
  });
});

describe('the command a run is tagged with', () => {
  it('is the first argument naming a command, else other', () => {
    expect(commandTag(['--config', 'x', 'plan', '--json'])).toBe('plan');
    expect(commandTag(['force-unlock', '01ABC'])).toBe('force-unlock');
    expect(commandTag(['--help'])).toBe('other');
    expect(commandTag([])).toBe('other');
  });

  it('knows every command the CLI has', () => {
    const section = USAGE.slice(USAGE.indexOf('Commands:'), USAGE.indexOf('Options:'));
    const commands = [...section.matchAll(/^ {2}([a-z][a-z-]+)/gm)].map((m) => m[1]!).filter((c) => c !== 'help');
    expect(commands.length).toBeGreaterThan(5);
    for (const command of commands) expect(commandTag([command])).toBe(command);
  });
});
