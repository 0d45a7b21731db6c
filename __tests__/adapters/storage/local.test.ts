import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, utimesSync, writeFileSync, existsSync, readFileSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { hostname } from 'node:os';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LocalStorage } from '../../../src/adapters/storage/local.js';
import { existsThenRead } from '../../../src/engine/ports/storage.js';
import { readOutcome } from '../../support/read-outcome.js';
import { describeStorageContract } from '../../contracts/storage.contract.js';

const MODULE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../src/adapters/storage/local.ts');

function tempRoot(): string {
  return mkdtempSync(path.join(tmpdir(), 'omnigraph-local-storage-'));
}

describeStorageContract('LocalStorage', async () => {
  const root = tempRoot();
  return {
    storage: new LocalStorage(root),
    async cleanup() {
      rmSync(root, { recursive: true, force: true });
    },
    async plantRaw(key, bytes) {
      mkdirSync(path.dirname(path.join(root, key)), { recursive: true });
      writeFileSync(path.join(root, key), bytes);
    },
    spawnEnv: { module: MODULE, exportName: 'LocalStorage', construct: 'new', args: [root] },
  };
});

describe('LocalStorage on disk', () => {
  let root: string;
  let s: LocalStorage;
  beforeEach(() => {
    root = tempRoot();
    s = new LocalStorage(root);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  // Payload verification takes readIfExists where it can: every shape must come out as the probe
  // and the read it replaces would have reported it (value, probe failure or read failure).
  it('readIfExists answers as exists then read would, for every shape at a key', async () => {
    const outside = tempRoot();
    try {
      const plant = (key: string, bytes: string | Buffer) => {
        mkdirSync(path.dirname(path.join(root, key)), { recursive: true });
        writeFileSync(path.join(root, key), bytes);
      };
      plant('r/file.json', 'text é');
      plant('r/bad.json', Buffer.from([0xff, 0xfe]));
      mkdirSync(path.join(root, 'r', 'dir.json'), { recursive: true });
      execFileSync('mkfifo', [path.join(root, 'r', 'fifo.json')]);
      writeFileSync(path.join(outside, 'x.json'), 'outside');
      symlinkSync(path.join(outside, 'x.json'), path.join(root, 'r', 'link.json'));
      symlinkSync(outside, path.join(root, 'linked-dir'));
      plant('r/file-parent', 'a file');
      const keys = ['r/file.json', 'r/bad.json', 'r/dir.json', 'r/fifo.json', 'r/link.json', 'r/missing.json', 'nowhere/x.json', 'linked-dir/x.json', 'r/file-parent/x.json'];
      const oneStep = await Promise.all(keys.map((k) => readOutcome(() => s.readIfExists(k))));
      const reference = await Promise.all(keys.map((k) => readOutcome(() => existsThenRead(s, k))));
      expect(oneStep.map((o, i) => [keys[i], o])).toEqual(reference.map((o, i) => [keys[i], o]));
      expect(oneStep.map((o) => o.split(':')[0])).toEqual(['text', 'read', 'absent', 'absent', 'probe', 'absent', 'absent', 'probe', 'absent']);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  // Probes and reads answer "absent" from the guard's walk alone when a parent is missing or is a
  // file; that answer must be the one the skipped lstat or open would have given, and a missing
  // parent must not be remembered: a link planted there later is still refused.
  it('a key under a missing parent, or under a file, is absent to every probe and read', async () => {
    mkdirSync(path.join(root, 'r'), { recursive: true });
    writeFileSync(path.join(root, 'r', 'file-parent'), 'a file');
    for (const key of ['nowhere/deep/x.json', 'r/missing/x.json', 'r/file-parent/x.json']) {
      await expect(s.exists(key)).resolves.toBe(false);
      await expect(s.read(key)).resolves.toBeNull();
      await expect(s.readIfExists(key)).resolves.toBeNull();
      await expect(s.writeIfMatch(key, 'new', 'sha256-of-nothing')).resolves.toEqual({ ok: false, reason: 'mismatch' });
    }
    expect(readdirSync(root).sort()).toEqual(['r']);

    const outside = tempRoot();
    try {
      writeFileSync(path.join(outside, 'x.json'), 'outside');
      symlinkSync(outside, path.join(root, 'nowhere'));
      await expect(s.exists('nowhere/x.json')).rejects.toThrow('is a symbolic link');
      await expect(s.read('nowhere/x.json')).rejects.toThrow('is a symbolic link');
      await expect(s.write('nowhere/x.json', 'overwritten')).rejects.toThrow('is a symbolic link');
      expect(readFileSync(path.join(outside, 'x.json'), 'utf8')).toBe('outside');
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  // The guard takes the directories a write made as proven real, so keys under them skip the
  // lstats; a directory made beside them by someone else is still checked.
  it('after a write makes directories, a link planted beside them is still refused', async () => {
    await s.write('q/g1/a/obj.gq', 'one');
    await expect(s.exists('q/g1/a/obj.gq')).resolves.toBe(true);
    const outside = tempRoot();
    try {
      symlinkSync(outside, path.join(root, 'q', 'g1', 'b'));
      await expect(s.write('q/g1/b/obj.gq', 'two')).rejects.toThrow(`'${path.join(root, 'q', 'g1', 'b')}' is a symbolic link`);
      expect(readdirSync(outside)).toEqual([]);
      await expect(s.read('q/g1/a/obj.gq')).resolves.toMatchObject({ text: 'one' });
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('resolves a relative root and names files by absolute path and file:// URI', () => {
    const rel = new LocalStorage(path.relative(process.cwd(), root));
    expect(rel.root).toBe(root);
    expect(rel.displayPath('__cluster/lock.json')).toBe(`${root}/__cluster/lock.json`);
    expect(rel.objectUri('__cluster/lock.json')).toBe(`file://${root}/__cluster/lock.json`);
  });

  it('uses the sha256 of the content as the version token', async () => {
    expect(await s.write('a.txt', 'abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('an empty directory at a key reads as absent', async () => {
    mkdirSync(path.join(root, '__cluster', 'state.json'), { recursive: true });
    expect(await s.read('__cluster/state.json')).toBeNull();
    expect(await s.exists('__cluster/state.json')).toBe(false);
    await expect(s.delete('__cluster/state.json')).resolves.toBeUndefined();
  });

  it('a delete that empties directories removes them, up to the root, and only empty ones (no empty folders, as on S3)', async () => {
    await s.writeIfAbsent('__cluster/lock.json', 'lock');
    await s.delete('__cluster/lock.json');
    expect(existsSync(path.join(root, '__cluster'))).toBe(false);
    expect(existsSync(root)).toBe(true);
    await s.write('__cluster/recoveries/a.json', 'a');
    await s.write('__cluster/state.json', 'state');
    await s.delete('__cluster/recoveries/a.json');
    expect(existsSync(path.join(root, '__cluster', 'recoveries'))).toBe(false);
    expect((await s.read('__cluster/state.json'))?.text).toBe('state');
    // Writing again re-creates what was pruned.
    expect((await s.writeIfAbsent('__cluster/recoveries/b.json', 'b')).ok).toBe(true);
  });

  it('writeIfMatch on an absent key is a mismatch and creates no directory', async () => {
    expect(await s.writeIfMatch('__cluster/state.json', 'x', 'token')).toEqual({ ok: false, reason: 'mismatch' });
    expect(existsSync(path.join(root, '__cluster'))).toBe(false);
  });

  it('leaves no temp or claim files behind and hides foreign-looking leftovers from list', async () => {
    await s.write('__cluster/state.json', 'one');
    const v = (await s.read('__cluster/state.json'))!.token;
    await s.writeIfMatch('__cluster/state.json', 'two', v);
    await s.writeIfAbsent('__cluster/lock.json', 'x');
    await s.writeIfAbsent('__cluster/lock.json', 'y');
    expect(readdirSync(path.join(root, '__cluster')).sort()).toEqual(['lock.json', 'state.json']);
    // A crash can leave these; they are ours, never objects.
    writeFileSync(path.join(root, '__cluster', 'state.json.tmp.01JA0000000000000000000000'), 'partial');
    writeFileSync(path.join(root, '__cluster', 'state.json.claim'), '');
    expect(await s.list('__cluster')).toEqual(['lock.json', 'state.json']);
  });

  it('breaks a claim left behind by a killed writer once it is stale', async () => {
    const v = await s.write('k.json', 'one');
    const claim = path.join(root, 'k.json.claim');
    writeFileSync(claim, '');
    const old = new Date(Date.now() - 60_000);
    utimesSync(claim, old, old);
    expect(await s.writeIfMatch('k.json', 'two', v)).toMatchObject({ ok: true });
    expect(readFileSync(path.join(root, 'k.json'), 'utf8')).toBe('two');
    expect(existsSync(claim)).toBe(false);
  });

  it('breaks at once a claim whose owner process on this host is gone', async () => {
    const v = await s.write('k.json', 'one');
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    const claim = path.join(root, 'k.json.claim');
    writeFileSync(claim, JSON.stringify({ pid: Number(dead.stdout), host: hostname(), nonce: '01JA0000000000000000000000' }));
    const started = Date.now();
    expect(await s.writeIfMatch('k.json', 'two', v)).toMatchObject({ ok: true });
    // Far below the 30 s age threshold: the dead owner was recognised, not waited out.
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(existsSync(claim)).toBe(false);
  });

  it('waits for a live claim instead of writing past it', async () => {
    const v = await s.write('k.json', 'one');
    const claim = path.join(root, 'k.json.claim');
    writeFileSync(claim, '');
    let settled = false;
    const pending = s.writeIfMatch('k.json', 'two', v).then((r) => {
      settled = true;
      return r;
    });
    await new Promise((r) => setTimeout(r, 150));
    expect(settled).toBe(false);
    expect(readFileSync(path.join(root, 'k.json'), 'utf8')).toBe('one');
    rmSync(claim);
    expect(await pending).toMatchObject({ ok: true });
  });

  it('reports storage failures as StorageError naming the cause', async () => {
    writeFileSync(path.join(root, 'file'), 'x');
    await expect(s.write('file/child', 'y')).rejects.toMatchObject({ name: 'StorageError' });
  });

  describe('never follows a symlink inside the root', () => {
    let outside: string;
    beforeEach(() => {
      outside = tempRoot();
      writeFileSync(path.join(outside, 'victim.json'), 'precious');
    });
    afterEach(() => rmSync(outside, { recursive: true, force: true }));

    for (const dir of ['__cluster/resources', '__cluster/approvals', '__cluster/recoveries', 'graphs']) {
      it(`refuses ${dir} when it is a link, naming it, and touches nothing outside`, async () => {
        mkdirSync(path.dirname(path.join(root, dir)), { recursive: true });
        symlinkSync(outside, path.join(root, dir));
        const link = path.join(root, dir);
        await expect(s.write(`${dir}/victim.json`, 'x')).rejects.toThrow(`'${link}' is a symbolic link`);
        await expect(s.writeIfAbsent(`${dir}/new.json`, 'x')).rejects.toThrow(`'${link}' is a symbolic link`);
        await expect(s.read(`${dir}/victim.json`)).rejects.toThrow(`'${link}' is a symbolic link`);
        await expect(s.list(dir)).rejects.toThrow(`'${link}' is a symbolic link`);
        await expect(s.delete(`${dir}/victim.json`)).rejects.toThrow(`'${link}' is a symbolic link`);
        await expect(s.deletePrefix(dir)).rejects.toThrow(`'${link}' is a symbolic link`);
        await expect(s.existsPrefix(dir)).rejects.toThrow(`'${link}' is a symbolic link`);
        expect(readdirSync(outside)).toEqual(['victim.json']);
        expect(readFileSync(path.join(outside, 'victim.json'), 'utf8')).toBe('precious');
      });
    }

    it('refuses a graph root that is a link, and reads no file that is one', async () => {
      mkdirSync(path.join(root, 'graphs'));
      symlinkSync(outside, path.join(root, 'graphs', 'g.omni'));
      await expect(s.deletePrefix('graphs/g.omni')).rejects.toThrow('is a symbolic link');
      await expect(s.write('graphs/g.omni/_schema.pg', 'x')).rejects.toThrow('is a symbolic link');
      mkdirSync(path.join(root, '__cluster'));
      symlinkSync(path.join(outside, 'victim.json'), path.join(root, '__cluster', 'state.json'));
      await expect(s.read('__cluster/state.json')).rejects.toThrow('is a symbolic link');
      expect(readFileSync(path.join(outside, 'victim.json'), 'utf8')).toBe('precious');
      expect(readdirSync(outside)).toEqual(['victim.json']);
    });
  });

  it('an empty directory, or one holding only temp files, is not an existing prefix (as on S3)', async () => {
    mkdirSync(path.join(root, 'graphs', 'g.omni', '__manifest'), { recursive: true });
    writeFileSync(path.join(root, 'graphs', 'g.omni', '__init_claim.json.tmp.01JA0000000000000000000000'), 'partial');
    expect(await s.existsPrefix('graphs/g.omni')).toBe(false);
    expect(await s.existsPrefix('graphs')).toBe(false);
    writeFileSync(path.join(root, 'graphs', 'g.omni', '__manifest', 'v1.json'), '{}');
    expect(await s.existsPrefix('graphs/g.omni')).toBe(true);
  });

  it('refuses to read a FIFO without blocking on it', async () => {
    mkdirSync(path.join(root, '__cluster'));
    execFileSync('mkfifo', [path.join(root, '__cluster', 'state.json')]);
    await expect(s.read('__cluster/state.json')).rejects.toThrow('is not a regular file (a FIFO)');
    expect(await s.exists('__cluster/state.json')).toBe(false);
  });
});
