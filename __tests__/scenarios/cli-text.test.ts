import { afterEach, describe, expect, it } from '@jest/globals';
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createClusterCommands } from '../../src/adapters/wiring.js';
import { runCli } from '../../src/cli/main.js';
import { fixtureFiles, tempCluster, type TempCluster } from '../support/cluster-fixture.js';

/** The CLI as a user runs it (embedded engine, a temp config dir): what the terminal shows. */
let cluster: TempCluster | undefined;
afterEach(() => cluster?.cleanup());

const env = { PATH: process.env.PATH, OMNIGRAPH_HOME: path.join(path.sep, 'nonexistent-omnigraph-home') };

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(
    argv,
    { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env },
    (args) => createClusterCommands({ engine: args.engine, omnigraphPath: args.omnigraphBin, env }),
  );
  return { code, stdout, stderr };
}

describe('apply before import', () => {
  it('text names our import command with the config dir, never says "no changes", and leaves no lock or state behind', async () => {
    cluster = tempCluster(fixtureFiles());
    const run = await cli('apply', '--config', cluster.dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(
      [
        'cluster apply failed',
        'ERROR state_missing __cluster/state.json: apply requires an existing state.json; run `cluster import` to bootstrap state',
        `      hint: no state yet: run \`omnigraph-cluster import --config ${cluster.dir}\` once`,
        '',
      ].join('\n'),
    );
    // apply takes the lock before it finds there is no ledger; releasing it prunes the emptied __cluster/.
    expect(existsSync(path.join(cluster.dir, '__cluster'))).toBe(false);
  });

  it("JSON keeps the reference's state_missing message and carries no hint", async () => {
    cluster = tempCluster(fixtureFiles());
    const run = await cli('apply', '--config', cluster.dir, '--json');
    const out = JSON.parse(run.stdout) as { ok: boolean; diagnostics: { code: string; message: string }[] };
    expect(out.ok).toBe(false);
    expect(out.diagnostics).toEqual([expect.objectContaining({ code: 'state_missing', message: 'apply requires an existing state.json; run `cluster import` to bootstrap state' })]);
    expect(run.stdout).not.toContain('omnigraph-cluster');
  });
});

describe('a config dir copied elsewhere (local storage)', () => {
  let copy: string | undefined;
  afterEach(() => {
    if (copy !== undefined) rmSync(copy, { recursive: true, force: true });
    copy = undefined;
  });

  it('status and plan name the recorded and the expected graph root, and whether a graph is there', async () => {
    cluster = tempCluster(fixtureFiles());
    expect((await cli('import', '--config', cluster.dir)).code).toBe(0);
    expect((await cli('apply', '--config', cluster.dir)).code).toBe(0);
    expect((await cli('refresh', '--config', cluster.dir)).code).toBe(0);
    const recorded = path.join(cluster.dir, 'graphs', 'knowledge.omni');
    expect((await cli('status', '--config', cluster.dir)).stdout).not.toContain('graph_root_moved');

    // Copied with its graphs: the data is here, the ledger names the old place.
    copy = mkdtempSync(path.join(tmpdir(), 'og-copied-'));
    cpSync(cluster.dir, copy, { recursive: true });
    const expected = path.join(copy, 'graphs', 'knowledge.omni');
    const status = await cli('status', '--config', copy);
    expect(status.stdout).toContain(`WARN  graph_root_moved graph.knowledge: the ledger recorded graph root ${recorded}, but this storage root puts it at ${expected}, which holds a graph`);
    expect(status.stdout).toContain(`omnigraph-cluster refresh --config ${copy}`);

    // Re-cloned without its graphs: plan shows no changes, and says why that is not the whole story.
    rmSync(path.join(copy, 'graphs'), { recursive: true });
    const plan = await cli('plan', '--config', copy);
    expect(plan.stdout).toContain('  no changes');
    expect(plan.stdout).toContain(`WARN  graph_root_moved graph.knowledge: the ledger recorded graph root ${recorded}, but this storage root puts it at ${expected}, which holds no graph`);

    // refresh records the graphs at their new place and the warning is gone.
    cpSync(path.join(cluster.dir, 'graphs'), path.join(copy, 'graphs'), { recursive: true });
    expect((await cli('refresh', '--config', copy)).code).toBe(0);
    expect((await cli('status', '--config', copy)).stdout).not.toContain('graph_root_moved');
  });
});

describe('--config with the path of cluster.yaml', () => {
  it('runs against its directory; config_dir is the directory as it would have been passed', async () => {
    cluster = tempCluster(fixtureFiles());
    const byDir = JSON.parse((await cli('validate', '--config', cluster.dir, '--json')).stdout) as Record<string, unknown>;
    const byFile = await cli('validate', '--config', path.join(cluster.dir, 'cluster.yaml'), '--json');
    expect(byFile.code).toBe(0);
    expect(JSON.parse(byFile.stdout)).toEqual(byDir);
    expect(byDir.config_dir).toBe(cluster.dir);
  });

  it('import through cluster.yaml bootstraps the same state the directory would', async () => {
    cluster = tempCluster(fixtureFiles());
    expect((await cli('import', '--config', path.join(cluster.dir, 'cluster.yaml'))).code).toBe(0);
    expect(existsSync(path.join(cluster.dir, '__cluster', 'state.json'))).toBe(true);
  });

  it('another file is a usage error: the engine would silently read the cluster.yaml beside it', async () => {
    cluster = tempCluster(fixtureFiles());
    const other = path.join(cluster.dir, 'other.yaml');
    writeFileSync(other, 'version: 1\n');
    const run = await cli('plan', '--config', other);
    expect(run).toEqual({ code: 2, stdout: '', stderr: `error: --config expects a directory or its cluster.yaml, got the file ${other}\nhint: run 'omnigraph-cluster help plan'\n` });
    expect(existsSync(path.join(cluster.dir, '__cluster'))).toBe(false);
  });
});

describe('help and usage errors', () => {
  it('`help apply` and `apply --help` print the same command usage on stdout', async () => {
    const viaHelp = await cli('help', 'apply');
    expect(viaHelp.code).toBe(0);
    expect(viaHelp.stdout).toContain('Usage: omnigraph-cluster [--as ACTOR] apply');
    expect(await cli('apply', '--help')).toEqual(viaHelp);
  });

  it('a typo gets one line, a suggestion and a hint, exit 2, not the whole usage', async () => {
    expect(await cli('aply', '--config', '.')).toEqual({ code: 2, stdout: '', stderr: "error: unknown command aply (did you mean apply?)\nhint: run 'omnigraph-cluster --help'\n" });
    expect(await cli('plan', '--jsn')).toEqual({ code: 2, stdout: '', stderr: "error: unknown option --jsn (did you mean --json?)\nhint: run 'omnigraph-cluster help plan'\n" });
  });
});
