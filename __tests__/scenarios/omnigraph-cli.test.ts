import { afterEach, describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createClusterCommands } from '../../src/adapters/wiring.js';
import { runCli } from '../../src/cli/main.js';
import { STANDIN_OMNIGRAPH } from '../support/harness.js';
import { FIXTURE_YAML, fixtureFiles, tempCluster, type TempCluster } from '../support/cluster-fixture.js';

/**
 * `omnigraph-cluster --engine omnigraph` through the CLI as a user runs it: every command goes to
 * the stand-in binary's `cluster` subcommand, and the CLI renders what comes back.
 */
let cluster: TempCluster | undefined;
afterEach(() => cluster?.cleanup());

const WITHOUT_GRAPH = FIXTURE_YAML.replace(/graphs:[\s\S]*?policies:/, 'graphs: {}\npolicies:').replace('applies_to: [knowledge]', 'applies_to: [cluster]');
const env = { PATH: process.env.PATH, OMNIGRAPH_HOME: path.join(path.sep, 'nonexistent-omnigraph-home') };

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(
    [...argv, '--config', cluster!.dir, '--engine', 'omnigraph', '--omnigraph-bin', STANDIN_OMNIGRAPH],
    { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env },
    (args) => createClusterCommands({ engine: args.engine, omnigraphPath: args.omnigraphBin, env }),
  );
  return { code, stdout, stderr };
}
const json = async (...argv: string[]) => {
  const run = await cli(...argv, '--json');
  return { code: run.code, out: JSON.parse(run.stdout) };
};

describe('--engine omnigraph: the whole cycle through the CLI, delegated to `omnigraph cluster`', () => {
  it('import → plan → apply creates the graph → delete needs approval → approve → apply deletes → refresh sees it gone', async () => {
    cluster = tempCluster(fixtureFiles());
    expect((await json('import')).out.ok).toBe(true);
    const planned = await json('plan');
    expect(planned.out.changes.map((c: { resource: string; operation: string }) => `${c.operation} ${c.resource}`)).toEqual([
      'create graph.knowledge',
      'create policy.base',
      'create query.knowledge.find_person',
      'create schema.knowledge',
    ]);
    const applied = await json('apply');
    expect(applied).toMatchObject({ code: 0, out: { converged: true, applied_count: 4 } });
    expect(existsSync(path.join(cluster.dir, 'graphs', 'knowledge.omni', '_schema.pg'))).toBe(true);

    cluster.write('cluster.yaml', WITHOUT_GRAPH);
    const gated = await cli('plan', '--format', 'markdown');
    expect(gated.code).toBe(0);
    expect(gated.stdout).toContain('graph.knowledge');
    expect(gated.stdout).toMatch(/approv/i);
    const refused = await json('apply');
    expect(refused.out.converged).toBe(false);
    expect(existsSync(path.join(cluster.dir, 'graphs', 'knowledge.omni', '_schema.pg'))).toBe(true);

    const approved = await json('approve', 'graph.knowledge', '--as', 'alice');
    expect(approved).toMatchObject({ code: 0, out: { ok: true, resource: 'graph.knowledge', operation: 'delete', approved_by: 'alice' } });
    const deleted = await json('apply', '--as', 'alice');
    expect(deleted).toMatchObject({ code: 0, out: { ok: true, converged: true, actor: 'alice' } });
    expect(existsSync(path.join(cluster.dir, 'graphs', 'knowledge.omni', '_schema.pg'))).toBe(false);

    const refreshed = await cli('refresh');
    expect(refreshed.code).toBe(0);
    const status = await json('status');
    expect(status.out.resource_digests['graph.knowledge']).toBeUndefined();
  }, 300_000);

  it('a failed delegated command prints its JSON and exits 1, with the binary diagnostic', async () => {
    cluster = tempCluster(fixtureFiles());
    const run = await json('apply');
    expect(run.code).toBe(1);
    expect(run.out.ok).toBe(false);
    expect(run.out.diagnostics.length).toBeGreaterThan(0);
  }, 120_000);
});
