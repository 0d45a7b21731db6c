import { S3ServiceException } from '@aws-sdk/client-s3';
import { StorageError } from '../../engine/ports/storage.js';

/** What an S3 failure means to the adapter; everything not named here is a storage failure. */
export type S3Outcome = 'no-such-key' | 'precondition-failed' | 'conflict' | 'failure';

/** The S3 error code (e.g. `NoSuchKey`, `AccessDenied`) and HTTP status, when S3 answered at all. */
export interface S3ErrorFacts {
  readonly code: string;
  readonly status: number | null;
  /** How many attempts the SDK made (more than one: an earlier attempt may have taken effect). */
  readonly attempts: number;
}

export function s3ErrorFacts(e: unknown): S3ErrorFacts {
  const meta = (e as { $metadata?: { httpStatusCode?: number; attempts?: number } } | null)?.$metadata;
  let code = e instanceof S3ServiceException ? e.name : ((e as NodeJS.ErrnoException | null)?.code ?? (e as Error | null)?.name ?? 'Error');
  // The SDK wraps errors it does not recognise as Errors (another realm, e.g. a VM context) into a
  // plain Error whose message is all that is left of the socket error: find its code there.
  if (code === 'Error') code = [...NETWORK].find((c) => messageOf(e).includes(c)) ?? code;
  return { code, status: meta?.httpStatusCode ?? null, attempts: meta?.attempts ?? 1 };
}

function messageOf(e: unknown): string {
  const raw = e instanceof Error ? e.message : String(e);
  return raw.replace(/^AWS SDK error wrapper for (Error: )?/, '');
}

export function classifyS3Error(e: unknown): S3Outcome {
  const { code, status } = s3ErrorFacts(e);
  // A missing bucket is also a 404, but it is a broken storage root, never an absent object.
  if (code === 'NoSuchBucket') return 'failure';
  if (code === 'NoSuchKey' || (status === 404 && code === 'NotFound')) return 'no-such-key';
  if (status === 412 || code === 'PreconditionFailed') return 'precondition-failed';
  // A conditional write racing another write to the same key (AWS: retry it).
  if (status === 409 && code === 'ConditionalRequestConflict') return 'conflict';
  return 'failure';
}

const HINTS: Readonly<Record<string, string>> = {
  AccessDenied: 'check the credentials and that they allow s3:GetObject, s3:PutObject, s3:DeleteObject and s3:ListBucket on the bucket',
  InvalidAccessKeyId: 'the access key id is not known to this endpoint',
  SignatureDoesNotMatch: 'the secret key does not match the access key id',
  ExpiredToken: 'the session credentials have expired',
  NoSuchBucket: 'the bucket named in `storage:` does not exist (or not in this region/endpoint)',
  PermanentRedirect: 'the bucket is in another region: set AWS_REGION to its region',
  NotImplemented: 'the server does not support an operation the control plane needs (conditional writes need If-None-Match/If-Match on PUT)',
  CredentialsProviderError: 'no AWS credentials found: set AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, AWS_PROFILE, or use OIDC',
  SlowDown: 'S3 kept throttling after the SDK retries',
};

const NETWORK = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'TimeoutError']);

/**
 * A `StorageError` whose message names the operation, the object URI, the S3 error code and the
 * HTTP status, so the diagnostic that quotes it (`<err>`) says what to fix.
 */
export function s3StorageError(operation: string, uri: string, e: unknown): StorageError {
  const { code, status } = s3ErrorFacts(e);
  const raw = messageOf(e);
  const detail = raw && raw !== code && raw !== 'UnknownError' ? `: ${raw}` : '';
  const kind = NETWORK.has(code) ? `network error ${code}` : code;
  const hint = HINTS[code];
  return new StorageError(
    `S3 ${operation} on '${uri}' failed: ${kind}${status === null ? '' : ` (HTTP ${status})`}${detail}${hint ? ` (${hint})` : ''}`,
  );
}
