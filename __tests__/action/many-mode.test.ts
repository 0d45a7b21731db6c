import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { LocalSourceFiles } from '../../src/adapters/source/local-source-files.js';
import { run } from '../../src/action/main.js';
import type { ActionDeps } from '../../src/action/ports.js';
import { discoverTargets } from '../../src/engine/targets/index.js';
import { formatIndexMarker, parseIndexMarker, parseMarker } from '../../src/render/index.js';
import { FIXTURE_YAML, PEOPLE_GQ, PEOPLE_PG, tempCluster, type TempCluster } from '../support/cluster-fixture.js';
import { FakeGitHub } from '../support/fake-github.js';
import { change, planOutput, prPayload, refreshOutput, rig, runContext, ScriptedCommands, statusOutput, type TestRig } from './fakes.js';

/**
 * Many clusters in one step (docs/action.md#many-clusters), through run(deps): the real discovery
 * over a temp repository, scripted commands, the fake GitHub. The bundled action's scenarios are
 * in __tests__/e2e/action-many.test.ts; these cover the edges.
 */
let github: FakeGitHub;
let repo: TempCluster;
beforeEach(async () => {
  github = await new FakeGitHub().start();
  repo = tempCluster({ 'shared/people.pg': PEOPLE_PG });
  for (const name of ['east', 'west']) {
    repo.write(`clusters/${name}/cluster.yaml`, FIXTURE_YAML.replace('name: test', `name: ${name}`).replace('./people.pg', '../../shared/people.pg'));
    repo.write(`clusters/${name}/people.gq`, PEOPLE_GQ);
    repo.write(`clusters/${name}/base.policy.yaml`, 'version: 1\nrules: []\n');
  }
});
afterEach(async () => {
  await github.stop();
  repo.cleanup();
});

function withRepo(r: TestRig): TestRig {
  const deps: ActionDeps = { ...r.deps, discoverTargets: (patterns) => discoverTargets(patterns, { files: new LocalSourceFiles(repo.dir), root: repo.dir }) };
  return { ...r, deps };
}

const plan = planOutput([change('graph.knowledge')]);
const prRig = (commands: ScriptedCommands, inputs: Record<string, string> = {}) =>
  withRepo(rig(github, runContext(github, 'pull_request', prPayload(7)), commands, { 'config-dir': 'clusters/*', ...inputs }));
const planned = (commands: ScriptedCommands) => commands.calls.filter((c) => c.command === 'plan').map((c) => (c.options as { configDir: string }).configDir);
const indexes = () => github.comments.filter((c) => parseIndexMarker(c.body) !== null);

describe('many clusters in one step', () => {
  it('plans every cluster, with a warning, when the pull request files cannot be listed', async () => {
    github.failWith('GET', /\/pulls\/7\/files$/, 403);
    const commands = new ScriptedCommands().script('plan', plan);
    const r = prRig(commands);
    const result = await run(r.deps);
    expect(planned(commands)).toEqual(['/w/clusters/east', '/w/clusters/west']);
    expect(r.io.warnings().some((w) => w.includes('could not list the files of pull request #7') && w.includes('every cluster counts as affected'))).toBe(true);
    expect(result.targets?.map((t) => t.configDir)).toEqual(['clusters/east', 'clusters/west']);
    expect(r.io.summaries.join('\n')).toContain('all 2: the pull request files could not be listed');
  });

  it('keeps an earlier index comment current when only one cluster is affected now, and creates none otherwise', async () => {
    github.pullFiles.set(7, [{ filename: 'clusters/east/people.gq' }]);
    const first = new ScriptedCommands().script('plan', plan);
    await run(prRig(first).deps);
    expect(planned(first)).toEqual(['/w/clusters/east']);
    expect(indexes()).toHaveLength(0);

    const earlier = github.addComment(7, `${formatIndexMarker({ key: 'clusters/*' })}\nstale`);
    await run(prRig(new ScriptedCommands().script('plan', plan)).deps);
    expect(indexes()).toHaveLength(1);
    expect(earlier.body).toContain('1 cluster affected');
    expect(earlier.body).not.toContain('stale');
    // Another step's index (other patterns) is not ours to edit.
    const other = github.addComment(7, `${formatIndexMarker({ key: 'envs/*' })}\nother`);
    await run(prRig(new ScriptedCommands().script('plan', plan)).deps);
    expect(other.body).toContain('other');
  });

  it('warns when two clusters share a label', async () => {
    repo.write('clusters/west/cluster.yaml', FIXTURE_YAML.replace('name: test', 'name: east').replace('./people.pg', '../../shared/people.pg'));
    github.pullFiles.set(7, [{ filename: 'clusters/east/people.gq' }]);
    const r = prRig(new ScriptedCommands().script('plan', plan));
    await run(r.deps);
    expect(r.io.warnings()).toContainEqual(expect.stringContaining('clusters clusters/east, clusters/west share the label east'));
  });

  it('writes no index comment with comment: never', async () => {
    github.pullFiles.set(7, [{ filename: 'shared/people.pg' }]);
    const commands = new ScriptedCommands().script('plan', plan);
    await run(prRig(commands, { comment: 'never', 'require-approved-plan': 'false' }).deps);
    expect(planned(commands)).toHaveLength(2);
    expect(github.comments).toHaveLength(0);
  });

  it('fails the step when a pattern selects no cluster, still planning what the others select', async () => {
    github.pullFiles.set(7, [{ filename: 'shared/people.pg' }]);
    const commands = new ScriptedCommands().script('plan', plan);
    const r = prRig(commands, { 'config-dir': 'clusters/*\nenvs/*' });
    const result = await run(r.deps);
    expect(planned(commands)).toHaveLength(2);
    expect(result.failureReason).toBe('validation-failed');
    expect(result.failureMessage).toContain('target_pattern_no_match');
  });

  it('checks drift on every cluster, one drift run each', async () => {
    const commands = new ScriptedCommands().script('status', statusOutput()).script('refresh', refreshOutput()).script('plan', planOutput([]));
    const r = withRepo(rig(github, runContext(github, 'schedule', {}), commands, { 'config-dir': 'clusters/east, clusters/west' }));
    const result = await run(r.deps);
    expect(commands.calls.filter((c) => c.command === 'status').map((c) => (c.options as { configDir: string }).configDir)).toEqual(['/w/clusters/east', '/w/clusters/west']);
    expect(result.driftDetected).toBe(false);
    expect(r.io.outputs['targets-count']).toBe('2');
  });

  it('approves on the cluster the --label names, and ignores a label no cluster has', async () => {
    github.roles.set('alice', 'write');
    const payload = (body: string) => ({
      action: 'created',
      issue: { number: 7, pull_request: { url: 'x' }, user: { login: 'bob' } },
      comment: { id: 5, body, user: { login: 'alice' } },
      repository: { full_name: 'acme/infra', default_branch: 'main' },
    });
    const approve = { ok: true, config_dir: '/w/clusters/west', approval_id: '01A', resource: 'graph.old', operation: 'delete' as const, approved_by: 'alice', diagnostics: [] };
    const commands = new ScriptedCommands().script('approve', approve).script('plan', plan);
    github.pullRequests.set(7, { headSha: 'head7', author: 'bob' });
    await run(withRepo(rig(github, runContext(github, 'issue_comment', payload('/omnigraph approve graph.old --label west')), commands, { 'config-dir': 'clusters/*' })).deps);
    expect(commands.calls[0]).toEqual({ command: 'approve', options: { configDir: '/w/clusters/west', actor: 'alice', resource: 'graph.old' } });
    expect(github.comments.map((c) => parseMarker(c.body)).find((m) => m !== null)).toMatchObject({ config_dir: 'clusters/west', label: 'west' });

    const none = new ScriptedCommands();
    const r = withRepo(rig(github, runContext(github, 'issue_comment', payload('/omnigraph approve graph.old --label south')), none, { 'config-dir': 'clusters/*' }));
    await run(r.deps);
    expect(none.calls).toHaveLength(0);
    expect(r.io.logs.some((l) => l.level === 'notice' && l.message.includes('no cluster of this step has the label south'))).toBe(true);
  });
});
