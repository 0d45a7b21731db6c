/**
 * End-to-end output hygiene (issue 15) through the BUNDLED action against the fake GitHub:
 * the token never appears in anything we write, user-controlled text reaches the job summary
 * only escaped, and GitHub failing a comment never fails a plan.
 *
 * Skips while dist/index.js is the placeholder bundle; `ACTION_E2E_ENTRY=src` runs src/index.ts.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { FakeGitHub } from '../support/fake-github.js';
import { PLACEHOLDER, actionWorkspace, type ActionRun, type ActionWorkspace } from '../support/action-runner.js';

const suite = PLACEHOLDER ? describe.skip : describe;

let github: FakeGitHub;
let work: string;
let workspace: ActionWorkspace;
beforeEach(async () => {
  workspace = await actionWorkspace('og-hygiene-');
  ({ github, work } = workspace);
});
afterEach(async () => {
  await workspace.stop();
});

const TOKEN = 'secret-token';
const SCRIPT = '<script>alert(1)</script>';
const pr = (number: number) => ({
  action: 'synchronize',
  pull_request: { number, head: { repo: { full_name: 'acme/infra' } }, base: { ref: 'main', repo: { full_name: 'acme/infra' } } },
  repository: { full_name: 'acme/infra', default_branch: 'main' },
});
const comment = (body: string) => ({
  action: 'created',
  issue: { number: 7, pull_request: {} },
  comment: { id: 1, body, user: { login: 'alice' } },
  repository: { full_name: 'acme/infra', default_branch: 'main' },
});

/** Everything the run wrote anywhere: log, summary, outputs, and every body sent to GitHub. */
function written(run: ActionRun): string {
  const bodies = github.writes().map((r) => JSON.stringify(r.body));
  return [run.stdout.replace(`::add-mask::${TOKEN}`, ''), run.summary, JSON.stringify(run.outputs), ...bodies].join('\n');
}

suite('output hygiene in the bundled action (issue 15)', () => {
  it('redacts the token from errors that quote request headers, in the log, summary, outputs and comments', async () => {
    const echoed = `Bad credentials (request headers: authorization: token ${TOKEN}; basic ${Buffer.from(`x-access-token:${TOKEN}`).toString('base64')})`;
    github.failWith('GET', /\/issues\/7\/comments$/, 401, { message: echoed });
    github.failWith('POST', /\/graphql$/, 401, { message: echoed });
    const run = await runPlan();
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Bad credentials');
    expect(written(run)).not.toContain(TOKEN);
    expect(written(run)).not.toContain(Buffer.from(`x-access-token:${TOKEN}`).toString('base64'));
    expect(run.stdout).toContain('***');
  });

  it('escapes the --label of an approve comment before it reaches the job summary', async () => {
    const run = await workspace.run('issue_comment', comment(`/omnigraph approve graph.knowledge --label ${SCRIPT}`));
    expect(run.code).toBe(0);
    expect(run.summary).toContain('nothing to do');
    expect(run.summary).toContain('&lt;script&gt;');
    expect(run.summary).not.toContain('<script>');
  });

  it('escapes diagnostics in the failure preface of the summary', async () => {
    const yaml = path.join(work, 'cluster', 'cluster.yaml');
    writeFileSync(yaml, readFileSync(yaml, 'utf8').replace(/^graphs:\n {2}knowledge:/m, `graphs:\n  "${SCRIPT}":`));
    const run = await runPlan();
    expect(run.code).toBe(1);
    expect(run.outputs['failure-reason']).toBe('validation-failed');
    expect(run.summary).toMatch(/^### ❌ <code>validation-failed<\/code>/);
    expect(run.summary).toContain('&lt;script&gt;');
    // Diagnostic messages are shown verbatim in fenced code blocks (GitHub renders fence
    // contents as text); everywhere else the markup is escaped.
    expect(outsideFences(run.summary)).not.toContain('<script>');
  });

  it('retries a single 5xx on the comment with backoff and posts it', async () => {
    github.failWith('POST', /\/issues\/7\/comments$/, 502, { times: 1 });
    const run = await runPlan();
    expect(run.code).toBe(0);
    expect(run.outputs['failure-reason']).toBe('');
    expect(github.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/issues/7/comments'))).toHaveLength(2);
    expect(github.comments).toHaveLength(1);
    expect(run.outputs['comment-id']).toBe(String(github.comments[0]!.id));
  });

  it('degrades a comment GitHub keeps refusing with 5xx to a warning plus the job summary, never a failed plan', async () => {
    github.failWith('POST', /\/issues\/7\/comments$/, 503);
    const run = await runPlan();
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ ok: 'true', 'failure-reason': '', 'comment-id': '' });
    expect(github.comments).toHaveLength(0);
    expect(run.stdout).toMatch(/::warning::could not write the pull request comment .*503/);
    expect(run.summary).toContain('Plan:');
  });

  it('waits out a secondary rate limit (retry-after) and then writes the comment', async () => {
    github.secondaryRateLimit('POST', /\/issues\/7\/comments$/, 1);
    const run = await runPlan();
    expect(run.code).toBe(0);
    expect(github.comments).toHaveLength(1);
    expect(run.stdout).toMatch(/secondary rate limit/);
  });
});

/** Markdown without its fenced code blocks (whose contents GitHub shows as text, never as HTML). */
function outsideFences(markdown: string): string {
  return markdown.replace(/^(`{3,})[^\n]*\n[\s\S]*?\n\1$/gm, '');
}

function runPlan(): Promise<ActionRun> {
  return workspace.run('pull_request', pr(7));
}
