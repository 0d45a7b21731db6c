import { afterEach, describe, expect, it } from '@jest/globals';
import { readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { harness } from '../support/harness.js';
import { FIXTURE_YAML, fixtureFiles, tempCluster, type TempCluster, QUERY_BLOB, POLICY_BLOB } from '../support/cluster-fixture.js';
import { runCli } from '../../src/cli/main.js';
import { createCommands } from '../../src/engine/commands/index.js';

// One scenario per code of the reference's serving loader (ModernRelay/omnigraph
// crates/omnigraph-cluster/src/serve.rs `read_snapshot_with_store`; store.rs `read_verified_payload`).
let cluster: TempCluster | undefined;
afterEach(() => cluster?.cleanup());

const file = (relative: string) => path.join(cluster!.dir, relative);
const codes = (out: { diagnostics: readonly { code: string; severity: string; path: string }[] }) =>
  out.diagnostics.map((d) => `${d.severity} ${d.code} ${d.path}`);
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- tampering with a parsed ledger
function tamperState(edit: (resources: Json) => void): void {
  const state = JSON.parse(readFileSync(file('__cluster/state.json'), 'utf8')) as Json;
  edit(state.applied_revision.resources as Json);
  writeFileSync(file('__cluster/state.json'), `${JSON.stringify(state, null, 2)}\n`);
}
function sidecar(operationId: string, graphId: string): void {
  mkdirSync(file('__cluster/recoveries'), { recursive: true });
  const body = {
    schema_version: 1,
    operation_id: operationId,
    started_at: '2026-01-01T00:00:00Z',
    actor: null,
    kind: 'schema_apply',
    graph_id: graphId,
    graph_uri: `${cluster!.dir}/graphs/${graphId}.omni`,
    observed_manifest_version: 1,
    expected_manifest_version: 2,
    desired_schema_digest: 'x',
    state_cas_base: null,
    approval_id: null,
  };
  writeFileSync(file(`__cluster/recoveries/${operationId}.json`), JSON.stringify(body));
}

const WITH_PROVIDER = FIXTURE_YAML.replace('graphs:\n  knowledge:\n', 'providers:\n  embedding:\n    local:\n      kind: mock\ngraphs:\n  knowledge:\n    embedding_provider: local\n');

async function converged(yaml = FIXTURE_YAML): Promise<ReturnType<typeof harness>['commands']> {
  cluster = tempCluster({ ...fixtureFiles(), 'cluster.yaml': yaml });
  const { commands } = harness();
  await commands.importState({ configDir: cluster.dir });
  const applied = await commands.apply({ configDir: cluster.dir, actor: null });
  expect(applied.converged).toBe(true);
  return commands;
}

describe('status --serving: a converged cluster boots', () => {
  it('serves every graph with no diagnostics', async () => {
    const commands = await converged(WITH_PROVIDER);
    const out = await commands.serving({ configDir: cluster!.dir });
    expect(out).toMatchObject({ ok: true, serving: ['knowledge'], quarantined: [], diagnostics: [] });
  });

  it('quarantines a graph with a pending sidecar and keeps serving the rest', async () => {
    const commands = await converged();
    sidecar('01J0000000000000000000000A', 'elsewhere');
    const out = await commands.serving({ configDir: cluster!.dir });
    expect(out).toMatchObject({ ok: true, serving: ['knowledge'], quarantined: ['elsewhere'] });
    expect(codes(out)).toEqual(['warning cluster_recovery_pending graph.elsewhere']);
    expect(out.diagnostics[0]?.message).toBe(
      'graph `elsewhere` is quarantined because interrupted operation `01J0000000000000000000000A` awaits recovery; run any state-mutating cluster command (e.g. `cluster apply`) to sweep',
    );
  });
});

describe('status --serving: what makes the reference server refuse to boot', () => {
  it.each<[string, string | undefined, (dir: string) => void, string[]]>([
    ['cluster_no_healthy_graphs', undefined, () => sidecar('01J0000000000000000000000B', 'knowledge'), [
      'error cluster_no_healthy_graphs __cluster/recoveries',
      'warning cluster_recovery_pending graph.knowledge',
    ]],
    ['cluster_recovery_unattributed', undefined, () => sidecar('01J0000000000000000000000C', ' '), ['error cluster_recovery_unattributed <dir>/__cluster/recoveries/01J0000000000000000000000C.json']],
    ['invalid_recovery_sidecar (promoted to an error)', undefined, () => writeFileSync(file('__cluster/recoveries/01J0000000000000000000000D.json'), '{'), [
      'error invalid_recovery_sidecar file://<dir>/__cluster/recoveries/01J0000000000000000000000D.json',
    ]],
    ['cluster_state_missing', undefined, () => rmSync(file('__cluster/state.json')), ['error cluster_state_missing __cluster/state.json']],
    ['embedding_provider_profile_missing', WITH_PROVIDER, () => tamperState((r) => delete r['provider.embedding.local'].embedding_profile), [
      'error embedding_provider_profile_missing provider.embedding.local',
      'error embedding_provider_missing graph.knowledge',
    ]],
    ['embedding_provider_digest_mismatch', WITH_PROVIDER, () => tamperState((r) => (r['provider.embedding.local'].embedding_profile.model = 'other')), [
      'error embedding_provider_digest_mismatch provider.embedding.local',
      'error embedding_provider_missing graph.knowledge',
    ]],
    ['wrong_kind_reference', undefined, () => tamperState((r) => (r['graph.knowledge'].embedding_provider = 'schema.knowledge')), [
      'error wrong_kind_reference graph.knowledge',
      'error external_blob_policy_digest_mismatch graph.knowledge',
      'error cluster_empty __cluster/state.json',
    ]],
    ['external_blob_policy_digest_mismatch', undefined, () =>
      tamperState((r) => (r['graph.knowledge'].external_blob_policy = { mode: 'allow', bases: [{ uri: 's3://b/x/', scope: 'server_safe' }] })), [
      'error external_blob_policy_digest_mismatch graph.knowledge',
      'error cluster_empty __cluster/state.json',
    ]],
    ['catalog_payload_missing', undefined, () => rmSync(file(QUERY_BLOB)), ['error catalog_payload_missing query.knowledge.find_person']],
    ['catalog_payload_digest_mismatch', undefined, () => writeFileSync(file(POLICY_BLOB), 'version: 1\nrules: [] # edited\n'), ['error catalog_payload_digest_mismatch policy.base']],
    ['policy_bindings_missing', undefined, () => tamperState((r) => delete r['policy.base'].applies_to), ['error policy_bindings_missing policy.base']],
    ['cluster_empty', undefined, () => tamperState((r) => {
      for (const address of Object.keys(r)) if (!address.startsWith('policy.')) delete r[address];
    }), ['error cluster_empty __cluster/state.json']],
  ])('%s', async (_code, yaml, tamper, expected) => {
    const commands = await converged(yaml);
    mkdirSync(file('__cluster/recoveries'), { recursive: true });
    tamper(cluster!.dir);
    const out = await commands.serving({ configDir: cluster!.dir });
    expect(out.ok).toBe(false);
    expect(out.serving).toEqual([]);
    expect(codes(out)).toEqual(expected.map((c) => c.replace('<dir>', cluster!.dir)));
  });

  it('names the blob and the remedy for a missing payload', async () => {
    const commands = await converged();
    rmSync(file(QUERY_BLOB));
    const out = await commands.serving({ configDir: cluster!.dir });
    expect(out.diagnostics[0]?.message).toBe(
      `catalog blob '${file(QUERY_BLOB)}' unreadable (not found); run \`cluster refresh\` then \`cluster apply\`, and restart`,
    );
  });
});

describe('omnigraph-cluster status --serving', () => {
  const run = async (argv: string[]) => {
    let stdout = '';
    const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: () => {}, env: {} }, () => createCommands(harness().deps));
    return { code, stdout };
  };

  it('prints the verdict as text and JSON, exiting 1 when the server would refuse', async () => {
    await converged();
    const ok = await run(['status', '--serving', '--config', cluster!.dir]);
    expect(ok).toEqual({ code: 0, stdout: 'Serving: a server would boot and serve 1 graph\n  serving: knowledge\n' });
    rmSync(file(QUERY_BLOB));
    const refused = await run(['status', '--serving', '--json', '--config', cluster!.dir]);
    expect(refused.code).toBe(1);
    expect(Object.keys(JSON.parse(refused.stdout))).toEqual(['ok', 'config_dir', 'serving', 'quarantined', 'diagnostics']);
  });

  it('refuses --serving on other commands', async () => {
    const out = await run(['plan', '--serving']);
    expect(out.code).toBe(2);
  });
});
