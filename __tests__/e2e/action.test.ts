/**
 * End-to-end: the BUNDLED action (dist/index.js) as a child process, with GITHUB_* / INPUT_* env
 * and event files, against the fake GitHub server and a temp cluster, using the embedded engine.
 * Asserts GITHUB_OUTPUT, the summary file, the requests and the exit code.
 *
 * Skips while dist/index.js is the placeholder bundle (rebuild with `npm run build`).
 * `ACTION_E2E_ENTRY=src` runs src/index.ts through the test TypeScript loader instead.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { FakeGitHub } from '../support/fake-github.js';
import { PLACEHOLDER, actionWorkspace, type ActionWorkspace } from '../support/action-runner.js';

if (PLACEHOLDER) console.warn('action e2e skipped: dist/index.js is the placeholder bundle; run `npm run build` first');
const suite = PLACEHOLDER ? describe.skip : describe;

let github: FakeGitHub;
let work: string;
let workspace: ActionWorkspace;
beforeEach(async () => {
  workspace = await actionWorkspace('og-action-');
  ({ github, work } = workspace);
});
afterEach(async () => {
  await workspace.stop();
});

const runAction: ActionWorkspace['run'] = (...args) => workspace.run(...args);

const pr = (number: number, fork = false) => ({
  action: 'synchronize',
  pull_request: { number, head: { repo: { full_name: fork ? 'mallory/infra' : 'acme/infra' } }, base: { ref: 'main', repo: { full_name: 'acme/infra' } } },
  repository: { full_name: 'acme/infra', default_branch: 'main' },
});
const push = { ref: 'refs/heads/main', repository: { full_name: 'acme/infra', default_branch: 'main' } };
const editQuery = () => writeFileSync(path.join(work, 'cluster/people.gq'), `${readFileSync(path.join(work, 'cluster/people.gq'), 'utf8')}\n`);
const patches = () => github.requests.filter((r) => r.method === 'PATCH');

suite('the bundled action end to end (issue 10 scenarios)', () => {
  it('plans a PR: first comment, unchanged re-run without PATCH, updated comment after an edit', async () => {
    const first = await runAction('pull_request', pr(7));
    expect(first.code).toBe(0);
    expect(first.outputs).toMatchObject({ ok: 'true', 'has-changes': 'true', 'failure-reason': '', 'pr-number': '7', 'lock-info': '{}' });
    expect(first.outputs['plan-fingerprint']).toMatch(/^[0-9a-f]{64}$/);
    expect(existsSync(first.outputs['plan-json-path']!)).toBe(true);
    expect(first.summary).not.toBe('');
    // The token is registered for masking and appears nowhere else.
    expect(first.stdout).toContain('::add-mask::secret-token');
    expect(first.stdout.replace('::add-mask::secret-token', '')).not.toContain('secret-token');
    expect(github.comments).toHaveLength(1);
    expect(github.comments[0]!.body).toContain('<!-- omnigraph-cluster:v1 ');
    expect(github.requests.every((r) => r.authorization === 'token secret-token')).toBe(true);

    const again = await runAction('pull_request', pr(7));
    expect(again.code).toBe(0);
    expect(patches()).toHaveLength(0);

    editQuery();
    const edited = await runAction('pull_request', pr(7));
    expect(edited.code).toBe(0);
    expect(patches()).toHaveLength(1);
    expect(github.comments).toHaveLength(1);
  });

  it('keeps two labels side by side and finds its comment among >100 others', async () => {
    for (let i = 0; i < 120; i++) github.addComment(7, `comment ${i}`, 'someone');
    await runAction('pull_request', pr(7), { label: 'staging' });
    await runAction('pull_request', pr(7), { label: 'prod' });
    await runAction('pull_request', pr(7), { label: 'staging' });
    const ours = github.comments.filter((c) => c.user === 'github-actions[bot]');
    expect(ours).toHaveLength(2);
    expect(github.requests.some((r) => r.path.includes('page=2'))).toBe(true);
  });

  it('merge → apply → comment applied; a later drift run closes nothing and opens no issue', async () => {
    await runAction('pull_request', pr(7));
    github.pulls.set('merge1', [{ number: 7, merge_commit_sha: 'merge1', base: 'main', state: 'closed' }]);
    const applied = await runAction('push', push);
    expect(applied.code).toBe(0);
    expect(applied.outputs).toMatchObject({ ok: 'true', converged: 'true', 'failure-reason': '', 'pr-number': '7' });
    expect(github.comments[0]!.body).toContain('✅ Applied');
    const drift = await runAction('schedule', {});
    expect(drift.outputs['drift-detected']).toBe('false');
    expect(github.issues).toHaveLength(0);
  });

  it('refuses to apply when the plan changed since review', async () => {
    await runAction('pull_request', pr(7));
    github.pulls.set('merge1', [{ number: 7, merge_commit_sha: 'merge1', base: 'main', state: 'closed' }]);
    editQuery();
    const refused = await runAction('push', push);
    expect(refused.code).toBe(1);
    expect(refused.outputs['failure-reason']).toBe('plan-changed');
    expect(github.comments[0]!.body).toContain('❌ Not applied');
    expect(existsSync(path.join(work, 'cluster/__cluster/catalog'))).toBe(false);
  });

  it('retries a held lock, then fails with lock-info and leaves the lock alone', async () => {
    await runAction('pull_request', pr(7));
    const lock = '{\n  "version": 1,\n  "lock_id": "01HELDLOCK0000000000000000",\n  "operation": "apply",\n  "created_at": "2026-06-10T09:00:00Z",\n  "pid": 4242\n}';
    writeFileSync(path.join(work, 'cluster/__cluster/lock.json'), lock);
    const locked = await runAction('pull_request', pr(7), { 'lock-retries': '2' });
    expect(locked.code).toBe(1);
    expect(locked.outputs['failure-reason']).toBe('state-locked');
    expect(JSON.parse(locked.outputs['lock-info']!)).toMatchObject({ lock_id: '01HELDLOCK0000000000000000', operation: 'apply', pid: 4242 });
    expect(locked.summary).toContain('omnigraph-cluster force-unlock 01HELDLOCK0000000000000000 --config cluster');
    expect(readFileSync(path.join(work, 'cluster/__cluster/lock.json'), 'utf8')).toBe(lock);
  });

  it('opens a drift issue when the cluster differs from its config', async () => {
    const drift = await runAction('schedule', {});
    expect(drift.outputs['drift-detected']).toBe('true');
    expect(github.issues).toHaveLength(1);
    expect(drift.outputs['drift-issue-number']).toBe(String(github.issues[0]!.number));
  });

  it('validates a fork PR only: no requests, no failure', async () => {
    const fork = await runAction('pull_request', pr(9, true));
    expect(fork.code).toBe(0);
    expect(github.requests).toEqual([]);
    expect(existsSync(path.join(work, 'cluster/__cluster'))).toBe(false);
  });

  it('refuses /omnigraph approve from a reader', async () => {
    github.roles.set('bob', 'read');
    const payload = { action: 'created', issue: { number: 7, pull_request: {} }, comment: { id: 1, body: '/omnigraph approve graph.knowledge', user: { login: 'bob' } } };
    const refused = await runAction('issue_comment', payload);
    expect(refused.code).toBe(0);
    expect(refused.outputs.ok).toBe('false');
    expect(github.comments[0]!.body).toContain('may not approve');
  });
});
