import { afterEach, describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { LocalStorage } from '../../src/adapters/storage/local.js';
import { toPrettyJson } from '../../src/base/json.js';
import { harness } from '../support/harness.js';
import { FIXTURE_DIGESTS, PEOPLE_PG, fixtureFiles, tempCluster, type TempCluster } from '../support/cluster-fixture.js';

/**
 * Issue 15: a graph create killed inside the engine's init (after its claim, before its manifest
 * commit) must not block every later apply until someone removes the root by hand. The sweep lets
 * the engine finish the cleanup a failed init would have done (docs/contract/graph-root.md#init) and classifies the
 * root as never created (docs/contract/recovery.md#decision-matrix row 1); a root that did commit stays row 5.
 */
let cluster: TempCluster | undefined;
afterEach(() => cluster?.cleanup());

const OP = '01KILLED000000000000000001';
const file = (relative: string) => path.join(cluster!.dir, relative);
const commands = () => harness({ clock: { now: () => new Date('2026-06-12T00:00:00Z') } }).commands;
const sidecars = () => (existsSync(file('__cluster/recoveries')) ? readdirSync(file('__cluster/recoveries')) : []);

async function killedMidInit(files: Record<string, string>): Promise<void> {
  cluster = tempCluster(fixtureFiles());
  await commands().importState({ configDir: cluster.dir });
  const sidecar = {
    schema_version: 1,
    operation_id: OP,
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
  };
  cluster.write(`__cluster/recoveries/${OP}.json`, `${toPrettyJson(sidecar)}\n`);
  for (const [name, text] of Object.entries(files)) cluster.write(`graphs/knowledge.omni/${name}`, text);
}

describe('a graph create killed mid-init', () => {
  it('before the manifest commit: the next apply cleans the claim, re-creates the graph and converges', async () => {
    await killedMidInit({ '__init_claim.json': '{"version":1,"attempt_id":"01ATTEMPT00000000000000001"}', '_schema.pg': PEOPLE_PG });
    const out = await commands().apply({ configDir: cluster!.dir, actor: null });
    expect(out.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(out.converged).toBe(true);
    expect(existsSync(file('graphs/knowledge.omni/__init_claim.json'))).toBe(false);
    expect(existsSync(file('graphs/knowledge.omni/__manifest'))).toBe(true);
    expect(sidecars()).toEqual([]);
  });

  it('after the manifest commit, before the claim release: the claim is released and the create rolls forward', async () => {
    await killedMidInit({});
    await harness().deps.graphEngine(new LocalStorage(cluster!.dir)).init({ key: 'graphs/knowledge.omni', uri: file('graphs/knowledge.omni') }, PEOPLE_PG);
    cluster!.write('graphs/knowledge.omni/__init_claim.json', '{"version":1,"attempt_id":"01ATTEMPT00000000000000001"}');
    const out = await commands().apply({ configDir: cluster!.dir, actor: null });
    expect(out.diagnostics.map((d) => `${d.severity} ${d.code}`)).toEqual(['warning cluster_recovery_rolled_forward']);
    expect(out.converged).toBe(true);
    expect(existsSync(file('graphs/knowledge.omni/__init_claim.json'))).toBe(false);
    expect(sidecars()).toEqual([]);
  });

  it('a manifest that does not read back: row 5 still reports the root and removes nothing', async () => {
    await killedMidInit({
      '__init_claim.json': '{"version":1,"attempt_id":"01ATTEMPT00000000000000001"}',
      '_schema.pg': PEOPLE_PG,
      '__manifest/versions/00000000000000000001.json': '{}',
    });
    const out = await commands().apply({ configDir: cluster!.dir, actor: null });
    expect(out.diagnostics[0]?.code).toBe('graph_create_incomplete');
    expect(existsSync(file('graphs/knowledge.omni/__init_claim.json'))).toBe(true);
    expect(sidecars()).toEqual([`${OP}.json`]);
  });
});
