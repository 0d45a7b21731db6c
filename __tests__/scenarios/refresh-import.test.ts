import { afterEach, describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { diagnosticJson } from '../../src/engine/diagnostics/index.js';
import { sha256hex } from '../../src/base/hash.js';
import { toPrettyJson } from '../../src/base/json.js';
import { harness } from '../support/harness.js';
import { FIXTURE_YAML, PEOPLE_PG, fixtureFiles, tempCluster, type TempCluster, FIXTURE_DIGESTS, QUERY_BLOB, POLICY_BLOB } from '../support/cluster-fixture.js';

const { schema: SCHEMA, query: QUERY, policy: POLICY, graph: GRAPH, graphNoQueries: GRAPH_NO_QUERIES, config: CONFIG } = FIXTURE_DIGESTS;
let cluster: TempCluster | undefined;
afterEach(() => cluster?.cleanup());

const OBSERVATION_KEYS = [
  'kind',
  'address',
  'graph_uri',
  'observed_at',
  'exists',
  'graph_manifest_version',
  'schema_digest',
  'desired_schema_digest',
  'schema_matches_desired',
  'error',
];

const file = (relative: string) => path.join(cluster!.dir, relative);
const stateBytes = () => readFileSync(file('__cluster/state.json'));
const readState = () => JSON.parse(stateBytes().toString('utf8'));
const codes = (out: { diagnostics: readonly { code: string; severity: string; path: string }[] }) =>
  out.diagnostics.map((d) => `${d.severity} ${d.code} ${d.path}`);
const pretty = (out: { diagnostics: readonly Parameters<typeof diagnosticJson>[0][] }) =>
  toPrettyJson({ ...out, diagnostics: out.diagnostics.map(diagnosticJson) });
const at = (iso: string) => harness({ clock: { now: () => new Date(iso) } }).commands;

async function convergedCluster(files = fixtureFiles()): Promise<void> {
  cluster = tempCluster(files);
  const { commands } = harness();
  await commands.importState({ configDir: cluster.dir });
  const applied = await commands.apply({ configDir: cluster.dir, actor: null });
  expect(applied.converged).toBe(true);
}

describe('import (docs/contract/commands.md#refresh-and-import)', () => {
  it('writes revision 1 with the desired config digest and one observation per declared graph', async () => {
    cluster = tempCluster(fixtureFiles());
    const dir = cluster.dir;
    const out = await at('2026-06-10T10:00:00Z').importState({ configDir: dir });
    const observation = {
      kind: 'graph',
      address: 'graph.knowledge',
      graph_uri: `${dir}/graphs/knowledge.omni`,
      observed_at: '2026-06-10T10:00:00.000Z',
      exists: false,
      graph_manifest_version: null,
      schema_digest: null,
      desired_schema_digest: SCHEMA,
      schema_matches_desired: false,
      error: 'derived graph root is missing',
    };
    const drifted = { status: 'drifted', conditions: ['graph_missing'], message: 'derived graph root is missing' };
    const expectedState = {
      version: 1,
      state_revision: 1,
      applied_revision: { config_digest: CONFIG, resources: {} },
      resource_statuses: { 'graph.knowledge': drifted, 'schema.knowledge': drifted },
      approval_records: {},
      recovery_records: {},
      observations: { 'graph.knowledge': observation },
    };
    expect(stateBytes().toString('utf8')).toBe(`${toPrettyJson(expectedState)}\n`);
    expect(pretty(out)).toBe(
      toPrettyJson({
        ok: true,
        operation: 'import',
        config_dir: dir,
        state_observations: {
          state_path: `${dir}/__cluster/state.json`,
          lock_path: `${dir}/__cluster/lock.json`,
          state_found: true,
          applied_config_digest: CONFIG,
          state_revision: 1,
          state_cas: `sha256:${sha256hex(stateBytes())}`,
          resource_count: 0,
          locked: false,
          lock_acquired: true,
          acquired_lock_id: out.state_observations.acquired_lock_id,
        },
        resource_digests: {},
        resource_statuses: expectedState.resource_statuses,
        observations: expectedState.observations,
        diagnostics: [],
      }),
    );
    expect(existsSync(file('__cluster/lock.json'))).toBe(false);
  });

  it('refuses an existing ledger, shows it and leaves it byte-identical', async () => {
    await convergedCluster();
    const before = stateBytes();
    const out = await harness().commands.importState({ configDir: cluster!.dir });
    expect(out.ok).toBe(false);
    expect(out.diagnostics.map(diagnosticJson)).toEqual([
      {
        code: 'state_already_exists',
        severity: 'error',
        path: '__cluster/state.json',
        message: 'import creates initial state only when state.json is missing; use `cluster refresh` for an existing state ledger',
      },
    ]);
    expect(out.resource_digests).toEqual({
      'graph.knowledge': GRAPH,
      'policy.base': POLICY,
      'query.knowledge.find_person': QUERY,
      'schema.knowledge': SCHEMA,
    });
    expect(out.state_observations.state_revision).toBe(2);
    expect(stateBytes().equals(before)).toBe(true);
  });

  it('adopts an existing graph root: schema and composite from the live graph, query digests never invented', async () => {
    await convergedCluster();
    rmSync(file('__cluster/state.json'));
    const out = await harness().commands.importState({ configDir: cluster!.dir });
    expect(out.ok).toBe(true);
    expect(out.resource_digests).toEqual({ 'graph.knowledge': GRAPH_NO_QUERIES, 'schema.knowledge': SCHEMA });
    expect(out.resource_statuses).toEqual({ 'graph.knowledge': { status: 'applied' }, 'schema.knowledge': { status: 'applied' } });
    const observation = out.observations['graph.knowledge'] as Record<string, unknown>;
    expect(Object.keys(observation)).toEqual(OBSERVATION_KEYS);
    expect(observation).toMatchObject({ exists: true, graph_manifest_version: 1, schema_digest: SCHEMA, schema_matches_desired: true, error: null });
    // The next plan publishes the query and policy and derives the graph update.
    const planned = await harness().commands.plan({ configDir: cluster!.dir });
    expect(planned.changes.map((c) => `${c.operation} ${c.resource} ${c.disposition}`)).toEqual([
      'update graph.knowledge derived',
      'create policy.base applied',
      'create query.knowledge.find_person applied',
    ]);
  });

  it('refuses to write anything when an observation fails (half-initialised root)', async () => {
    cluster = tempCluster(fixtureFiles());
    cluster.write('graphs/knowledge.omni/_schema.pg', PEOPLE_PG);
    const out = await harness().commands.importState({ configDir: cluster.dir });
    expect(out.ok).toBe(false);
    expect(codes(out)).toEqual(['error graph_observation_error graphs']);
    expect(out.diagnostics[0]?.message).toBe('1 graph observation(s) failed');
    expect(existsSync(file('__cluster/state.json'))).toBe(false);
    // The output shows the in-memory, unpersisted result (quirk C11).
    expect(out.resource_statuses['graph.knowledge']?.status).toBe('error');
    expect(out.state_observations.state_found).toBe(false);
  });
});

describe('refresh (docs/contract/commands.md#refresh-and-import)', () => {
  it('requires a ledger and reports empty digests then', async () => {
    cluster = tempCluster(fixtureFiles());
    const out = await harness().commands.refresh({ configDir: cluster.dir });
    expect(out.ok).toBe(false);
    expect(out.diagnostics.map(diagnosticJson)).toEqual([
      {
        code: 'state_missing',
        severity: 'error',
        path: '__cluster/state.json',
        message: 'refresh requires an existing state.json; run `cluster import` to bootstrap state',
      },
    ]);
    expect(out.resource_digests).toEqual({});
    expect(existsSync(file('__cluster/state.json'))).toBe(false);
  });

  it('always writes and bumps the revision, even when nothing changed', async () => {
    await convergedCluster();
    const first = await at('2026-06-10T12:00:00Z').refresh({ configDir: cluster!.dir });
    expect(first.ok).toBe(true);
    expect(first.state_observations.state_revision).toBe(3);
    const afterFirst = readState();
    const second = await at('2026-06-10T12:00:00Z').refresh({ configDir: cluster!.dir });
    expect(second.state_observations.state_revision).toBe(4);
    expect(readState()).toEqual({ ...afterFirst, state_revision: 4 });
    expect(second.state_observations.state_cas).toBe(`sha256:${sha256hex(stateBytes())}`);
    expect(afterFirst.observations['graph.knowledge']).toEqual({
      kind: 'graph',
      address: 'graph.knowledge',
      graph_uri: `${cluster!.dir}/graphs/knowledge.omni`,
      observed_at: '2026-06-10T12:00:00.000Z',
      exists: true,
      graph_manifest_version: 1,
      schema_digest: SCHEMA,
      desired_schema_digest: SCHEMA,
      schema_matches_desired: true,
      error: null,
    });
    // Observations carry no opinion on the digests: refresh never changes query/policy digests.
    expect(afterFirst.applied_revision.resources).toEqual(
      expect.objectContaining({ 'query.knowledge.find_person': { digest: QUERY }, 'graph.knowledge': { digest: GRAPH } }),
    );
  });

  it('self-heals a hand-deleted payload: digest dropped, drifted, re-created by plan, republished by apply', async () => {
    await convergedCluster();
    rmSync(file(QUERY_BLOB));
    const refreshed = await harness().commands.refresh({ configDir: cluster!.dir });
    expect(refreshed.ok).toBe(true);
    expect(codes(refreshed)).toEqual(['warning catalog_payload_missing query.knowledge.find_person']);
    const state = readState();
    expect(state.applied_revision.resources['query.knowledge.find_person']).toBeUndefined();
    // The composite no longer includes the dropped query (verification runs before observation).
    expect(state.applied_revision.resources['graph.knowledge']).toEqual({ digest: GRAPH_NO_QUERIES });
    expect(state.resource_statuses['query.knowledge.find_person']).toEqual({
      status: 'drifted',
      conditions: ['payload_missing'],
      message: 'catalog payload blob is missing; re-run `cluster apply` to republish',
    });

    const planned = await harness().commands.plan({ configDir: cluster!.dir });
    expect(planned.changes).toEqual([
      { resource: 'graph.knowledge', operation: 'update', before_digest: GRAPH_NO_QUERIES, after_digest: GRAPH, disposition: 'derived' },
      { resource: 'query.knowledge.find_person', operation: 'create', after_digest: QUERY, disposition: 'applied' },
    ]);

    const applied = await harness().commands.apply({ configDir: cluster!.dir, actor: null });
    expect(applied.converged).toBe(true);
    expect(codes(applied)).toEqual([]);
    expect(readFileSync(file(QUERY_BLOB), 'utf8')).toBe(readFileSync(file('people.gq'), 'utf8'));
    expect(readState().resource_statuses['query.knowledge.find_person']).toEqual({ status: 'applied' });
    expect((await harness().commands.plan({ configDir: cluster!.dir })).changes).toEqual([]);
  });

  it('self-heals a tampered payload as payload_mismatch; apply trusts the blob by name (quirk C10)', async () => {
    await convergedCluster();
    writeFileSync(file(POLICY_BLOB), 'rules: []\n');
    const refreshed = await harness().commands.refresh({ configDir: cluster!.dir });
    expect(codes(refreshed)).toEqual(['warning catalog_payload_mismatch policy.base']);
    expect(readState().resource_statuses['policy.base']).toEqual({
      status: 'drifted',
      conditions: ['payload_mismatch'],
      message: 'catalog payload blob does not match the recorded digest; re-run `cluster apply` to republish',
    });
    expect(readState().applied_revision.resources['policy.base']).toBeUndefined();
    const planned = await harness().commands.plan({ configDir: cluster!.dir });
    expect(planned.changes.map((c) => `${c.operation} ${c.resource} ${c.disposition}`)).toEqual(['create policy.base applied']);
    const applied = await harness().commands.apply({ configDir: cluster!.dir, actor: null });
    expect(applied.converged).toBe(true);
    // An existing file at the digest path is never rewritten; only verification notices it.
    expect(readFileSync(file(POLICY_BLOB), 'utf8')).toBe('rules: []\n');
    const again = await harness().commands.refresh({ configDir: cluster!.dir });
    expect(codes(again)).toEqual(['warning catalog_payload_mismatch policy.base']);
  });

  it('keeps the digest of an unreadable payload, records the error and exits non-ok, but still writes', async () => {
    await convergedCluster();
    writeFileSync(file(QUERY_BLOB), new Uint8Array([0xff]));
    const out = await harness().commands.refresh({ configDir: cluster!.dir });
    expect(out.ok).toBe(false);
    expect(codes(out)).toEqual(['error catalog_payload_read_error query.knowledge.find_person']);
    const state = readState();
    expect(state.state_revision).toBe(3);
    expect(state.applied_revision.resources['query.knowledge.find_person']).toEqual({ digest: QUERY });
    expect(state.resource_statuses['query.knowledge.find_person']).toEqual({
      status: 'error',
      conditions: ['payload_read_error'],
      message: out.diagnostics[0]?.message,
    });
  });

  it('records a removed graph root as graph_missing and drops its graph and schema digests', async () => {
    await convergedCluster();
    rmSync(file('graphs/knowledge.omni'), { recursive: true });
    const out = await harness().commands.refresh({ configDir: cluster!.dir });
    expect(out.ok).toBe(true);
    expect(out.resource_digests).toEqual({ 'policy.base': POLICY, 'query.knowledge.find_person': QUERY });
    const missing = { status: 'drifted', conditions: ['graph_missing'], message: 'derived graph root is missing' };
    expect(out.resource_statuses).toEqual({
      'graph.knowledge': missing,
      'policy.base': { status: 'applied' },
      'query.knowledge.find_person': { status: 'applied' },
      'schema.knowledge': missing,
    });
    const planned = await harness().commands.plan({ configDir: cluster!.dir });
    expect(planned.changes.map((c) => `${c.operation} ${c.resource} ${c.disposition}`)).toEqual([
      'create graph.knowledge applied',
      'create schema.knowledge applied',
    ]);
    const applied = await harness().commands.apply({ configDir: cluster!.dir, actor: null });
    expect(applied.converged).toBe(true);
    expect(readFileSync(file('graphs/knowledge.omni/_schema.pg'), 'utf8')).toBe(PEOPLE_PG);
  });

  it('records a half-initialised root as an error observation, persists it, and exits non-ok', async () => {
    await convergedCluster();
    rmSync(file('graphs/knowledge.omni'), { recursive: true });
    cluster!.write('graphs/knowledge.omni/_schema.pg', PEOPLE_PG);
    const out = await harness().commands.refresh({ configDir: cluster!.dir });
    expect(out.ok).toBe(false);
    expect(codes(out)).toEqual(['error graph_observation_error graphs']);
    const state = readState();
    expect(state.state_revision).toBe(3);
    const observation = state.observations['graph.knowledge'];
    expect(Object.keys(observation)).toEqual(OBSERVATION_KEYS);
    expect(observation).toMatchObject({ exists: true, graph_manifest_version: null, schema_digest: null, schema_matches_desired: null });
    expect(typeof observation.error).toBe('string');
    const failed = { status: 'error', conditions: ['graph_observation_error'], message: observation.error };
    expect(state.resource_statuses['graph.knowledge']).toEqual(failed);
    expect(state.resource_statuses['schema.knowledge']).toEqual(failed);
    // The recorded digests stay: an unreadable graph is not evidence that it is gone.
    expect(state.applied_revision.resources['schema.knowledge']).toEqual({ digest: SCHEMA });
  });

  it('records a live schema that differs from the desired one as schema_mismatch', async () => {
    await convergedCluster();
    cluster!.write('people.pg', PEOPLE_PG.replace('age: I32?', 'age: I32?\n  bio: String?'));
    const out = await harness().commands.refresh({ configDir: cluster!.dir });
    expect(out.ok).toBe(true);
    const mismatch = { status: 'drifted', conditions: ['schema_mismatch'], message: 'live schema digest differs from desired schema digest' };
    expect(out.resource_statuses['graph.knowledge']).toEqual(mismatch);
    expect(out.resource_statuses['schema.knowledge']).toEqual(mismatch);
    expect(out.resource_digests['schema.knowledge']).toBe(SCHEMA);
    expect(out.observations['graph.knowledge']).toMatchObject({
      schema_digest: SCHEMA,
      desired_schema_digest: sha256hex(PEOPLE_PG.replace('age: I32?', 'age: I32?\n  bio: String?')),
      schema_matches_desired: false,
    });
  });

  it('observes only declared graphs, each with its own observation', async () => {
    const twoGraphs = FIXTURE_YAML.replace('graphs:\n', 'graphs:\n  archive:\n    schema: ./people.pg\n');
    await convergedCluster(fixtureFiles({ 'cluster.yaml': twoGraphs }));
    rmSync(file('graphs/archive.omni'), { recursive: true });
    // A graph only in state (not declared) is not observed.
    const state = readState();
    state.observations['graph.legacy'] = { kind: 'graph', note: 'kept as is' };
    writeFileSync(file('__cluster/state.json'), `${JSON.stringify(state, null, 2)}\n`);
    const out = await at('2026-06-10T13:00:00Z').refresh({ configDir: cluster!.dir });
    expect(Object.keys(out.observations)).toEqual(['graph.archive', 'graph.knowledge', 'graph.legacy']);
    expect(out.observations['graph.legacy']).toEqual({ kind: 'graph', note: 'kept as is' });
    expect(JSON.stringify(out.observations['graph.archive'])).toBe(
      JSON.stringify({
        kind: 'graph',
        address: 'graph.archive',
        graph_uri: `${cluster!.dir}/graphs/archive.omni`,
        observed_at: '2026-06-10T13:00:00.000Z',
        exists: false,
        graph_manifest_version: null,
        schema_digest: null,
        desired_schema_digest: SCHEMA,
        schema_matches_desired: false,
        error: 'derived graph root is missing',
      }),
    );
    expect(Object.keys(out.observations['graph.knowledge'] as object)).toEqual(OBSERVATION_KEYS);
  });
});
