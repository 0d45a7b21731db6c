import { afterEach, describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { toPrettyJson } from '../../src/base/json.js';
import { harness } from '../support/harness.js';
import { FIXTURE_DIGESTS, fixtureFiles, tempCluster, type TempCluster } from '../support/cluster-fixture.js';
import { victimDir, type Victim } from '../support/untrusted.js';

/**
 * Issue 15: a writer of the state root forges a name that becomes a key. Every command that would
 * use it stops with `unsafe_state_name` naming the file, the ledger keeps its bytes, the forged
 * file stays where it is, and nothing outside the root changes.
 */
let cluster: TempCluster | undefined;
let victim: Victim | undefined;
afterEach(() => {
  cluster?.cleanup();
  victim?.cleanup();
});

const SIDECAR_FILE = '01HOSTILE00000000000000001.json';
const file = (relative: string) => path.join(cluster!.dir, relative);
const stateBytes = () => readFileSync(file('__cluster/state.json'));
const commands = () => harness({ clock: { now: () => new Date('2026-06-12T00:00:00Z') } }).commands;
const errors = (out: { diagnostics: readonly { code: string; severity: string; path: string; message: string }[] }) =>
  out.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.path}`);

async function converged(): Promise<void> {
  cluster = tempCluster(fixtureFiles());
  victim = victimDir();
  await commands().importState({ configDir: cluster.dir });
  expect((await commands().apply({ configDir: cluster.dir, actor: null })).converged).toBe(true);
}

/** From `__cluster/<dir>/` up and out to the victim's file `name` (without extension). */
function escapeTo(dir: string, name: string): string {
  return path.relative(file(dir), path.join(victim!.dir, name));
}

function sidecar(fields: Record<string, unknown>): string {
  return `${toPrettyJson({
    schema_version: 1,
    operation_id: SIDECAR_FILE.replace('.json', ''),
    started_at: '2026-06-11T23:59:00Z',
    actor: null,
    kind: 'graph_create',
    graph_id: 'knowledge',
    graph_uri: file('graphs/knowledge.omni'),
    observed_manifest_version: null,
    expected_manifest_version: null,
    desired_schema_digest: FIXTURE_DIGESTS.schema,
    state_cas_base: null,
    approval_id: null,
    ...fields,
  })}\n`;
}

/** Runs every state-reading command; each must refuse without writing. */
async function expectEveryCommandRefuses(expectedPath: string): Promise<void> {
  const before = stateBytes();
  const outside = victim!.snapshot();
  const dir = cluster!.dir;
  const runs = [
    await commands().refresh({ configDir: dir }),
    await commands().apply({ configDir: dir, actor: null }),
    await commands().plan({ configDir: dir }),
    await commands().status({ configDir: dir }),
  ];
  for (const out of runs) {
    expect(out.ok).toBe(false);
    expect(errors(out)).toContain(`unsafe_state_name ${expectedPath}`);
  }
  expect(stateBytes().equals(before)).toBe(true);
  expect(victim!.snapshot()).toEqual(outside);
  expect(existsSync(file('__cluster/lock.json'))).toBe(false);
}

describe('forged recovery sidecars', () => {
  it.each([
    ['operation_id `../state` (would delete state.json after the write)', () => ({ operation_id: '../state' })],
    ['operation_id escaping the root (would delete a .json outside it)', () => ({ operation_id: escapeTo('__cluster/recoveries', 'v') })],
    ['graph_id holding `../` (would recover another root)', () => ({ kind: 'schema_apply', graph_id: '../../victim', graph_uri: `${victim!.dir}/x.omni` })],
    ['approval_id `../state`', () => ({ kind: 'graph_delete', desired_schema_digest: '', approval_id: '../state' })],
    ['operation_id that does not match the file name', () => ({ operation_id: '01OTHER0000000000000000000' })],
  ])('%s', async (_name, fields) => {
    await converged();
    const text = sidecar(fields());
    cluster!.write(`__cluster/recoveries/${SIDECAR_FILE}`, text);
    await expectEveryCommandRefuses(`file://${file(`__cluster/recoveries/${SIDECAR_FILE}`)}`);
    expect(readFileSync(file(`__cluster/recoveries/${SIDECAR_FILE}`), 'utf8')).toBe(text);
  });
});

describe('forged approval artifacts', () => {
  const approval = (fields: Record<string, unknown>) =>
    `${toPrettyJson({
      schema_version: 1,
      approval_id: '01APPROVAL0000000000000001',
      resource: 'graph.knowledge',
      operation: 'delete',
      reason: 'delete may remove deployed graph or schema definition',
      bound_config_digest: FIXTURE_DIGESTS.config,
      bound_before_digest: null,
      bound_after_digest: null,
      approved_by: 'mallory',
      created_at: '2026-06-11T00:00:00Z',
      consumed_at: null,
      consumed_by_operation: null,
      ...fields,
    })}\n`;

  it.each([
    ['approval_id `../state` (would replace state.json when consumed)', { approval_id: '../state' }],
    ['a resource that is not an address', { resource: 'graph.../../victim' }],
  ])('%s', async (_name, fields) => {
    await converged();
    const name = '01APPROVAL0000000000000001.json';
    const text = approval(fields);
    cluster!.write(`__cluster/approvals/${name}`, text);
    await expectEveryCommandRefuses(`file://${file(`__cluster/approvals/${name}`)}`);
    expect(readFileSync(file(`__cluster/approvals/${name}`), 'utf8')).toBe(text);
  });
});

describe('forged ledger addresses and ids', () => {
  it.each([
    ['a graph address that climbs out (planned as a recursive delete)', (s: Ledger) => moveKey(s.applied_revision.resources, 'graph.knowledge', `graph.${escapeTo('graphs', 'gone')}`)],
    ['a status address with a slash', (s: Ledger) => moveKey(s.resource_statuses, 'policy.base', 'policy.a/b')],
    ['a query address whose name climbs out', (s: Ledger) => moveKey(s.applied_revision.resources, 'query.knowledge.find_person', 'query.knowledge.../../x')],
    ['a recovery record id that is not a ULID', (s: Ledger) => Object.assign(s.recovery_records, { '../x': {} })],
  ])('%s', async (_name, edit) => {
    await converged();
    const state = JSON.parse(stateBytes().toString('utf8')) as Ledger;
    edit(state);
    cluster!.write('__cluster/state.json', `${toPrettyJson(state)}\n`);
    await expectEveryCommandRefuses('__cluster/state.json');
    const approved = await commands().approve({ configDir: cluster!.dir, actor: 'mallory', resource: 'graph.knowledge' });
    expect(errors(approved)).toContain('unsafe_state_name __cluster/state.json');
    expect(existsSync(file('__cluster/approvals'))).toBe(false);
  });

  it('refuses an approve argument (CLI or `/omnigraph approve` comment) that is not an address', async () => {
    await converged();
    const before = stateBytes();
    const out = await commands().approve({ configDir: cluster!.dir, actor: 'mallory', resource: 'graph.../../victim' });
    expect(out.ok).toBe(false);
    expect(out.diagnostics.map((d) => d.code)).toEqual(['unsafe_state_name']);
    expect(existsSync(file('__cluster/approvals'))).toBe(false);
    expect(stateBytes().equals(before)).toBe(true);
  });
});

describe('forged lock files', () => {
  it('never offers a force-unlock command built from a lock id that is not a ULID', async () => {
    await converged();
    const lock = { version: 1, lock_id: '$(touch pwned)', operation: 'apply', created_at: '2026-06-11T00:00:00Z', pid: 1 };
    cluster!.write('__cluster/lock.json', toPrettyJson(lock));
    const out = await commands().apply({ configDir: cluster!.dir, actor: null });
    expect(out.diagnostics.map((d) => [d.code, d.message])).toEqual([
      ['state_lock_held', 'cluster state lock already exists; remove it only after confirming no cluster operation is active'],
    ]);
    const unlock = await commands().forceUnlock({ configDir: cluster!.dir, lockId: '$(touch pwned)' });
    expect(unlock.lock_removed).toBe(false);
    expect(unlock.diagnostics.map((d) => d.code)).toEqual(['unsafe_state_name']);
    expect(existsSync(file('__cluster/lock.json'))).toBe(true);
  });
});

type Ledger = {
  applied_revision: { resources: Record<string, unknown> };
  resource_statuses: Record<string, unknown>;
  recovery_records: Record<string, unknown>;
};

function moveKey(map: Record<string, unknown>, from: string, to: string): void {
  map[to] = map[from];
  delete map[from];
}
