import { afterEach, describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { failAt, harness as baseHarness, type EngineKind } from '../support/harness.js';
import { PEOPLE_PG, fixtureFiles, tempCluster, type TempCluster } from '../support/cluster-fixture.js';

let cluster: TempCluster | undefined;
afterEach(() => cluster?.cleanup());

const stateFile = () => path.join(cluster!.dir, '__cluster', 'state.json');
const readState = () => JSON.parse(readFileSync(stateFile(), 'utf8'));
const sidecars = () => {
  const dir = path.join(cluster!.dir, '__cluster', 'recoveries');
  return existsSync(dir) ? readdirSync(dir) : [];
};
const codes = (out: { diagnostics: readonly { code: string }[] }) => out.diagnostics.map((d) => d.code);

describe.each<EngineKind>(['embedded', 'omnigraph'])('import → plan → apply → converge (docs/contract/commands.md) with the %s engine', (engine) => {
  const harness = (options: Parameters<typeof baseHarness>[0] = {}) => baseHarness({ ...options, engine });
  it('bootstraps, creates the graph, publishes payloads, converges, then no-ops', async () => {
    cluster = tempCluster(fixtureFiles());
    const { commands } = harness();
    const configDir = cluster.dir;

    const imported = await commands.importState({ configDir });
    expect(imported.ok).toBe(true);
    expect(imported.state_observations.state_revision).toBe(1);
    expect(imported.resource_statuses['graph.knowledge']).toEqual({
      status: 'drifted',
      conditions: ['graph_missing'],
      message: 'derived graph root is missing',
    });
    expect(readState().applied_revision.config_digest).toBe('9874fed19147c56e49546929078656add12c3b7e73fbe757bc48d4e2272a9199');

    const planned = await commands.plan({ configDir });
    expect(planned.ok).toBe(true);
    expect(planned.changes.map((c) => [c.resource, c.operation, c.disposition])).toEqual([
      ['graph.knowledge', 'create', 'applied'],
      ['policy.base', 'create', 'applied'],
      ['query.knowledge.find_person', 'create', 'applied'],
      ['schema.knowledge', 'create', 'applied'],
    ]);
    expect(planned.blast_radius[0]).toEqual({
      resource: 'graph.knowledge',
      affected: ['policy.base', 'query.knowledge.find_person', 'schema.knowledge'],
    });
    expect(existsSync(path.join(configDir, '__cluster', 'lock.json'))).toBe(false);

    const applied = await commands.apply({ configDir, actor: 'act-ci' });
    expect(codes(applied)).toEqual([]);
    expect(applied.converged).toBe(true);
    expect(applied.state_written).toBe(true);
    expect(applied.applied_count).toBe(4);
    expect(applied.actor).toBe('act-ci');
    expect(readFileSync(path.join(configDir, 'graphs', 'knowledge.omni', '_schema.pg'), 'utf8')).toBe(PEOPLE_PG);
    expect(
      existsSync(
        path.join(configDir, '__cluster/resources/query/knowledge/find_person/f7f1ccd40aa44f39a0d149d06e19ade31102e2dc45aa7c9009b99147f82aed43.gq'),
      ),
    ).toBe(true);
    expect(sidecars()).toEqual([]);
    const state = readState();
    expect(state.state_revision).toBe(2);
    expect(state.applied_revision.resources['graph.knowledge'].digest).toBe('19e5610fde4e069bc42bf576cb1d49f3ea9e69b7c5a01b9f69d577a4a76109a9');
    expect(state.applied_revision.resources['policy.base']).toEqual({
      digest: '7f2c43106364d8112fcc3060e4ab8b20f5d1a17d9cbf3c2540529663004adff8',
      applies_to: ['graph.knowledge'],
    });

    const before = readFileSync(stateFile());
    const again = await commands.apply({ configDir, actor: null });
    expect(again.ok).toBe(true);
    expect(again.state_written).toBe(false);
    expect(again.converged).toBe(true);
    expect(readFileSync(stateFile()).equals(before)).toBe(true);
    const replan = await commands.plan({ configDir });
    expect(replan.changes).toEqual([]);
  });

  it('previews and executes a schema update with its migration steps', async () => {
    cluster = tempCluster(fixtureFiles());
    const { commands } = harness();
    const configDir = cluster.dir;
    await commands.importState({ configDir });
    await commands.apply({ configDir, actor: null });
    cluster.write('people.pg', PEOPLE_PG.replace('age: I32?', 'age: I32?\n  bio: String?'));
    const planned = await commands.plan({ configDir });
    const schema = planned.changes.find((c) => c.resource === 'schema.knowledge');
    expect(schema?.disposition).toBe('applied');
    expect(schema?.migration).toEqual({
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
    });
    expect(planned.changes.find((c) => c.resource === 'graph.knowledge')?.disposition).toBe('derived');
    const applied = await commands.apply({ configDir, actor: 'act-ci' });
    expect(codes(applied)).toEqual([]);
    expect(applied.converged).toBe(true);
    expect(readFileSync(path.join(configDir, 'graphs', 'knowledge.omni', '_schema.pg'), 'utf8')).toContain('bio: String?');
    expect(sidecars()).toEqual([]);
  });

  it('refuses apply without a ledger and keeps a failed payload phase from writing state', async () => {
    cluster = tempCluster(fixtureFiles());
    const configDir = cluster.dir;
    const none = await harness().commands.apply({ configDir, actor: null });
    expect(codes(none)).toEqual(['state_missing']);
    await harness().commands.importState({ configDir });
    const before = readFileSync(stateFile());
    const failed = await harness({ failpoints: failAt('cluster_apply.after_payload_phase') }).commands.apply({ configDir, actor: null });
    expect(failed.ok).toBe(false);
    expect(failed.state_written).toBe(false);
    expect(failed.applied_count).toBe(0);
    expect(readFileSync(stateFile()).equals(before)).toBe(true);
    const recovered = await harness().commands.apply({ configDir, actor: null });
    expect(recovered.converged).toBe(true);
  });

  it('rolls forward an interrupted graph create (after_graph_create)', async () => {
    cluster = tempCluster(fixtureFiles());
    const configDir = cluster.dir;
    await harness().commands.importState({ configDir });
    const before = readFileSync(stateFile());
    const crashed = await harness({ failpoints: failAt('cluster_apply.after_graph_create') }).commands.apply({ configDir, actor: null });
    expect(crashed.ok).toBe(false);
    expect(readFileSync(stateFile()).equals(before)).toBe(true);
    expect(sidecars()).toHaveLength(1);
    const sidecar = JSON.parse(readFileSync(path.join(configDir, '__cluster', 'recoveries', sidecars()[0] as string), 'utf8'));
    expect(typeof sidecar.expected_manifest_version).toBe('number');
    const next = await harness().commands.apply({ configDir, actor: null });
    expect(codes(next)).toContain('cluster_recovery_rolled_forward');
    expect(next.converged).toBe(true);
    expect(Object.values(readState().recovery_records)).toEqual([expect.objectContaining({ kind: 'graph_create', outcome: 'rolled_forward' })]);
    expect(sidecars()).toEqual([]);
  });
});
