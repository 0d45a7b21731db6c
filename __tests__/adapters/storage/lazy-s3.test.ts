import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { LazyS3Storage, openS3Storage } from '../../../src/adapters/storage/lazy-s3.js';
import { StorageError } from '../../../src/engine/ports/storage.js';
import { s3Fixture, s3TestEnv, type S3Fixture } from '../../support/s3-fixture.js';
import type { S3Storage } from '../../../src/adapters/storage/s3.js';

describe('openS3Storage (SDK loaded on first request)', () => {
  let f: S3Fixture;
  beforeEach(async () => {
    f = await s3Fixture();
  });
  afterEach(() => f.close());

  it('loads nothing until a request, then loads once and forwards every call', async () => {
    let loads = 0;
    const real = f.storage('s3://test-bucket/lazy');
    const lazy = new LazyS3Storage(real.root, () => {
      loads++;
      return Promise.resolve(real as S3Storage);
    });
    expect(lazy.displayPath('a/b')).toBe(real.displayPath('a/b'));
    expect(lazy.objectUri('')).toBe(real.objectUri(''));
    expect(loads).toBe(0);
    const token = await lazy.write('a/b', 'one');
    expect(await lazy.read('a/b')).toEqual({ text: 'one', token });
    expect(await lazy.writeIfAbsent('a/b', 'two')).toEqual({ ok: false, reason: 'exists' });
    expect((await lazy.writeIfMatch('a/b', 'two', token)).ok).toBe(true);
    expect(await lazy.exists('a/b')).toBe(true);
    expect(await lazy.existsPrefix('a')).toBe(true);
    expect(await lazy.list('a')).toEqual(['b']);
    await lazy.delete('a/b');
    expect(await lazy.exists('a/b')).toBe(false);
    await lazy.write('c/d', 'x');
    await lazy.deletePrefix('c');
    expect(await lazy.existsPrefix('c')).toBe(false);
    expect(loads).toBe(1);
  });

  it('has the same root as the eager adapter and refuses what createS3Storage refuses, before loading', () => {
    const env = s3TestEnv(f.server);
    for (const uri of ['s3://test-bucket', 's3://test-bucket/p/q/', 's3://test-bucket//p']) {
      expect(openS3Storage(uri, env).root).toBe(f.storage(uri).root);
    }
    expect(() => openS3Storage('/local/path', env)).toThrow(StorageError);
    expect(() => openS3Storage('s3://b', { AWS_ENDPOINT_URL_S3: 'not a url' })).toThrow("AWS endpoint 'not a url' is not a valid URL");
  });
});
