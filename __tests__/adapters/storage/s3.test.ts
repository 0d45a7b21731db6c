import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { createS3Storage } from '../../../src/adapters/storage/s3.js';
import { StorageError } from '../../../src/engine/ports/storage.js';
import { s3Fixture, s3TestEnv, type S3Fixture } from '../../support/s3-fixture.js';

const ROOT = 's3://test-bucket/clusters/prod';
const md5Etag = (text: string) => `"${createHash('md5').update(text).digest('hex')}"`;

let f: S3Fixture;
beforeEach(async () => {
  f = await s3Fixture();
});
afterEach(async () => {
  await f.close();
});

async function storageError(p: Promise<unknown>): Promise<string> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(StorageError);
  return (e as StorageError).message;
}

describe('S3Storage: objects and keys', () => {
  it('maps keys under the root prefix and shows s3:// URIs', async () => {
    const s = f.storage(`${ROOT}/`);
    expect(s.root).toBe(ROOT);
    expect(s.displayPath('__cluster/state.json')).toBe(`${ROOT}/__cluster/state.json`);
    expect(s.objectUri('__cluster/state.json')).toBe(`${ROOT}/__cluster/state.json`);
    expect(s.displayPath('')).toBe(ROOT);
    await s.write('__cluster/state.json', '{}\n');
    expect(f.server.keys('test-bucket')).toEqual(['clusters/prod/__cluster/state.json']);
  });

  it('works at the bucket root', async () => {
    const s = f.storage('s3://test-bucket');
    expect(s.root).toBe('s3://test-bucket');
    await s.write('a/b.txt', 'x');
    expect(f.server.keys('test-bucket')).toEqual(['a/b.txt']);
    expect(await s.list('a')).toEqual(['b.txt']);
    expect(await s.list('')).toEqual([]);
  });

  it('reads back what it wrote, with the ETag as the version token', async () => {
    const s = f.storage(ROOT);
    expect(await s.read('k.json')).toBeNull();
    const text = '{"héllo":"wörld"}\n';
    const token = await s.write('k.json', text);
    expect(token).toBe(md5Etag(text));
    expect(await s.read('k.json')).toEqual({ text, token });
    expect(await s.exists('k.json')).toBe(true);
  });

  it('treats a "folder" prefix as absent, but as an existing prefix', async () => {
    const s = f.storage(ROOT);
    await s.write('graphs/a.omni/_schema.pg', 'node A {}\n');
    expect(await s.read('graphs/a.omni')).toBeNull();
    expect(await s.exists('graphs/a.omni')).toBe(false);
    expect(await s.existsPrefix('graphs/a.omni')).toBe(true);
    expect(await s.existsPrefix('graphs/a.om')).toBe(false);
    expect(await s.existsPrefix('graphs/b.omni')).toBe(false);
  });

  it('exists is exact: a longer key with the same start does not count', async () => {
    const s = f.storage(ROOT);
    await s.write('lock.json.bak', 'x');
    expect(await s.exists('lock.json')).toBe(false);
    await s.write('lock.json', 'y');
    expect(await s.exists('lock.json')).toBe(true);
  });

  it('refuses content that is not UTF-8', async () => {
    const s = f.storage(ROOT);
    f.server.put('test-bucket', 'clusters/prod/bad.json', Uint8Array.from([0x7b, 0xff, 0xfe, 0x7d]));
    expect(await storageError(s.read('bad.json'))).toBe(`'${ROOT}/bad.json' is not valid UTF-8`);
  });

  it('deletes one object, and deleting an absent one succeeds', async () => {
    const s = f.storage(ROOT);
    await s.write('x', '1');
    await s.delete('x');
    expect(await s.read('x')).toBeNull();
    await expect(s.delete('x')).resolves.toBeUndefined();
  });
});

describe('S3Storage: conditional writes', () => {
  it('writeIfAbsent creates once; the second writer finds it and changes nothing', async () => {
    const s = f.storage(ROOT);
    const first = await s.writeIfAbsent('__cluster/lock.json', 'one');
    expect(first).toEqual({ ok: true, token: md5Etag('one') });
    expect(await s.writeIfAbsent('__cluster/lock.json', 'two')).toEqual({ ok: false, reason: 'exists' });
    expect((await s.read('__cluster/lock.json'))?.text).toBe('one');
  });

  it('writeIfMatch replaces only the version it was given', async () => {
    const s = f.storage(ROOT);
    const v1 = await s.write('state.json', 'v1');
    const v2 = await s.writeIfMatch('state.json', 'v2', v1);
    expect(v2).toEqual({ ok: true, token: md5Etag('v2') });
    expect(await s.writeIfMatch('state.json', 'v3', v1)).toEqual({ ok: false, reason: 'mismatch' });
    expect((await s.read('state.json'))?.text).toBe('v2');
  });

  it('writeIfMatch on a deleted object is a mismatch (S3 answers 404), and creates nothing', async () => {
    const s = f.storage(ROOT);
    const v1 = await s.write('state.json', 'v1');
    await s.delete('state.json');
    expect(await s.writeIfMatch('state.json', 'v2', v1)).toEqual({ ok: false, reason: 'mismatch' });
    expect(await s.read('state.json')).toBeNull();
  });

  it('of many racing writers exactly one wins, for both kinds of conditional write', async () => {
    const writers = Array.from({ length: 12 }, () => f.storage(ROOT));
    const created = await Promise.all(writers.map((w, i) => w.writeIfAbsent('lock.json', `writer ${i}`)));
    expect(created.filter((r) => r.ok)).toHaveLength(1);
    expect(created.filter((r) => !r.ok).every((r) => !r.ok && r.reason === 'exists')).toBe(true);

    const base = await writers[0]!.write('state.json', 'base');
    const replaced = await Promise.all(writers.map((w, i) => w.writeIfMatch('state.json', `writer ${i}`, base)));
    const winners = replaced.flatMap((r, i) => (r.ok ? [i] : []));
    expect(winners).toHaveLength(1);
    expect((await writers[0]!.read('state.json'))?.text).toBe(`writer ${winners[0]}`);
  });

  it('re-sends a conditional PUT that S3 answered 409 ConditionalRequestConflict', async () => {
    const s = f.storage(ROOT);
    f.server.fail({ op: 'PutObject', status: 409, code: 'ConditionalRequestConflict', times: 2 });
    expect(await s.writeIfAbsent('lock.json', 'mine')).toEqual({ ok: true, token: md5Etag('mine') });
    expect(f.server.requests.filter((r) => r.op === 'PutObject')).toHaveLength(3);
  });

  it('a conflict that never clears loses the race instead of throwing', async () => {
    const s = f.storage(ROOT);
    f.server.fail({ op: 'PutObject', status: 409, code: 'ConditionalRequestConflict', times: 100 });
    expect(await s.writeIfAbsent('lock.json', 'mine')).toEqual({ ok: false, reason: 'exists' });
  });

  it('wins when its own first attempt took effect but the answer was lost (SDK retry sees 412)', async () => {
    const s = f.storage(ROOT);
    f.server.fail({ op: 'PutObject', drop: 'response' });
    expect(await s.writeIfAbsent('lock.json', 'mine')).toEqual({ ok: true, token: md5Etag('mine') });

    const v1 = (await s.read('lock.json'))!.token;
    f.server.fail({ op: 'PutObject', drop: 'response' });
    expect(await s.writeIfMatch('lock.json', 'next', v1)).toEqual({ ok: true, token: md5Etag('next') });
  });

  it('but a retried write that finds someone else’s object still loses', async () => {
    const s = f.storage(ROOT);
    f.server.put('test-bucket', 'clusters/prod/lock.json', 'theirs');
    f.server.fail({ op: 'PutObject', drop: 'request' });
    expect(await s.writeIfAbsent('lock.json', 'mine')).toEqual({ ok: false, reason: 'exists' });
    expect((await s.read('lock.json'))?.text).toBe('theirs');
  });
});

describe('S3Storage: listing and prefix deletes', () => {
  it('lists the names directly under a prefix, byte-wise sorted, without sub-folders or folder markers', async () => {
    const s = f.storage(ROOT);
    for (const name of ['b.json', 'B.json', 'a.json', 'é.json', '~.json', 'sub/deep.json']) await s.write(`__cluster/recoveries/${name}`, 'x');
    f.server.put('test-bucket', 'clusters/prod/__cluster/recoveries/', '');
    await s.write('__cluster/recoveries.json', 'not under the prefix');
    expect(await s.list('__cluster/recoveries')).toEqual(['B.json', 'a.json', 'b.json', '~.json', 'é.json']);
    expect(await s.list('__cluster/absent')).toEqual([]);
  });

  it('follows continuation tokens past 1000 keys', async () => {
    const s = f.storage(ROOT);
    const names = Array.from({ length: 2345 }, (_, i) => `obj-${String(i).padStart(5, '0')}.json`);
    for (const n of names) f.server.put('test-bucket', `clusters/prod/many/${n}`, n);
    for (let i = 0; i < 1500; i++) f.server.put('test-bucket', `clusters/prod/many/dir-${i}/x`, 'x');
    expect(await s.list('many')).toEqual(names);
    expect(f.server.requests.filter((r) => r.op === 'ListObjectsV2').length).toBeGreaterThanOrEqual(4);
  });

  it('deletes every object under a prefix in batches of at most 1000, and nothing beside it', async () => {
    const s = f.storage(ROOT);
    for (let i = 0; i < 2100; i++) f.server.put('test-bucket', `clusters/prod/graphs/a.omni/data/${i}`, 'x');
    await s.write('graphs/a.omni/_schema.pg', 'node A {}\n');
    await s.write('graphs/a.omni-copy/_schema.pg', 'keep');
    await s.write('graphs/a.omnibus', 'keep');
    await s.deletePrefix('graphs/a.omni');
    expect(f.server.keys('test-bucket')).toEqual(['clusters/prod/graphs/a.omni-copy/_schema.pg', 'clusters/prod/graphs/a.omnibus']);
    const batches = f.server.requests.filter((r) => r.op === 'DeleteObjects').map((r) => r.count);
    expect(batches).toEqual([1000, 1000, 101]);
    expect(await s.existsPrefix('graphs/a.omni')).toBe(false);
    await expect(s.deletePrefix('graphs/a.omni')).resolves.toBeUndefined();
  });
});

describe('S3Storage: storage failures', () => {
  it('a missing bucket is a StorageError naming the URI, the S3 code and the status — never "absent"', async () => {
    const s = f.storage('s3://no-such-bucket/p');
    const expected = /^S3 \w+ on 's3:\/\/no-such-bucket\/p\/k' failed: NoSuchBucket \(HTTP 404\)/;
    expect(await storageError(s.read('k'))).toMatch(expected);
    expect(await storageError(s.exists('k'))).toMatch(expected);
    expect(await storageError(s.write('k', 'x'))).toMatch(expected);
    expect(await storageError(s.writeIfAbsent('k', 'x'))).toMatch(expected);
    expect(await storageError(s.writeIfMatch('k', 'x', '"t"'))).toMatch(expected);
    expect(await storageError(s.list('k'))).toMatch(expected);
    expect(await storageError(s.deletePrefix('k'))).toMatch(expected);
    expect(await storageError(s.delete('k'))).toMatch(expected);
  });

  it('access denied says which permission story to check', async () => {
    const s = f.storage(ROOT);
    f.server.fail({ op: 'GetObject', status: 403, code: 'AccessDenied', message: 'Access Denied' });
    const message = await storageError(s.read('__cluster/state.json'));
    expect(message).toContain(`S3 GetObject on '${ROOT}/__cluster/state.json' failed: AccessDenied (HTTP 403): Access Denied`);
    expect(message).toContain('s3:ListBucket');
  });

  it('throttling is retried by the SDK; persistent throttling becomes a StorageError', async () => {
    const s = f.storage(ROOT);
    f.server.fail({ op: 'PutObject', status: 503, code: 'SlowDown', times: 2 });
    expect(await s.write('k', 'v')).toBe(md5Etag('v'));

    f.server.fail({ op: 'GetObject', status: 503, code: 'SlowDown', times: 10 });
    expect(await storageError(f.storage(ROOT, { AWS_MAX_ATTEMPTS: '2' }).read('k'))).toContain('SlowDown (HTTP 503)');
  });

  it('an unreachable endpoint is a network StorageError', async () => {
    const env = { ...s3TestEnv(f.server), AWS_ENDPOINT_URL_S3: 'http://127.0.0.1:1', AWS_MAX_ATTEMPTS: '1' };
    const s = createS3Storage(ROOT, env);
    try {
      expect(await storageError(s.read('k'))).toMatch(/^S3 GetObject on 's3:\/\/test-bucket\/clusters\/prod\/k' failed: network error ECONNREFUSED/);
    } finally {
      s.destroy();
    }
  });

  it('a dropped connection is retried by the SDK', async () => {
    const s = f.storage(ROOT);
    await s.write('k', 'v');
    f.server.fail({ op: 'GetObject', drop: 'request' });
    expect((await s.read('k'))?.text).toBe('v');
  });

  it('a server without conditional writes is a StorageError, not a lost race', async () => {
    const s = f.storage(ROOT);
    f.server.fail({ op: 'PutObject', status: 501, code: 'NotImplemented', message: 'A header you provided implies functionality that is not implemented' });
    expect(await storageError(s.writeIfAbsent('lock.json', 'x'))).toContain('NotImplemented (HTTP 501)');
  });

  it('createS3Storage refuses what is not an s3:// URI, and a malformed endpoint', () => {
    expect(() => createS3Storage('/local/path')).toThrow(StorageError);
    expect(() => createS3Storage('s3://', s3TestEnv(f.server))).toThrow("'s3://' is not an s3://bucket/prefix URI");
    expect(() => createS3Storage(ROOT, { AWS_ENDPOINT_URL_S3: 'not a url' })).toThrow("AWS endpoint 'not a url' is not a valid URL");
  });
});
