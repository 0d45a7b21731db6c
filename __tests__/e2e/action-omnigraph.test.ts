/**
 * End-to-end with `engine: omnigraph`: the BUNDLED action (dist/index.js) delegates every command
 * to the stand-in binary's `omnigraph cluster …`, against the fake GitHub server: apply on merge,
 * a gated delete planned on a PR, `/omnigraph approve`, the delete applied, and drift on schedule.
 *
 * Skips while dist/index.js is the placeholder bundle. `ACTION_E2E_ENTRY=src` runs src/index.ts.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fixtureFiles } from '../support/cluster-fixture.js';
import type { FakeGitHub } from '../support/fake-github.js';
import { PLACEHOLDER, actionWorkspace, type ActionWorkspace } from '../support/action-runner.js';
import { STANDIN_OMNIGRAPH } from '../support/harness.js';

if (PLACEHOLDER) console.warn('action e2e (omnigraph engine) skipped: dist/index.js is the placeholder bundle; run `npm run build` first');
const suite = PLACEHOLDER ? describe.skip : describe;

let github: FakeGitHub;
let work: string;
let workspace: ActionWorkspace;
beforeEach(async () => {
  workspace = await actionWorkspace('og-action-omnigraph-');
  ({ github, work } = workspace);
});
afterEach(async () => {
  await workspace.stop();
});

const ENGINE = { engine: 'omnigraph', 'omnigraph-path': STANDIN_OMNIGRAPH };
const runAction = (event: string, payload: Record<string, unknown>, inputs: Record<string, string> = {}) =>
  workspace.run(event, payload, { ...ENGINE, ...inputs }, {}, 300_000);
const pr = { action: 'synchronize', pull_request: { number: 7, head: { repo: { full_name: 'acme/infra' } }, base: { ref: 'main', repo: { full_name: 'acme/infra' } } }, repository: { full_name: 'acme/infra', default_branch: 'main' } };
const push = { ref: 'refs/heads/main', repository: { full_name: 'acme/infra', default_branch: 'main' } };
const approveComment = { action: 'created', issue: { number: 7, pull_request: {} }, comment: { id: 1, body: '/omnigraph approve graph.knowledge', user: { login: 'alice' } }, repository: { full_name: 'acme/infra', default_branch: 'main' } };
const NO_GRAPHS = 'version: 1\nmetadata:\n  name: test\nstate:\n  backend: cluster\n  lock: true\ngraphs: {}\n';
const graphRoot = () => path.join(work, 'cluster', 'graphs', 'knowledge.omni', '_schema.pg');

suite('the bundled action with engine: omnigraph (delegated to the stand-in binary)', () => {
  it('applies, plans a gated delete, approves it, applies the delete, then reports drift on schedule', async () => {
    const created = await runAction('push', push, { 'require-approved-plan': 'false' });
    expect(created.code).toBe(0);
    expect(created.outputs).toMatchObject({ ok: 'true', converged: 'true' });
    expect(existsSync(graphRoot())).toBe(true);

    writeFileSync(path.join(work, 'cluster', 'cluster.yaml'), NO_GRAPHS);
    // The pending approval makes the PR check red (the merge apply would stop at it) until approved.
    const gated = await runAction('pull_request', pr);
    expect(gated.code).toBe(1);
    expect(gated.outputs).toMatchObject({ 'to-delete': '4', 'approvals-pending': '1', 'failure-reason': 'approval-required' });
    expect(github.comments).toHaveLength(1);

    github.roles.set('alice', 'write');
    const approved = await runAction('issue_comment', approveComment);
    expect(approved.code).toBe(0);
    expect(approved.outputs).toMatchObject({ ok: 'true', 'approvals-pending': '0' });

    github.pulls.set('merge1', [{ number: 7, merge_commit_sha: 'merge1', base: 'main', state: 'closed' }]);
    const deleted = await runAction('push', push);
    expect(deleted.code).toBe(0);
    expect(deleted.outputs).toMatchObject({ ok: 'true', converged: 'true', 'to-delete': '4' });
    expect(existsSync(graphRoot())).toBe(false);

    writeFileSync(path.join(work, 'cluster', 'cluster.yaml'), fixtureFiles()['cluster.yaml']!);
    const drift = await runAction('schedule', {});
    expect(drift.outputs['drift-detected']).toBe('true');
    expect(github.issues).toHaveLength(1);
    expect(github.issues[0]!.body).toContain('graph.knowledge');
  }, 600_000);

  it('a missing binary fails the step with the engine diagnostic as the failure reason', async () => {
    const run = await workspace.run('pull_request', pr, { engine: 'omnigraph', 'omnigraph-path': path.join(work, 'no-such-omnigraph') });
    expect(run.code).not.toBe(0);
    expect(run.outputs.ok).toBe('false');
    expect(run.outputs['failure-reason']).not.toBe('');
  }, 120_000);
});
