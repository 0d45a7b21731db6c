import { afterEach, describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { runCli, testCacheEnv } from '../support/harness.js';
import { PEOPLE_PG, fixtureFiles, tempCluster, type TempCluster } from '../support/cluster-fixture.js';

/**
 * docs/contract/failpoints.md#names through the built CLI: each failpoint crashes the process (exit 86, no
 * cleanup); force-unlock + a re-run converges to exactly the state of an uninterrupted run.
 */
const clusters: TempCluster[] = [];
afterEach(() => clusters.splice(0).forEach((c) => c.cleanup()));

type Scenario = { name: string; prepare: (c: TempCluster) => void };

const ADD_BIO = PEOPLE_PG.replace('age: I32?', 'age: I32?\n  bio: String?');
const WITHOUT_GRAPH = 'version: 1\nmetadata:\n  name: test\n';

const scenarios: Record<string, Scenario> = {
  create: { name: 'first apply (graph create + payloads)', prepare: () => {} },
  schema: { name: 'schema update', prepare: (c) => c.write('people.pg', ADD_BIO) },
  delete: { name: 'approved graph delete', prepare: (c) => c.write('cluster.yaml', WITHOUT_GRAPH) },
};

const failpoints: [string, keyof typeof scenarios][] = [
  ['cluster_apply.after_payload_phase', 'create'],
  ['cluster_apply.before_state_write', 'create'],
  ['cluster_apply.before_graph_create', 'create'],
  ['cluster_apply.after_graph_create', 'create'],
  ['cluster_apply.before_schema_apply', 'schema'],
  ['cluster_apply.after_schema_apply', 'schema'],
  ['schema_apply.before_staging_write', 'schema'],
  ['schema_apply.after_manifest_commit', 'schema'],
  ['cluster_apply.before_graph_delete', 'delete'],
  ['cluster_apply.after_graph_delete', 'delete'],
];

function setUp(kind: keyof typeof scenarios): TempCluster {
  const c = tempCluster(fixtureFiles());
  clusters.push(c);
  expect(runCli(['import', '--config', c.dir]).code).toBe(0);
  if (kind !== 'create') {
    expect(runCli(['apply', '--config', c.dir, '--json']).json<{ converged: boolean }>().converged).toBe(true);
  }
  scenarios[kind]!.prepare(c);
  if (kind === 'delete') {
    const approved = runCli(['--as', 'act-reviewer', 'approve', 'graph.knowledge', '--config', c.dir, '--json']);
    expect(approved.code).toBe(0);
  }
  return c;
}

function snapshot(c: TempCluster) {
  const state = JSON.parse(readFileSync(path.join(c.dir, '__cluster', 'state.json'), 'utf8'));
  const schemaFile = path.join(c.dir, 'graphs', 'knowledge.omni', '_schema.pg');
  const recoveries = path.join(c.dir, '__cluster', 'recoveries');
  return {
    resources: state.applied_revision.resources,
    statuses: state.resource_statuses,
    config_digest: state.applied_revision.config_digest,
    approvals: Object.keys(state.approval_records).length,
    liveSchema: existsSync(schemaFile) ? readFileSync(schemaFile, 'utf8') : null,
    sidecars: existsSync(recoveries) ? readdirSync(recoveries) : [],
    lock: existsSync(path.join(c.dir, '__cluster', 'lock.json')),
  };
}

describe('crash at every failpoint, then converge (docs/contract/failpoints.md#names)', () => {
  it.each(failpoints)('%s', (failpoint, kind) => {
    const reference = setUp(kind);
    const uninterrupted = runCli(['apply', '--config', reference.dir, '--json']);
    expect(uninterrupted.json<{ converged: boolean }>().converged).toBe(true);

    const c = setUp(kind);
    const crashed = runCli(['apply', '--config', c.dir, '--json'], { OMNIGRAPH_FAILPOINTS: `${failpoint}=crash` });
    expect(crashed.code).toBe(86);
    expect(crashed.stdout).toBe('');
    const status = runCli(['status', '--config', c.dir, '--json']).json<{ state_observations: { lock_id?: string } }>();
    const lockId = status.state_observations.lock_id;
    expect(lockId).toMatch(/^[0-9A-Z]{26}$/);
    expect(runCli(['force-unlock', lockId as string, '--config', c.dir]).code).toBe(0);

    const rerun = runCli(['apply', '--config', c.dir, '--json']);
    const out = rerun.json<{ converged: boolean; ok: boolean }>();
    expect(out.converged).toBe(true);
    const again = runCli(['apply', '--config', c.dir, '--json']).json<{ state_written: boolean; converged: boolean }>();
    expect(again).toMatchObject({ state_written: false, converged: true });

    const got = snapshot(c);
    const want = snapshot(reference);
    expect(got.resources).toEqual(want.resources);
    expect(got.statuses).toEqual(want.statuses);
    expect(got.config_digest).toEqual(want.config_digest);
    expect(got.liveSchema).toEqual(want.liveSchema);
    expect(got.approvals).toEqual(want.approvals);
    expect(got.sidecars).toEqual([]);
    expect(got.lock).toBe(false);
  });
});

describe('races', () => {
  it('two applies started together: exactly one applies, the other reports state_lock_held', async () => {
    const c = setUp('create');
    const { spawn } = await import('node:child_process');
    const start = () =>
      new Promise<{ code: number | null; stdout: string }>((resolve) => {
        const child = spawn(process.execPath, [path.resolve('dist/cli/index.js'), 'apply', '--config', c.dir, '--json'], {
          env: { PATH: process.env.PATH, ...testCacheEnv(), OMNIGRAPH_FAILPOINTS: 'cluster_apply.after_payload_phase=sleep:3000' },
        });
        let stdout = '';
        child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
        child.on('close', (code) => resolve({ code, stdout }));
      });
    const results = await Promise.all([start(), start()]);
    const outputs = results.map((r) => JSON.parse(r.stdout) as { ok: boolean; diagnostics: { code: string }[] });
    expect(outputs.filter((o) => o.ok)).toHaveLength(1);
    const loser = outputs.find((o) => !o.ok);
    expect(loser?.diagnostics.map((d) => d.code)).toEqual(['state_lock_held']);
  });

  it('a writer that slips in while apply sleeps before its state write makes the apply fail with state_cas_mismatch', async () => {
    const c = setUp('create');
    const { spawn } = await import('node:child_process');
    const apply = new Promise<{ stdout: string; code: number | null }>((resolve) => {
      const child = spawn(process.execPath, [path.resolve('dist/cli/index.js'), 'apply', '--config', c.dir, '--json'], {
        env: { PATH: process.env.PATH, ...testCacheEnv(), OMNIGRAPH_FAILPOINTS: 'cluster_apply.before_state_write=sleep:6000' },
      });
      let stdout = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      child.on('close', (code) => resolve({ code, stdout }));
    });
    const lockFile = path.join(c.dir, '__cluster', 'lock.json');
    // The payload blobs are written after the apply read state and before its state write: once
    // they exist, the apply is asleep at (or about to reach) before_state_write.
    const blob = path.join(c.dir, '__cluster', 'resources', 'policy', 'base');
    for (let i = 0; i < 750 && !(existsSync(lockFile) && existsSync(blob)); i++) await new Promise((r) => setTimeout(r, 20));
    const lockId = JSON.parse(readFileSync(lockFile, 'utf8')).lock_id as string;
    expect(runCli(['force-unlock', lockId, '--config', c.dir]).code).toBe(0);
    const refreshed = runCli(['refresh', '--config', c.dir, '--json']).json<{ ok: boolean; state_observations: { state_revision: number } }>();
    expect(refreshed.state_observations.state_revision).toBe(2);
    const result = await apply;
    const out = JSON.parse(result.stdout) as { ok: boolean; state_written: boolean; diagnostics: { code: string }[] };
    expect(result.code).toBe(1);
    expect(out.state_written).toBe(false);
    expect(out.diagnostics.map((d) => d.code)).toContain('state_cas_mismatch');
    const state = JSON.parse(readFileSync(path.join(c.dir, '__cluster', 'state.json'), 'utf8'));
    expect(state.state_revision).toBe(2);
  });
});
