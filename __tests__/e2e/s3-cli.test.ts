import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { FIXTURE_YAML, PEOPLE_PG, fixtureFiles, tempCluster, type TempCluster } from '../support/cluster-fixture.js';
import { s3TestEnv } from '../support/s3-fixture.js';
import { testCacheEnv } from '../support/harness.js';
import { startS3Server, type S3TestServer } from '../support/s3-server.js';

/**
 * The built CLI with `storage: s3://…` against the S3 wire-protocol test server: the whole
 * plan → apply → status → refresh → approve → delete cycle, and a crash that converges (issue 11).
 * The children talk to the server over HTTP, so it must run while they do: spawn, not spawnSync.
 */
let server: S3TestServer;
let cluster: TempCluster;
const ROOT = 'clusters/prod';

beforeEach(async () => {
  server = await startS3Server();
  server.bucket('state-bucket');
  cluster = tempCluster(fixtureFiles({ 'cluster.yaml': FIXTURE_YAML.replace('state:\n', `storage: s3://state-bucket/${ROOT}\nstate:\n`) }));
});
afterEach(async () => {
  cluster.cleanup();
  await server.close();
});

function cli(args: string[], extra: NodeJS.ProcessEnv = {}): Promise<{ code: number | null; stdout: string; json: () => Record<string, unknown> }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.resolve('dist/cli/index.js'), ...args, '--config', cluster.dir], {
      env: { PATH: process.env.PATH, ...testCacheEnv(), ...s3TestEnv(server), ...extra },
    });
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, json: () => JSON.parse(stdout) as Record<string, unknown> }));
  });
}

const keys = () => server.keys('state-bucket');

describe('the built CLI on an S3 storage root', () => {
  it('runs import → plan → apply → status → refresh → approve → delete', async () => {
    expect((await cli(['import', '--json'])).code).toBe(0);
    expect((await cli(['plan', '--json'])).json().changes).toHaveLength(4);
    const applied = (await cli(['apply', '--json'])).json();
    expect(applied).toMatchObject({ ok: true, converged: true, state_written: true });
    const status = (await cli(['status', '--json'])).json() as { state_observations: { state_path: string; state_revision: number } };
    expect(status.state_observations).toMatchObject({ state_path: `s3://state-bucket/${ROOT}/__cluster/state.json`, state_revision: 2 });
    const refreshed = (await cli(['refresh', '--json'])).json() as { ok: boolean; observations: Record<string, { graph_uri: string }> };
    expect(refreshed.ok).toBe(true);
    expect(refreshed.observations['graph.knowledge']?.graph_uri).toBe(`s3://state-bucket/${ROOT}/graphs/knowledge.omni`);

    cluster.write('cluster.yaml', 'version: 1\nmetadata:\n  name: test\nstorage: s3://state-bucket/clusters/prod\n');
    const blocked = (await cli(['plan', '--json'])).json() as { approvals_required: { resource: string; satisfied: boolean }[] };
    expect(blocked.approvals_required).toEqual([{ resource: 'graph.knowledge', reason: 'delete may remove deployed graph or schema definition', satisfied: false }]);
    expect((await cli(['--as', 'reviewer', 'approve', 'graph.knowledge', '--json'])).code).toBe(0);
    const deleted = (await cli(['apply', '--json'])).json();
    expect(deleted).toMatchObject({ ok: true, converged: true });
    expect(keys().some((k) => k.startsWith(`${ROOT}/graphs/knowledge.omni/`))).toBe(false);
    expect(keys().filter((k) => k.includes('/approvals/'))).toHaveLength(1);
  });

  it('crashes at a failpoint mid-apply and converges after force-unlock on S3', async () => {
    expect((await cli(['import'])).code).toBe(0);
    const crashed = await cli(['apply', '--json'], { OMNIGRAPH_FAILPOINTS: 'cluster_apply.after_graph_create=crash' });
    expect(crashed.code).toBe(86);
    expect(keys()).toContain(`${ROOT}/__cluster/lock.json`);
    expect(keys().some((k) => k.includes('/__cluster/recoveries/'))).toBe(true);
    const status = (await cli(['status', '--json'])).json() as { state_observations: { lock_id: string } };
    expect((await cli(['force-unlock', status.state_observations.lock_id])).code).toBe(0);
    const rerun = (await cli(['apply', '--json'])).json() as { converged: boolean; diagnostics: { code: string }[] };
    expect(rerun.converged).toBe(true);
    expect(rerun.diagnostics.map((d) => d.code)).toContain('cluster_recovery_rolled_forward');
    expect(keys().some((k) => k.includes('/__cluster/recoveries/') || k.endsWith('lock.json'))).toBe(false);
    const schema = await (await fetch(`${server.endpoint}/state-bucket/${ROOT}/graphs/knowledge.omni/_schema.pg`)).text();
    expect(schema).toBe(PEOPLE_PG);
  });
});
