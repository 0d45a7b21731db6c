/**
 * Issue 17 end to end, through the BUNDLED action against the fake GitHub server: each of the
 * four ways a PR used to go green and its merge apply red is now red on the PR, with a message
 * that says what to do; and a clean plan that is green on the PR applies green after merge.
 * Skips while dist/index.js is the placeholder bundle (`npm run build`).
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PLACEHOLDER, actionWorkspace, type ActionWorkspace } from '../support/action-runner.js';
import { FIXTURE_YAML } from '../support/cluster-fixture.js';

const suite = PLACEHOLDER ? describe.skip : describe;

let workspace: ActionWorkspace;
beforeEach(async () => {
  workspace = await actionWorkspace('og-merge-');
});
afterEach(async () => {
  await workspace.stop();
});

const pr = (number: number, sha = `head${number}`) => ({
  action: 'synchronize',
  pull_request: { number, head: { sha, repo: { full_name: 'acme/infra' } }, base: { ref: 'main', repo: { full_name: 'acme/infra' } } },
  repository: { full_name: 'acme/infra', default_branch: 'main' },
});
const push = { ref: 'refs/heads/main', repository: { full_name: 'acme/infra', default_branch: 'main' } };
const file = (relative: string) => path.join(workspace.work, 'cluster', relative);
const write = (relative: string, text: string) => writeFileSync(file(relative), text);
const edit = (relative: string, from: string, to: string) => write(relative, readFileSync(file(relative), 'utf8').replace(from, to));
const ours = () => workspace.github.comments.filter((c) => c.user === 'github-actions[bot]');

/** PR #1 planned and merged as `merge1`: the cluster is converged on the fixture (or `yaml`). */
async function converged(yaml = FIXTURE_YAML): Promise<void> {
  write('cluster.yaml', yaml);
  expect((await workspace.run('pull_request', pr(1))).code).toBe(0);
  workspace.github.pulls.set('merge1', [{ number: 1, merge_commit_sha: 'merge1', base: 'main', state: 'closed' }]);
  const applied = await workspace.run('push', push);
  expect(applied.outputs).toMatchObject({ ok: 'true', converged: 'true' });
}

suite('a green plan on the pull request means the apply after merge will work (issue 17)', () => {
  it('a clean plan is green on the PR, with a success status, and applies green after merge', async () => {
    const planned = await workspace.run('pull_request', pr(7));
    expect(planned.code).toBe(0);
    expect(planned.outputs['failure-reason']).toBe('');
    expect(workspace.github.latestStatus('head7', 'omnigraph/cluster')).toMatchObject({ state: 'success', description: '4 to apply' });
    workspace.github.pulls.set('merge1', [{ number: 7, merge_commit_sha: 'merge1', base: 'main', state: 'closed' }]);
    const applied = await workspace.run('push', push);
    expect(applied.code).toBe(0);
    expect(applied.outputs).toMatchObject({ ok: 'true', converged: 'true', 'failure-reason': '' });
  });

  it('@key on the system id: red on the PR at the schema line, nothing created', async () => {
    write('people.pg', '\nnode Person {\n  id: String @key\n  name: String\n  age: I32?\n}\n');
    const planned = await workspace.run('pull_request', pr(7));
    expect(planned.code).toBe(1);
    expect(planned.outputs['failure-reason']).toBe('validation-failed');
    const annotation = planned.stdout.split('\n').find((l) => l.startsWith('::error') && l.includes('system id column'));
    // Relative to the workspace, or GitHub does not attach it to the diff.
    expect(annotation).toMatch(/file=cluster\/people\.pg,line=3,/);
    expect(planned.summary).toContain('rename the property');
    expect(workspace.github.latestStatus('head7', 'omnigraph/cluster')?.state).toBe('failure');
    expect(existsSync(file('graphs'))).toBe(false);
  });

  it('an unsupported type change: red on the PR naming the step and its code, not a preview warning', async () => {
    await converged();
    edit('people.pg', 'age: I32?', 'age: F32?');
    const planned = await workspace.run('pull_request', pr(8));
    expect(planned.code).toBe(1);
    expect(planned.outputs['failure-reason']).toBe('validation-failed');
    expect(planned.outputs.blocked).toBe('1');
    expect(planned.summary).toContain('OG-MF-106');
    expect(planned.summary).not.toContain('schema_preview_unavailable');
    const comment = ours().find((c) => c.issue === 8)!.body;
    expect(comment).toContain('OG-MF-106');
    expect(workspace.github.latestStatus('head8', 'omnigraph/cluster')?.state).toBe('failure');
  });

  it('no ledger and bootstrap-state off: red on the PR with the import command and the input to set', async () => {
    const planned = await workspace.run('pull_request', pr(7), { 'bootstrap-state': 'false' });
    expect(planned.code).toBe(1);
    expect(planned.outputs['failure-reason']).toBe('state-missing');
    expect(planned.summary).toContain('omnigraph-cluster import --config cluster');
    expect(planned.summary).toContain('bootstrap-state: true');
    expect(ours()[0]!.body).toContain('Merging now would not apply cleanly');
    expect(workspace.github.latestStatus('head7', 'omnigraph/cluster')).toMatchObject({
      state: 'failure',
      description: 'no state ledger yet: run import once or set bootstrap-state',
    });
    expect(existsSync(file('__cluster/state.json'))).toBe(false);
  });

  it('a graph delete without approval: red on the PR with the approve comment to post', async () => {
    const twoGraphs = FIXTURE_YAML.replace('graphs:\n', 'graphs:\n  old:\n    schema: ./people.pg\n');
    await converged(twoGraphs);
    write('cluster.yaml', FIXTURE_YAML);
    const planned = await workspace.run('pull_request', pr(9));
    expect(planned.code).toBe(1);
    expect(planned.outputs['failure-reason']).toBe('approval-required');
    expect(planned.outputs['approvals-pending']).toBe('1');
    expect(planned.summary).toContain('/omnigraph approve graph.old');
    expect(workspace.github.latestStatus('head9', 'omnigraph/cluster')).toMatchObject({ state: 'failure', description: '1 approval pending; merge would fail' });
  });
});
