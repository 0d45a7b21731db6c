import { afterEach, describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { diagnosticJson } from '../../src/engine/diagnostics/index.js';
import { toPrettyJson } from '../../src/base/json.js';
import type { Failpoints } from '../../src/engine/ports/failpoints.js';
import { harness } from '../support/harness.js';
import { PEOPLE_GQ, PEOPLE_PG, fixtureFiles, tempCluster, type TempCluster } from '../support/cluster-fixture.js';

let cluster: TempCluster | undefined;
afterEach(() => cluster?.cleanup());

const file = (relative: string) => path.join(cluster!.dir, relative);
const stateBytes = () => readFileSync(file('__cluster/state.json'));
const readState = () => JSON.parse(stateBytes().toString('utf8'));
const sidecars = () => (existsSync(file('__cluster/recoveries')) ? readdirSync(file('__cluster/recoveries')) : []);
const codes = (out: { diagnostics: readonly { code: string; severity: string; path: string }[] }) =>
  out.diagnostics.map((d) => `${d.severity} ${d.code} ${d.path}`);
const rows = (out: { changes: readonly { resource: string; operation: string; disposition?: string; reason?: string }[] }) =>
  out.changes.map((c) => [c.operation, c.resource, c.disposition, c.reason].filter(Boolean).join(' '));
/** A failpoint that runs `effect` at `name` and lets the run continue (like the reference's callback failpoints). */
const at = (name: string, effect: () => void): Failpoints => ({
  hit: async (hit) => {
    if (hit === name) effect();
    return false;
  },
});

async function imported(): Promise<void> {
  cluster = tempCluster(fixtureFiles());
  expect((await harness().commands.importState({ configDir: cluster.dir })).ok).toBe(true);
}

describe('invalid config: no lock, no __cluster/ (docs/contract/lock.md#which-commands-lock, docs/contract/commands.md#apply step 1)', () => {
  it.each(['plan', 'apply', 'refresh', 'importState'] as const)('%s creates nothing', async (command) => {
    cluster = tempCluster(fixtureFiles({ 'people.pg': 'node Person {' }));
    const { commands } = harness();
    const out = command === 'apply' ? await commands.apply({ configDir: cluster.dir, actor: null }) : await commands[command]({ configDir: cluster.dir });
    expect(out.ok).toBe(false);
    expect(out.state_observations.lock_acquired).toBe(false);
    expect(existsSync(file('__cluster'))).toBe(false);
  });
});

describe('a concurrent writer between read and write (docs/contract/state.md#writing, docs/contract/failpoints.md#names before_state_write)', () => {
  it('loses the CAS: state_cas_mismatch, the other state stays, statuses as read, sidecars kept; a re-run converges', async () => {
    await imported();
    const asRead = readState();
    const concurrent = `${toPrettyJson({ ...asRead, state_revision: 99 })}\n`;
    const out = await harness({ failpoints: at('cluster_apply.before_state_write', () => writeFileSync(file('__cluster/state.json'), concurrent)) }).commands.apply({
      configDir: cluster!.dir,
      actor: null,
    });
    expect(out.diagnostics.map(diagnosticJson)).toEqual([
      {
        code: 'state_cas_mismatch',
        severity: 'error',
        path: '__cluster/state.json',
        message: 'state.json changed while the command was running; re-run the command against the latest state',
      },
    ]);
    // converged is computed before the write and not reset by the lost race.
    expect({ ok: out.ok, converged: out.converged, written: out.state_written, applied: out.applied_count }).toEqual({
      ok: false,
      converged: true,
      written: false,
      applied: 4,
    });
    expect(out.resource_statuses).toEqual(asRead.resource_statuses);
    expect(stateBytes().toString('utf8')).toBe(concurrent);
    expect(out.state_observations.state_revision).toBe(1);
    expect(sidecars()).toHaveLength(1);
    expect(existsSync(file('__cluster/lock.json'))).toBe(false);

    const next = await harness().commands.apply({ configDir: cluster!.dir, actor: null });
    expect(codes(next)).toEqual(['warning cluster_recovery_rolled_forward graph.knowledge']);
    expect(next.converged).toBe(true);
    expect(readState().state_revision).toBe(100);
    expect(sidecars()).toEqual([]);
  });
});

describe('sources re-read under the lock (docs/contract/classifier.md#recompute-under-lock, docs/contract/payloads.md#publish, docs/contract/recovery.md#graph-create)', () => {
  it('a query edited during apply stops the run before the state write; blobs and the new graph are inert until re-run', async () => {
    await imported();
    const before = stateBytes();
    const out = await harness({ failpoints: at('cluster_apply.before_graph_create', () => cluster!.write('people.gq', `${PEOPLE_GQ}\n`)) }).commands.apply({
      configDir: cluster!.dir,
      actor: null,
    });
    expect(out.diagnostics.map(diagnosticJson)).toEqual([
      {
        code: 'resource_content_changed',
        severity: 'error',
        path: 'query.knowledge.find_person',
        message: `resource source '${cluster!.dir}/./people.gq' changed while apply was running; re-run \`cluster apply\``,
      },
    ]);
    expect({ applied: out.applied_count, deferred: out.deferred_count, converged: out.converged, written: out.state_written }).toEqual({
      applied: 0,
      deferred: 0,
      converged: false,
      written: false,
    });
    expect(rows(out)).toHaveLength(4);
    expect(stateBytes().equals(before)).toBe(true);
    expect(out.resource_statuses).toEqual(readState().resource_statuses);
    // The graph was created before the payload phase; its sidecar waits for the next sweep.
    expect(existsSync(file('graphs/knowledge.omni/_schema.pg'))).toBe(true);
    expect(sidecars()).toHaveLength(1);

    const next = await harness().commands.apply({ configDir: cluster!.dir, actor: null });
    expect(codes(next)).toEqual(['warning cluster_recovery_rolled_forward graph.knowledge']);
    expect(next.converged).toBe(true);
  });

  it('a schema edited during apply fails the graph create on schema.<g>, retires its sidecar at once and demotes the rest', async () => {
    await imported();
    const out = await harness({ failpoints: at('cluster_apply.before_graph_create', () => cluster!.write('people.pg', `${PEOPLE_PG}\n`)) }).commands.apply({
      configDir: cluster!.dir,
      actor: null,
    });
    expect(out.diagnostics.map(diagnosticJson)[0]).toEqual({
      code: 'resource_content_changed',
      severity: 'error',
      path: 'schema.knowledge',
      message: 'schema source changed while apply was running; re-run `cluster apply`',
    });
    expect(rows(out)).toEqual([
      'create graph.knowledge blocked graph_create_failed',
      'create policy.base blocked dependency_not_applied',
      'create query.knowledge.find_person blocked dependency_not_applied',
      'create schema.knowledge blocked dependency_not_applied',
    ]);
    expect(existsSync(file('graphs/knowledge.omni'))).toBe(false);
    expect(sidecars()).toEqual([]);
    expect(out.state_written).toBe(true);
  });
});

describe('apply output details (docs/contract/commands.md#apply)', () => {
  it('omits `actor` when none is known and keeps the reference field order', async () => {
    await imported();
    const out = await harness().commands.apply({ configDir: cluster!.dir, actor: null });
    const json = JSON.parse(toPrettyJson({ ...out, diagnostics: out.diagnostics.map(diagnosticJson) }));
    expect(Object.keys(json)).toEqual([
      'ok',
      'config_dir',
      'desired_revision',
      'state_observations',
      'changes',
      'applied_count',
      'deferred_count',
      'converged',
      'state_written',
      'resource_statuses',
      'diagnostics',
    ]);
  });

  it('refuses a state.json with an unknown field and leaves it untouched', async () => {
    await imported();
    const state = readState();
    const text = JSON.stringify({ ...state, owner: 'me' });
    writeFileSync(file('__cluster/state.json'), text);
    const out = await harness().commands.apply({ configDir: cluster!.dir, actor: null });
    expect(codes(out)).toEqual(['error invalid_state_json __cluster/state.json']);
    expect(out.resource_statuses).toEqual({});
    expect(readFileSync(file('__cluster/state.json'), 'utf8')).toBe(text);
    expect(existsSync(file('graphs'))).toBe(false);
  });
});
