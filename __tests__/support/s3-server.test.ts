import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { ListObjectsV2Command, PutObjectCommand, S3Client, type ListObjectsV2CommandInput } from '@aws-sdk/client-s3';
import { startS3Server, type S3TestServer } from './s3-server.js';

/**
 * The test server is only worth something if it behaves like S3 where the adapter depends on it;
 * these tests pin the wire behaviour (raw HTTP) and the SDK's view of it.
 */
let server: S3TestServer;
let client: S3Client;
beforeEach(async () => {
  server = await startS3Server();
  server.bucket('b');
  client = new S3Client({
    region: 'us-east-1',
    endpoint: server.endpoint,
    forcePathStyle: true,
    credentials: { accessKeyId: 'a', secretAccessKey: 's' },
  });
});
afterEach(async () => {
  client.destroy();
  await server.close();
});

const url = (path: string) => `${server.endpoint}${path}`;

describe('S3 test server: objects over raw HTTP', () => {
  it('PUT returns the quoted MD5 as ETag; GET and HEAD return it with the body', async () => {
    const put = await fetch(url('/b/dir/k%20y.txt'), { method: 'PUT', body: 'hello' });
    expect(put.status).toBe(200);
    expect(put.headers.get('etag')).toBe('"5d41402abc4b2a76b9719d911017c592"');
    const get = await fetch(url('/b/dir/k%20y.txt'));
    expect([get.status, await get.text(), get.headers.get('etag')]).toEqual([200, 'hello', '"5d41402abc4b2a76b9719d911017c592"']);
    const head = await fetch(url('/b/dir/k%20y.txt'), { method: 'HEAD' });
    expect([head.status, head.headers.get('content-length'), await head.text()]).toEqual([200, '5', '']);
    expect(server.keys('b')).toEqual(['dir/k y.txt']);
  });

  it('answers NoSuchKey and NoSuchBucket as S3 error documents', async () => {
    const missing = await fetch(url('/b/nope'));
    expect(missing.status).toBe(404);
    expect(await missing.text()).toMatch(/<Error><Code>NoSuchKey<\/Code><Message>[^<]+<\/Message>/);
    const noBucket = await fetch(url('/other/k'), { method: 'PUT', body: 'x' });
    expect(noBucket.status).toBe(404);
    expect(await noBucket.text()).toContain('<Code>NoSuchBucket</Code>');
    const head = await fetch(url('/b/nope'), { method: 'HEAD' });
    expect([head.status, await head.text()]).toEqual([404, '']);
  });

  it('enforces If-None-Match: * and If-Match with 412 PreconditionFailed; If-Match on a missing key is 404', async () => {
    expect((await fetch(url('/b/k'), { method: 'PUT', body: '1', headers: { 'If-None-Match': '*' } })).status).toBe(200);
    const again = await fetch(url('/b/k'), { method: 'PUT', body: '2', headers: { 'If-None-Match': '*' } });
    expect(again.status).toBe(412);
    expect(await again.text()).toContain('<Code>PreconditionFailed</Code>');
    const etag = (await fetch(url('/b/k'), { method: 'HEAD' })).headers.get('etag') ?? '';
    expect((await fetch(url('/b/k'), { method: 'PUT', body: '3', headers: { 'If-Match': '"0000"' } })).status).toBe(412);
    expect((await fetch(url('/b/k'), { method: 'PUT', body: '3', headers: { 'If-Match': etag } })).status).toBe(200);
    expect((await fetch(url('/b/gone'), { method: 'PUT', body: '3', headers: { 'If-Match': etag } })).status).toBe(404);
    expect(await (await fetch(url('/b/k'))).text()).toBe('3');
  });

  it('refuses a body whose Content-MD5 or x-amz-checksum-crc32 does not match', async () => {
    const md5 = await fetch(url('/b/k'), { method: 'PUT', body: 'x', headers: { 'Content-MD5': 'AAAAAAAAAAAAAAAAAAAAAA==' } });
    const crc = await fetch(url('/b/k'), { method: 'PUT', body: 'x', headers: { 'x-amz-checksum-crc32': 'AAAAAA==' } });
    expect([md5.status, crc.status]).toEqual([400, 400]);
    expect(await crc.text()).toContain('<Code>BadDigest</Code>');
    expect(server.keys('b')).toEqual([]);
  });

  it('decodes aws-chunked bodies and their trailing checksum', async () => {
    const body = '5;chunk-signature=abc\r\nhello\r\n6\r\n world\r\n0\r\nx-amz-checksum-crc32:DUoRhQ==\r\n\r\n';
    const res = await fetch(url('/b/chunked'), {
      method: 'PUT',
      body,
      headers: { 'Content-Encoding': 'aws-chunked', 'x-amz-content-sha256': 'STREAMING-UNSIGNED-PAYLOAD-TRAILER', 'x-amz-trailer': 'x-amz-checksum-crc32' },
    });
    expect(res.status).toBe(200);
    expect(await (await fetch(url('/b/chunked'))).text()).toBe('hello world');
    const corrupt = await fetch(url('/b/corrupt'), {
      method: 'PUT',
      body: body.replace('DUoRhQ==', 'AAAAAA=='),
      headers: { 'Content-Encoding': 'aws-chunked', 'x-amz-trailer': 'x-amz-checksum-crc32' },
    });
    expect(corrupt.status).toBe(400);
  });

  it('DeleteObjects deletes a batch and refuses more than 1000 keys', async () => {
    server.put('b', 'a', '1');
    server.put('b', 'c&d', '2');
    const xml = (keys: string[]) => `<Delete>${keys.map((k) => `<Object><Key>${k}</Key></Object>`).join('')}</Delete>`;
    const ok = await fetch(url('/b?delete'), { method: 'POST', body: xml(['a', 'c&amp;d', 'absent']) });
    expect(ok.status).toBe(200);
    expect(await ok.text()).toContain('<Deleted><Key>c&amp;d</Key></Deleted>');
    expect(server.keys('b')).toEqual([]);
    const tooMany = await fetch(url('/b?delete'), { method: 'POST', body: xml(Array.from({ length: 1001 }, (_, i) => `k${i}`)) });
    expect(tooMany.status).toBe(400);
    expect(await tooMany.text()).toContain('<Code>MalformedXML</Code>');
  });
});

describe('S3 test server: ListObjectsV2 through the SDK', () => {
  async function listAll(input: Omit<ListObjectsV2CommandInput, 'Bucket'>): Promise<{ keys: string[]; prefixes: string[]; pages: number }> {
    const keys: string[] = [];
    const prefixes: string[] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const out = await client.send(new ListObjectsV2Command({ Bucket: 'b', ...input, ContinuationToken: token }));
      pages++;
      expect(out.KeyCount).toBe((out.Contents?.length ?? 0) + (out.CommonPrefixes?.length ?? 0));
      keys.push(...(out.Contents ?? []).map((c) => c.Key ?? ''));
      prefixes.push(...(out.CommonPrefixes ?? []).map((c) => c.Prefix ?? ''));
      token = out.IsTruncated ? out.NextContinuationToken : undefined;
    } while (token);
    return { keys, prefixes, pages };
  }

  it('orders keys by their UTF-8 bytes and filters by prefix', async () => {
    for (const k of ['p/é', 'p/z', 'p/Z', 'p/~', 'q/a', 'p']) server.put('b', k, k);
    expect((await listAll({ Prefix: 'p/' })).keys).toEqual(['p/Z', 'p/z', 'p/~', 'p/é']);
  });

  it('rolls keys up into common prefixes, counting each once across pages', async () => {
    for (const k of ['d/a/1', 'd/a/2', 'd/a/3', 'd/b', 'd/c/1', 'd/c/2', 'd/d', 'd/e/1']) server.put('b', k, k);
    for (const max of [1, 2, 3, 1000]) {
      const all = await listAll({ Prefix: 'd/', Delimiter: '/', MaxKeys: max });
      expect(all.keys).toEqual(['d/b', 'd/d']);
      expect(all.prefixes).toEqual(['d/a/', 'd/c/', 'd/e/']);
      expect(all.pages).toBe(Math.ceil(5 / max));
    }
  });

  it('caps pages at 1000 keys and honours StartAfter', async () => {
    for (let i = 0; i < 2500; i++) server.put('b', `k/${String(i).padStart(4, '0')}`, 'x');
    const first = await client.send(new ListObjectsV2Command({ Bucket: 'b', MaxKeys: 5000 }));
    expect([first.KeyCount, first.MaxKeys, first.IsTruncated]).toEqual([1000, 1000, true]);
    const all = await listAll({ Prefix: 'k/' });
    expect([all.keys.length, all.pages, new Set(all.keys).size]).toEqual([2500, 3, 2500]);
    expect((await listAll({ StartAfter: 'k/2497' })).keys).toEqual(['k/2498', 'k/2499']);
  });

  it('serves the SDK’s default PUT (CRC32 checksum) and echoes the checksum when asked', async () => {
    const out = await client.send(new PutObjectCommand({ Bucket: 'b', Key: 'c', Body: 'hello' }));
    expect(out.ChecksumCRC32).toBe('NhCmhg==');
  });
});

describe('S3 test server: injected faults', () => {
  it('fails the matching requests the given number of times, then serves normally', async () => {
    server.put('b', 'k', 'v');
    server.fail({ op: 'GetObject', key: 'k', status: 503, code: 'SlowDown', times: 2 });
    expect((await fetch(url('/b/other'))).status).toBe(404);
    expect((await fetch(url('/b/k'))).status).toBe(503);
    expect((await fetch(url('/b/k'))).status).toBe(503);
    expect((await fetch(url('/b/k'))).status).toBe(200);
  });

  it('drop: response applies the write and then cuts the connection', async () => {
    server.fail({ op: 'PutObject', drop: 'response' });
    await expect(fetch(url('/b/k'), { method: 'PUT', body: 'applied' })).rejects.toThrow();
    expect(server.keys('b')).toEqual(['k']);
  });
});
