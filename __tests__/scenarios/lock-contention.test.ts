import { afterEach, describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { diagnosticJson } from '../../src/engine/diagnostics/index.js';
import { harness } from '../support/harness.js';
import { FIXTURE_YAML, fixtureFiles, tempCluster, type TempCluster } from '../support/cluster-fixture.js';

let cluster: TempCluster | undefined;
afterEach(() => cluster?.cleanup());

const HOLDER = { version: 1, lock_id: '01HOLDER000000000000000000', operation: 'refresh', created_at: '2026-06-10T09:59:00Z', pid: 99 };
const HELD_MESSAGE =
  'cluster state lock already exists (lock id 01HOLDER000000000000000000); run `omnigraph cluster force-unlock 01HOLDER000000000000000000` only after confirming no cluster operation is active';
const file = (relative: string) => path.join(cluster!.dir, relative);
const listing = (relative: string) => (existsSync(file(relative)) ? readdirSync(file(relative)).sort() : []);

/** A cluster with a ledger (import + apply) and a foreign lock. */
async function lockedCluster(lockText: string, files = fixtureFiles()): Promise<{ state: Buffer; lock: Buffer }> {
  cluster = tempCluster(files);
  const { commands } = harness();
  await commands.importState({ configDir: cluster.dir });
  await commands.apply({ configDir: cluster.dir, actor: null });
  cluster.write('__cluster/lock.json', lockText);
  return { state: readFileSync(file('__cluster/state.json')), lock: readFileSync(file('__cluster/lock.json')) };
}

const untouched = (before: { state: Buffer; lock: Buffer }) => {
  expect(readFileSync(file('__cluster/state.json')).equals(before.state)).toBe(true);
  expect(readFileSync(file('__cluster/lock.json')).equals(before.lock)).toBe(true);
  expect(listing('__cluster/recoveries')).toEqual([]);
  expect(listing('__cluster/approvals')).toEqual([]);
};

const commandsAt = (iso: string) => harness({ clock: { now: () => new Date(iso) } }).commands;

describe('a foreign lock.json (docs/contract/lock.md#acquire, docs/contract/lock.md#contention)', () => {
  it('plan fails with the holder, skips the diff but still reports the desired revision', async () => {
    const before = await lockedCluster(JSON.stringify(HOLDER, null, 2));
    // A config edit that would otherwise show a change.
    cluster!.write('people.gq', `${readFileSync(file('people.gq'), 'utf8')}\n`);
    const out = await commandsAt('2026-06-10T10:00:00Z').plan({ configDir: cluster!.dir });
    expect(out.ok).toBe(false);
    expect(out.diagnostics.map(diagnosticJson)).toEqual([{ code: 'state_lock_held', severity: 'error', path: '__cluster/lock.json', message: HELD_MESSAGE }]);
    expect(out.changes).toEqual([]);
    expect(out.blast_radius).toEqual([]);
    expect(out.desired_revision.config_digest).toMatch(/^[0-9a-f]{64}$/);
    expect(Object.keys(out.resource_digests)).toHaveLength(4);
    expect(out.dependencies).toHaveLength(4);
    expect(out.state_observations).toMatchObject({
      state_found: false,
      locked: true,
      lock_id: HOLDER.lock_id,
      lock_acquired: false,
      lock_operation: 'refresh',
      lock_created_at: HOLDER.created_at,
      lock_pid: 99,
      lock_age_seconds: 60,
    });
    expect(out.state_observations.acquired_lock_id).toBeUndefined();
    untouched(before);
  });

  it('apply fails at once and writes nothing', async () => {
    const before = await lockedCluster(JSON.stringify(HOLDER));
    cluster!.write('people.gq', `${readFileSync(file('people.gq'), 'utf8')}\n`);
    const out = await harness().commands.apply({ configDir: cluster!.dir, actor: 'ci' });
    expect(out.ok).toBe(false);
    expect(out.diagnostics.map((d) => d.code)).toEqual(['state_lock_held']);
    expect(out.diagnostics[0]?.message).toBe(HELD_MESSAGE);
    expect(out).toMatchObject({ changes: [], applied_count: 0, deferred_count: 0, converged: false, state_written: false, resource_statuses: {} });
    expect(out.state_observations.lock_id).toBe(HOLDER.lock_id);
    untouched(before);
    expect(listing('__cluster/resources/query/knowledge/find_person')).toHaveLength(1);
  });

  it.each(['refresh', 'importState'] as const)('%s fails at once, reports the desired digests and writes nothing', async (command) => {
    const before = await lockedCluster(JSON.stringify(HOLDER));
    const out = await harness().commands[command]({ configDir: cluster!.dir });
    expect(out.ok).toBe(false);
    expect(out.diagnostics.map((d) => d.code)).toEqual(['state_lock_held']);
    expect(out.state_observations.locked).toBe(true);
    expect(Object.keys(out.resource_digests)).toEqual(['graph.knowledge', 'policy.base', 'query.knowledge.find_person', 'schema.knowledge']);
    expect(out.resource_statuses).toEqual({});
    untouched(before);
  });

  it('approve fails at once and writes no artifact', async () => {
    const before = await lockedCluster(JSON.stringify(HOLDER), fixtureFiles());
    cluster!.write('cluster.yaml', FIXTURE_YAML.replace(/graphs:[\s\S]*?policies:/, 'graphs: {}\npolicies:').replace('applies_to: [knowledge]', 'applies_to: [cluster]'));
    const out = await harness().commands.approve({ configDir: cluster!.dir, actor: 'alice', resource: 'graph.knowledge' });
    expect(out.diagnostics.map(diagnosticJson)).toEqual([{ code: 'state_lock_held', severity: 'error', path: '__cluster/lock.json', message: HELD_MESSAGE }]);
    expect(Object.keys(out)).toEqual(['ok', 'config_dir', 'diagnostics']);
    untouched(before);
  });

  it('names no id when the foreign lock does not parse', async () => {
    const before = await lockedCluster('garbage');
    const out = await harness().commands.apply({ configDir: cluster!.dir, actor: null });
    expect(out.diagnostics.map(diagnosticJson)).toEqual([
      {
        code: 'state_lock_held',
        severity: 'error',
        path: '__cluster/lock.json',
        message: 'cluster state lock already exists; remove it only after confirming no cluster operation is active',
      },
    ]);
    expect(out.state_observations.locked).toBe(true);
    expect(out.state_observations.lock_id).toBeUndefined();
    untouched(before);
  });

  it('takes no lock when the config is invalid, so a held lock is not even reported', async () => {
    const before = await lockedCluster(JSON.stringify(HOLDER));
    cluster!.write('people.pg', 'node {');
    const out = await harness().commands.apply({ configDir: cluster!.dir, actor: null });
    expect(out.diagnostics.map((d) => d.code)).toEqual(['schema_parse_error', 'query_typecheck_skipped']);
    expect(out.state_observations.locked).toBe(false);
    untouched(before);
  });
});

describe('our own lock (docs/contract/lock.md#shape, docs/contract/lock.md#release)', () => {
  it('is written as 5-field pretty JSON without a trailing newline while apply runs, then removed', async () => {
    cluster = tempCluster(fixtureFiles());
    await harness().commands.importState({ configDir: cluster.dir });
    let seen: string | null = null;
    const { commands } = harness({
      failpoints: {
        hit: async (name) => {
          if (name === 'cluster_apply.after_payload_phase') seen = readFileSync(file('__cluster/lock.json'), 'utf8');
          return false;
        },
      },
      clock: { now: () => new Date('2026-06-10T10:00:00Z') },
    });
    const out = await commands.apply({ configDir: cluster.dir, actor: null });
    expect(out.converged).toBe(true);
    expect(seen).toBe(
      `{\n  "version": 1,\n  "lock_id": "${out.state_observations.acquired_lock_id}",\n  "operation": "apply",\n  "created_at": "2026-06-10T10:00:00.000Z",\n  "pid": 4242\n}`,
    );
    expect(out.state_observations.lock_acquired).toBe(true);
    expect(out.state_observations.locked).toBe(false);
    expect(existsSync(file('__cluster/lock.json'))).toBe(false);
  });
});

describe('state.lock: false (docs/contract/lock.md#acquire)', () => {
  const unlocked = () => fixtureFiles({ 'cluster.yaml': FIXTURE_YAML.replace('lock: true', 'lock: false') });

  it('warns once per locking operation with its own message and never writes lock.json', async () => {
    cluster = tempCluster(unlocked());
    const dir = cluster.dir;
    let lockSeen = false;
    const { commands } = harness({
      failpoints: {
        hit: async () => {
          lockSeen ||= existsSync(file('__cluster/lock.json'));
          return false;
        },
      },
    });
    const warningOf = (out: { diagnostics: readonly Parameters<typeof diagnosticJson>[0][] }) =>
      out.diagnostics.filter((d) => d.code === 'state_lock_disabled').map(diagnosticJson);
    const disabled = (message: string) => [{ code: 'state_lock_disabled', severity: 'warning', path: 'state.lock', message }];

    const imported = await commands.importState({ configDir: dir });
    expect(imported.ok).toBe(true);
    expect(warningOf(imported)).toEqual(disabled('state.lock is false; import wrote state without acquiring the cluster state lock'));
    expect(imported.state_observations.lock_acquired).toBe(false);
    expect(imported.state_observations.acquired_lock_id).toBeUndefined();

    const planned = await commands.plan({ configDir: dir });
    expect(warningOf(planned)).toEqual(disabled('state.lock is false; plan read state without acquiring the cluster state lock'));
    expect(planned.changes).toHaveLength(4);

    const applied = await commands.apply({ configDir: dir, actor: null });
    expect(warningOf(applied)).toEqual(disabled('state.lock is false; apply wrote state without acquiring the cluster state lock'));
    expect(applied.converged).toBe(true);

    const refreshed = await commands.refresh({ configDir: dir });
    expect(warningOf(refreshed)).toEqual(disabled('state.lock is false; refresh wrote state without acquiring the cluster state lock'));
    expect(refreshed.state_observations.state_revision).toBe(3);

    cluster.write('cluster.yaml', unlocked()['cluster.yaml']!.replace(/graphs:[\s\S]*?policies:/, 'graphs: {}\npolicies:').replace('applies_to: [knowledge]', 'applies_to: [cluster]'));
    const approved = await commands.approve({ configDir: dir, actor: 'alice', resource: 'graph.knowledge' });
    expect(approved.ok).toBe(true);
    expect(warningOf(approved)).toEqual(disabled('state.lock is false; approve ran without acquiring the cluster state lock'));

    const status = await commands.status({ configDir: dir });
    expect(status.diagnostics.filter((d) => d.code === 'state_lock_disabled')).toEqual([]);
    expect(lockSeen).toBe(false);
    expect(existsSync(file('__cluster/lock.json'))).toBe(false);
  });

  it('ignores a foreign lock.json entirely', async () => {
    cluster = tempCluster(unlocked());
    cluster.write('__cluster/lock.json', JSON.stringify(HOLDER));
    const out = await harness().commands.importState({ configDir: cluster.dir });
    expect(out.ok).toBe(true);
    expect(out.diagnostics.map((d) => d.code)).toEqual(['state_lock_disabled']);
    expect(readFileSync(file('__cluster/lock.json'), 'utf8')).toBe(JSON.stringify(HOLDER));
  });
});
