import { afterEach, describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { LocalStorage } from '../../src/adapters/storage/local.js';
import { graphCompositeDigest } from '../../src/engine/digest/resource-digests.js';
import { diagnosticJson } from '../../src/engine/diagnostics/index.js';
import { sha256hex } from '../../src/base/hash.js';
import { toPrettyJson } from '../../src/base/json.js';
import { harness } from '../support/harness.js';
import { FIXTURE_YAML, PEOPLE_PG, fixtureFiles, tempCluster, type TempCluster, FIXTURE_DIGESTS } from '../support/cluster-fixture.js';

const { schema: SCHEMA, query: QUERY } = FIXTURE_DIGESTS;
let cluster: TempCluster | undefined;
afterEach(() => cluster?.cleanup());

const BIO_PG = PEOPLE_PG.replace('age: I32?', 'age: I32?\n  bio: String?');
const BIO = sha256hex(BIO_PG);
const OP = '01SWEEP0000000000000000001';
const WITHOUT_GRAPH = FIXTURE_YAML.replace(/graphs:[\s\S]*?policies:/, 'graphs: {}\npolicies:').replace('applies_to: [knowledge]', 'applies_to: [cluster]');
const PENDING_STATUS = {
  status: 'drifted',
  conditions: ['actual_applied_state_pending'],
  message: 'graph state does not match the interrupted operation; run `cluster refresh` and re-plan',
};

const file = (relative: string) => path.join(cluster!.dir, relative);
const readState = () => JSON.parse(readFileSync(file('__cluster/state.json'), 'utf8'));
const sidecars = () => (existsSync(file('__cluster/recoveries')) ? readdirSync(file('__cluster/recoveries')) : []);
const rows = (out: { changes: readonly { resource: string; operation: string; disposition?: string; reason?: string }[] }) =>
  out.changes.map((c) => [c.operation, c.resource, c.disposition, c.reason].filter(Boolean).join(' '));
const codes = (out: { diagnostics: readonly { code: string; severity: string; path: string }[] }) =>
  out.diagnostics.map((d) => `${d.severity} ${d.code} ${d.path}`);
const at = (iso: string) => harness({ clock: { now: () => new Date(iso) } }).commands;
const apply = (actor: string | null = null) => at('2026-06-12T00:00:00Z').apply({ configDir: cluster!.dir, actor });
const refresh = () => at('2026-06-12T00:00:00Z').refresh({ configDir: cluster!.dir });
const root = () => ({ key: 'graphs/knowledge.omni', uri: file('graphs/knowledge.omni') });
const engine = () => harness().deps.graphEngine(new LocalStorage(cluster!.dir));

/** A hand-written sidecar in the reference layout (docs/contract/recovery.md#sidecar). */
function plant(kind: 'graph_create' | 'schema_apply' | 'graph_delete', fields: { desired?: string; actor?: string | null; approval?: string | null } = {}): void {
  const sidecar = {
    schema_version: 1,
    operation_id: OP,
    started_at: '2026-06-11T23:59:00Z',
    actor: fields.actor ?? null,
    kind,
    graph_id: 'knowledge',
    graph_uri: root().uri,
    observed_manifest_version: null,
    expected_manifest_version: null,
    desired_schema_digest: fields.desired ?? (kind === 'graph_delete' ? '' : SCHEMA),
    state_cas_base: null,
    approval_id: fields.approval ?? null,
  };
  cluster!.write(`__cluster/recoveries/${OP}.json`, `${toPrettyJson(sidecar)}\n`);
}

async function imported(): Promise<void> {
  cluster = tempCluster(fixtureFiles());
  await harness().commands.importState({ configDir: cluster.dir });
}

async function converged(): Promise<void> {
  await imported();
  expect((await harness().commands.apply({ configDir: cluster!.dir, actor: null })).converged).toBe(true);
}

const recoveryRecord = (kind: string, actor: string | null) => ({ kind, graph_id: 'knowledge', outcome: 'rolled_forward', recovered_at: '2026-06-12T00:00:00.000Z', actor });

describe('graph_create sidecars (docs/contract/recovery.md#decision-matrix rows 1, 2, 4, 5, 6)', () => {
  it('row 1 (root missing): nothing moved; apply creates the graph and retires the sidecar after the write', async () => {
    await imported();
    plant('graph_create');
    const out = await apply();
    expect(codes(out)).toEqual([]);
    expect(out.converged).toBe(true);
    expect(readState().recovery_records).toEqual({});
    expect(sidecars()).toEqual([]);
  });

  it('row 1 through refresh: retired after the refresh write', async () => {
    await imported();
    plant('graph_create');
    const out = await refresh();
    expect(codes(out)).toEqual([]);
    expect(sidecars()).toEqual([]);
  });

  it('row 2 (R == L): already recorded; retired even though apply has nothing to write', async () => {
    await converged();
    const before = readFileSync(file('__cluster/state.json'));
    plant('graph_create');
    const out = await apply();
    expect(codes(out)).toEqual([]);
    expect(out.state_written).toBe(false);
    expect(readFileSync(file('__cluster/state.json')).equals(before)).toBe(true);
    expect(sidecars()).toEqual([]);
  });

  it('row 4 (R != L, L == D) through refresh: rolled forward with a recovery record', async () => {
    await imported();
    await engine().init(root(), PEOPLE_PG);
    plant('graph_create', { actor: 'ops' });
    const out = await refresh();
    expect(out.diagnostics.map(diagnosticJson)).toEqual([
      {
        code: 'cluster_recovery_rolled_forward',
        severity: 'warning',
        path: 'graph.knowledge',
        message: 'an interrupted graph create had completed on the graph; cluster state was rolled forward to match',
      },
    ]);
    const state = readState();
    expect(JSON.stringify(state.recovery_records)).toBe(JSON.stringify({ [OP]: recoveryRecord('graph_create', 'ops') }));
    expect(state.applied_revision.resources['schema.knowledge']).toEqual({ digest: SCHEMA });
    expect(state.resource_statuses['graph.knowledge']).toEqual({ status: 'applied' });
    expect(sidecars()).toEqual([]);
    const next = await apply();
    expect(next.converged).toBe(true);
  });

  it('row 5 (root exists, does not open): error statuses, pending, sidecar and root kept, state still written', async () => {
    await imported();
    cluster!.write('graphs/knowledge.omni/_schema.pg', PEOPLE_PG);
    plant('graph_create');
    const out = await apply();
    expect(out.ok).toBe(false);
    expect(codes(out)[0]).toBe('error graph_create_incomplete graph.knowledge');
    expect(out.diagnostics[0]?.message).toMatch(
      new RegExp(`^graph root '${root().uri}' exists but cannot be opened \\(.+\\); remove the graph root and re-run \`cluster apply\`$`),
    );
    expect(rows(out)).toEqual([
      'create graph.knowledge blocked cluster_recovery_pending',
      'create policy.base blocked cluster_recovery_pending',
      'create query.knowledge.find_person blocked cluster_recovery_pending',
      'create schema.knowledge blocked cluster_recovery_pending',
    ]);
    const incomplete = {
      status: 'error',
      conditions: ['graph_create_incomplete'],
      message: 'graph root exists but cannot be opened; remove the graph root and re-run `cluster apply`',
    };
    expect(out.state_written).toBe(true);
    // The sweep's statuses are not overwritten by a generic `blocked` (docs/contract/recovery.md#pending-graphs).
    expect(readState().resource_statuses).toEqual({ 'graph.knowledge': incomplete, 'schema.knowledge': incomplete });
    expect(sidecars()).toEqual([`${OP}.json`]);
    expect(existsSync(file('graphs/knowledge.omni/_schema.pg'))).toBe(true);
    // Repair: remove the partial root; the next run takes row 1 and converges.
    rmSync(file('graphs/knowledge.omni'), { recursive: true });
    const repaired = await apply();
    expect(repaired.converged).toBe(true);
    expect(sidecars()).toEqual([]);
  });

  it('row 5 through import: the error stops import from creating any state', async () => {
    cluster = tempCluster(fixtureFiles());
    cluster.write('graphs/knowledge.omni/_schema.pg', PEOPLE_PG);
    plant('graph_create');
    const out = await harness().commands.importState({ configDir: cluster.dir });
    expect(codes(out)).toEqual(['error graph_create_incomplete graph.knowledge', 'error graph_observation_error graphs']);
    expect(existsSync(file('__cluster/state.json'))).toBe(false);
    expect(sidecars()).toEqual([`${OP}.json`]);
  });

  it('row 6 (L ∉ {R, D}): drifted/actual_applied_state_pending, graph-moving work blocked, sidecar kept', async () => {
    await imported();
    await engine().init(root(), BIO_PG);
    plant('graph_create');
    const out = await apply();
    expect(out.ok).toBe(true);
    expect(out.diagnostics.map(diagnosticJson)[0]).toEqual({
      code: 'cluster_recovery_pending',
      severity: 'warning',
      path: 'graph.knowledge',
      message: 'an interrupted graph create left unexpected graph state; graph-moving work is blocked until repaired',
    });
    expect(rows(out)).toEqual([
      'create graph.knowledge blocked cluster_recovery_pending',
      'create policy.base blocked cluster_recovery_pending',
      'create query.knowledge.find_person blocked cluster_recovery_pending',
      'create schema.knowledge blocked cluster_recovery_pending',
    ]);
    expect(readState().resource_statuses).toEqual({ 'graph.knowledge': PENDING_STATUS, 'schema.knowledge': PENDING_STATUS });
    expect(out.converged).toBe(false);
    expect(sidecars()).toEqual([`${OP}.json`]);
    // plan never sweeps: it only reports the file.
    const planned = await harness().commands.plan({ configDir: cluster!.dir });
    expect(codes(planned)).toEqual([`warning cluster_recovery_pending ${file(`__cluster/recoveries/${OP}.json`)}`]);
    expect(rows(planned)[0]).toBe('create graph.knowledge applied');
  });
});

describe('schema_apply sidecars (rows S-open, S-1/2, 3, S-6)', () => {
  it('S-open (graph does not open): pending with no status change, schema update blocked', async () => {
    await converged();
    rmSync(file('graphs/knowledge.omni/__manifest'), { recursive: true });
    plant('schema_apply', { desired: BIO });
    cluster!.write('people.pg', BIO_PG);
    const statuses = readState().resource_statuses;
    const out = await apply();
    expect(codes(out)[0]).toBe('warning cluster_recovery_pending graph.knowledge');
    expect(out.diagnostics[0]?.message).toMatch(
      new RegExp(`^an interrupted schema apply cannot be verified \\(graph '${root().uri}' did not open: .+\\); graph-moving work is blocked until repaired$`),
    );
    expect(rows(out)).toEqual(['update graph.knowledge derived', 'update schema.knowledge blocked cluster_recovery_pending']);
    expect(readState().resource_statuses).toEqual(statuses);
    expect(sidecars()).toEqual([`${OP}.json`]);
  });

  it('S-1/2 (R == L): retired silently', async () => {
    await converged();
    plant('schema_apply', { desired: BIO });
    const out = await apply();
    expect(codes(out)).toEqual([]);
    expect(sidecars()).toEqual([]);
  });

  it('row 3 (R != L, L == D): rolled forward, recorded, converged in the same run', async () => {
    await converged();
    await engine().applySchemaAs(root(), BIO_PG, { allowDataLoss: false }, 'ops');
    cluster!.write('people.pg', BIO_PG);
    plant('schema_apply', { desired: BIO, actor: 'ops' });
    const out = await apply('ci');
    expect(out.diagnostics.map(diagnosticJson)).toEqual([
      {
        code: 'cluster_recovery_rolled_forward',
        severity: 'warning',
        path: 'graph.knowledge',
        message: 'an interrupted schema apply had completed on the graph; cluster state was rolled forward to match',
      },
    ]);
    expect(rows(out)).toEqual([]);
    expect(out.converged).toBe(true);
    const state = readState();
    expect(state.recovery_records).toEqual({ [OP]: recoveryRecord('schema_apply', 'ops') });
    expect(state.applied_revision.resources['schema.knowledge']).toEqual({ digest: BIO });
    expect(state.applied_revision.resources['graph.knowledge']).toEqual({
      digest: graphCompositeDigest({ graphId: 'knowledge', schemaDigest: BIO, queries: { find_person: QUERY }, embeddingProvider: null, externalBlobPolicy: { mode: 'deny' } }),
    });
    expect(sidecars()).toEqual([]);
  });

  it('S-6 (L ∉ {R, D}): drifted pending statuses, recorded digest kept, sidecar kept', async () => {
    await converged();
    await engine().applySchemaAs(root(), BIO_PG, { allowDataLoss: false }, null);
    plant('schema_apply', { desired: 'f'.repeat(64) });
    const out = await apply();
    expect(codes(out)).toEqual(['warning cluster_recovery_pending graph.knowledge']);
    expect(out.diagnostics[0]?.message).toBe('an interrupted schema apply left unexpected graph state; graph-moving work is blocked until repaired');
    expect(readState().resource_statuses['schema.knowledge']).toEqual(PENDING_STATUS);
    expect(readState().applied_revision.resources['schema.knowledge']).toEqual({ digest: SCHEMA });
    expect(sidecars()).toEqual([`${OP}.json`]);
  });
});

describe('graph_delete sidecars (rows 8, 7, 7b)', () => {
  async function approvedDelete(): Promise<string> {
    await converged();
    cluster!.write('cluster.yaml', WITHOUT_GRAPH);
    const approved = await harness().commands.approve({ configDir: cluster!.dir, actor: 'alice', resource: 'graph.knowledge' });
    expect(approved.ok).toBe(true);
    return approved.approval_id as string;
  }

  it('row 8 (root still there): warned, retired, and the approved delete is retried in the same run', async () => {
    const approval = await approvedDelete();
    plant('graph_delete', { approval });
    const out = await apply('bob');
    expect(out.diagnostics.map(diagnosticJson)).toEqual([
      {
        code: 'graph_delete_incomplete',
        severity: 'warning',
        path: 'graph.knowledge',
        message: 'a previous graph delete did not complete; it will be re-proposed by plan and can be retried under its approval',
      },
    ]);
    expect(out.converged).toBe(true);
    expect(existsSync(file('graphs/knowledge.omni'))).toBe(false);
    expect(readState().approval_records[approval]).toEqual({ consumed_at: '2026-06-12T00:00:00.000Z', consumed_by_operation: 'apply' });
    expect(readState().recovery_records).toEqual({});
    expect(sidecars()).toEqual([]);
  });

  it('row 7b (root gone, graph in state): tombstoned from the sidecar, approval consumed by its operation', async () => {
    const approval = await approvedDelete();
    rmSync(file('graphs/knowledge.omni'), { recursive: true });
    plant('graph_delete', { approval, actor: 'carol' });
    const out = await apply('bob');
    expect(out.diagnostics.map(diagnosticJson)).toEqual([
      {
        code: 'cluster_recovery_rolled_forward',
        severity: 'warning',
        path: 'graph.knowledge',
        message: 'an interrupted graph delete had completed on disk; cluster state was rolled forward to match',
      },
    ]);
    expect(rows(out)).toEqual(['update policy.base applied']);
    expect(out.converged).toBe(true);
    const state = readState();
    expect(Object.keys(state.applied_revision.resources)).toEqual(['policy.base']);
    expect(JSON.stringify(state.observations['graph.knowledge'])).toBe(
      JSON.stringify({ kind: 'tombstone', deleted_at: '2026-06-12T00:00:00.000Z', approval_id: approval, actor: 'carol' }),
    );
    expect(state.recovery_records).toEqual({ [OP]: recoveryRecord('graph_delete', 'carol') });
    expect(JSON.stringify(state.approval_records)).toBe(JSON.stringify({ [approval]: { consumed_at: '2026-06-12T00:00:00.000Z', consumed_by_operation: OP } }));
    const artifact = JSON.parse(readFileSync(file(`__cluster/approvals/${approval}.json`), 'utf8'));
    expect(artifact.consumed_at).toBe('2026-06-12T00:00:00.000Z');
    expect(artifact.consumed_by_operation).toBeNull();
    expect(sidecars()).toEqual([]);
  });

  it('row 7b through refresh: same roll-forward, the artifact marked after the write', async () => {
    const approval = await approvedDelete();
    rmSync(file('graphs/knowledge.omni'), { recursive: true });
    plant('graph_delete', { approval });
    const out = await refresh();
    expect(codes(out)).toEqual(['warning cluster_recovery_rolled_forward graph.knowledge']);
    expect(readState().approval_records[approval]).toEqual({ consumed_at: '2026-06-12T00:00:00.000Z', consumed_by_operation: OP });
    expect(JSON.parse(readFileSync(file(`__cluster/approvals/${approval}.json`), 'utf8')).consumed_at).toBe('2026-06-12T00:00:00.000Z');
    expect(sidecars()).toEqual([]);
  });

  it('row 7 (root gone, already tombstoned): retired silently', async () => {
    const approval = await approvedDelete();
    expect((await apply()).converged).toBe(true);
    const before = readFileSync(file('__cluster/state.json'));
    plant('graph_delete', { approval });
    const out = await apply();
    expect(codes(out)).toEqual([]);
    expect(out.state_written).toBe(false);
    expect(readFileSync(file('__cluster/state.json')).equals(before)).toBe(true);
    expect(sidecars()).toEqual([]);
  });
});

describe('sidecar files the sweep cannot use (docs/contract/recovery.md#sweep)', () => {
  it.each([
    ['corrupt JSON', '{', 'invalid_recovery_sidecar', /^could not parse \(.+\); leaving it in place$/],
    ['an unknown kind', 'kind', 'invalid_recovery_sidecar', /^could not parse \(.+\); leaving it in place$/],
    ['an unknown field', 'field', 'invalid_recovery_sidecar', /^could not parse \(.+\); leaving it in place$/],
    ['an unknown version', 'version', 'unsupported_recovery_sidecar_version', /^unsupported schema version; leaving it in place$/],
  ])('%s is a warning and the file stays', async (_name, variant, code, message) => {
    await converged();
    plant('graph_create');
    const parsed = JSON.parse(readFileSync(file(`__cluster/recoveries/${OP}.json`), 'utf8'));
    const text =
      variant === 'kind'
        ? JSON.stringify({ ...parsed, kind: 'graph_rename' })
        : variant === 'field'
          ? JSON.stringify({ ...parsed, host: 'x' })
          : variant === 'version'
            ? JSON.stringify({ ...parsed, schema_version: 2 })
            : variant;
    cluster!.write(`__cluster/recoveries/${OP}.json`, text);
    const out = await apply();
    expect(out.ok).toBe(true);
    expect(out.diagnostics.map(diagnosticJson)).toEqual([
      { code, severity: 'warning', path: `file://${file(`__cluster/recoveries/${OP}.json`)}`, message: expect.stringMatching(message) },
    ]);
    expect(readFileSync(file(`__cluster/recoveries/${OP}.json`), 'utf8')).toBe(text);
  });
});
