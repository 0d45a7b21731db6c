import type { S3ClientConfig } from '@aws-sdk/client-s3';

export interface S3Location {
  readonly bucket: string;
  /** Object-key prefix of the storage root, without leading or trailing `/`; `''` for the bucket root. */
  readonly prefix: string;
}

/**
 * `s3://bucket/prefix` → `{bucket, prefix}`; `null` when it is not an s3:// URI naming a bucket.
 * Trailing slashes are trimmed as cluster.yaml `storage:` does (docs/contract/config.md#keys).
 */
export function parseS3Uri(uri: string): S3Location | null {
  if (!uri.startsWith('s3://')) return null;
  const rest = uri.slice('s3://'.length).replace(/\/+$/, '');
  const slash = rest.indexOf('/');
  const bucket = slash < 0 ? rest : rest.slice(0, slash);
  const prefix = slash < 0 ? '' : rest.slice(slash + 1).replace(/^\/+/, '');
  if (bucket === '') return null;
  return { bucket, prefix };
}

/** The display root of a location: `s3://bucket` or `s3://bucket/prefix` (no trailing slash). */
export function s3RootUri(location: S3Location): string {
  const prefix = location.prefix.replace(/^\/+|\/+$/g, '');
  return prefix === '' ? `s3://${location.bucket}` : `s3://${location.bucket}/${prefix}`;
}

/**
 * Client settings from the standard AWS environment. `env` is passed in (not read from
 * `process.env` here) so the CLI, the action and tests can each hand over their own.
 * - region: `AWS_REGION`, then `AWS_DEFAULT_REGION`, then `us-east-1`;
 * - endpoint: `AWS_ENDPOINT_URL_S3`, then `AWS_ENDPOINT_URL`; a custom endpoint is an
 *   S3-compatible server (MinIO, R2, a test server), which wants path-style addressing;
 * - credentials: keys in `env` when both are there, else the SDK default chain (profile, web
 *   identity, container and instance metadata);
 * - retries: the SDK's own (throttling, 5xx, network), `AWS_MAX_ATTEMPTS`/`AWS_RETRY_MODE` honoured.
 */
export function s3ClientConfig(env: NodeJS.ProcessEnv): S3ClientConfig {
  const config: S3ClientConfig = {
    region: nonEmpty(env.AWS_REGION) ?? nonEmpty(env.AWS_DEFAULT_REGION) ?? 'us-east-1',
    // Bounded waits: a stalled connection becomes a retried transient error, not a hung job.
    requestHandler: { connectionTimeout: 10_000, requestTimeout: 60_000 },
  };
  const endpoint = nonEmpty(env.AWS_ENDPOINT_URL_S3) ?? nonEmpty(env.AWS_ENDPOINT_URL);
  if (endpoint !== null) {
    let url: URL;
    try {
      url = new URL(endpoint);
    } catch {
      throw new Error(`AWS endpoint '${endpoint}' is not a valid URL`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`AWS endpoint '${endpoint}' must be http:// or https://`);
    config.endpoint = endpoint;
    config.forcePathStyle = true;
  }
  const accessKeyId = nonEmpty(env.AWS_ACCESS_KEY_ID);
  const secretAccessKey = nonEmpty(env.AWS_SECRET_ACCESS_KEY);
  if (accessKeyId !== null && secretAccessKey !== null) {
    const sessionToken = nonEmpty(env.AWS_SESSION_TOKEN);
    config.credentials = sessionToken === null ? { accessKeyId, secretAccessKey } : { accessKeyId, secretAccessKey, sessionToken };
  } else if (nonEmpty(env.AWS_PROFILE) !== null) {
    config.profile = nonEmpty(env.AWS_PROFILE) ?? undefined;
  }
  const attempts = Number(nonEmpty(env.AWS_MAX_ATTEMPTS));
  if (Number.isInteger(attempts) && attempts > 0) config.maxAttempts = attempts;
  const retryMode = nonEmpty(env.AWS_RETRY_MODE);
  if (retryMode === 'standard' || retryMode === 'adaptive') config.retryMode = retryMode;
  // Some S3-compatible servers reject the SDK's default CRC checksums; the standard variables
  // (`when_required`) switch them off, and we honour them from `env` as the SDK does from process.env.
  const requestChecksum = checksumSetting(env.AWS_REQUEST_CHECKSUM_CALCULATION);
  if (requestChecksum) config.requestChecksumCalculation = requestChecksum;
  const responseChecksum = checksumSetting(env.AWS_RESPONSE_CHECKSUM_VALIDATION);
  if (responseChecksum) config.responseChecksumValidation = responseChecksum;
  return config;
}

function checksumSetting(value: string | undefined): 'WHEN_SUPPORTED' | 'WHEN_REQUIRED' | null {
  const v = nonEmpty(value)?.toUpperCase();
  return v === 'WHEN_SUPPORTED' || v === 'WHEN_REQUIRED' ? v : null;
}

function nonEmpty(value: string | undefined): string | null {
  return value === undefined || value.trim() === '' ? null : value.trim();
}
