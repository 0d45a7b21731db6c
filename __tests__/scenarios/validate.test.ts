import { afterEach, describe, expect, it } from '@jest/globals';
import { symlinkSync, mkdirSync, chmodSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { validate } from '../../src/engine/commands/validate.js';
import { LocalSourceFiles } from '../../src/adapters/source/local-source-files.js';
import { diagnosticJson } from '../../src/engine/diagnostics/index.js';
import { toPrettyJson } from '../../src/base/json.js';
import { FIXTURE_YAML, fixtureFiles, tempCluster, type TempCluster } from '../support/cluster-fixture.js';

let cluster: TempCluster | undefined;
afterEach(() => cluster?.cleanup());

async function run(files: Record<string, string | Uint8Array>, configDir?: string) {
  cluster = tempCluster(files);
  return validate({ sources: new LocalSourceFiles() }, { configDir: configDir ?? cluster.dir });
}
const codes = (out: { diagnostics: readonly { code: string; path: string }[] }) => out.diagnostics.map((d) => `${d.code} ${d.path}`);
const yaml = (body: string) => fixtureFiles({ 'cluster.yaml': body });

describe('validate (docs/contract/commands.md#validate)', () => {
  it('accepts the docs/contract/digests.md#worked-example fixture with exact digests, resources and dependencies', async () => {
    const out = await run(fixtureFiles());
    const dir = cluster!.dir;
    expect(out.ok).toBe(true);
    expect(out.resource_digests).toEqual({
      'graph.knowledge': '19e5610fde4e069bc42bf576cb1d49f3ea9e69b7c5a01b9f69d577a4a76109a9',
      'policy.base': '7f2c43106364d8112fcc3060e4ab8b20f5d1a17d9cbf3c2540529663004adff8',
      'query.knowledge.find_person': 'f7f1ccd40aa44f39a0d149d06e19ade31102e2dc45aa7c9009b99147f82aed43',
      'schema.knowledge': 'ab8674c2deeb33b15bd7a1f7d98acd8fdf6e5634230dc0349e3e2920475f26d6',
    });
    expect(out.resources[2]).toEqual({
      address: 'query.knowledge.find_person',
      kind: 'query',
      digest: 'f7f1ccd40aa44f39a0d149d06e19ade31102e2dc45aa7c9009b99147f82aed43',
      path: `${dir}/./people.gq`,
    });
    expect(Object.keys(out.resources[0] as object)).toEqual(['address', 'kind', 'digest']);
    expect(out.dependencies).toEqual([
      { from: 'policy.base', to: 'graph.knowledge' },
      { from: 'query.knowledge.find_person', to: 'graph.knowledge' },
      { from: 'query.knowledge.find_person', to: 'schema.knowledge' },
      { from: 'schema.knowledge', to: 'graph.knowledge' },
    ]);
    expect(codes(out)).toEqual(['external_blob_ingress_default_deny graphs.knowledge.external_blobs']);
    const json = toPrettyJson({ ...out, diagnostics: out.diagnostics.map(diagnosticJson) });
    expect(Object.keys(JSON.parse(json))).toEqual(['ok', 'config_dir', 'config_file', 'resource_digests', 'resources', 'dependencies', 'diagnostics']);
    expect(out.config_file).toBe(`${dir}/cluster.yaml`);
  });

  it('reports a missing config directory', async () => {
    const out = await validate({ sources: new LocalSourceFiles() }, { configDir: path.join(tmpdir(), 'does-not-exist-og') });
    expect(codes(out)).toEqual([`config_dir_not_found ${path.join(tmpdir(), 'does-not-exist-og')}`]);
    expect(out.resource_digests).toEqual({});
  });

  it('reports an unreadable or non-UTF-8 cluster.yaml', async () => {
    const out = await run({ 'cluster.yaml': new Uint8Array([0xff, 0xfe, 0x00]) });
    expect(codes(out)).toEqual(['cluster_config_read_error cluster.yaml']);
    const none = await run({ 'other.txt': 'x' });
    expect(codes(none)).toEqual(['cluster_config_read_error cluster.yaml']);
  });

  it('stops at duplicate keys before reserved ones (only duplicate_yaml_key)', async () => {
    const out = await run(yaml(`${FIXTURE_YAML}version: 1\nui: {}\n`));
    expect(codes(out)).toEqual(['duplicate_yaml_key version']);
    expect(out.diagnostics[0]?.location).toEqual({ file: `${cluster!.dir}/cluster.yaml`, line: 17, column: 1 });
  });

  it('reports reserved and removed keys', async () => {
    const out = await run(yaml(`${FIXTURE_YAML}pipelines: {}\n`.replace('schema: ./people.pg', 'schema: ./people.pg\n    streaming: {}')));
    expect(codes(out)).toEqual(['future_phase_field pipelines', 'removed_streaming_declaration graphs.knowledge.streaming']);
  });

  it.each([
    ['unknown field', `${FIXTURE_YAML}extra: 1\n`, 'unknown field `extra`'],
    ['missing field', 'version: 1\ngraphs:\n  g:\n    queries: {}\n', 'missing field `schema`'],
    ['wrong type', 'version: one\n', 'invalid type'],
    ['flow duplicate', 'version: 1\nmetadata: {name: a, name: b}\n', 'could not parse cluster.yaml'],
  ])('rejects %s as invalid_cluster_yaml', async (_name, body, fragment) => {
    const out = await run(yaml(body));
    expect(codes(out)).toEqual(['invalid_cluster_yaml cluster.yaml']);
    expect(out.diagnostics[0]?.message).toContain(fragment);
    expect(out.diagnostics[0]?.message.startsWith('could not parse cluster.yaml: ')).toBe(true);
  });

  it('collects header errors', async () => {
    const out = await run(yaml('version: 2\nmetadata:\n  name: "  "\nstate:\n  backend: s3\nstorage: ""\n'));
    expect(codes(out)).toEqual([
      'unsupported_cluster_config_version version',
      'empty_metadata_name metadata.name',
      'unsupported_state_backend state.backend',
      'invalid_storage_root storage',
    ]);
  });

  it('requires a bucket in s3 storage roots', async () => {
    const out = await run(yaml('version: 1\nstorage: s3://\n'));
    expect(out.diagnostics.map((d) => d.message)).toEqual(['storage s3:// URI must name a bucket']);
  });

  it('checks identifiers but still digests the resource', async () => {
    const out = await run({ ...fixtureFiles(), 'cluster.yaml': 'version: 1\ngraphs:\n  9bad:\n    schema: ./people.pg\n' });
    expect(codes(out)).toEqual(['invalid_resource_id graphs.9bad']);
    expect(out.resource_digests['schema.9bad']).toBeDefined();
  });

  it('reports missing schema, query and policy files', async () => {
    const out = await run({
      'cluster.yaml': FIXTURE_YAML,
    });
    expect(codes(out)).toEqual([
      'schema_file_missing graphs.knowledge.schema',
      'query_file_missing graphs.knowledge.queries.find_person.file',
      'policy_file_missing policies.base.file',
    ]);
  });

  it('validates policy bindings', async () => {
    const body = `version: 1
graphs:
  knowledge:
    schema: ./people.pg
policies:
  a:
    file: ./base.policy.yaml
    applies_to: []
  b:
    file: ./base.policy.yaml
    applies_to: [cluster, knowledge]
  c:
    file: ./base.policy.yaml
    applies_to: [graph.knowledge, other, query.x]
`;
    const out = await run(yaml(body));
    expect(codes(out)).toEqual([
      'policy_missing_applies_to policies.a.applies_to',
      'policy_mixed_binding_kinds policies.b.applies_to',
      'dangling_graph_reference policies.c.applies_to[1]',
      'wrong_kind_reference policies.c.applies_to[2]',
      'duplicate_policy_binding policies.c.applies_to',
    ]);
  });

  it('refuses paths that leave the config directory (.., absolute, symlink) without reading them', async () => {
    const outside = path.join(tmpdir(), `og-outside-${process.pid}.pg`);
    writeFileSync(outside, 'node Secret { name: String @key }\n');
    cluster = tempCluster(fixtureFiles());
    symlinkSync(outside, path.join(cluster.dir, 'linked.pg'));
    cluster.write(
      'cluster.yaml',
      `version: 1\ngraphs:\n  a:\n    schema: ../escape.pg\n  b:\n    schema: ${outside}\n  c:\n    schema: ./linked.pg\n`,
    );
    const out = await validate({ sources: new LocalSourceFiles() }, { configDir: cluster.dir });
    expect(codes(out)).toEqual([
      'config_path_outside_dir graphs.a.schema',
      'config_path_outside_dir graphs.b.schema',
      'config_path_outside_dir graphs.c.schema',
    ]);
    expect(out.resource_digests['schema.c']).toBeUndefined();
  });

  it('discovers queries from a folder and reports an empty one', async () => {
    cluster = tempCluster({ ...fixtureFiles(), 'queries/b.gq': 'query second($n: String) {\n  match { $p: Person { name: $n } }\n  return { $p.name }\n}\n', 'queries/notes.txt': 'x' });
    mkdirSync(path.join(cluster.dir, 'empty'));
    cluster.write('cluster.yaml', 'version: 1\ngraphs:\n  knowledge:\n    schema: ./people.pg\n    queries: [./queries, ./people.gq, ./empty]\n');
    const out = await validate({ sources: new LocalSourceFiles() }, { configDir: cluster.dir });
    expect(codes(out)).toEqual(['query_dir_empty graphs.knowledge.queries', 'external_blob_ingress_default_deny graphs.knowledge.external_blobs']);
    expect(Object.keys(out.resource_digests)).toEqual([
      'graph.knowledge',
      'query.knowledge.find_person',
      'query.knowledge.second',
      'schema.knowledge',
    ]);
    expect(out.resources.find((r) => r.address === 'query.knowledge.second')?.path).toBe(`${cluster.dir}/./queries/b.gq`);
  });

  it('reports an unreadable query directory', async () => {
    if (process.getuid?.() === 0) {
      // root can list anything; exercise the code path with a file that is not a directory instead
      const out = await run(yaml('version: 1\ngraphs:\n  knowledge:\n    schema: ./people.pg\n    queries: ./missing.gq\n'));
      expect(codes(out)).toEqual(['query_file_missing graphs.knowledge.queries']);
      return;
    }
    cluster = tempCluster(fixtureFiles());
    mkdirSync(path.join(cluster.dir, 'locked'));
    chmodSync(path.join(cluster.dir, 'locked'), 0o000);
    cluster.write('cluster.yaml', 'version: 1\ngraphs:\n  knowledge:\n    schema: ./people.pg\n    queries: ./locked\n');
    const out = await validate({ sources: new LocalSourceFiles() }, { configDir: cluster.dir });
    expect(codes(out)).toEqual(['query_dir_unreadable graphs.knowledge.queries']);
  });

  it('reports a query key that its file does not declare', async () => {
    const out = await run(yaml(FIXTURE_YAML.replace('find_person:', 'different:')));
    expect(codes(out)).toEqual(['query_key_mismatch graphs.knowledge.queries.different']);
  });

  it('validates embedding providers and graph references', async () => {
    const body = `version: 1
providers:
  embedding:
    default:
      kind: openai-compatible
      api_key: sk-inline
    nokey:
      kind: openai-compatible
    fake:
      kind: mock
      model: recorded-x
graphs:
  knowledge:
    schema: ./people.pg
    embedding_provider: provider.policy.default
  missing_provider:
    schema: ./people.pg
    embedding_provider: absent
  bound:
    schema: ./people.pg
    embedding_provider: fake
`;
    const out = await run(yaml(body));
    expect(codes(out)).toEqual([
      'embedding_api_key_inline providers.embedding.default.api_key',
      'embedding_api_key_required providers.embedding.nokey.api_key',
      'wrong_kind_reference graphs.knowledge.embedding_provider',
      'dangling_embedding_provider_reference graphs.missing_provider.embedding_provider',
    ]);
    expect(out.dependencies).toContainEqual({ from: 'graph.bound', to: 'provider.embedding.fake' });
    expect(out.resources.find((r) => r.address === 'provider.embedding.fake')).toEqual({
      address: 'provider.embedding.fake',
      kind: 'embedding_provider',
      digest: '9407ded8cec5d0bd317ddecc1613eb410eb5a792a35f8baea5afed3bb080e106',
    });
  });
});
