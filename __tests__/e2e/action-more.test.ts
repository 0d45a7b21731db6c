/**
 * End-to-end, continued: the issue-10 scenarios action.test.ts does not cover — a partial apply
 * (graph create fails through a failpoint, dependents blocked), `/omnigraph approve` allowed and
 * refused, the drift issue's update and close across scheduled runs, and a held lock on apply.
 * Same setup as action.test.ts: the BUNDLED dist/index.js as a child process with GITHUB_* /
 * INPUT_* env and event files, against the fake GitHub server and the docs/contract/digests.md#worked-example fixture cluster.
 *
 * Skips while dist/index.js is the placeholder bundle. `ACTION_E2E_ENTRY=src` runs src/index.ts.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fixtureFiles } from '../support/cluster-fixture.js';
import type { FakeGitHub } from '../support/fake-github.js';
import { PLACEHOLDER, actionWorkspace, type ActionWorkspace } from '../support/action-runner.js';

if (PLACEHOLDER) console.warn('action e2e skipped: dist/index.js is the placeholder bundle; run `npm run build` first');
const suite = PLACEHOLDER ? describe.skip : describe;

let github: FakeGitHub;
let work: string;
let workspace: ActionWorkspace;
beforeEach(async () => {
  workspace = await actionWorkspace('og-action-more-');
  ({ github, work } = workspace);
});
afterEach(async () => {
  await workspace.stop();
});

const runAction: ActionWorkspace['run'] = (...args) => workspace.run(...args);

const pr = (number: number) => ({
  action: 'synchronize',
  pull_request: { number, head: { repo: { full_name: 'acme/infra' } }, base: { ref: 'main', repo: { full_name: 'acme/infra' } } },
  repository: { full_name: 'acme/infra', default_branch: 'main' },
});
const push = { ref: 'refs/heads/main', repository: { full_name: 'acme/infra', default_branch: 'main' } };
const merged = (number: number) => github.pulls.set('merge1', [{ number, merge_commit_sha: 'merge1', base: 'main', state: 'closed' }]);
const approveComment = (login: string, resource: string) => ({
  action: 'created',
  issue: { number: 7, pull_request: {} },
  comment: { id: 1, body: `/omnigraph approve ${resource}`, user: { login } },
  repository: { full_name: 'acme/infra', default_branch: 'main' },
});
const ours = () => github.comments.filter((c) => c.user === 'github-actions[bot]');
const markerOf = (body: string) => JSON.parse(/<!-- omnigraph-cluster:v1 (\{.*?\}) -->/.exec(body)?.[1] ?? 'null') as { kind: string } | null;
const clusterFile = (name: string) => path.join(work, 'cluster', name);
/** The docs/contract/digests.md#worked-example cluster with its graph (and what hangs off it) removed: a gated `graph.knowledge` delete. */
const NO_GRAPHS = 'version: 1\nmetadata:\n  name: test\nstate:\n  backend: cluster\n  lock: true\ngraphs: {}\n';
const FULL = fixtureFiles()['cluster.yaml']!;
/** The docs/contract/digests.md#worked-example cluster without its policy: a different drift from the full fixture. */
const NO_POLICY = FULL.replace(/policies:[\s\S]*$/, '');
const approvalFiles = () => {
  const dir = clusterFile('__cluster/approvals');
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')) : [];
};
/** A resource's digest in the state ledger (docs/contract/state.md: applied_revision.resources). */
function appliedDigest(address: string): string | undefined {
  const state = JSON.parse(readFileSync(clusterFile('__cluster/state.json'), 'utf8')) as { applied_revision?: { resources?: Record<string, { digest?: string }> } };
  return state.applied_revision?.resources?.[address]?.digest;
}
const editQueryFile = () => writeFileSync(clusterFile('people.gq'), `${readFileSync(clusterFile('people.gq'), 'utf8')}\n`);
/**
 * The fake GitHub behind a proxy that answers the collaborator-permission route for `roles`
 * itself: the fake cannot express a custom role, whose `role_name` is the custom name and whose
 * `permission` is its base. Everything else is forwarded (pagination links then leave the proxy,
 * which these tests never need).
 */
async function permissionProxy(roles: Record<string, { permission: string; role_name: string }>): Promise<{ url: string; stop(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    void (async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const m = /^\/repos\/acme\/infra\/collaborators\/([^/?]+)\/permission/.exec(req.url ?? '');
      const role = m ? roles[decodeURIComponent(m[1]!)] : undefined;
      if (role) {
        github.requests.push({ method: req.method ?? 'GET', path: req.url ?? '', body: undefined, authorization: String(req.headers.authorization ?? '') });
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(role));
        return;
      }
      const body = chunks.length > 0 ? Buffer.concat(chunks) : undefined;
      const answer = await fetch(`${github.url}${req.url ?? '/'}`, {
        method: req.method ?? 'GET',
        headers: { authorization: String(req.headers.authorization ?? ''), 'content-type': 'application/json' },
        ...(body ? { body } : {}),
      });
      const link = answer.headers.get('link');
      res.writeHead(answer.status, { 'content-type': 'application/json', ...(link ? { link } : {}) }).end(await answer.text());
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
const FAILPOINT = { OMNIGRAPH_FAILPOINTS: 'cluster_apply.before_graph_create' };
const HELD_LOCK = '{\n  "version": 1,\n  "lock_id": "01HELDLOCK0000000000000000",\n  "operation": "refresh",\n  "created_at": "2026-06-10T09:00:00Z",\n  "pid": 4242\n}';

suite('the bundled action end to end, continued (issue 10 scenarios)', () => {
  it('a graph create that fails blocks its dependents: partially applied, not converged, failure-reason per fail-on, then a re-run applies', async () => {
    await runAction('pull_request', pr(7));
    merged(7);
    const failed = await runAction('push', push, {}, FAILPOINT);
    expect(failed.code).toBe(1);
    expect(failed.outputs).toMatchObject({ ok: 'false', blocked: '4', converged: 'false', 'failure-reason': 'apply-failed', 'pr-number': '7', 'state-revision': '2' });
    const comment = ours()[0]!.body;
    expect(comment).toContain('⚠️ Partially applied (revision 2): 4 blocked, 0 deferred, not converged');
    expect(comment).toContain('injected\\_failpoint');
    // A partial keeps the reviewed plan's marker, so re-running this job may retry it.
    expect(markerOf(comment)?.kind).toBe('plan');
    expect(failed.summary).toContain('### ❌ <code>apply-failed</code>');

    // Without `errors` in fail-on the same outcome is named by what was left undone.
    const blocked = await runAction('push', push, { 'fail-on': 'blocked' }, FAILPOINT);
    expect(blocked.code).toBe(1);
    expect(blocked.outputs['failure-reason']).toBe('partial-apply');
    const unconverged = await runAction('push', push, { 'fail-on': 'not-converged' }, FAILPOINT);
    expect(unconverged.code).toBe(1);
    expect(unconverged.outputs['failure-reason']).toBe('not-converged');
    // Even with `errors` left out of fail-on, the status line names the engine error.
    expect(ours()[0]!.body).toContain('❌ Not applied: injected\\_failpoint');

    const retried = await runAction('push', push);
    expect(retried.code).toBe(0);
    expect(retried.outputs).toMatchObject({ ok: 'true', blocked: '0', converged: 'true', 'failure-reason': '' });
    expect(ours()[0]!.body).toContain('✅ Applied');
    expect(markerOf(ours()[0]!.body)?.kind).toBe('apply');
  });

  it('/omnigraph approve from a writer records the approval, replies, refreshes the plan comment, and the merge applies the delete', async () => {
    expect((await runAction('push', push, { 'require-approved-plan': 'false' })).outputs.converged).toBe('true');
    writeFileSync(clusterFile('cluster.yaml'), NO_GRAPHS);
    const gated = await runAction('pull_request', pr(7));
    expect(gated.outputs).toMatchObject({ 'to-delete': '4', 'approvals-pending': '1' });
    const gatedFingerprint = gated.outputs['plan-fingerprint'];

    github.roles.set('alice', 'write');
    const approved = await runAction('issue_comment', approveComment('alice', 'graph.knowledge'));
    expect(approved.code).toBe(0);
    expect(approved.outputs).toMatchObject({ ok: 'true', 'approvals-pending': '0', blocked: '0', 'pr-number': '7' });
    expect(approved.outputs['plan-fingerprint']).not.toBe(gatedFingerprint);
    const files = approvalFiles();
    expect(files).toHaveLength(1);
    const artifact = JSON.parse(readFileSync(clusterFile(`__cluster/approvals/${files[0]!}`), 'utf8')) as Record<string, unknown>;
    expect(artifact).toMatchObject({ resource: 'graph.knowledge', approved_by: 'alice' });
    const reply = ours().find((c) => c.body.startsWith('✅'));
    expect(reply?.body).toContain('<code>graph.knowledge</code> approved by <code>alice</code>');
    expect(reply?.body).toContain(files[0]!.replace(/\.json$/, ''));
    // Still one sticky plan comment, now showing the gate satisfied.
    const sticky = ours().filter((c) => markerOf(c.body) !== null);
    expect(sticky).toHaveLength(1);
    expect(sticky[0]!.body).toContain('✅ **Approved**: <code>graph.knowledge</code>');

    // The approve run re-planned the comment, so the merge applies the approved delete.
    merged(7);
    const applied = await runAction('push', push);
    expect(applied.code).toBe(0);
    expect(applied.outputs).toMatchObject({ ok: 'true', converged: 'true', 'to-delete': '4', blocked: '0' });
    expect(appliedDigest('graph.knowledge')).toBeUndefined();
    expect(ours().find((c) => markerOf(c.body) !== null)?.body).toContain('✅ Applied');
  });

  it('/omnigraph approve of a change that needs no approval replies with the engine error and fails the step', async () => {
    await runAction('push', push, { 'require-approved-plan': 'false' });
    editQueryFile();
    await runAction('pull_request', pr(7));
    github.roles.set('alice', 'admin');
    const out = await runAction('issue_comment', approveComment('alice', 'query.knowledge.find_person'));
    expect(out.code).toBe(1);
    expect(out.outputs.ok).toBe('false');
    expect(out.outputs['failure-reason']).toBe('validation-failed');
    expect(approvalFiles()).toEqual([]);
    const reply = ours().find((c) => c.body.startsWith('❌'));
    expect(reply?.body).toContain('Could not approve <code>query.knowledge.find\\_person</code>');
    expect(reply?.body).toContain('approval\\_not\\_required');
  });

  it('/omnigraph approve from a custom role is decided by its base permission, not its name', async () => {
    await runAction('push', push, { 'require-approved-plan': 'false' });
    writeFileSync(clusterFile('cluster.yaml'), NO_GRAPHS);
    await runAction('pull_request', pr(7));
    const api = await permissionProxy({
      carol: { permission: 'write', role_name: 'deployer' },
      dave: { permission: 'read', role_name: 'auditor' },
    });
    try {
      const refused = await runAction('issue_comment', approveComment('dave', 'graph.knowledge'), {}, { GITHUB_API_URL: api.url });
      expect(refused.outputs.ok).toBe('false');
      expect(approvalFiles()).toEqual([]);
      expect(ours().at(-1)?.body).toContain('(repository role: <code>read</code>');
      const allowed = await runAction('issue_comment', approveComment('carol', 'graph.knowledge'), {}, { GITHUB_API_URL: api.url });
      expect(allowed.code).toBe(0);
      expect(allowed.outputs).toMatchObject({ ok: 'true', 'approvals-pending': '0' });
      expect(approvalFiles()).toHaveLength(1);
    } finally {
      await api.stop();
    }
  });

  it('/omnigraph approve from a read-only commenter writes nothing and replies why', async () => {
    await runAction('push', push, { 'require-approved-plan': 'false' });
    writeFileSync(clusterFile('cluster.yaml'), NO_GRAPHS);
    await runAction('pull_request', pr(7));
    const before = ours().map((c) => c.body);

    github.roles.set('bob', 'read');
    const refused = await runAction('issue_comment', approveComment('bob', 'graph.knowledge'));
    expect(refused.code).toBe(0);
    expect(refused.outputs).toMatchObject({ ok: 'false', 'failure-reason': '', 'pr-number': '7' });
    expect(approvalFiles()).toEqual([]);
    expect(github.requests.some((r) => r.path === '/repos/acme/infra/collaborators/bob/permission')).toBe(true);
    const replies = ours().slice(before.length);
    expect(replies).toHaveLength(1);
    expect(replies[0]!.body).toContain('<code>bob</code> may not approve cluster changes (repository role: <code>read</code>');
    // The plan comment is left as it was.
    expect(ours().slice(0, before.length).map((c) => c.body)).toEqual(before);
    expect(refused.summary).toContain('/omnigraph approve refused');
  });

  it('the drift issue is updated in place while drift changes, closed when it is gone, reopened when it returns', async () => {
    const first = await runAction('schedule', {});
    expect(first.outputs['drift-detected']).toBe('true');
    expect(github.issues).toHaveLength(1);
    const issue = github.issues[0]!;
    expect(issue).toMatchObject({ state: 'open', labels: ['omnigraph-drift'], title: 'OmniGraph drift: cluster' });
    const firstBody = issue.body;
    expect(firstBody).toContain('policy.base');

    writeFileSync(clusterFile('cluster.yaml'), NO_POLICY);
    const second = await runAction('schedule', {});
    expect(second.outputs).toMatchObject({ 'drift-detected': 'true', 'drift-issue-number': String(issue.number) });
    expect(github.issues).toHaveLength(1);
    expect(issue.body).not.toBe(firstBody);
    expect(issue.body).not.toContain('policy.base');
    expect(github.requests.filter((r) => r.method === 'PATCH' && r.path === `/repos/acme/infra/issues/${issue.number}`)).toHaveLength(1);

    expect((await runAction('push', push, { 'require-approved-plan': 'false' })).outputs.converged).toBe('true');
    const clean = await runAction('schedule', {});
    expect(clean.code).toBe(0);
    expect(clean.outputs).toMatchObject({ 'drift-detected': 'false', 'drift-issue-number': String(issue.number) });
    expect(github.issues).toHaveLength(1);
    expect(issue.state).toBe('closed');
    expect(issue.body).toContain('No drift found');

    writeFileSync(clusterFile('cluster.yaml'), FULL);
    const back = await runAction('schedule', {});
    expect(back.outputs).toMatchObject({ 'drift-detected': 'true', 'drift-issue-number': String(issue.number) });
    expect(github.issues).toHaveLength(1);
    expect(issue.state).toBe('open');
  });

  it('a held lock on a drift run: state-locked with lock-info, and the drift issue is left as it was', async () => {
    await runAction('schedule', {});
    expect(github.issues).toHaveLength(1);
    const issue = { ...github.issues[0]! };
    const writesBefore = github.writes().length;
    writeFileSync(clusterFile('__cluster/lock.json'), HELD_LOCK);
    const locked = await runAction('schedule', {}, { 'lock-retries': '1' });
    expect(locked.code).toBe(1);
    expect(locked.outputs).toMatchObject({ ok: 'false', 'failure-reason': 'state-locked', 'drift-issue-number': '' });
    expect(JSON.parse(locked.outputs['lock-info']!)).toMatchObject({ lock_id: '01HELDLOCK0000000000000000' });
    expect(locked.stdout).toContain('retry 1 of 1');
    expect(github.issues).toEqual([issue]);
    expect(github.writes().slice(writesBefore)).toEqual([]);
    expect(readFileSync(clusterFile('__cluster/lock.json'), 'utf8')).toBe(HELD_LOCK);
  });

  it('a held lock on apply: retries, then fails with state-locked and lock-info, the comment says why, and the lock stays', async () => {
    await runAction('pull_request', pr(7));
    merged(7);
    writeFileSync(clusterFile('__cluster/lock.json'), HELD_LOCK);
    const locked = await runAction('push', push, { 'lock-retries': '2' });
    expect(locked.code).toBe(1);
    expect(locked.outputs).toMatchObject({ ok: 'false', 'failure-reason': 'state-locked', 'pr-number': '7' });
    expect(JSON.parse(locked.outputs['lock-info']!)).toMatchObject({ lock_id: '01HELDLOCK0000000000000000', operation: 'refresh', created_at: '2026-06-10T09:00:00Z', pid: 4242 });
    expect(locked.stdout).toContain('retry 1 of 2');
    expect(locked.stdout).toContain('retry 2 of 2');
    expect(locked.stdout).not.toContain('retry 3');
    expect(locked.summary).toContain('omnigraph-cluster force-unlock 01HELDLOCK0000000000000000 --config cluster');
    const comment = ours()[0]!.body;
    expect(comment).toContain('❌ Not applied: The cluster state lock 01HELDLOCK0000000000000000 is held by a refresh');
    expect(markerOf(comment)?.kind).toBe('plan');
    expect(readFileSync(clusterFile('__cluster/lock.json'), 'utf8')).toBe(HELD_LOCK);
    expect(existsSync(clusterFile('__cluster/catalog'))).toBe(false);
  });

  it('a partial apply keeps what it applied; a re-run names what differs from the review, and a re-plan lets it finish', async () => {
    await runAction('push', push, { 'require-approved-plan': 'false' });
    // PR 8: a new graph (whose create will fail) and an edit to a query of the existing graph.
    writeFileSync(clusterFile('other.pg'), OTHER_PG);
    editQueryFile();
    writeFileSync(clusterFile('cluster.yaml'), FULL.replace('policies:', '  other:\n    schema: ./other.pg\npolicies:'));
    await runAction('pull_request', pr(8));
    merged(8);
    const queryDigest = () => appliedDigest('query.knowledge.find_person');
    const before = queryDigest();
    expect(before).toMatch(/^[0-9a-f]{64}$/);
    const partial = await runAction('push', push, {}, FAILPOINT);
    expect(partial.code).toBe(1);
    expect(partial.outputs).toMatchObject({ 'failure-reason': 'apply-failed', blocked: '2', converged: 'false', 'state-revision': '3' });
    expect(queryDigest()).not.toBe(before);
    expect(appliedDigest('graph.other')).toBeUndefined();
    expect(ours()[0]!.body).toContain('⚠️ Partially applied (revision 3): 2 blocked, 0 deferred, not converged');
    expect(ours()[0]!.body).toContain('<!-- omnigraph-cluster:review ');

    // The query edit is applied now, so the re-plan is smaller than the review: refused, by name.
    const rerun = await runAction('push', push);
    expect(rerun.code).toBe(1);
    expect(rerun.outputs['failure-reason']).toBe('plan-changed');
    expect(ours()[0]!.body).toContain('<code>query.knowledge.find\\_person</code>: reviewed but no longer planned');
    expect(ours()[0]!.body).not.toContain('differs from the reviewed one');

    // Re-planning on the PR reviews what is left; the job then finishes it.
    await runAction('pull_request', pr(8));
    expect(ours()[0]!.body).toContain('graph.other');
    const finished = await runAction('push', push);
    expect(finished.code).toBe(0);
    expect(finished.outputs).toMatchObject({ ok: 'true', converged: 'true', 'to-create': '2', blocked: '0' });
    expect(ours()[0]!.body).toContain('✅ Applied');
  });
});
const OTHER_PG = '\nnode Thing {\n  name: String @key\n}\n';
