import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { crc32 } from 'node:zlib';

/** Request/response details of the S3 REST protocol shared by the test server's operations. */

/** Writes one answer; a dropped-response fault swaps in one that writes nothing. */
export type Reply = (status: number, body: string | Buffer, headers: Record<string, string>) => void;

/** An operation's refusal, sent as S3's `<Error><Code>…` document with this HTTP status. */
export class S3Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly message: string,
  ) {}
}

/** The `x-amz-checksum-<algorithm>` an object was stored with (S3 echoes it on GET when asked). */
export interface StoredChecksum {
  readonly header: string;
  readonly value: string;
}

export function etagMatches(condition: string, etag: string): boolean {
  const bare = (s: string) => s.trim().replace(/^W\//, '').replace(/^"|"$/g, '');
  return condition === '*' || condition.split(',').some((c) => bare(c) === bare(etag));
}

export function checkContentMd5(req: IncomingMessage, body: Buffer): void {
  const md5 = header(req, 'content-md5');
  if (md5 !== null && md5 !== createHash('md5').update(body).digest('base64')) {
    throw new S3Error(400, 'BadDigest', 'The Content-MD5 you specified did not match what we received.');
  }
}

/** The SDK sends a CRC32 (or SHA) of the body by default; S3 refuses a body that does not match it. */
export function verifiedChecksum(req: IncomingMessage, body: Buffer, trailers: ReadonlyMap<string, string>): StoredChecksum | null {
  const digests: Record<string, () => string> = {
    'x-amz-checksum-crc32': () => {
      const b = Buffer.alloc(4);
      b.writeUInt32BE(crc32(body));
      return b.toString('base64');
    },
    'x-amz-checksum-sha1': () => createHash('sha1').update(body).digest('base64'),
    'x-amz-checksum-sha256': () => createHash('sha256').update(body).digest('base64'),
  };
  for (const [name, digest] of Object.entries(digests)) {
    const value = header(req, name) ?? trailers.get(name) ?? null;
    if (value === null) continue;
    if (value !== digest()) throw new S3Error(400, 'BadDigest', `The ${name.slice('x-amz-checksum-'.length).toUpperCase()} you specified did not match the calculated checksum.`);
    return { header: name, value };
  }
  return null;
}

export function isAwsChunked(req: IncomingMessage): boolean {
  return (header(req, 'content-encoding') ?? '').includes('aws-chunked') || (header(req, 'x-amz-content-sha256') ?? '').startsWith('STREAMING-');
}

/** `aws-chunked` framing: `<hex size>[;chunk-signature=…]\r\n<data>\r\n` … `0\r\n<trailers>\r\n\r\n`. */
export function decodeAwsChunked(raw: Buffer): { body: Buffer; trailers: Map<string, string> } {
  const chunks: Buffer[] = [];
  let pos = 0;
  for (;;) {
    const eol = raw.indexOf('\r\n', pos);
    if (eol < 0) throw new S3Error(400, 'IncompleteBody', 'The request body terminated unexpectedly');
    const size = parseInt(raw.subarray(pos, eol).toString('latin1').split(';')[0] ?? '', 16);
    if (!Number.isFinite(size)) throw new S3Error(400, 'InvalidRequest', 'malformed aws-chunked body');
    pos = eol + 2;
    if (size === 0) {
      const trailers = new Map<string, string>();
      for (const line of raw.subarray(pos).toString('latin1').split('\r\n')) {
        const colon = line.indexOf(':');
        if (colon > 0) trailers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
      }
      return { body: Buffer.concat(chunks), trailers };
    }
    chunks.push(raw.subarray(pos, pos + size));
    pos += size + 2;
  }
}

export function header(req: IncomingMessage, name: string): string | null {
  const value = req.headers[name];
  return value === undefined ? null : Array.isArray(value) ? value.join(',') : value;
}

export async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export function send(res: ServerResponse, status: number, body: string | Buffer, headers: Record<string, string>): void {
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  res.writeHead(status, { 'Content-Length': String(bytes.length), ...headers });
  res.end(res.req.method === 'HEAD' ? undefined : bytes);
}
