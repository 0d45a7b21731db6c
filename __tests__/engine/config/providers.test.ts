import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkEmbeddingProvider, secretRefName } from '../../../src/engine/config/providers.js';
import { loadConfig } from '../../../src/engine/config/load-config.js';
import { LocalSourceFiles } from '../../../src/adapters/source/local-source-files.js';

const codes = (raw: Parameters<typeof checkEmbeddingProvider>[1]) =>
  checkEmbeddingProvider('p', raw).diagnostics.map((d) => `${d.code} ${d.path}: ${d.message}`);

// ModernRelay/omnigraph crates/omnigraph-cluster/src/types.rs (`EmbeddingProviderConfig::validate`,
// `secret_ref_name`) and crates/omnigraph/src/embedding.rs (`from_parts`, `provider_profile`).
describe('embedding provider profiles (reference types.rs, embedding.rs)', () => {
  it.each([
    ['no kind (openai-compatible)', { api_key: '${OPENROUTER_API_KEY}' }],
    ['openai-compatible', { kind: 'openai-compatible', api_key: '${K}' }],
    ['openai via the provider alias', { provider: 'openai', api_key: '${K}' }],
    ['gemini', { kind: 'gemini', api_key: '${K}' }],
    ['mock without a key', { kind: 'mock' }],
    ['spaced reference', { kind: 'openai', api_key: '${ OPENAI_KEY }' }],
    ['dashed name', { kind: 'openai', api_key: '${MY-KEY}' }],
    ['surrounding whitespace', { kind: 'openai', api_key: '  ${K}  ' }],
  ])('accepts %s', (_name, raw) => {
    expect(codes(raw)).toEqual([]);
  });

  it.each([
    ['an unknown kind', { kind: 'cohere', api_key: '${K}' }, ["invalid_embedding_provider providers.embedding.p: unknown embedding provider 'cohere' (expected openai-compatible|openai|gemini|mock)"]],
    ['a missing key', { kind: 'openai' }, ['embedding_api_key_required providers.embedding.p.api_key: non-mock embedding providers must set api_key to a ${NAME} env reference']],
    ['a missing key without kind', {}, ['embedding_api_key_required providers.embedding.p.api_key: non-mock embedding providers must set api_key to a ${NAME} env reference']],
    ['an inline key', { kind: 'openai', api_key: 'sk-123' }, ['embedding_api_key_inline providers.embedding.p.api_key: embedding api_key must be a ${NAME} env reference, not an inline secret']],
    ['a blank reference', { kind: 'openai', api_key: '${ }' }, ['embedding_api_key_inline providers.embedding.p.api_key: embedding api_key must be a ${NAME} env reference, not an inline secret']],
    ['an inline mock key', { kind: 'mock', api_key: 'x' }, ['embedding_api_key_inline providers.embedding.p.api_key: embedding api_key must be a ${NAME} env reference, not an inline secret']],
  ])('refuses %s', (_name, raw, expected) => {
    expect(codes(raw)).toEqual(expected);
  });

  it.each([
    ['${K}', 'K'],
    ['${ K }', ' K '],
    ['${}', null],
    ['$K', null],
    ['{K}', null],
  ])('secretRefName(%j) = %j', (value, name) => {
    expect(secretRefName(value)).toBe(name);
  });
});

describe('cluster.yaml fields serde refuses (reference types.rs)', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'og-providers-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const load = (yaml: string) => {
    writeFileSync(path.join(dir, 'cluster.yaml'), yaml);
    return loadConfig(new LocalSourceFiles(), dir).diagnostics.map((d) => `${d.code}: ${d.message}`);
  };

  it('refuses kind together with its alias provider as a duplicate field', () => {
    expect(load('version: 1\nproviders:\n  embedding:\n    p:\n      kind: openai\n      provider: openai\n      api_key: ${K}\n')).toEqual([
      'invalid_cluster_yaml: could not parse cluster.yaml: providers.embedding.p: duplicate field `kind` at line 4 column 5',
    ]);
  });

  it.each([
    ['version: 1.0\n', 'floating point `1.0`', 10],
    ['version:   2.50 # comment\n', 'floating point `2.5`', 12],
  ])('refuses a float version %j', (yaml, float, column) => {
    expect(load(yaml)).toEqual([`invalid_cluster_yaml: could not parse cluster.yaml: version: invalid type: ${float}, expected u32 at line 1 column ${column}`]);
  });

  it('still accepts an integer version', () => {
    expect(load('version: 1\n')).toEqual([]);
  });
});
