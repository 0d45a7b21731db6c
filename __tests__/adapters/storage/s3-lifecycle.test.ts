import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createClusterCommands } from '../../../src/adapters/wiring.js';
import { FIXTURE_YAML, PEOPLE_PG, fixtureFiles, tempCluster, type TempCluster } from '../../support/cluster-fixture.js';
import { s3TestEnv } from '../../support/s3-fixture.js';
import { startS3Server, type S3TestServer } from '../../support/s3-server.js';

/**
 * The real wiring (`createClusterCommands`, as the CLI and the action build it) with
 * `storage: s3://…`: every byte of `__cluster/` and the graph roots goes over the S3 protocol.
 */
let server: S3TestServer;
let cluster: TempCluster;
const ROOT = 'clusters/prod';

beforeEach(async () => {
  server = await startS3Server();
  server.bucket('state-bucket');
  cluster = tempCluster(fixtureFiles({ 'cluster.yaml': FIXTURE_YAML.replace('state:\n', `storage: s3://state-bucket/${ROOT}/\nstate:\n`) }));
});
afterEach(async () => {
  cluster.cleanup();
  await server.close();
});

const commands = () => createClusterCommands({ engine: 'embedded', env: s3TestEnv(server) });
const codes = (out: { diagnostics: readonly { code: string }[] }) => out.diagnostics.map((d) => d.code);
const objectText = async (key: string) => (await fetch(`${server.endpoint}/state-bucket/${ROOT}/${key}`)).text();

describe('the control plane on S3 storage', () => {
  it('imports, plans, applies and converges with all state in the bucket', async () => {
    const configDir = cluster.dir;
    const imported = await commands().importState({ configDir });
    expect(codes(imported)).toEqual([]);
    expect(imported.state_observations.state_path).toBe(`s3://state-bucket/${ROOT}/__cluster/state.json`);

    const applied = await commands().apply({ configDir, actor: 'ci' });
    expect(codes(applied)).toEqual([]);
    expect(applied.converged).toBe(true);
    expect(applied.applied_count).toBe(4);

    const keys = server.keys('state-bucket');
    expect(keys).toContain(`${ROOT}/__cluster/state.json`);
    expect(keys).toContain(`${ROOT}/graphs/knowledge.omni/_schema.pg`);
    expect(keys).toContain(`${ROOT}/__cluster/resources/query/knowledge/find_person/f7f1ccd40aa44f39a0d149d06e19ade31102e2dc45aa7c9009b99147f82aed43.gq`);
    expect(keys.some((k) => k.includes('lock.json') || k.includes('/recoveries/'))).toBe(false);
    expect(await objectText('graphs/knowledge.omni/_schema.pg')).toBe(PEOPLE_PG);
    expect(JSON.parse(await objectText('__cluster/state.json')).state_revision).toBe(2);
    // Nothing of the state landed beside the config.
    expect(existsSync(path.join(configDir, '__cluster'))).toBe(false);
    expect(existsSync(path.join(configDir, 'graphs'))).toBe(false);

    expect((await commands().plan({ configDir })).changes).toEqual([]);
    const status = await commands().status({ configDir });
    expect(codes(status)).toEqual([]);
    expect(status.resource_digests['schema.knowledge']).toBeDefined();
  });

  it('plan only creates and removes the lock; status writes nothing (the permissions docs/s3.md lists)', async () => {
    const configDir = cluster.dir;
    expect((await commands().importState({ configDir })).ok).toBe(true);
    expect((await commands().apply({ configDir, actor: 'ci' })).ok).toBe(true);
    const writesDuring = async (run: () => Promise<{ ok: boolean }>) => {
      const from = server.requests.length;
      expect((await run()).ok).toBe(true);
      return server.requests.slice(from).filter((r) => !['GetObject', 'HeadObject', 'ListObjectsV2'].includes(r.op)).map((r) => `${r.op} ${r.key}`);
    };
    expect(await writesDuring(() => commands().plan({ configDir }))).toEqual([`PutObject ${ROOT}/__cluster/lock.json`, `DeleteObject ${ROOT}/__cluster/lock.json`]);
    expect(await writesDuring(() => commands().status({ configDir }))).toEqual([]);
  });

  it('a second apply while the first holds the lock is refused (If-None-Match: * on lock.json)', async () => {
    const configDir = cluster.dir;
    expect((await commands().importState({ configDir })).ok).toBe(true);
    const slow = createClusterCommands({
      engine: 'embedded',
      env: s3TestEnv(server, { OMNIGRAPH_FAILPOINTS: 'cluster_apply.before_state_write=sleep:2500' }),
    });
    const first = slow.apply({ configDir, actor: 'first' });
    const lockKey = `${ROOT}/__cluster/lock.json`;
    while (!server.keys('state-bucket').includes(lockKey)) await new Promise((r) => setTimeout(r, 10));
    const second = await commands().apply({ configDir, actor: 'second' });
    expect(codes(second)).toEqual(['state_lock_held']);
    const winner = await first;
    expect(codes(winner)).toEqual([]);
    expect(server.keys('state-bucket')).not.toContain(lockKey);
    expect(JSON.parse(await objectText('__cluster/state.json')).state_revision).toBe(2);
  });

  it('a missing bucket is a storage diagnostic naming the bucket error, not an empty cluster', async () => {
    server = await restartWithout(server);
    const status = await commands().status({ configDir: cluster.dir });
    expect(status.ok).toBe(false);
    const messages = status.diagnostics.map((d) => `${d.code}: ${d.message}`).join('\n');
    expect(messages).toContain('NoSuchBucket (HTTP 404)');
  });
});

/** A fresh server without the bucket (the old one is closed). */
async function restartWithout(old: S3TestServer): Promise<S3TestServer> {
  await old.close();
  return startS3Server();
}
