import { afterEach, describe, expect, it } from '@jest/globals';
import { appendFileSync, chmodSync, closeSync, cpSync, existsSync, lstatSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { codeCacheDir, readCodeCache, sourceDigest, writeCodeCache } from '../../src/cli/code-cache.js';
import { fixtureFiles, tempCluster, type TempCluster } from '../support/cluster-fixture.js';
import { runCli } from '../support/harness.js';

/**
 * The bundled CLI loads its chunks through V8 code caches it keeps in OMNIGRAPH_CLUSTER_CODE_CACHE.
 * A cache changes how fast the CLI starts, never what it prints: every run here must print the
 * bytes of a run with the cache off, whatever state the cache folder is in.
 */
let cluster: TempCluster | undefined;
let root = '';
afterEach(() => {
  cluster?.cleanup();
  rmSync(root, { recursive: true, force: true });
});

const BUNDLE = path.resolve('dist', 'cli');
const chunkSource = (name: string) => readFileSync(path.join(BUNDLE, name));
/** `533.index.js.<digest>.v8cache` is a cache of `533.index.js`. */
const chunkOf = (cacheName: string) => cacheName.replace(/\.[0-9a-f]{16}\.v8cache$/, '');
const stamp = (file: string) => {
  const s = statSync(file);
  return `${s.ino}:${s.mtimeMs}:${s.size}`;
};

function setUp() {
  cluster = tempCluster(fixtureFiles());
  root = mkdtempSync(path.join(tmpdir(), 'og-code-cache-e2e-'));
  // The CLI runs with no Node options, unlike this test process.
  const dir = codeCacheDir({ OMNIGRAPH_CLUSTER_CODE_CACHE: root }, process.version, process.arch, []);
  if (dir === null) throw new Error('no cache folder');
  const run = (setting: string = root) => runCli(['validate', '--json', '--no-cache', '--config', cluster!.dir], { OMNIGRAPH_CLUSTER_CODE_CACHE: setting });
  const reference = run('off');
  expect(reference.code).toBe(0);
  return { dir, run, reference };
}

describe('the CLI code cache', () => {
  it('is written by a first run, then used as it is: the same bytes out, no file rewritten', () => {
    const { dir, run, reference } = setUp();
    expect(existsSync(root) && readdirSync(root)).toEqual([]);
    const first = run();
    expect([first.stdout, first.stderr, first.code]).toEqual([reference.stdout, reference.stderr, reference.code]);
    const files = readdirSync(dir).sort();
    // entry.ts's chunk and the languages' at least; each cache is for its chunk's exact bytes.
    expect(files.length).toBeGreaterThanOrEqual(3);
    for (const file of files) {
      expect(file).toMatch(/^\d+\.index\.js\.[0-9a-f]{16}\.v8cache$/);
      expect(readCodeCache(path.join(dir, file), sourceDigest(chunkSource(chunkOf(file))))).not.toBeNull();
      expect(statSync(path.join(dir, file)).mode & 0o077).toBe(0);
    }
    const before = files.map((f) => stamp(path.join(dir, f)));
    const second = run();
    expect([second.stdout, second.stderr, second.code]).toEqual([reference.stdout, reference.stderr, reference.code]);
    expect(readdirSync(dir).sort()).toEqual(files);
    expect(files.map((f) => stamp(path.join(dir, f)))).toEqual(before);
  });

  it('replaces a damaged cache, one made for another chunk, and one V8 refuses, with the same bytes out', () => {
    const { dir, run, reference } = setUp();
    run();
    const [a, b, c] = readdirSync(dir).sort();
    if (a === undefined || b === undefined || c === undefined) throw new Error('expected three chunk caches');
    const cacheOf = (name: string) => path.join(dir, name);
    const digestOf = (name: string) => sourceDigest(chunkSource(chunkOf(name)));
    const dataOfA = readCodeCache(cacheOf(a), digestOf(a));
    if (dataOfA === null) throw new Error('a fresh cache did not read back');
    // Damaged: one byte of V8's data flipped.
    const damaged = readFileSync(cacheOf(a));
    damaged.writeUInt8(damaged.readUInt8(damaged.length - 5) ^ 0xff, damaged.length - 5);
    writeFileSync(cacheOf(a), damaged);
    // Another chunk's: a well-formed file whose source digest is not this chunk's.
    writeFileSync(cacheOf(b), readFileSync(cacheOf(c)));
    // Refused by V8: our header checks out (this chunk's digest, a true checksum), but the data was
    // made for another chunk, which V8 tells by the source's length.
    writeCodeCache(cacheOf(c), digestOf(c), dataOfA.data, dataOfA.commands);
    const planted = [a, b, c].map((f) => stamp(cacheOf(f)));
    const after = run();
    expect([after.stdout, after.stderr, after.code]).toEqual([reference.stdout, reference.stderr, reference.code]);
    [a, b, c].forEach((f, i) => {
      expect(stamp(cacheOf(f))).not.toBe(planted[i]);
      expect(readCodeCache(cacheOf(f), digestOf(f))).not.toBeNull();
    });
    expect(readCodeCache(cacheOf(c), digestOf(c))?.data.equals(dataOfA.data)).toBe(false);
  });

  it('reads nothing it may not trust: a link, or a file others may write', () => {
    const { dir, run, reference } = setUp();
    run();
    const [a, b] = readdirSync(dir).sort();
    if (a === undefined || b === undefined) throw new Error('expected two chunk caches');
    const target = path.join(root, 'elsewhere');
    writeFileSync(target, readFileSync(path.join(dir, a)));
    rmSync(path.join(dir, a));
    symlinkSync(target, path.join(dir, a));
    const targetBefore = stamp(target);
    chmodSync(path.join(dir, b), 0o666);
    const planted = stamp(path.join(dir, b));
    const after = run();
    expect([after.stdout, after.stderr, after.code]).toEqual([reference.stdout, reference.stderr, reference.code]);
    // Each was replaced by a private file of its own; the link's target was not written through.
    expect(lstatSync(path.join(dir, a)).isFile()).toBe(true);
    expect(stamp(path.join(dir, b))).not.toBe(planted);
    expect(statSync(path.join(dir, b)).mode & 0o077).toBe(0);
    expect(stamp(target)).toBe(targetBefore);
  });

  it('two builds used in turn keep a cache each, instead of replacing each other\'s on every run', () => {
    const { dir, run, reference } = setUp();
    // Another build: each chunk differs from this one's by a comment at its end.
    const other = path.join(root, 'other-build');
    cpSync(BUNDLE, other, { recursive: true });
    for (const name of readdirSync(other).filter((n) => /^\d+\.index\.js$/.test(n))) appendFileSync(path.join(other, name), '// another build\n');
    const runOther = () =>
      spawnSync(process.execPath, [path.join(other, 'index.js'), 'validate', '--json', '--no-cache', '--config', cluster!.dir], {
        encoding: 'utf8',
        env: { PATH: process.env.PATH, HOME: process.env.HOME, OMNIGRAPH_CLUSTER_CODE_CACHE: root },
      });
    run();
    expect(runOther().stdout).toBe(reference.stdout);
    const files = readdirSync(dir).sort();
    const stamps = files.map((f) => stamp(path.join(dir, f)));
    for (let round = 0; round < 2; round++) {
      expect(run().stdout).toBe(reference.stdout);
      expect(runOther().stdout).toBe(reference.stdout);
    }
    expect(readdirSync(dir).sort()).toEqual(files);
    expect(files.map((f) => stamp(path.join(dir, f)))).toEqual(stamps);
    expect(new Set(files.map(chunkOf)).size * 2).toBe(files.length);
  });

  it('a cache made by one command grows once for another, with the same bytes out', () => {
    const { dir, run, reference } = setUp();
    run();
    const byValidate = new Map(readdirSync(dir).map((f) => [f, stamp(path.join(dir, f))]));
    const plan = () => runCli(['plan', '--json', '--no-cache', '--config', cluster!.dir], { OMNIGRAPH_CLUSTER_CODE_CACHE: root });
    const planReference = runCli(['plan', '--json', '--no-cache', '--config', cluster!.dir], { OMNIGRAPH_CLUSTER_CODE_CACHE: 'off' });
    const strip = (text: string) => text.replace(/"(acquired_)?lock_id": "[0-9A-Z]+"/g, '');
    expect(strip(plan().stdout)).toBe(strip(planReference.stdout));
    const afterPlan = readdirSync(dir);
    // Every chunk validate had loaded was saved again, now covering both commands.
    for (const [file, before] of byValidate) {
      expect(stamp(path.join(dir, file))).not.toBe(before);
      expect([...(readCodeCache(path.join(dir, file), sourceDigest(chunkSource(chunkOf(file))))?.commands ?? [])].sort()).toEqual(['plan', 'validate']);
    }
    const settled = afterPlan.map((f) => stamp(path.join(dir, f)));
    expect(strip(plan().stdout)).toBe(strip(planReference.stdout));
    expect(run().stdout).toBe(reference.stdout);
    expect(readdirSync(dir)).toEqual(afterPlan);
    expect(afterPlan.map((f) => stamp(path.join(dir, f)))).toEqual(settled);
  });

  it('off: nothing is read or written', () => {
    const { reference } = setUp();
    const again = runCli(['validate', '--json', '--no-cache', '--config', cluster!.dir], { OMNIGRAPH_CLUSTER_CODE_CACHE: 'off', HOME: root, XDG_CACHE_HOME: '' });
    expect(again.stdout).toBe(reference.stdout);
    expect(readdirSync(root)).toEqual([]);
  });

  it('a cache folder that cannot be made costs nothing but speed', () => {
    const { run, reference } = setUp();
    const blocker = path.join(root, 'file');
    closeSync(openSync(blocker, 'w'));
    const after = run(path.join(blocker, 'cache'));
    expect([after.stdout, after.stderr, after.code]).toEqual([reference.stdout, reference.stderr, reference.code]);
    expect(readdirSync(root)).toEqual(['file']);
  });
});
