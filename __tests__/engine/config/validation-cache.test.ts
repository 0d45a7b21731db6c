import { afterEach, describe, expect, it } from '@jest/globals';
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { validate } from '../../../src/engine/commands/validate.js';
import { LocalSourceFiles } from '../../../src/adapters/source/local-source-files.js';
import { FsValidationCache, defaultCacheDir } from '../../../src/adapters/cache/fs-validation-cache.js';
import type { ValidationCache } from '../../../src/engine/ports/validation-cache.js';
import { toPrettyJson } from '../../../src/base/json.js';
import { diagnosticJson } from '../../../src/engine/diagnostics/index.js';
import { fixtureFiles, tempCluster, type TempCluster } from '../../support/cluster-fixture.js';

/** An in-memory cache that counts what the engine asks of it. */
class CountingCache implements ValidationCache {
  readonly toolVersion = 'test';
  readonly entries = new Map<string, string>();
  gets = 0;
  hits = 0;
  puts = 0;
  get(key: string): string | null {
    this.gets++;
    const value = this.entries.get(key) ?? null;
    if (value !== null) this.hits++;
    return value;
  }
  put(key: string, value: string): void {
    this.puts++;
    this.entries.set(key, value);
  }
}

let cluster: TempCluster | undefined;
afterEach(() => cluster?.cleanup());

const BAD_TYPE_GQ = '\nquery find_person($name: String) {\n  match { $p: Person { name: $name } }\n  return { $p.nickname }\n}\n';
const FIXTURES: Record<string, Record<string, string>> = {
  valid: fixtureFiles(),
  'query type error': fixtureFiles({ 'people.gq': BAD_TYPE_GQ }),
  'query parse error': fixtureFiles({ 'people.gq': 'query find_person( {' }),
  'schema parse error': fixtureFiles({ 'people.pg': 'node Person {' }),
  'invalid policy': fixtureFiles({ 'base.policy.yaml': 'version: 1\nrules: [1]\n' }),
  'query directory': fixtureFiles({
    'cluster.yaml': 'version: 1\ngraphs:\n  knowledge:\n    schema: ./people.pg\n    queries: ./q\n',
    'q/a.gq': BAD_TYPE_GQ.replace('find_person', 'a'),
    'q/b.gq': '\nquery b($name: String) {\n  match { $p: Person { name: $name } }\n  return { $p.age }\n}\n',
  }),
};

/** validate's output as the CLI prints it. */
async function output(dir: string, cache?: ValidationCache): Promise<string> {
  const out = await validate({ sources: new LocalSourceFiles(), ...(cache ? { validationCache: cache } : {}) }, { configDir: dir });
  return toPrettyJson({ ...out, diagnostics: out.diagnostics.map(diagnosticJson) });
}

describe('validation cache', () => {
  it.each(Object.entries(FIXTURES))('a miss and a hit give the same bytes as no cache: %s', async (_name, files) => {
    cluster = tempCluster(files);
    const uncached = await output(cluster.dir);
    const cache = new CountingCache();
    expect(await output(cluster.dir, cache)).toBe(uncached);
    expect(cache.puts).toBeGreaterThan(0);
    expect(cache.hits).toBe(0);
    const stored = cache.puts;
    expect(await output(cluster.dir, cache)).toBe(uncached);
    // Warm: every check was answered from the cache, nothing was stored again.
    expect(cache.hits).toBe(stored);
    expect(cache.puts).toBe(stored);
  });

  it('a changed source misses (keys are content digests)', async () => {
    cluster = tempCluster(FIXTURES.valid);
    const cache = new CountingCache();
    await output(cluster.dir, cache);
    cluster.write('people.gq', BAD_TYPE_GQ);
    const puts = cache.puts;
    const warm = await output(cluster.dir, cache);
    expect(cache.puts).toBeGreaterThan(puts);
    expect(warm).toBe(await output(cluster.dir));
    expect(warm).toContain('query_typecheck_error');
  });

  it('ignores entries that do not verify: wrong key, wrong shape, not JSON', async () => {
    // Verdicts recorded for a valid cluster, then served under the keys of a broken one.
    cluster = tempCluster(FIXTURES['query type error']);
    const uncached = await output(cluster.dir);
    const cache = new CountingCache();
    await output(cluster.dir, cache);
    const forgeries = [
      (key: string) => JSON.stringify({ key: `${key.slice(1)}0`, value: { error: null } }),
      (key: string) => JSON.stringify({ key, value: { error: { stage: 'nonsense', message: 1 } } }),
      () => '{"key":',
      (key: string) => JSON.stringify({ key, value: { ok: 'yes', decls: 'all' } }),
    ];
    for (const forge of forgeries) {
      for (const key of cache.entries.keys()) cache.entries.set(key, forge(key));
      expect(await output(cluster.dir, cache)).toBe(uncached);
    }
  });

  it('the file cache refuses torn or edited entries and never throws', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'og-cache-'));
    try {
      const cache = new FsValidationCache(dir, 'v');
      const key = 'a'.repeat(64);
      cache.put(key, '{"value":1}');
      expect(cache.get(key)).toBe('{"value":1}');
      expect(cache.get('b'.repeat(64))).toBeNull();
      const file = path.join(dir, 'aa', key);
      const stored = readFileSync(file, 'utf8');
      writeFileSync(file, stored.slice(0, -2));
      expect(cache.get(key)).toBeNull();
      writeFileSync(file, stored.replace('1', '2'));
      expect(cache.get(key)).toBeNull();
      expect(cache.get('../../etc/passwd')).toBeNull();
      cache.put('../escape', 'x');
      expect(readdirSync(dir)).toEqual(['aa']);
      // A cache directory that cannot be created only costs speed.
      writeFileSync(path.join(dir, 'blocker'), '');
      const blocked = new FsValidationCache(path.join(dir, 'blocker', 'sub'), 'v');
      expect(() => blocked.put(key, 'x')).not.toThrow();
      expect(blocked.get(key)).toBeNull();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the file cache neither reads nor writes through a link, never blocks on a FIFO, and heals a torn entry', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'og-cache-'));
    try {
      const cache = new FsValidationCache(path.join(dir, 'cache'), 'v');
      const key = 'c'.repeat(64);
      const other = 'd'.repeat(64);
      cache.put(other, '{"value":1}');
      const outside = path.join(dir, 'outside.txt');
      writeFileSync(outside, readFileSync(path.join(dir, 'cache', 'dd', other)));
      const entry = path.join(dir, 'cache', 'cc', key);
      mkdirSync(path.dirname(entry));
      // A link at an entry's name to a file holding a valid entry: not read, not written through.
      symlinkSync(outside, entry);
      expect(cache.get(key)).toBeNull();
      const before = readFileSync(outside, 'utf8');
      cache.put(key, '{"value":2}');
      expect(readFileSync(outside, 'utf8')).toBe(before);
      expect(lstatSync(entry).isSymbolicLink()).toBe(true);
      // A FIFO with no writer would block a plain read for ever.
      rmSync(entry);
      if (spawnSync('mkfifo', [entry]).status === 0) {
        expect(cache.get(key)).toBeNull();
        rmSync(entry);
      }
      // Written in place: a torn entry (a reader meeting one half written) is a miss, and the
      // next put replaces it whole.
      cache.put(key, '{"value":3}');
      const whole = readFileSync(entry, 'utf8');
      writeFileSync(entry, whole.slice(0, 40));
      expect(cache.get(key)).toBeNull();
      cache.put(key, '{"value":3}');
      expect(readFileSync(entry, 'utf8')).toBe(whole);
      expect(new FsValidationCache(path.join(dir, 'cache'), 'v').get(key)).toBe('{"value":3}');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  describe('the pack of a scoped file cache', () => {
    let cacheDir = '';
    afterEach(() => rmSync(cacheDir, { recursive: true, force: true }));
    const packDir = () => path.join(cacheDir, 'packs');
    const onlyPack = () => readdirSync(packDir()).map((name) => path.join(packDir(), name));
    /** Removes every single-entry file, leaving the packs. */
    const dropEntryFiles = () => {
      for (const name of readdirSync(cacheDir)) if (name !== 'packs') rmSync(path.join(cacheDir, name), { recursive: true });
    };
    const run = async (scope: string | null, build = 'v') => {
      const cache = new FsValidationCache(cacheDir, build, scope);
      const out = await output(cluster!.dir, cache);
      cache.flush();
      return { out, cache };
    };

    it.each(Object.entries(FIXTURES))('answers a warm run alone, with the same bytes: %s', async (_name, files) => {
      cluster = tempCluster(files);
      cacheDir = mkdtempSync(path.join(tmpdir(), 'og-pack-'));
      const uncached = await output(cluster.dir);
      const cold = await run(cluster.dir);
      expect(cold.out).toBe(uncached);
      expect(onlyPack()).toHaveLength(1);
      dropEntryFiles();
      const warm = await run(cluster.dir);
      expect(warm.out).toBe(uncached);
      // Every verdict came from the pack: nothing stored, the pack not rewritten.
      expect(warm.cache.written).toBe(0);
      expect(readdirSync(cacheDir)).toEqual(['packs']);
    });

    it('a changed source falls back to the entry files and rewrites the pack', async () => {
      cluster = tempCluster(FIXTURES.valid);
      cacheDir = mkdtempSync(path.join(tmpdir(), 'og-pack-'));
      await run(cluster.dir);
      const before = readFileSync(onlyPack()[0]!, 'utf8');
      cluster.write('people.gq', BAD_TYPE_GQ);
      const changed = await run(cluster.dir);
      expect(changed.out).toBe(await output(cluster.dir));
      expect(readFileSync(onlyPack()[0]!, 'utf8')).not.toBe(before);
      expect((await run(cluster.dir)).cache.written).toBe(0);
    });

    it('ignores a torn or edited pack, and one whose entries do not verify', async () => {
      cluster = tempCluster(FIXTURES['query type error']);
      cacheDir = mkdtempSync(path.join(tmpdir(), 'og-pack-'));
      const uncached = await output(cluster.dir);
      await run(cluster.dir);
      const file = onlyPack()[0]!;
      const stored = readFileSync(file, 'utf8');
      dropEntryFiles();
      writeFileSync(file, stored.slice(0, -3));
      expect((await run(cluster.dir)).out).toBe(uncached);
      dropEntryFiles();
      const edited = stored.replace('"error\\":{', '"error\\":null,"x\\":{');
      expect(edited).not.toBe(stored);
      writeFileSync(file, edited);
      expect((await run(cluster.dir)).out).toBe(uncached);
      // A pack with a correct checksum but entries that are not verdicts (a key that is not
      // theirs, a shape that is not one): the engine's own checks refuse them and re-run.
      const body = JSON.stringify(Object.fromEntries(Object.keys(JSON.parse(stored.slice(stored.indexOf('\n') + 1)) as object).map((k, i) => [k, JSON.stringify(i % 2 ? { key: k, value: { error: 'none' } } : { key: k.replace(/^./, (c) => (c === '0' ? '1' : '0')), value: { error: null } })])));
      dropEntryFiles();
      writeFileSync(file, `omnigraph-cluster-pack/1 ${createHash('sha256').update(body).digest('hex')}\n${body}`);
      const forged = await run(cluster.dir);
      expect(forged.out).toBe(uncached);
      expect(forged.out).toContain('query_typecheck_error');
    });

    it('keeps one pack per build, so two builds taking turns on a cluster both run warm', async () => {
      cluster = tempCluster(FIXTURES['query type error']);
      cacheDir = mkdtempSync(path.join(tmpdir(), 'og-pack-'));
      const uncached = await output(cluster.dir);
      await run(cluster.dir, 'build-a');
      await run(cluster.dir, 'build-b');
      expect(onlyPack()).toHaveLength(2);
      dropEntryFiles();
      for (const build of ['build-a', 'build-b', 'build-a']) {
        const warm = await run(cluster.dir, build);
        expect(warm.out).toBe(uncached);
        // Answered from its own pack alone: the entry files are gone and nothing was stored.
        expect(warm.cache.written).toBe(0);
      }
    });

    it('is not written without a scope, nor when nothing new was used', async () => {
      cluster = tempCluster(FIXTURES.valid);
      cacheDir = mkdtempSync(path.join(tmpdir(), 'og-pack-'));
      await run(null);
      expect(readdirSync(cacheDir)).not.toContain('packs');
      const scoped = await run(cluster.dir);
      // Every verdict came from the entry files: the pack is new, the entries are not.
      expect(scoped.cache.written).toBe(1);
      expect(onlyPack()).toHaveLength(1);
    });
  });

  it('lives in $OMNIGRAPH_CLUSTER_CACHE_DIR, else $XDG_CACHE_HOME/omnigraph-cluster, else ~/.cache', () => {
    expect(defaultCacheDir({ OMNIGRAPH_CLUSTER_CACHE_DIR: '/c', XDG_CACHE_HOME: '/x' })).toBe('/c');
    expect(defaultCacheDir({ XDG_CACHE_HOME: '/x' })).toBe('/x/omnigraph-cluster');
    expect(defaultCacheDir({}).endsWith(path.join('.cache', 'omnigraph-cluster'))).toBe(true);
  });
});
