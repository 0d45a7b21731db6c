import { afterEach, describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { graphCompositeDigest } from '../../src/engine/digest/resource-digests.js';
import { diagnosticJson } from '../../src/engine/diagnostics/index.js';
import { sha256hex } from '../../src/base/hash.js';
import { toPrettyJson } from '../../src/base/json.js';
import { harness } from '../support/harness.js';
import { FIXTURE_YAML, PEOPLE_GQ, PEOPLE_PG, fixtureFiles, tempCluster, type TempCluster, FIXTURE_DIGESTS } from '../support/cluster-fixture.js';

const { schema: SCHEMA, query: QUERY, policy: POLICY, graph: GRAPH, graphNoQueries: GRAPH_NO_QUERIES } = FIXTURE_DIGESTS;
let cluster: TempCluster | undefined;
afterEach(() => cluster?.cleanup());

const BLOCKED = 'waiting on an unapplied or missing dependency';

const file = (relative: string) => path.join(cluster!.dir, relative);
const stateBytes = () => readFileSync(file('__cluster/state.json'));
const readState = () => JSON.parse(stateBytes().toString('utf8'));
const writeState = (state: unknown) => writeFileSync(file('__cluster/state.json'), `${JSON.stringify(state, null, 2)}\n`);
const rows = (out: { changes: readonly { resource: string; operation: string; disposition?: string; reason?: string }[] }) =>
  out.changes.map((c) => [c.operation, c.resource, c.disposition, c.reason].filter(Boolean).join(' '));
const codes = (out: { diagnostics: readonly { code: string; severity: string; path: string }[] }) =>
  out.diagnostics.map((d) => `${d.severity} ${d.code} ${d.path}`);
const plan = () => harness().commands.plan({ configDir: cluster!.dir });
const apply = (actor: string | null = null) => harness().commands.apply({ configDir: cluster!.dir, actor });
const sidecars = () => (existsSync(file('__cluster/recoveries')) ? readdirSync(file('__cluster/recoveries')) : []);

async function converged(files = fixtureFiles()): Promise<void> {
  cluster = tempCluster(files);
  await harness().commands.importState({ configDir: cluster.dir });
  expect((await apply()).converged).toBe(true);
}

describe('plan/apply classifier rows through whole commands (docs/contract/classifier.md#classification)', () => {
  it('schema update: applied with its migration preview, graph derived, blast radius, no gates', async () => {
    await converged();
    const pg = PEOPLE_PG.replace('age: I32?', 'age: I32?\n  bio: String?');
    cluster!.write('people.pg', pg);
    const newSchema = sha256hex(pg);
    const newGraph = graphCompositeDigest({ graphId: 'knowledge', schemaDigest: newSchema, queries: { find_person: QUERY }, embeddingProvider: null, externalBlobPolicy: { mode: 'deny' } });
    const planned = await plan();
    expect(planned.ok).toBe(true);
    const json = JSON.parse(toPrettyJson({ ...planned, diagnostics: planned.diagnostics.map(diagnosticJson) }));
    expect(toPrettyJson(json.changes)).toBe(
      toPrettyJson([
        { resource: 'graph.knowledge', operation: 'update', before_digest: GRAPH, after_digest: newGraph, disposition: 'derived' },
        {
          resource: 'schema.knowledge',
          operation: 'update',
          before_digest: SCHEMA,
          after_digest: newSchema,
          disposition: 'applied',
          migration: {
            supported: true,
            steps: [
              {
                kind: 'add_property',
                type_kind: 'node',
                type_name: 'Person',
                property_name: 'bio',
                property_type: { scalar: 'String', nullable: true, list: false, enum_values: null },
              },
            ],
          },
        },
      ]),
    );
    expect(json.blast_radius).toEqual([
      { resource: 'graph.knowledge', affected: ['policy.base', 'query.knowledge.find_person', 'schema.knowledge'] },
      { resource: 'schema.knowledge', affected: ['query.knowledge.find_person'] },
    ]);
    expect(json.approvals_required).toEqual([]);
    expect(Object.keys(json)).toEqual([
      'ok',
      'config_dir',
      'desired_revision',
      'resource_digests',
      'dependencies',
      'state_observations',
      'changes',
      'blast_radius',
      'approvals_required',
      'diagnostics',
    ]);

    const applied = await apply('ops');
    expect(codes(applied)).toEqual([]);
    expect(rows(applied)).toEqual(['update graph.knowledge derived', 'update schema.knowledge applied']);
    // Apply changes never carry the preview.
    expect(applied.changes.some((c) => 'migration' in c)).toBe(false);
    expect({ applied: applied.applied_count, deferred: applied.deferred_count, converged: applied.converged }).toEqual({ applied: 1, deferred: 0, converged: true });
    expect(readState().applied_revision.resources['schema.knowledge']).toEqual({ digest: newSchema });
    expect(readState().applied_revision.resources['graph.knowledge']).toEqual({ digest: newGraph });
    expect(readFileSync(file('graphs/knowledge.omni/_schema.pg'), 'utf8')).toBe(pg);
    expect(sidecars()).toEqual([]);
  });

  it('unsupported schema update: blocked with the step and its code in plan and apply alike, nothing moves', async () => {
    await converged();
    cluster!.write('people.pg', PEOPLE_PG.replace('age: I32?', 'age: String?'));
    cluster!.write('people.gq', `${PEOPLE_GQ}\n`);
    const planned = await plan();
    expect(planned.ok).toBe(false);
    expect(codes(planned)).toEqual(['error schema_migration_unsupported schema.knowledge']);
    expect(planned.diagnostics[0]?.message).toBe(
      "the schema migration has an unsupported step, so apply would refuse it: node:Person.age: [OG-MF-106] changing property type for 'Person.age' is not supported in schema migration v1; change the schema so every step is supported, or migrate the graph outside the cluster",
    );
    expect(planned.changes.find((c) => c.resource === 'schema.knowledge')?.migration?.supported).toBe(false);
    const blockedRows = [
      'update graph.knowledge derived',
      'update query.knowledge.find_person blocked dependency_not_applied',
      'update schema.knowledge blocked migration_unsupported',
    ];
    expect(rows(planned)).toEqual(blockedRows);

    const before = readState();
    const applied = await apply();
    expect(applied.ok).toBe(false);
    expect(rows(applied)).toEqual(blockedRows);
    expect(codes(applied)).toEqual([
      'error schema_migration_unsupported schema.knowledge',
      'warning apply_dependency_blocked query.knowledge.find_person',
      'warning apply_dependency_blocked schema.knowledge',
    ]);
    expect(applied.diagnostics[0]?.message).toBe(planned.diagnostics[0]?.message);
    expect(sidecars()).toEqual([]);
    expect(applied.state_written).toBe(true);
    const state = readState();
    expect(state.applied_revision).toEqual(before.applied_revision);
    expect(state.resource_statuses['schema.knowledge']).toEqual({ status: 'blocked', conditions: ['migration_unsupported'], message: BLOCKED });
    expect(state.resource_statuses['query.knowledge.find_person']).toEqual({ status: 'blocked', conditions: ['dependency_not_applied'], message: BLOCKED });
    expect(applied.resource_statuses).toEqual(state.resource_statuses);
    expect({ applied: applied.applied_count, deferred: applied.deferred_count, converged: applied.converged }).toEqual({ applied: 0, deferred: 2, converged: false });
  });

  it('policy binding-only update: binding_change + metadata_change, applied, applies_to rewritten', async () => {
    await converged();
    cluster!.write('cluster.yaml', FIXTURE_YAML.replace('applies_to: [knowledge]', 'applies_to: [cluster]'));
    const planned = await plan();
    expect(planned.ok).toBe(true);
    expect(toPrettyJson(planned.changes)).toBe(
      toPrettyJson([
        {
          resource: 'policy.base',
          operation: 'update',
          before_digest: POLICY,
          after_digest: POLICY,
          disposition: 'applied',
          binding_change: true,
          metadata_change: 'policy_bindings',
        },
      ]),
    );
    expect(planned.blast_radius).toEqual([]);
    const applied = await apply();
    expect(applied.converged).toBe(true);
    expect(rows(applied)).toEqual(['update policy.base applied']);
    expect(readState().applied_revision.resources['policy.base']).toEqual({ digest: POLICY, applies_to: ['cluster'] });
    expect(readState().applied_revision.config_digest).toBe(planned.desired_revision.config_digest);
    expect((await plan()).changes).toEqual([]);
  });

  it('a ledger policy entry without applies_to is a binding-only update', async () => {
    await converged();
    const state = readState();
    state.applied_revision.resources['policy.base'] = { digest: POLICY };
    writeState(state);
    const planned = await plan();
    expect(rows(planned)).toEqual(['update policy.base applied']);
    expect(planned.changes[0]?.binding_change).toBe(true);
    const applied = await apply();
    expect(applied.converged).toBe(true);
    expect(readState().applied_revision.resources['policy.base']).toEqual({ digest: POLICY, applies_to: ['graph.knowledge'] });
  });

  it('a new graph with a query and a policy: everything applied in one run, query published', async () => {
    await converged();
    const yaml = FIXTURE_YAML.replace('graphs:\n', 'graphs:\n  archive:\n    schema: ./people.pg\n    queries:\n      lookup:\n        file: ./lookup.gq\n').concat(
      '  archive_rules:\n    file: ./archive.policy.yaml\n    applies_to: [archive]\n',
    );
    const lookup = PEOPLE_GQ.replace('find_person', 'lookup');
    cluster!.write('cluster.yaml', yaml);
    cluster!.write('lookup.gq', lookup);
    cluster!.write('archive.policy.yaml', 'version: 1\nrules: []\n# archive\n');
    const planned = await plan();
    expect(rows(planned)).toEqual([
      'create graph.archive applied',
      'create policy.archive_rules applied',
      'create query.archive.lookup applied',
      'create schema.archive applied',
    ]);
    const applied = await apply();
    expect(codes(applied)).toEqual([]);
    expect(applied.converged).toBe(true);
    expect(readFileSync(file(`__cluster/resources/query/archive/lookup/${sha256hex(lookup)}.gq`), 'utf8')).toBe(lookup);
    expect(readState().applied_revision.resources['policy.archive_rules'].applies_to).toEqual(['graph.archive']);
  });

  it('query delete under a kept graph: applied, record and status removed, blob kept', async () => {
    await converged();
    cluster!.write('cluster.yaml', FIXTURE_YAML.replace(/ {4}queries:\n {6}find_person:\n {8}file: \.\/people\.gq\n/, ''));
    const planned = await plan();
    expect(rows(planned)).toEqual(['update graph.knowledge derived', 'delete query.knowledge.find_person applied']);
    expect(planned.approvals_required).toEqual([]);
    const applied = await apply();
    expect(applied.converged).toBe(true);
    const state = readState();
    expect(state.applied_revision.resources['query.knowledge.find_person']).toBeUndefined();
    expect(state.resource_statuses['query.knowledge.find_person']).toBeUndefined();
    expect(state.applied_revision.resources['graph.knowledge']).toEqual({ digest: GRAPH_NO_QUERIES });
    expect(existsSync(file(`__cluster/resources/query/knowledge/find_person/${QUERY}.gq`))).toBe(true);
  });

  it('policy delete: applied, no gate', async () => {
    await converged();
    cluster!.write('cluster.yaml', FIXTURE_YAML.replace(/policies:[\s\S]*$/, 'policies: {}\n'));
    const planned = await plan();
    expect(rows(planned)).toEqual(['delete policy.base applied']);
    const applied = await apply();
    expect(applied.converged).toBe(true);
    expect(readState().applied_revision.resources['policy.base']).toBeUndefined();
  });

  it('standalone schema create (graph recorded without schema): blocked/cluster_recovery_pending, graph update deferred (quirk C6)', async () => {
    await converged();
    const state = readState();
    delete state.applied_revision.resources['schema.knowledge'];
    state.applied_revision.resources['graph.knowledge'] = {
      digest: graphCompositeDigest({ graphId: 'knowledge', schemaDigest: '', queries: { find_person: QUERY }, embeddingProvider: null, externalBlobPolicy: { mode: 'deny' } }),
    };
    writeState(state);
    const before = stateBytes();
    const planned = await plan();
    expect(rows(planned)).toEqual([
      'update graph.knowledge deferred apply_unsupported_kind',
      'create schema.knowledge blocked cluster_recovery_pending',
    ]);
    const applied = await apply();
    expect(applied.ok).toBe(true);
    expect(codes(applied)).toEqual(['warning apply_unsupported_change graph.knowledge', 'warning apply_dependency_blocked schema.knowledge']);
    expect(applied.diagnostics[0]?.message).toBe('graph/schema changes are not applied in this stage; they are deferred to the graph-lifecycle phase');
    expect(applied.diagnostics[1]?.message).toBe('blocked by an unapplied or missing dependency (cluster_recovery_pending)');
    // Pending-recovery blocks write no status, so nothing changed and nothing is written.
    expect({ written: applied.state_written, converged: applied.converged, deferred: applied.deferred_count }).toEqual({ written: false, converged: false, deferred: 2 });
    expect(stateBytes().equals(before)).toBe(true);
  });

  it('an unknown address in state is deferred and never removed', async () => {
    await converged();
    const state = readState();
    state.applied_revision.resources['widget.spinner'] = { digest: 'abc' };
    writeState(state);
    const planned = await plan();
    expect(toPrettyJson(planned.changes)).toBe(
      toPrettyJson([{ resource: 'widget.spinner', operation: 'delete', before_digest: 'abc', disposition: 'deferred', reason: 'apply_unsupported_kind' }]),
    );
    const before = stateBytes();
    const applied = await apply();
    expect(codes(applied)).toEqual(['warning apply_unsupported_change widget.spinner']);
    expect({ written: applied.state_written, converged: applied.converged, deferred: applied.deferred_count }).toEqual({ written: false, converged: false, deferred: 1 });
    expect(stateBytes().equals(before)).toBe(true);
  });

  it('a graph digest not bound by its composite is refused before anything moves (state authority)', async () => {
    await converged();
    const state = readState();
    state.applied_revision.resources['graph.knowledge'] = { digest: 'seed' };
    writeState(state);
    const before = stateBytes();
    cluster!.write('people.gq', `${PEOPLE_GQ}\n`);
    const applied = await apply();
    expect(applied.diagnostics.map(diagnosticJson)).toEqual([
      {
        code: 'external_blob_policy_digest_mismatch',
        severity: 'error',
        path: 'graph.knowledge',
        message: 'the applied graph resource metadata is not bound by its composite digest; restore the cluster state ledger from a trusted copy before retrying',
      },
    ]);
    expect(applied.resource_statuses).toEqual(state.resource_statuses);
    expect(stateBytes().equals(before)).toBe(true);
    // plan does not check it.
    expect((await plan()).ok).toBe(true);
  });
});

describe('blocked and partial applies (docs/contract/classifier.md#demotion, docs/contract/recovery.md#graph-create)', () => {
  it('a failing graph create demotes its dependents, persists blocked statuses and keeps its sidecar', async () => {
    const yaml = `${FIXTURE_YAML}  server:\n    file: ./server.policy.yaml\n    applies_to: [cluster]\n`;
    cluster = tempCluster(fixtureFiles({ 'cluster.yaml': yaml, 'server.policy.yaml': 'version: 1\nrules: []\n' }));
    await harness().commands.importState({ configDir: cluster.dir });
    // Something else claimed the root after import: init's strict preflight refuses it.
    cluster.write('graphs/knowledge.omni/_schema.pg', PEOPLE_PG);
    const applied = await apply('ops');
    expect(applied.ok).toBe(false);
    expect(rows(applied)).toEqual([
      'create graph.knowledge blocked graph_create_failed',
      'create policy.base blocked dependency_not_applied',
      'create policy.server applied',
      'create query.knowledge.find_person blocked dependency_not_applied',
      'create schema.knowledge blocked dependency_not_applied',
    ]);
    expect(codes(applied)).toEqual([
      'error graph_create_failed graph.knowledge',
      'warning apply_dependency_blocked graph.knowledge',
      'warning apply_dependency_blocked policy.base',
      'warning apply_dependency_blocked query.knowledge.find_person',
      'warning apply_dependency_blocked schema.knowledge',
    ]);
    expect(applied.diagnostics[0]?.message).toMatch(new RegExp(`^could not initialize graph at '${file('graphs/knowledge.omni')}': `));
    expect({ applied: applied.applied_count, deferred: applied.deferred_count, converged: applied.converged, written: applied.state_written }).toEqual({
      applied: 1,
      deferred: 4,
      converged: false,
      written: true,
    });
    const state = readState();
    expect(Object.keys(state.applied_revision.resources)).toEqual(['policy.server']);
    expect(state.resource_statuses).toEqual({
      'graph.knowledge': { status: 'blocked', conditions: ['graph_create_failed'], message: BLOCKED },
      'policy.base': { status: 'blocked', conditions: ['dependency_not_applied'], message: BLOCKED },
      'policy.server': { status: 'applied' },
      'query.knowledge.find_person': { status: 'blocked', conditions: ['dependency_not_applied'], message: BLOCKED },
      'schema.knowledge': { status: 'blocked', conditions: ['dependency_not_applied'], message: BLOCKED },
    });
    expect(applied.resource_statuses).toEqual(state.resource_statuses);
    expect(readdirSync(file('__cluster/resources'))).toEqual(['policy']);
    expect(readdirSync(file('__cluster/resources/policy'))).toEqual(['server']);
    // The sidecar stays for the sweep (row 5 on the next run: a root that does not open).
    expect(sidecars()).toHaveLength(1);
    const next = await apply();
    expect(codes(next)).toContain('error graph_create_incomplete graph.knowledge');
    expect(rows(next)).toContain('create graph.knowledge blocked cluster_recovery_pending');
  });

  it('a failed create skips later graph creates in the same run (graph_create_skipped)', async () => {
    const yaml = FIXTURE_YAML.replace('graphs:\n', 'graphs:\n  archive:\n    schema: ./people.pg\n');
    cluster = tempCluster(fixtureFiles({ 'cluster.yaml': yaml }));
    await harness().commands.importState({ configDir: cluster.dir });
    cluster.write('graphs/archive.omni/_schema.ir.json', '{}');
    const applied = await apply();
    expect(codes(applied).slice(0, 2)).toEqual(['error graph_create_failed graph.archive', 'warning graph_create_skipped graph.knowledge']);
    expect(applied.diagnostics[1]?.message).toBe('skipped after an earlier graph create failed in this run');
    expect(rows(applied)).toEqual([
      'create graph.archive blocked graph_create_failed',
      'create graph.knowledge blocked graph_create_failed',
      'create policy.base blocked dependency_not_applied',
      'create query.knowledge.find_person blocked dependency_not_applied',
      'create schema.archive blocked dependency_not_applied',
      'create schema.knowledge blocked dependency_not_applied',
    ]);
    expect(existsSync(file('graphs/knowledge.omni'))).toBe(false);
    // Only the failed create's sidecar exists; the skipped one never wrote one.
    expect(sidecars()).toHaveLength(1);
  });
});
