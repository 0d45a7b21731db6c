import { describe, expect, it } from '@jest/globals';
import { parseS3Uri, s3ClientConfig } from '../../../src/adapters/storage/s3-config.js';

describe('parseS3Uri', () => {
  it.each([
    ['s3://bucket', { bucket: 'bucket', prefix: '' }],
    ['s3://bucket/', { bucket: 'bucket', prefix: '' }],
    ['s3://bucket/a/b', { bucket: 'bucket', prefix: 'a/b' }],
    ['s3://bucket/a/b///', { bucket: 'bucket', prefix: 'a/b' }],
    ['s3://bucket//a', { bucket: 'bucket', prefix: 'a' }],
  ])('%s', (uri, expected) => {
    expect(parseS3Uri(uri)).toEqual(expected);
  });

  it.each(['s3://', 's3:///prefix', 'file:///tmp/x', '/tmp/x', 'S3://bucket'])('refuses %s', (uri) => {
    expect(parseS3Uri(uri)).toBeNull();
  });
});

describe('s3ClientConfig: the standard AWS environment', () => {
  it('defaults to us-east-1, AWS endpoints, virtual-hosted style and the default credential chain', () => {
    const config = s3ClientConfig({});
    expect(config.region).toBe('us-east-1');
    expect(config.endpoint).toBeUndefined();
    expect(config.forcePathStyle).toBeUndefined();
    expect(config.credentials).toBeUndefined();
    expect(config.maxAttempts).toBeUndefined();
  });

  it('takes the region from AWS_REGION before AWS_DEFAULT_REGION', () => {
    expect(s3ClientConfig({ AWS_DEFAULT_REGION: 'eu-west-1' }).region).toBe('eu-west-1');
    expect(s3ClientConfig({ AWS_REGION: 'eu-central-1', AWS_DEFAULT_REGION: 'eu-west-1' }).region).toBe('eu-central-1');
    expect(s3ClientConfig({ AWS_REGION: ' ' }).region).toBe('us-east-1');
  });

  it('a custom endpoint (S3-specific first) switches to path-style addressing', () => {
    const generic = s3ClientConfig({ AWS_ENDPOINT_URL: 'http://minio:9000' });
    expect([generic.endpoint, generic.forcePathStyle]).toEqual(['http://minio:9000', true]);
    const specific = s3ClientConfig({ AWS_ENDPOINT_URL: 'http://other:1', AWS_ENDPOINT_URL_S3: 'https://s3.example.test' });
    expect(specific.endpoint).toBe('https://s3.example.test');
    expect(() => s3ClientConfig({ AWS_ENDPOINT_URL_S3: 'ftp://x' })).toThrow("AWS endpoint 'ftp://x' must be http:// or https://");
  });

  it('uses keys from env when both are present, with the session token of OIDC/assumed roles', () => {
    expect(s3ClientConfig({ AWS_ACCESS_KEY_ID: 'AKIA' }).credentials).toBeUndefined();
    expect(s3ClientConfig({ AWS_ACCESS_KEY_ID: 'AKIA', AWS_SECRET_ACCESS_KEY: 's' }).credentials).toEqual({ accessKeyId: 'AKIA', secretAccessKey: 's' });
    expect(s3ClientConfig({ AWS_ACCESS_KEY_ID: 'ASIA', AWS_SECRET_ACCESS_KEY: 's', AWS_SESSION_TOKEN: 't' }).credentials).toEqual({
      accessKeyId: 'ASIA',
      secretAccessKey: 's',
      sessionToken: 't',
    });
    expect(s3ClientConfig({ AWS_PROFILE: 'ci' }).profile).toBe('ci');
  });

  it('honours the retry and checksum settings, ignoring values the SDK would not accept', () => {
    const config = s3ClientConfig({
      AWS_MAX_ATTEMPTS: '5',
      AWS_RETRY_MODE: 'adaptive',
      AWS_REQUEST_CHECKSUM_CALCULATION: 'when_required',
      AWS_RESPONSE_CHECKSUM_VALIDATION: 'WHEN_REQUIRED',
    });
    expect([config.maxAttempts, config.retryMode, config.requestChecksumCalculation, config.responseChecksumValidation]).toEqual([
      5,
      'adaptive',
      'WHEN_REQUIRED',
      'WHEN_REQUIRED',
    ]);
    const ignored = s3ClientConfig({ AWS_MAX_ATTEMPTS: '0', AWS_RETRY_MODE: 'legacy', AWS_REQUEST_CHECKSUM_CALCULATION: 'never' });
    expect([ignored.maxAttempts, ignored.retryMode, ignored.requestChecksumCalculation]).toEqual([undefined, undefined, undefined]);
  });
});
