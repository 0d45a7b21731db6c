import {
  DeleteObjectCommand,
  DeleteObjectsCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  type ListObjectsV2CommandOutput,
} from '@aws-sdk/client-s3';
import { sortBytewise } from '../../base/json.js';
import { assertStorageKey, existsThenRead, StorageError, type ConditionalWrite, type Storage, type StoredText } from '../../engine/ports/storage.js';
import { parseS3Uri, s3ClientConfig, s3RootUri, type S3Location } from './s3-config.js';
import { classifyS3Error, s3ErrorFacts, s3StorageError } from './s3-errors.js';

export { parseS3Uri } from './s3-config.js';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
/** DeleteObjects takes at most 1000 keys per request. */
const DELETE_BATCH = 1000;
/** Re-sends of a conditional PUT that S3 answered 409 ConditionalRequestConflict. */
const CONFLICT_RETRIES = 4;

/**
 * `Storage` over an S3 bucket prefix. Atomic visibility comes from S3 itself (a PUT is visible
 * whole or not at all); create-if-absent is a PUT with `If-None-Match: *`, replace-if-version a
 * PUT with `If-Match: <ETag>`, so the compare and the write are one step inside S3 and hold across
 * machines. Version tokens are ETags, exactly as S3 returns them.
 */
export class S3Storage implements Storage {
  readonly root: string;
  private readonly client: S3Client;
  private readonly bucket: string;
  private readonly prefix: string;

  constructor(options: { client: S3Client } & S3Location) {
    this.client = options.client;
    this.bucket = options.bucket;
    this.prefix = options.prefix.replace(/^\/+|\/+$/g, '');
    this.root = s3RootUri(options);
  }

  displayPath(key: string): string {
    return key === '' ? this.root : `${this.root}/${key}`;
  }

  objectUri(key: string): string {
    return this.displayPath(key);
  }

  async read(key: string): Promise<StoredText | null> {
    const got = await this.get(key);
    if (got === null) return null;
    if ('failure' in got) throw s3StorageError('GetObject', this.displayPath(key), got.failure);
    return this.decoded(key, got.bytes, got.etag);
  }

  /**
   * `exists` then `read` as one GET: a status run verifies every payload, and the LIST that
   * `exists` makes doubled its requests. NoSuchKey is exactly what makes `exists` say false (no
   * object at the key; a "folder" has none either). Any other failure of the GET takes the two
   * calls themselves, so an error is attributed to the probe or to the read exactly as before.
   */
  async readIfExists(key: string): Promise<StoredText | null> {
    const got = await this.get(key);
    if (got === null) return null;
    if ('failure' in got) return existsThenRead(this, key);
    return this.decoded(key, got.bytes, got.etag);
  }

  /** The object's bytes and ETag; null for NoSuchKey; any other failure as a value. */
  private async get(key: string): Promise<{ bytes: Uint8Array; etag: string | undefined } | { failure: unknown } | null> {
    const objectKey = this.objectKey(key);
    try {
      const out = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: objectKey }));
      return { bytes: out.Body ? await out.Body.transformToByteArray() : new Uint8Array(), etag: out.ETag };
    } catch (e) {
      // A "folder" (objects under `key/`, none at `key`) is NoSuchKey too: absent, as the port says.
      if (classifyS3Error(e) === 'no-such-key') return null;
      return { failure: e };
    }
  }

  private decoded(key: string, bytes: Uint8Array, etag: string | undefined): StoredText {
    let text: string;
    try {
      text = utf8.decode(bytes);
    } catch {
      throw new StorageError(`'${this.displayPath(key)}' is not valid UTF-8`);
    }
    return { text, token: this.requireEtag(etag, 'GetObject', key) };
  }

  /** Listing rather than HEAD: a HEAD 404 cannot tell a missing key from a missing bucket. */
  async exists(key: string): Promise<boolean> {
    const full = this.objectKey(key);
    // The key itself sorts first among the keys it prefixes, so one result is enough.
    const page = await this.listPage('ListObjectsV2', key, { Prefix: full, MaxKeys: 1 });
    return page.Contents?.[0]?.Key === full;
  }

  async existsPrefix(prefix: string): Promise<boolean> {
    const page = await this.listPage('ListObjectsV2', prefix, { Prefix: this.dirPrefix(prefix, { allowRoot: true }), MaxKeys: 1 });
    return (page.Contents?.length ?? 0) > 0;
  }

  async write(key: string, text: string): Promise<string> {
    try {
      const out = await this.client.send(new PutObjectCommand(this.putInput(key, text)));
      return this.requireEtag(out.ETag, 'PutObject', key);
    } catch (e) {
      if (e instanceof StorageError) throw e;
      throw s3StorageError('PutObject', this.displayPath(key), e);
    }
  }

  async writeIfAbsent(key: string, text: string): Promise<ConditionalWrite> {
    return this.conditionalPut(key, text, { IfNoneMatch: '*' }, 'exists');
  }

  async writeIfMatch(key: string, text: string, token: string): Promise<ConditionalWrite> {
    return this.conditionalPut(key, text, { IfMatch: token }, 'mismatch');
  }

  async list(prefix: string): Promise<string[]> {
    const dir = this.dirPrefix(prefix, { allowRoot: true });
    const names: string[] = [];
    let token: string | undefined;
    do {
      const page = await this.listPage('ListObjectsV2', prefix, { Prefix: dir, Delimiter: '/', ContinuationToken: token });
      for (const object of page.Contents ?? []) {
        const name = object.Key?.slice(dir.length) ?? '';
        // `dir` itself can exist as an empty "folder marker" object: it is not a name under dir.
        if (name !== '') names.push(name);
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
    return sortBytewise(names);
  }

  async delete(key: string): Promise<void> {
    const objectKey = this.objectKey(key);
    try {
      await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: objectKey }));
    } catch (e) {
      if (classifyS3Error(e) === 'no-such-key') return;
      throw s3StorageError('DeleteObject', this.displayPath(key), e);
    }
  }

  async deletePrefix(prefix: string): Promise<void> {
    const dir = this.dirPrefix(prefix);
    let token: string | undefined;
    do {
      // Continuation tokens stay valid while we delete the keys already returned.
      const page = await this.listPage('ListObjectsV2', prefix, { Prefix: dir, ContinuationToken: token });
      const keys = (page.Contents ?? []).flatMap((o) => (o.Key === undefined ? [] : [o.Key]));
      for (let i = 0; i < keys.length; i += DELETE_BATCH) await this.deleteBatch(prefix, keys.slice(i, i + DELETE_BATCH));
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
  }

  /** Releases the client's sockets (tests; the CLI simply exits). */
  destroy(): void {
    this.client.destroy();
  }

  private async conditionalPut(
    key: string,
    text: string,
    condition: { IfNoneMatch: '*' } | { IfMatch: string },
    lost: 'exists' | 'mismatch',
  ): Promise<ConditionalWrite> {
    for (let attempt = 0; ; attempt++) {
      try {
        const out = await this.client.send(new PutObjectCommand({ ...this.putInput(key, text), ...condition }));
        return { ok: true, token: this.requireEtag(out.ETag, 'PutObject', key) };
      } catch (e) {
        if (e instanceof StorageError) throw e;
        const outcome = classifyS3Error(e);
        if (outcome === 'conflict' && attempt < CONFLICT_RETRIES) {
          await sleep(25 * 2 ** attempt + Math.floor(Math.random() * 25));
          continue;
        }
        // If-Match on a key that is gone: another writer deleted it, which is a lost race too.
        const racedAway = outcome === 'precondition-failed' || outcome === 'conflict' || (outcome === 'no-such-key' && lost === 'mismatch');
        if (!racedAway) throw s3StorageError('PutObject', this.displayPath(key), e);
        // After an SDK retry the precondition may have failed against our own earlier attempt,
        // which took effect before its answer was lost. Our exact text in place means we won.
        if (s3ErrorFacts(e).attempts > 1) {
          const now = await this.read(key);
          if (now !== null && now.text === text) return { ok: true, token: now.token };
        }
        return { ok: false, reason: lost };
      }
    }
  }

  private async deleteBatch(prefix: string, keys: string[]): Promise<void> {
    let errors;
    try {
      const out = await this.client.send(
        new DeleteObjectsCommand({ Bucket: this.bucket, Delete: { Objects: keys.map((Key) => ({ Key })), Quiet: true } }),
      );
      errors = out.Errors ?? [];
    } catch (e) {
      throw s3StorageError('DeleteObjects', this.displayPath(prefix), e);
    }
    const first = errors.find((err) => err.Code !== 'NoSuchKey');
    if (first) {
      const uri = `s3://${this.bucket}/${first.Key ?? ''}`;
      throw new StorageError(`S3 DeleteObjects on '${uri}' failed: ${first.Code ?? 'Error'}: ${first.Message ?? 'not deleted'} (${errors.length} of ${keys.length} keys not deleted)`);
    }
  }

  private async listPage(
    operation: string,
    prefix: string,
    input: { Prefix: string; Delimiter?: string; MaxKeys?: number; ContinuationToken?: string },
  ): Promise<ListObjectsV2CommandOutput> {
    try {
      return await this.client.send(new ListObjectsV2Command({ Bucket: this.bucket, ...input }));
    } catch (e) {
      throw s3StorageError(operation, this.displayPath(prefix), e);
    }
  }

  private putInput(key: string, text: string) {
    const body = Buffer.from(text, 'utf8');
    return {
      Bucket: this.bucket,
      Key: this.objectKey(key),
      Body: body,
      // Stated even when 0: without it the SDK cannot size an empty body and warns about streams.
      ContentLength: body.length,
      ContentType: key.endsWith('.json') ? 'application/json' : 'text/plain; charset=utf-8',
    };
  }

  private requireEtag(etag: string | undefined, operation: string, key: string): string {
    if (etag === undefined || etag === '') {
      throw new StorageError(`S3 ${operation} on '${this.displayPath(key)}' returned no ETag (the server cannot version objects)`);
    }
    return etag;
  }

  /** Every request's key passes here, so a hostile name is refused before any request is sent. */
  private objectKey(key: string, options: { allowRoot?: boolean } = {}): string {
    assertStorageKey(key, this.root, options);
    if (this.prefix === '') return key;
    return key === '' ? this.prefix : `${this.prefix}/${key}`;
  }

  /** The list prefix for "everything under `prefix/`". */
  private dirPrefix(prefix: string, options: { allowRoot?: boolean } = {}): string {
    const full = this.objectKey(prefix, options);
    return full === '' ? '' : `${full}/`;
  }
}

/** The adapter for a cluster.yaml `storage: s3://bucket/prefix`, configured from the AWS environment. */
export function createS3Storage(uri: string, env: NodeJS.ProcessEnv = process.env): S3Storage {
  const location = parseS3Uri(uri);
  if (!location) throw new StorageError(`'${uri}' is not an s3://bucket/prefix URI`);
  return new S3Storage({ client: new S3Client(s3ClientConfig(env)), ...location });
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
