/**
 * Issue 17, optional gates on destructive migration steps, end to end through the BUNDLED action
 * against the fake GitHub server: with `gate-destructive: true` a schema update that drops a
 * property and a query delete need a `/omnigraph approve` like a graph delete, the PR is red until
 * they have it, and the merge applies them once approved. Skips while dist/index.js is the
 * placeholder bundle (`npm run build`).
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PLACEHOLDER, actionWorkspace, type ActionWorkspace } from '../support/action-runner.js';
import { FIXTURE_YAML } from '../support/cluster-fixture.js';

const suite = PLACEHOLDER ? describe.skip : describe;

let workspace: ActionWorkspace;
beforeEach(async () => {
  workspace = await actionWorkspace('og-gate-');
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
const push = { ref: 'refs/heads/main', repository };
const approve = (resource: string) => ({
  action: 'created',
  issue: { number: 7, user: { login: 'carol' }, pull_request: {} },
  comment: { id: 1, body: `/omnigraph approve ${resource}`, user: { login: 'alice' } },
  repository,
});
const file = (relative: string) => path.join(workspace.work, 'cluster', relative);
const write = (relative: string, text: string) => writeFileSync(file(relative), text);
const sticky = (issue = 7) => workspace.github.comments.find((c) => c.issue === issue && c.user === 'github-actions[bot]' && c.body.includes('omnigraph-cluster:v1'))!;
const GATED = { 'gate-destructive': 'true' };
/** PR #7: `Person.age` dropped (a destructive migration step) and the query that read it deleted. */
function dropAge(): void {
  write('people.pg', '\nnode Person {\n  name: String @key\n}\n');
  write('cluster.yaml', FIXTURE_YAML.replace('    queries:\n      find_person:\n        file: ./people.gq\n', ''));
}

suite('gate-destructive holds schema drops and query deletes for an approval', () => {
  beforeEach(async () => {
    expect((await workspace.run('pull_request', pr(1), GATED)).code).toBe(0);
    workspace.github.pulls.set('merge1', [{ number: 1, merge_commit_sha: 'merge1', base: 'main', state: 'closed' }]);
    expect((await workspace.run('push', push, GATED)).outputs).toMatchObject({ ok: 'true', converged: 'true' });
  });

  it('without the gate the same change is green: drops are gated only when asked for', async () => {
    dropAge();
    const planned = await workspace.run('pull_request', pr(7));
    expect(planned.code).toBe(0);
    expect(planned.outputs['approvals-pending']).toBe('0');
  });

  it('red on the PR with the approve comments to post, green once approved, applied after merge', async () => {
    dropAge();
    const planned = await workspace.run('pull_request', pr(7), GATED);
    expect(planned.code).toBe(1);
    expect(planned.outputs).toMatchObject({ 'failure-reason': 'approval-required', 'approvals-pending': '2' });
    const body = sticky().body;
    expect(body).toContain('approve schema.knowledge');
    expect(body).toContain('approve query.knowledge.find_person');
    expect(planned.summary).toContain('/omnigraph approve query.knowledge.find\\_person and /omnigraph approve schema.knowledge');
    expect(body).toContain('destructive migration: drop property Person.age');
    // Updates are gated too, so the banner does not claim apply deletes them.
    expect(body).toContain('before apply runs');
    expect(body).not.toContain('before apply deletes');
    expect(workspace.github.latestStatus('head7', 'omnigraph/cluster')).toMatchObject({ state: 'failure', description: '2 approvals pending; merge would fail' });

    workspace.github.roles.set('alice', 'write');
    workspace.github.pullRequests.set(7, { headSha: 'head7', author: 'carol' });
    expect((await workspace.run('issue_comment', approve('schema.knowledge'), GATED)).outputs['approvals-pending']).toBe('1');
    const approved = await workspace.run('issue_comment', approve('query.knowledge.find_person'), GATED);
    expect(approved.outputs).toMatchObject({ ok: 'true', 'approvals-pending': '0', 'failure-reason': '' });
    expect(workspace.github.latestStatus('head7', 'omnigraph/cluster')?.state).toBe('success');
    const artifacts = readdirSync(file('__cluster/approvals')).map((f) => JSON.parse(readFileSync(file(`__cluster/approvals/${f}`), 'utf8')) as Record<string, unknown>);
    expect(artifacts).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ resource: 'schema.knowledge', operation: 'update', reason: 'destructive migration: drop property Person.age', approved_by: 'alice' }),
        expect.objectContaining({ resource: 'query.knowledge.find_person', operation: 'delete', reason: 'query delete removes a deployed query' }),
      ]),
    );

    workspace.github.pulls.set('merge1', [{ number: 7, merge_commit_sha: 'merge1', base: 'main', state: 'closed' }]);
    const applied = await workspace.run('push', push, GATED);
    expect(applied.code).toBe(0);
    expect(applied.outputs).toMatchObject({ ok: 'true', converged: 'true', blocked: '0', 'failure-reason': '' });
    expect(sticky().body).toContain('✅ Applied');
  });

  it('the merge apply refuses an unapproved drop when the PR check was ignored', async () => {
    dropAge();
    workspace.github.pulls.set('merge1', [{ number: 7, merge_commit_sha: 'merge1', base: 'main', state: 'closed' }]);
    expect((await workspace.run('pull_request', pr(7), { ...GATED, 'fail-on': 'errors' })).code).toBe(0);
    const applied = await workspace.run('push', push, GATED);
    expect(applied.code).toBe(1);
    expect(applied.outputs).toMatchObject({ 'failure-reason': 'approval-required', converged: 'false' });
    const state = JSON.parse(readFileSync(file('__cluster/state.json'), 'utf8')) as { applied_revision: { resources: Record<string, unknown> } };
    expect(Object.keys(state.applied_revision.resources)).toContain('query.knowledge.find_person');
  });
});
