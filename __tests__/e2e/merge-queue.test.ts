/**
 * Issue 17, stale plans and merge bursts, end to end through the BUNDLED action against the fake
 * GitHub server: the merge queue (`merge_group`) holds the queued merge commit to the plan
 * reviewed on the pull request, and a `workflow_dispatch` with `pr-number` re-plans and then
 * finishes a merged pull request whose apply stopped part-way. Skips while dist/index.js is the
 * placeholder bundle (`npm run build`).
 *
 * The `merge_group` payload follows GitHub's "Webhook events and payloads" (merge_group, action
 * `checks_requested`) and the REST description's merge-group schema: `merge_group.head_sha` (the
 * commit to check and report statuses on), `head_ref` (the full ref of the temporary queue
 * branch, `refs/heads/gh-readonly-queue/<base>/pr-<number>-<base sha>`), `base_sha`, `base_ref`
 * and `head_commit` (`id`, `tree_id`, `message`, `timestamp`, `author`, `committer`). In that run
 * GITHUB_SHA is the group's head_sha and GITHUB_REF its head_ref.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PLACEHOLDER, actionWorkspace, type ActionWorkspace } from '../support/action-runner.js';
import { FIXTURE_YAML } from '../support/cluster-fixture.js';

const suite = PLACEHOLDER ? describe.skip : describe;

let workspace: ActionWorkspace;
beforeEach(async () => {
  workspace = await actionWorkspace('og-queue-');
});
afterEach(async () => {
  await workspace.stop();
});

const repository = { full_name: 'acme/infra', default_branch: 'main' };
const pr = (number: number) => ({
  action: 'synchronize',
  pull_request: { number, head: { sha: `head${number}`, repo: { full_name: 'acme/infra' } }, base: { ref: 'main', repo: { full_name: 'acme/infra' } } },
  repository,
});
const BASE_SHA = 'b'.repeat(40);
const group = (number: number, headSha = `queue${number}`) => ({
  action: 'checks_requested',
  merge_group: {
    head_sha: headSha,
    head_ref: `refs/heads/gh-readonly-queue/main/pr-${number}-${BASE_SHA}`,
    base_sha: BASE_SHA,
    base_ref: 'refs/heads/main',
    head_commit: {
      id: headSha,
      tree_id: 't'.repeat(40),
      message: `Merge pull request #${number} from acme/feature`,
      timestamp: '2026-12-05T08:00:00Z',
      author: { name: 'Octo Cat', email: 'octocat@example.com' },
      committer: { name: 'GitHub', email: 'noreply@github.com' },
    },
  },
  repository,
  sender: { login: 'octocat' },
});
const queueEnv = (number: number) => ({ GITHUB_SHA: `queue${number}`, GITHUB_REF: `refs/heads/gh-readonly-queue/main/pr-${number}-${BASE_SHA}` });
const push = { ref: 'refs/heads/main', repository };
const dispatch = { inputs: {}, ref: 'refs/heads/main', repository, sender: { login: 'octocat' } };
const file = (relative: string) => path.join(workspace.work, 'cluster', relative);
const write = (relative: string, text: string) => writeFileSync(file(relative), text);
const ours = () => workspace.github.comments.filter((c) => c.user === 'github-actions[bot]');
const sticky = (issue: number) => ours().find((c) => c.issue === issue && c.body.includes('omnigraph-cluster:v1'))!;
const fingerprintOf = (body: string) => (JSON.parse(/<!-- omnigraph-cluster:v1 (\{.*?\}) -->/.exec(body)?.[1] ?? 'null') as { fingerprint: string } | null)?.fingerprint;

suite('the merge queue holds the queued merge commit to the reviewed plan', () => {
  it('a queued commit that plans what was reviewed passes the required status, and the apply after merge is green', async () => {
    expect((await workspace.run('pull_request', pr(7))).code).toBe(0);
    const reviewed = fingerprintOf(sticky(7).body);
    const queued = await workspace.run('merge_group', group(7), {}, queueEnv(7));
    expect(queued.code).toBe(0);
    expect(queued.outputs).toMatchObject({ 'failure-reason': '', 'pr-number': '7', 'plan-fingerprint': reviewed });
    // The queue waits on the required status of the group's commit, not of the PR head.
    expect(workspace.github.latestStatus('queue7', 'omnigraph/cluster')).toMatchObject({ state: 'success', description: '4 to apply' });
    // Nothing applied in the queue, and the reviewed comment is untouched.
    expect(existsSync(file('graphs'))).toBe(false);
    expect(fingerprintOf(sticky(7).body)).toBe(reviewed);

    workspace.github.pulls.set('merge1', [{ number: 7, merge_commit_sha: 'merge1', base: 'main', state: 'closed' }]);
    const applied = await workspace.run('push', push);
    expect(applied.outputs).toMatchObject({ ok: 'true', converged: 'true', 'failure-reason': '' });
  });

  it('a queued commit that plans differently (a change merged ahead of it) fails plan-changed-in-queue with what to do', async () => {
    expect((await workspace.run('pull_request', pr(7))).code).toBe(0);
    const reviewed = fingerprintOf(sticky(7).body);
    // The group also carries a pull request queued ahead: a second graph.
    write('cluster.yaml', FIXTURE_YAML.replace('graphs:\n', 'graphs:\n  ahead:\n    schema: ./people.pg\n'));
    const queued = await workspace.run('merge_group', group(7), {}, queueEnv(7));
    expect(queued.code).toBe(1);
    expect(queued.outputs['failure-reason']).toBe('plan-changed-in-queue');
    expect(queued.summary).toContain('Merge queue check failed');
    expect(queued.summary).toContain('Update the branch with the base branch, review the new plan on the pull request, and queue it again');
    expect(queued.summary).toContain('graph.ahead');
    expect(workspace.github.latestStatus('queue7', 'omnigraph/cluster')).toMatchObject({
      state: 'failure',
      description: 'plan changed in the merge queue: update the branch and re-plan',
    });
    // The PR comment says why, and still holds the reviewed plan the merge is bound to.
    expect(sticky(7).body).toMatch(/❌ Merge queue: The queued merge commit plans differently from the plan reviewed on pull request \\#\u200d?7/);
    expect(fingerprintOf(sticky(7).body)).toBe(reviewed);
    expect(existsSync(file('graphs'))).toBe(false);
  });

  it('a queued pull request that leaves the cluster alone passes without a reviewed plan (its plan was filtered out)', async () => {
    expect((await workspace.run('pull_request', pr(1))).code).toBe(0);
    workspace.github.pulls.set('merge1', [{ number: 1, merge_commit_sha: 'merge1', base: 'main', state: 'closed' }]);
    expect((await workspace.run('push', push)).outputs).toMatchObject({ converged: 'true' });
    const queued = await workspace.run('merge_group', group(12), {}, queueEnv(12));
    expect(queued.code).toBe(0);
    expect(queued.outputs['failure-reason']).toBe('');
    expect(workspace.github.latestStatus('queue12', 'omnigraph/cluster')).toMatchObject({ state: 'success', description: 'no changes' });
  });

  it('a queued pull request that was never planned fails instead of letting an unreviewed plan merge', async () => {
    const queued = await workspace.run('merge_group', group(12), {}, queueEnv(12));
    expect(queued.code).toBe(1);
    expect(queued.outputs['failure-reason']).toBe('plan-changed-in-queue');
    expect(queued.summary).toMatch(/pull request \\#\u200d?12 has no plan comment from this action/);
    expect(workspace.github.latestStatus('queue12', 'omnigraph/cluster')?.state).toBe('failure');
  });
});

suite('workflow_dispatch with pr-number finishes a merged pull request without an empty commit', () => {
  it('re-plans the partial apply on the merged PR, takes the approval there, then applies it', async () => {
    const twoGraphs = FIXTURE_YAML.replace('graphs:\n', 'graphs:\n  old:\n    schema: ./people.pg\n');
    write('cluster.yaml', twoGraphs);
    expect((await workspace.run('pull_request', pr(1))).code).toBe(0);
    workspace.github.pulls.set('merge1', [{ number: 1, merge_commit_sha: 'merge1', base: 'main', state: 'closed' }]);
    expect((await workspace.run('push', push)).outputs).toMatchObject({ ok: 'true', converged: 'true' });

    // PR #9 drops graph old and adds a property; the team let pending approvals through (fail-on
    // without approvals-pending), so the merge applied the update and stopped at the delete.
    write('cluster.yaml', FIXTURE_YAML);
    write('people.pg', '\nnode Person {\n  name: String @key\n  age: I32?\n  email: String?\n}\n');
    const lenient = { 'fail-on': 'errors' };
    expect((await workspace.run('pull_request', pr(9), lenient)).code).toBe(0);
    workspace.github.pulls.set('merge1', [{ number: 9, merge_commit_sha: 'merge1', base: 'main', state: 'closed' }]);
    const partial = await workspace.run('push', push, lenient);
    expect(partial.outputs).toMatchObject({ converged: 'false', blocked: '2' });
    expect(sticky(9).body).toContain('⚠️ Partially applied');
    workspace.github.pullRequests.set(9, { headSha: 'head9', author: 'carol', merged: true, mergeCommitSha: 'merge1', base: 'main' });

    // Applying straight away is refused: what is left was never reviewed.
    const early = await workspace.run('workflow_dispatch', dispatch, { command: 'apply', 'pr-number': '9' });
    expect(early.outputs['failure-reason']).toBe('plan-changed');

    // 1. Re-plan: the merged PR's comment shows what is left, worded for a merged PR.
    const replanned = await workspace.run('workflow_dispatch', dispatch, { 'pr-number': '9' });
    expect(replanned.outputs).toMatchObject({ 'pr-number': '9', 'failure-reason': 'approval-required', 'approvals-pending': '1' });
    const body = sticky(9).body;
    expect(body).toContain('⏸️ Re-planned after merge');
    expect(body).toContain('`command: apply` and `pr-number: 9`');
    expect(body).not.toContain('Merging now would not apply cleanly');
    expect(ours().filter((c) => c.issue === 9 && c.body.includes('omnigraph-cluster:v1'))).toHaveLength(1);

    // 2. A reviewer approves on the merged PR; the comment is re-planned, not "merging now".
    workspace.github.roles.set('alice', 'write');
    const approve = {
      action: 'created',
      issue: { number: 9, user: { login: 'carol' }, pull_request: { merged_at: '2026-12-05T08:00:00Z' } },
      comment: { id: 1, body: '/omnigraph approve graph.old', user: { login: 'alice' } },
      repository,
    };
    const approved = await workspace.run('issue_comment', approve);
    expect(approved.outputs).toMatchObject({ ok: 'true', 'approvals-pending': '0' });
    expect(sticky(9).body).toContain('🔁 Re-planned after merge');
    expect(sticky(9).body).not.toContain('Merging now');

    // 3. Apply, bound to the re-planned comment: the cluster converges, no commit needed.
    const finished = await workspace.run('workflow_dispatch', dispatch, { command: 'apply', 'pr-number': '9' });
    expect(finished.code).toBe(0);
    expect(finished.outputs).toMatchObject({ ok: 'true', converged: 'true', 'pr-number': '9', 'failure-reason': '' });
    expect(sticky(9).body).toContain('✅ Applied');
    const state = JSON.parse(readFileSync(file('__cluster/state.json'), 'utf8')) as { applied_revision: { resources: Record<string, unknown> } };
    expect(Object.keys(state.applied_revision.resources).some((r) => r.startsWith('graph.old'))).toBe(false);
  });

  it('refuses a pull request that is not merged, or a run on another branch, with pr-not-merged', async () => {
    workspace.github.pullRequests.set(5, { headSha: 'head5', author: 'carol' });
    const open = await workspace.run('workflow_dispatch', dispatch, { 'pr-number': '5' });
    expect(open.code).toBe(1);
    expect(open.outputs['failure-reason']).toBe('pr-not-merged');
    expect(open.summary).toMatch(/pull request \\#\u200d?5 is still open/);

    workspace.github.pullRequests.set(6, { headSha: 'head6', author: 'carol', merged: true, mergeCommitSha: 'm6', base: 'main' });
    const elsewhere = await workspace.run('workflow_dispatch', dispatch, { command: 'apply', 'pr-number': '6' }, { GITHUB_REF: 'refs/heads/feature' });
    expect(elsewhere.outputs['failure-reason']).toBe('pr-not-merged');
    expect(elsewhere.summary).toContain('merged into main, but this run is on refs/heads/feature');
    expect(existsSync(file('graphs'))).toBe(false);
  });
});
