import { mkdtempSync, mkdirSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { normalizeExternalBlobs, type DirectoryProbe } from '../../../src/engine/config/external-blobs.js';
import { ConfigSources } from '../../../src/engine/config/source-access.js';
import { LocalSourceFiles } from '../../../src/adapters/source/local-source-files.js';

const noFiles: DirectoryProbe = {
  realPath: () => ({ ok: false, message: 'No such file or directory (os error 2)' }),
  isDirectory: () => false,
};

function one(base: string, scope: 'server_safe' | 'embedded_only' = 'server_safe', probe: DirectoryProbe = noFiles) {
  const out = normalizeExternalBlobs('g', [{ base, scope }], probe);
  if (out.policy.mode === 'allow') return out.policy.bases[0]?.uri;
  return out.diagnostics.map((d) => `${d.code} ${d.path}: ${d.message}`).join('\n');
}

const refused = (reason: string) => `invalid_external_blob_base graphs.g.external_blobs.allow[0].base: external blob URI '<redacted>' is not allowed: ${reason}`;

// Expected outputs follow ModernRelay/omnigraph crates/omnigraph/src/blob.rs
// (`NormalizedExternalUri::parse`, `render`, `decode_path_component`, `encode_path_component`).
describe('external-blob base normalization (reference blob.rs)', () => {
  it.each([
    ['S3://Assets-Bucket/knowledge', 's3://assets-bucket/knowledge/'],
    ['s3://bucket/', 's3://bucket/'],
    ['s3://bucket/a/', 's3://bucket/a/'],
    ['s3://bucket/Mixed/Case', 's3://bucket/Mixed/Case/'],
    ['s3://bucket/a%2dz/%7euser', 's3://bucket/a-z/~user/'],
    ['s3://bucket/a b', 's3://bucket/a%20b/'],
    ['s3://bucket/caf%c3%a9', 's3://bucket/caf%C3%A9/'],
    ['s3://bucket/café', 's3://bucket/caf%C3%A9/'],
    ['s3://bucket/a+b=c', 's3://bucket/a%2Bb%3Dc/'],
    ['s3://bucket/a:b@c', 's3://bucket/a%3Ab%40c/'],
  ])('%s → %s', (raw, expected) => {
    expect(one(raw)).toBe(expected);
  });

  it.each([
    ['', 'external Blob URI must be non-empty and contain no surrounding whitespace'],
    [' s3://bucket/a', 'external Blob URI must be non-empty and contain no surrounding whitespace'],
    ['s3://bucket/a\n', 'external Blob URI must be non-empty and contain no surrounding whitespace'],
    ['s3://bucket/a\\b', 'external Blob URI paths may not contain backslashes'],
    ['s3://bucket/a/../b', 'external Blob URI contains a dot path component'],
    ['s3://bucket/./b', 'external Blob URI contains a dot path component'],
    ['s3://bucket/%2e%2E/b', 'external Blob URI contains a dot path component'],
    ['s3://bucket/a%2Fb', 'external Blob URI contains an encoded separator, percent sign, or NUL'],
    ['s3://bucket/a%25b', 'external Blob URI contains an encoded separator, percent sign, or NUL'],
    ['s3://bucket/a%00', 'external Blob URI contains an encoded separator, percent sign, or NUL'],
    ['s3://bucket/a%4', 'external Blob URI contains an incomplete percent escape'],
    ['s3://bucket/a%zz', 'external Blob URI contains an invalid percent escape'],
    ['bucket/prefix', 'external Blob URI is not a valid absolute URI: relative URL without a base'],
    ['s3:bucket', 'external Blob URI must use a hierarchical storage scheme'],
    ['s3://user@bucket/a', 'external Blob URI may not contain user-info credentials'],
    ['s3://user:pw@bucket/a', 'external Blob URI may not contain user-info credentials'],
    ['s3://bucket/a?x=1', 'external Blob URI may not contain a query or fragment'],
    ['s3://bucket/a?', 'external Blob URI may not contain a query or fragment'],
    ['s3://bucket/a#f', 'external Blob URI may not contain a query or fragment'],
    ['s3://bucket:9000/a', 'external Blob URI may not contain an explicit port'],
    ['s3:///a', 'an s3 external Blob URI must contain a bucket'],
    ['s3://bucket', 'external Blob URI must contain an absolute path'],
    ['gs://bucket/a', "external Blob URI scheme 'gs' is not supported by this build"],
    ['https://host/a', "external Blob URI scheme 'https' is not supported by this build"],
    ['s3://bucket/a//b', 'external Blob URI contains an ambiguous empty path component'],
    ['s3://bucket//', 'external Blob URI contains an ambiguous empty path component'],
    ['file://host/data', 'file external Blob URIs must be local and may not contain a host'],
    ['file:///data', 'a server-safe external Blob base may not use file://'],
  ])('%j is refused: %s', (raw, reason) => {
    expect(one(raw)).toBe(refused(reason));
  });

  it('bounds the raw bytes at 64 KiB before parsing', () => {
    const atLimit = `s3://b/${'a'.repeat(64 * 1024 - 7)}`;
    expect(one(atLimit)).toBe(`${atLimit}/`);
    expect(one(`${atLimit}a`)).toBe(
      'invalid_external_blob_base graphs.g.external_blobs.allow[0].base: resource limit exceeded for external Blob URI bytes: actual 65537, limit 65536',
    );
  });
});

describe('file bases (reference blob.rs `canonical_file_base`)', () => {
  let dir: string;
  let probe: DirectoryProbe;
  beforeEach(() => {
    dir = realpathSync(mkdtempSync(path.join(tmpdir(), 'og-blobs-')));
    mkdirSync(path.join(dir, 'assets'));
    writeFileSync(path.join(dir, 'file.txt'), 'x');
    symlinkSync(path.join(dir, 'assets'), path.join(dir, 'link'));
    probe = new ConfigSources(new LocalSourceFiles(), dir);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('accepts an existing directory in every local spelling, keeping the lexical URI', () => {
    expect(one(`file://${dir}/assets`, 'embedded_only', probe)).toBe(`file://${dir}/assets/`);
    expect(one(`file:${dir}/assets`, 'embedded_only', probe)).toBe(`file://${dir}/assets/`);
    expect(one(`file://localhost${dir}/assets`, 'embedded_only', probe)).toBe(`file://${dir}/assets/`);
    expect(one(`file://${dir}/link`, 'embedded_only', probe)).toBe(`file://${dir}/link/`);
  });

  it('refuses a missing path and a regular file', () => {
    expect(one(`file://${dir}/none`, 'embedded_only', probe)).toBe(
      refused('embedded file external Blob base must be an existing directory: No such file or directory (os error 2)'),
    );
    expect(one(`file://${dir}/file.txt`, 'embedded_only', probe)).toBe(refused('embedded file external Blob base must name a directory'));
  });

  it('judges overlap on the canonical directory, naming the sorted lexical pair', () => {
    const out = normalizeExternalBlobs(
      'g',
      [
        { base: `file://${dir}/link`, scope: 'embedded_only' },
        { base: `file://${dir}/assets`, scope: 'embedded_only' },
      ],
      probe,
    );
    expect(out.policy).toEqual({ mode: 'deny' });
    expect(out.diagnostics.map((d) => [d.code, d.path, d.message])).toEqual([
      [
        'invalid_external_blob_policy',
        'graphs.g.external_blobs.allow',
        `external blob URI '<redacted>' is not allowed: external Blob bases 'file://${dir}/assets/' and 'file://${dir}/link/' overlap; configure one unambiguous base`,
      ],
    ]);
  });
});

describe('policy validation (reference blob.rs `ExternalBlobPolicy::validated`)', () => {
  it('sorts by normalized URI, then server_safe before embedded_only', () => {
    const out = normalizeExternalBlobs(
      'g',
      [
        { base: 's3://b/z', scope: 'server_safe' },
        { base: 's3://a/x', scope: 'server_safe' },
        { base: 's3://b/ab', scope: 'server_safe' },
        { base: 's3://b/a', scope: 'server_safe' },
      ],
      noFiles,
    );
    expect(out.diagnostics).toEqual([]);
    expect(out.policy).toEqual({
      mode: 'allow',
      bases: [
        { uri: 's3://a/x/', scope: 'server_safe' },
        { uri: 's3://b/a/', scope: 'server_safe' },
        { uri: 's3://b/ab/', scope: 'server_safe' },
        { uri: 's3://b/z/', scope: 'server_safe' },
      ],
    });
  });

  it.each([
    [['s3://assets/knowledge/', 's3://assets/knowledge/images/'], 's3://assets/knowledge/', 's3://assets/knowledge/images/'],
    [['s3://B/x', 's3://b/x/'], 's3://b/x/', 's3://b/x/'],
    [['s3://b/', 's3://b/deep/er'], 's3://b/', 's3://b/deep/er/'],
  ])('%j overlap', (raw, left, right) => {
    const out = normalizeExternalBlobs('g', raw.map((base) => ({ base, scope: 'server_safe' as const })), noFiles);
    expect(out.diagnostics.map((d) => d.message)).toEqual([
      `external blob URI '<redacted>' is not allowed: external Blob bases '${left}' and '${right}' overlap; configure one unambiguous base`,
    ]);
  });

  it('reports every invalid base and skips the overlap check then', () => {
    const out = normalizeExternalBlobs(
      'g',
      [
        { base: 'gs://x/a', scope: 'server_safe' },
        { base: 's3://b/a', scope: 'server_safe' },
        { base: 's3://b/a/..', scope: 'server_safe' },
      ],
      noFiles,
    );
    expect(out.diagnostics.map((d) => d.path)).toEqual(['graphs.g.external_blobs.allow[0].base', 'graphs.g.external_blobs.allow[2].base']);
  });
});
