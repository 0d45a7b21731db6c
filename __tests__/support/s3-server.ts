import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import {
  S3Error,
  checkContentMd5,
  decodeAwsChunked,
  etagMatches,
  header,
  isAwsChunked,
  readBody,
  send,
  verifiedChecksum,
  type Reply,
  type StoredChecksum,
} from './s3-wire.js';
import { deleteResultXml, errorXml, listObjectsV2Xml, parseDeleteXml, type ListedObject } from './s3-xml.js';

/**
 * A small S3 wire-protocol server for tests (docs/architecture.md#test-seams: no installable S3 server honours
 * conditional writes). Path-style requests on 127.0.0.1, in memory. It speaks exactly the
 * operations the Storage adapter uses, the way AWS documents them: PUT/GET/HEAD/DELETE object,
 * ListObjectsV2 (prefix, delimiter, continuation token, start-after, max-keys ≤ 1000),
 * DeleteObjects (≤ 1000 keys), ETag = quoted MD5, and conditional PUT — `If-None-Match: *` on an
 * existing key and a stale `If-Match` answer 412 PreconditionFailed, `If-Match` on a missing key
 * answers 404 NoSuchKey. The check and the store happen in one synchronous step after the body has
 * arrived, so of two racing conditional writers (even in different processes) exactly one wins.
 */

export type S3Operation =
  | 'PutObject'
  | 'GetObject'
  | 'HeadObject'
  | 'DeleteObject'
  | 'ListObjectsV2'
  | 'DeleteObjects'
  | 'CreateBucket'
  | 'HeadBucket';

/**
 * An injected failure: answer matching requests with an S3 error, or drop the connection —
 * `drop: 'request'` before the operation runs, `drop: 'response'` after it took effect (the
 * client then retries an operation that already happened).
 */
export type S3Fault = {
  readonly op?: S3Operation;
  readonly key?: string;
  /** How many matching requests fail (default 1). */
  readonly times?: number;
} & ({ readonly status: number; readonly code: string; readonly message?: string } | { readonly drop: 'request' | 'response' });

export interface S3RequestRecord {
  readonly op: S3Operation;
  readonly bucket: string;
  readonly key: string;
  /** DeleteObjects: the number of keys in the batch. */
  readonly count?: number;
}

export interface S3TestServer {
  /** `http://127.0.0.1:<port>`: give it to the SDK as the endpoint, with forcePathStyle. */
  readonly endpoint: string;
  /** Creates a bucket (idempotent). Requests to any other bucket answer NoSuchBucket. */
  bucket(name: string): void;
  /** Seeds an object directly (no HTTP round trip); returns its ETag. */
  put(bucket: string, key: string, body: string | Uint8Array): string;
  /** Every key of a bucket, byte-wise sorted. */
  keys(bucket: string): string[];
  /** Queues an injected failure. */
  fail(fault: S3Fault): void;
  /** Every request served so far, in arrival order. */
  readonly requests: readonly S3RequestRecord[];
  close(): Promise<void>;
}

interface StoredObject {
  readonly body: Buffer;
  readonly etag: string;
  readonly lastModified: Date;
  /** The `x-amz-checksum-<algorithm>` header the object was stored with, echoed on GET when asked. */
  readonly checksum: StoredChecksum | null;
}

class Bucket {
  readonly objects = new Map<string, StoredObject>();
  private sorted: string[] | null = null;

  set(key: string, body: Buffer, checksum: StoredObject['checksum'] = null): StoredObject {
    const object = { body, etag: `"${createHash('md5').update(body).digest('hex')}"`, lastModified: new Date(), checksum };
    if (!this.objects.has(key)) this.sorted = null;
    this.objects.set(key, object);
    return object;
  }

  delete(key: string): void {
    if (this.objects.delete(key)) this.sorted = null;
  }

  /** Keys in S3's order: by their UTF-8 bytes. */
  sortedKeys(): string[] {
    this.sorted ??= [...this.objects.keys()].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
    return this.sorted;
  }
}

export async function startS3Server(options: { port?: number } = {}): Promise<S3TestServer> {
  const buckets = new Map<string, Bucket>();
  const faults: { fault: S3Fault; left: number }[] = [];
  const requests: S3RequestRecord[] = [];

  const bucketOf = (name: string): Bucket => {
    const b = buckets.get(name);
    if (!b) throw new S3Error(404, 'NoSuchBucket', 'The specified bucket does not exist');
    return b;
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const [, bucketName = '', ...rest] = url.pathname.split('/');
    const bucket = decodeURIComponent(bucketName);
    const key = decodeURIComponent(rest.join('/'));
    const method = req.method ?? 'GET';
    const op = operationOf(method, key, url.searchParams);
    if (!op) throw new S3Error(501, 'NotImplemented', `${method} ${url.pathname}${url.search} is not implemented by the test server`);
    const body = await readBody(req);
    requests.push({ op, bucket, key });

    const fault = takeFault(faults, op, key);
    if (fault && 'drop' in fault) {
      if (fault.drop === 'response') await serve(req, () => {}, op, bucket, key, body, url.searchParams).catch(() => {});
      req.socket.destroy();
      return;
    }
    if (fault) throw new S3Error(fault.status, fault.code, fault.message ?? `injected ${fault.code}`);
    await serve(req, (status, payload, headers) => send(res, status, payload, headers), op, bucket, key, body, url.searchParams);
  };

  const serve = async (
    req: IncomingMessage,
    reply: Reply,
    op: S3Operation,
    bucket: string,
    key: string,
    body: Buffer,
    query: URLSearchParams,
  ): Promise<void> => {
    switch (op) {
      case 'CreateBucket':
        if (!buckets.has(bucket)) buckets.set(bucket, new Bucket());
        return reply(200, '', {});
      case 'HeadBucket':
        bucketOf(bucket);
        return reply(200, '', {});
      case 'PutObject':
        return putObject(req, reply, bucketOf(bucket), key, body);
      case 'GetObject':
      case 'HeadObject': {
        const object = bucketOf(bucket).objects.get(key);
        if (!object) throw new S3Error(404, 'NoSuchKey', 'The specified key does not exist.');
        const headers: Record<string, string> = {
          ETag: object.etag,
          'Last-Modified': object.lastModified.toUTCString(),
          'Content-Type': 'application/octet-stream',
          'Content-Length': String(object.body.length),
        };
        if (object.checksum && header(req, 'x-amz-checksum-mode') === 'ENABLED') headers[object.checksum.header] = object.checksum.value;
        return reply(200, op === 'GetObject' ? object.body : '', headers);
      }
      case 'DeleteObject':
        bucketOf(bucket).delete(key);
        return reply(204, '', {});
      case 'ListObjectsV2':
        return reply(200, listObjects(bucket, bucketOf(bucket), query), { 'Content-Type': 'application/xml' });
      case 'DeleteObjects': {
        const b = bucketOf(bucket);
        checkContentMd5(req, body);
        const request = parseDeleteXml(body.toString('utf8'));
        if (!request || request.keys.length > 1000) {
          throw new S3Error(400, 'MalformedXML', 'The XML you provided was not well-formed or did not validate against our published schema');
        }
        requests[requests.length - 1] = { op, bucket, key, count: request.keys.length };
        for (const k of request.keys) b.delete(k);
        return reply(200, deleteResultXml(request.keys, request.quiet), { 'Content-Type': 'application/xml' });
      }
    }
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (res.headersSent || req.socket.destroyed) return;
      const err = e instanceof S3Error ? e : new S3Error(500, 'InternalError', String(e));
      const requestId = randomBytes(8).toString('hex').toUpperCase();
      const xml = req.method === 'HEAD' ? '' : errorXml(err.code, err.message, req.url ?? '/', requestId);
      send(res, err.status, xml, { 'Content-Type': 'application/xml', 'x-amz-request-id': requestId });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    endpoint: `http://127.0.0.1:${port}`,
    bucket(name) {
      if (!buckets.has(name)) buckets.set(name, new Bucket());
    },
    put(bucket, key, body) {
      return bucketOf(bucket).set(key, Buffer.from(body)).etag;
    },
    keys(bucket) {
      return [...bucketOf(bucket).sortedKeys()];
    },
    fail(fault) {
      faults.push({ fault, left: fault.times ?? 1 });
    },
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((e) => (e ? reject(e) : resolve()));
        server.closeAllConnections();
      }),
  };
}

function operationOf(method: string, key: string, query: URLSearchParams): S3Operation | null {
  if (key === '') {
    if (method === 'GET' && query.get('list-type') === '2') return 'ListObjectsV2';
    if (method === 'POST' && query.has('delete')) return 'DeleteObjects';
    if (method === 'PUT' && [...query.keys()].length === 0) return 'CreateBucket';
    if (method === 'HEAD') return 'HeadBucket';
    return null;
  }
  const plain = [...query.keys()].every((k) => k === 'x-id');
  if (!plain) return null;
  if (method === 'PUT') return 'PutObject';
  if (method === 'GET') return 'GetObject';
  if (method === 'HEAD') return 'HeadObject';
  if (method === 'DELETE') return 'DeleteObject';
  return null;
}

function putObject(req: IncomingMessage, reply: Reply, bucket: Bucket, key: string, raw: Buffer): void {
  if (req.headers['x-amz-copy-source']) throw new S3Error(501, 'NotImplemented', 'CopyObject is not implemented by the test server');
  const { body, trailers } = isAwsChunked(req) ? decodeAwsChunked(raw) : { body: raw, trailers: new Map<string, string>() };
  checkContentMd5(req, body);
  const checksum = verifiedChecksum(req, body, trailers);
  const current = bucket.objects.get(key);
  const ifNoneMatch = header(req, 'if-none-match');
  const ifMatch = header(req, 'if-match');
  if (ifNoneMatch !== null) {
    if (ifNoneMatch !== '*') throw new S3Error(501, 'NotImplemented', 'If-None-Match on PUT only accepts *');
    if (current) throw new S3Error(412, 'PreconditionFailed', 'At least one of the pre-conditions you specified did not hold');
  }
  if (ifMatch !== null) {
    if (!current) throw new S3Error(404, 'NoSuchKey', 'The specified key does not exist.');
    if (!etagMatches(ifMatch, current.etag)) {
      throw new S3Error(412, 'PreconditionFailed', 'At least one of the pre-conditions you specified did not hold');
    }
  }
  const stored = bucket.set(key, body, checksum);
  reply(200, '', { ETag: stored.etag, ...(checksum ? { [checksum.header]: checksum.value } : {}) });
}

function listObjects(name: string, bucket: Bucket, q: URLSearchParams): string {
  const prefix = q.get('prefix') ?? '';
  const delimiter = q.get('delimiter') || null;
  const requested = q.has('max-keys') ? Number(q.get('max-keys')) : 1000;
  if (!Number.isInteger(requested) || requested < 0) throw new S3Error(400, 'InvalidArgument', 'Provided max-keys not an integer or within integer range');
  const maxKeys = Math.min(requested, 1000);
  const startAfter = q.get('start-after');
  const continuationToken = q.get('continuation-token');
  let resumeAfter = startAfter ?? '';
  if (continuationToken !== null) {
    const decoded = Buffer.from(continuationToken, 'base64url').toString('utf8');
    if (!decoded.startsWith('v1:')) throw new S3Error(400, 'InvalidArgument', 'The continuation token provided is incorrect');
    resumeAfter = decoded.slice(3);
  }

  const contents: ListedObject[] = [];
  const commonPrefixes: string[] = [];
  let last: string | null = null;
  let truncated = false;
  for (const key of bucket.sortedKeys()) {
    if (!key.startsWith(prefix)) continue;
    if (resumeAfter !== '' && Buffer.compare(Buffer.from(key), Buffer.from(resumeAfter)) <= 0) continue;
    const cut = delimiter === null ? -1 : key.indexOf(delimiter, prefix.length);
    const item = cut < 0 ? key : key.slice(0, cut + (delimiter ?? '').length);
    // Keys rolled up into a common prefix already returned (on this page or an earlier one).
    if (cut >= 0 && (item === last || item === resumeAfter)) continue;
    if (contents.length + commonPrefixes.length >= maxKeys) {
      truncated = true;
      break;
    }
    if (cut < 0) {
      const o = bucket.objects.get(key);
      if (o) contents.push({ key, etag: o.etag, size: o.body.length, lastModified: o.lastModified });
    } else {
      commonPrefixes.push(item);
    }
    last = item;
  }
  return listObjectsV2Xml({
    bucket: name,
    prefix,
    delimiter,
    maxKeys,
    startAfter,
    continuationToken,
    nextContinuationToken: truncated && last !== null ? Buffer.from(`v1:${last}`).toString('base64url') : null,
    contents,
    commonPrefixes,
    urlEncoded: q.get('encoding-type') === 'url',
  });
}

function takeFault(faults: { fault: S3Fault; left: number }[], op: S3Operation, key: string): S3Fault | null {
  const i = faults.findIndex(({ fault }) => (fault.op === undefined || fault.op === op) && (fault.key === undefined || fault.key === key));
  const entry = faults[i];
  if (!entry) return null;
  if (--entry.left <= 0) faults.splice(i, 1);
  return entry.fault;
}

/**
 * Standalone: `node --import ./__tests__/support/ts-loader.mjs __tests__/support/s3-server.ts
 * [--port N] [bucket …]` prints the endpoint and serves until killed.
 */
async function main(argv: string[]): Promise<void> {
  const portAt = argv.indexOf('--port');
  const port = portAt >= 0 ? Number(argv[portAt + 1]) : 0;
  const names = argv.filter((_, i) => portAt < 0 || (i !== portAt && i !== portAt + 1));
  const server = await startS3Server({ port });
  for (const name of names) server.bucket(name);
  console.log(JSON.stringify({ endpoint: server.endpoint, buckets: names }));
  const stop = () => void server.close().then(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) void main(process.argv.slice(2));
