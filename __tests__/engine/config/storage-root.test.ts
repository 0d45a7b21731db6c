import { describe, expect, it } from '@jest/globals';
import { LocalSourceFiles } from '../../../src/adapters/source/local-source-files.js';
import { resolveStorageRoot } from '../../../src/engine/config/storage-root.js';

const files = new LocalSourceFiles('/work/cwd');
const resolve = (storage: string | null) => resolveStorageRoot(storage, 'cluster', files);

describe('storage: parsed strictly (issue 15)', () => {
  it('accepts s3://bucket/prefix, file:// absolute paths and local paths', () => {
    expect(resolve('s3://state-bucket/clusters/prod/')).toEqual({
      ok: true,
      root: { kind: 's3', uri: 's3://state-bucket/clusters/prod', bucket: 'state-bucket', prefix: 'clusters/prod' },
    });
    expect(resolve('s3://my.bucket-1')).toMatchObject({ ok: true, root: { kind: 's3', bucket: 'my.bucket-1', prefix: '' } });
    expect(resolve('file:///srv/state')).toEqual({ ok: true, root: { kind: 'local', path: '/srv/state' } });
    expect(resolve('state/dir')).toEqual({ ok: true, root: { kind: 'local', path: '/work/cwd/state/dir' } });
    expect(resolve(null)).toEqual({ ok: true, root: { kind: 'local', path: '/work/cwd/cluster' } });
  });

  it.each([
    ['s3://bucket/../other/x', "storage prefix '../other/x' cannot be used: it has a `..` segment"],
    ['s3://bucket/a//b', "storage prefix 'a//b' cannot be used: it has an empty segment"],
    ['s3://bucket/./a', "storage prefix './a' cannot be used: it has a `.` segment"],
    ['s3://Bucket/x', "storage bucket 'Bucket' is not a valid S3 bucket name"],
    ['s3://a..b/x', "storage bucket 'a..b' is not a valid S3 bucket name"],
    ['s3://192.168.0.1/x', "storage bucket '192.168.0.1' is not a valid S3 bucket name"],
    ['gs://bucket/x', "storage 'gs://bucket/x' is not a supported location"],
    ['S3://bucket/x', "storage 'S3://bucket/x' is not a supported location"],
    ['http://example.com/x', "storage 'http://example.com/x' is not a supported location"],
    ['s3:/x', "storage 's3:/x' is not a supported location"],
  ])('refuses %s, listing the accepted forms', (storage, start) => {
    const got = resolve(storage);
    expect(got.ok).toBe(false);
    if (got.ok) return;
    expect(got.diagnostic.code).toBe('invalid_storage_root');
    expect(got.diagnostic.message.startsWith(start)).toBe(true);
    expect(got.diagnostic.message).toContain('accepted forms: s3://bucket/prefix, file:///absolute/path, or a local path');
  });
});
