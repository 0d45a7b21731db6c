import { afterEach, describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { diagnosticJson } from '../../src/engine/diagnostics/index.js';
import { toPrettyJson } from '../../src/base/json.js';
import { harness, sequentialIds, steppingClock } from '../support/harness.js';
import { FIXTURE_YAML, fixtureFiles, tempCluster, type TempCluster, FIXTURE_DIGESTS } from '../support/cluster-fixture.js';

const { query: QUERY, graph: GRAPH } = FIXTURE_DIGESTS;
let cluster: TempCluster | undefined;
afterEach(() => cluster?.cleanup());

const REASON = 'delete may remove deployed graph or schema definition';
/** The fixture with graph `knowledge` removed; the policy moves to the cluster binding. */
const WITHOUT_GRAPH = FIXTURE_YAML.replace(/graphs:[\s\S]*?policies:/, 'graphs: {}\npolicies:').replace('applies_to: [knowledge]', 'applies_to: [cluster]');

const file = (relative: string) => path.join(cluster!.dir, relative);
const stateBytes = () => readFileSync(file('__cluster/state.json'));
const readState = () => JSON.parse(stateBytes().toString('utf8'));
const approvals = () => (existsSync(file('__cluster/approvals')) ? readdirSync(file('__cluster/approvals')) : []);
const sidecars = () => (existsSync(file('__cluster/recoveries')) ? readdirSync(file('__cluster/recoveries')) : []);
const rows = (out: { changes: readonly { resource: string; operation: string; disposition?: string; reason?: string }[] }) =>
  out.changes.map((c) => [c.operation, c.resource, c.disposition, c.reason].filter(Boolean).join(' '));
const codes = (out: { diagnostics: readonly { code: string; severity: string; path: string }[] }) =>
  out.diagnostics.map((d) => `${d.severity} ${d.code} ${d.path}`);
const commands = () => harness().commands;
const approveAs = (actor: string, resource: string, ids = 'APPROVE') =>
  harness({ ids: sequentialIds(`01${ids}`), clock: steppingClock('2026-06-11T08:00:00.000Z') }).commands.approve({ configDir: cluster!.dir, actor, resource });

async function convergedThenRemoveGraph(): Promise<void> {
  cluster = tempCluster(fixtureFiles());
  await commands().importState({ configDir: cluster.dir });
  expect((await commands().apply({ configDir: cluster.dir, actor: null })).converged).toBe(true);
  cluster.write('cluster.yaml', WITHOUT_GRAPH);
}

describe('graph delete needs an approval (docs/contract/classifier.md#classification, docs/contract/approvals.md)', () => {
  it('plan gates the graph subtree with one unsatisfied gate; apply deletes nothing', async () => {
    await convergedThenRemoveGraph();
    const planned = await commands().plan({ configDir: cluster!.dir });
    expect(rows(planned)).toEqual([
      'delete graph.knowledge blocked approval_required',
      'update policy.base applied',
      'delete query.knowledge.find_person blocked approval_required',
      'delete schema.knowledge blocked approval_required',
    ]);
    expect(toPrettyJson(planned.approvals_required)).toBe(toPrettyJson([{ resource: 'graph.knowledge', reason: REASON, satisfied: false }]));
    const applied = await commands().apply({ configDir: cluster!.dir, actor: null });
    expect(applied.ok).toBe(true);
    expect(applied.converged).toBe(false);
    expect(existsSync(file('graphs/knowledge.omni/_schema.pg'))).toBe(true);
    expect(readState().resource_statuses['graph.knowledge']).toEqual({
      status: 'blocked',
      conditions: ['approval_required'],
      message: 'waiting on an unapplied or missing dependency',
    });
  });

  it('approve → plan satisfied → apply deletes, tombstones, consumes; re-apply is a no-op', async () => {
    await convergedThenRemoveGraph();
    const dir = cluster!.dir;
    const approved = await approveAs('alice', 'graph.knowledge');
    const configDigest = (await commands().plan({ configDir: dir })).desired_revision.config_digest;
    // Ids: the lock takes the first, the artifact the second.
    const id = '01APPROVE00000000000000002';
    expect(toPrettyJson({ ...approved, diagnostics: approved.diagnostics.map(diagnosticJson) })).toBe(
      toPrettyJson({ ok: true, config_dir: dir, approval_id: id, resource: 'graph.knowledge', operation: 'delete', approved_by: 'alice', diagnostics: [] }),
    );
    const artifact = {
      schema_version: 1,
      approval_id: id,
      resource: 'graph.knowledge',
      operation: 'delete',
      reason: REASON,
      bound_config_digest: configDigest,
      bound_before_digest: GRAPH,
      bound_after_digest: null,
      approved_by: 'alice',
      created_at: '2026-06-11T08:00:02.000Z',
      consumed_at: null,
      consumed_by_operation: null,
    };
    expect(readFileSync(file(`__cluster/approvals/${id}.json`), 'utf8')).toBe(`${toPrettyJson(artifact)}\n`);
    expect(existsSync(file('__cluster/lock.json'))).toBe(false);

    const planned = await commands().plan({ configDir: dir });
    expect(rows(planned)).toEqual([
      'delete graph.knowledge applied',
      'update policy.base applied',
      'delete query.knowledge.find_person applied',
      'delete schema.knowledge applied',
    ]);
    expect(planned.approvals_required).toEqual([{ resource: 'graph.knowledge', reason: REASON, satisfied: true }]);

    const applied = await harness({ clock: { now: () => new Date('2026-06-11T09:00:00Z') } }).commands.apply({ configDir: dir, actor: 'bob' });
    expect(codes(applied)).toEqual([]);
    expect({ applied: applied.applied_count, converged: applied.converged, written: applied.state_written }).toEqual({ applied: 4, converged: true, written: true });
    expect(existsSync(file('graphs/knowledge.omni'))).toBe(false);
    const state = readState();
    expect(Object.keys(state.applied_revision.resources)).toEqual(['policy.base']);
    expect(state.resource_statuses).toEqual({ 'policy.base': { status: 'applied' } });
    expect(JSON.stringify(state.observations['graph.knowledge'])).toBe(
      JSON.stringify({ kind: 'tombstone', deleted_at: '2026-06-11T09:00:00.000Z', approval_id: id, actor: 'bob' }),
    );
    expect(JSON.stringify(state.approval_records)).toBe(
      JSON.stringify({ [id]: { consumed_at: '2026-06-11T09:00:00.000Z', consumed_by_operation: 'apply' } }),
    );
    expect(state.applied_revision.config_digest).toBe(configDigest);
    // The artifact is rewritten in place with consumed_at; consumed_by_operation stays null (C12).
    expect(readFileSync(file(`__cluster/approvals/${id}.json`), 'utf8')).toBe(
      `${toPrettyJson({ ...artifact, consumed_at: '2026-06-11T09:00:00.000Z' })}\n`,
    );
    expect(sidecars()).toEqual([]);
    // Catalog blobs of deleted queries stay (no GC).
    expect(existsSync(file(`__cluster/resources/query/knowledge/find_person/${QUERY}.gq`))).toBe(true);

    const before = stateBytes();
    const again = await commands().apply({ configDir: dir, actor: 'bob' });
    expect({ ok: again.ok, written: again.state_written, converged: again.converged, changes: again.changes }).toEqual({
      ok: true,
      written: false,
      converged: true,
      changes: [],
    });
    expect(stateBytes().equals(before)).toBe(true);
    expect((await commands().plan({ configDir: dir })).diagnostics.map((d) => d.code)).toEqual([]);
  });

  it('a config edit after approve makes the approval stale: nothing is deleted', async () => {
    await convergedThenRemoveGraph();
    await approveAs('alice', 'graph.knowledge');
    cluster!.write('cluster.yaml', WITHOUT_GRAPH.replace('name: test', 'name: test2'));
    const planned = await commands().plan({ configDir: cluster!.dir });
    expect(planned.diagnostics.map(diagnosticJson)).toEqual([
      {
        code: 'approval_stale',
        severity: 'warning',
        path: 'graph.knowledge',
        message: 'an approval artifact exists but its bound digests no longer match the plan; re-run `cluster approve`',
      },
    ]);
    expect(planned.approvals_required).toEqual([{ resource: 'graph.knowledge', reason: REASON, satisfied: false }]);
    const applied = await commands().apply({ configDir: cluster!.dir, actor: null });
    expect(codes(applied)).toContain('warning approval_stale graph.knowledge');
    expect(rows(applied)).toContain('delete graph.knowledge blocked approval_required');
    expect(existsSync(file('graphs/knowledge.omni/_schema.pg'))).toBe(true);
    expect(readState().applied_revision.resources['graph.knowledge']).toEqual({ digest: GRAPH });
    expect(readState().approval_records).toEqual({});
  });

  it.each([
    ['a corrupt artifact', '{"schema_version": 1', 'invalid_approval_artifact', /^could not parse \(.*\); leaving it in place$/],
    ['an artifact for another operation', 'foreign', 'invalid_approval_artifact', /^could not parse \(.*\); leaving it in place$/],
    ['an artifact with an unknown version', 'v2', 'unsupported_approval_version', /^unsupported schema version; leaving it in place$/],
  ])('%s is a warning, stays in place and authorizes nothing', async (_name, content, code, message) => {
    await convergedThenRemoveGraph();
    await approveAs('alice', 'graph.knowledge');
    const [name] = approvals();
    const valid = JSON.parse(readFileSync(file(`__cluster/approvals/${name}`), 'utf8'));
    const text =
      content === 'foreign'
        ? JSON.stringify({ ...valid, operation: 'create' })
        : content === 'v2'
          ? JSON.stringify({ ...valid, schema_version: 2 })
          : content;
    writeFileSync(file(`__cluster/approvals/${name}`), text);
    const applied = await commands().apply({ configDir: cluster!.dir, actor: null });
    expect(applied.diagnostics.filter((d) => d.code === code).map(diagnosticJson)).toEqual([
      { code, severity: 'warning', path: `file://${file(`__cluster/approvals/${name}`)}`, message: expect.stringMatching(message) },
    ]);
    expect(rows(applied)).toContain('delete graph.knowledge blocked approval_required');
    expect(existsSync(file('graphs/knowledge.omni/_schema.pg'))).toBe(true);
    expect(readFileSync(file(`__cluster/approvals/${name}`), 'utf8')).toBe(text);
  });
});

describe('approve refuses what needs no approval (docs/contract/commands.md#approve)', () => {
  it.each([
    ['a resource that is not changing', 'graph.knowledge', FIXTURE_YAML],
    ['an unknown resource', 'graph.nope', WITHOUT_GRAPH],
    ['a query delete riding the graph delete (one gate per subtree)', 'query.knowledge.find_person', WITHOUT_GRAPH],
    ['a schema delete riding the graph delete', 'schema.knowledge', WITHOUT_GRAPH],
    ['a policy change', 'policy.base', WITHOUT_GRAPH],
  ])('%s → approval_not_required, no artifact', async (_name, resource, yaml) => {
    await convergedThenRemoveGraph();
    cluster!.write('cluster.yaml', yaml);
    const out = await approveAs('alice', resource);
    expect(out.diagnostics.map(diagnosticJson)).toEqual([
      { code: 'approval_not_required', severity: 'error', path: resource, message: 'no pending change for this resource requires approval (check `cluster plan`)' },
    ]);
    expect(Object.keys(out)).toEqual(['ok', 'config_dir', 'diagnostics']);
    expect(approvals()).toEqual([]);
  });

  it('requires a ledger', async () => {
    cluster = tempCluster(fixtureFiles());
    const out = await approveAs('alice', 'graph.knowledge');
    expect(out.diagnostics.map(diagnosticJson)).toEqual([
      { code: 'state_missing', severity: 'error', path: '__cluster/state.json', message: 'approve requires an existing state.json; run `cluster import` first' },
    ]);
  });

  it('allows several artifacts for one resource and never modifies state', async () => {
    await convergedThenRemoveGraph();
    const before = stateBytes();
    await approveAs('alice', 'graph.knowledge', 'FIRST');
    await approveAs('carol', 'graph.knowledge', 'SECOND');
    expect(approvals()).toEqual(['01FIRST0000000000000000002.json', '01SECOND000000000000000002.json']);
    expect(stateBytes().equals(before)).toBe(true);
    const applied = await commands().apply({ configDir: cluster!.dir, actor: null });
    expect(applied.converged).toBe(true);
    // The first (id order) matching artifact is the one consumed.
    expect(Object.keys(readState().approval_records)).toEqual(['01FIRST0000000000000000002']);
    expect(readState().observations['graph.knowledge']).toMatchObject({ approval_id: '01FIRST0000000000000000002', actor: null });
  });
});
