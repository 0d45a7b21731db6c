import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { run } from '../../src/action/main.js';
import { FakeGitHub } from '../support/fake-github.js';
import { change, lockedPlan, planOutput, prPayload, rig, runContext, ScriptedCommands } from './fakes.js';
import { formatMarker, parseMarker, planFingerprint } from '../../src/render/index.js';

let github: FakeGitHub;
beforeEach(async () => {
  github = await new FakeGitHub().start();
});
afterEach(() => github.stop());

const plan = planOutput([change('graph.a'), change('schema.a')]);
const prRun = (commands: ScriptedCommands, inputs: Record<string, string> = {}, number = 7) =>
  rig(github, runContext(github, 'pull_request', prPayload(number)), commands, inputs);
const markerOf = (body: string) => parseMarker(body);
const commentWrites = () => github.writes().filter((q) => !q.path.includes('/statuses/'));

describe('pull_request → plan + sticky comment (docs/action.md#modes)', () => {
  it('posts the first plan comment with marker, fingerprint and outputs', async () => {
    const r = prRun(new ScriptedCommands().script('plan', plan));
    const result = await run(r.deps);
    expect(result.failureReason).toBeNull();
    expect(github.comments).toHaveLength(1);
    const body = github.comments[0]!.body;
    expect(markerOf(body)).toEqual({ config_dir: 'cluster', label: '', kind: 'plan', fingerprint: planFingerprint(plan) });
    expect(body).toContain('<code>graph.a</code>');
    expect(r.io.outputs).toMatchObject({
      ok: 'true',
      'has-changes': 'true',
      'to-create': '2',
      'to-update': '0',
      'to-delete': '0',
      blocked: '0',
      'plan-fingerprint': planFingerprint(plan),
      'plan-json-path': '/tmp/runner/omnigraph-plan-cluster.json',
      'state-revision': '3',
      'failure-reason': '',
      'lock-info': '{}',
      'comment-id': String(github.comments[0]!.id),
      'pr-number': '7',
    });
    expect(JSON.parse(r.files.get('/tmp/runner/omnigraph-plan-cluster.json')!).changes).toHaveLength(2);
    expect(r.io.summaries.join()).toContain('### 📝 Plan: 2 to create');
    expect(r.io.secrets).toEqual(['tok']);
    expect(r.io.failed).toBeNull();
  });

  it('updates the comment in place when the plan changed, and sends no PATCH when it did not', async () => {
    await run(prRun(new ScriptedCommands().script('plan', plan)).deps);
    const id = github.comments[0]!.id;
    await run(prRun(new ScriptedCommands().script('plan', plan)).deps);
    expect(github.requests.filter((q) => q.method === 'PATCH')).toHaveLength(0);
    await run(prRun(new ScriptedCommands().script('plan', planOutput([change('graph.a')]))).deps);
    expect(github.comments).toHaveLength(1);
    expect(github.requests.filter((q) => q.method === 'PATCH').map((q) => q.path)).toEqual([`/repos/acme/infra/issues/comments/${id}`]);
    expect(github.comments[0]!.body).not.toContain('schema.a');
  });

  it('names the planned head commit and run, and a new push that plans the same sends no PATCH', async () => {
    const push = (sha: string, runId: string) => {
      const payload = prPayload(7);
      const pr = payload.pull_request as Record<string, unknown>;
      const ctx = runContext(github, 'pull_request', { ...payload, pull_request: { ...pr, head: { ...(pr.head as object), sha } } }, { GITHUB_RUN_ID: runId });
      return rig(github, ctx, new ScriptedCommands().script('plan', plan), {});
    };
    await run(push('1111111aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', '100').deps);
    const first = github.comments[0]!.body;
    expect(first).toContain('Planned on commit <code>1111111</code> in [this workflow run](https://github.example/acme/infra/actions/runs/100)');
    await run(push('2222222bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb', '101').deps);
    expect(github.requests.filter((q) => q.method === 'PATCH')).toHaveLength(0);
    expect(github.comments[0]!.body).toBe(first);
  });

  it('keeps one comment per label side by side', async () => {
    await run(prRun(new ScriptedCommands().script('plan', plan), { label: 'staging' }).deps);
    await run(prRun(new ScriptedCommands().script('plan', plan), { label: 'prod' }).deps);
    await run(prRun(new ScriptedCommands().script('plan', planOutput([])), { label: 'staging' }).deps);
    expect(github.comments.map((c) => markerOf(c.body)?.label)).toEqual(['staging', 'prod']);
    expect(github.comments[0]!.body).not.toContain('graph.a');
    expect(github.comments[1]!.body).toContain('graph.a');
  });

  it('finds its comment past the first page and ignores look-alikes by other users', async () => {
    for (let i = 0; i < 150; i++) github.addComment(7, `chatter ${i}`, 'someone');
    const ours = github.addComment(7, `${formatMarker({ config_dir: 'cluster', label: '', fingerprint: null, kind: 'plan' })}\nold`);
    github.comments.splice(github.comments.indexOf(ours), 1);
    github.comments.splice(20, 0, { ...ours, id: 1, user: 'mallory' }); // same marker, wrong author
    github.comments.push(ours); // ours sits on page 2
    await run(prRun(new ScriptedCommands().script('plan', plan)).deps);
    expect(github.requests.filter((q) => q.method === 'GET' && q.path.includes('/comments')).map((q) => q.path)).toEqual([
      '/repos/acme/infra/issues/7/comments?per_page=100',
      '/repos/acme/infra/issues/7/comments?per_page=100&page=2',
    ]);
    expect(commentWrites().map((q) => `${q.method} ${q.path}`)).toEqual([`PATCH /repos/acme/infra/issues/comments/${ours.id}`]);
    expect(github.comments.find((c) => c.user === 'mallory')!.body).toContain('old');
  });

  it('comment: on-change skips a plan without changes; never posts nothing', async () => {
    await run(prRun(new ScriptedCommands().script('plan', planOutput([])), { comment: 'on-change' }).deps);
    await run(prRun(new ScriptedCommands().script('plan', plan), { comment: 'never', 'require-approved-plan': 'false' }).deps);
    expect(commentWrites()).toEqual([]);
  });

  it('sets one commit status per cluster on the PR head, and degrades to a warning without statuses: write', async () => {
    await run(prRun(new ScriptedCommands().script('plan', plan), { label: 'prod' }).deps);
    expect(github.latestStatus('head1', 'omnigraph/prod')).toMatchObject({ state: 'success', description: '2 to apply' });
    github.failWith('POST', /\/statuses\//, 403);
    const r = prRun(new ScriptedCommands().script('plan', plan));
    const result = await run(r.deps);
    expect(result.failureReason).toBeNull();
    expect(r.io.warnings().join()).toContain('could not set the commit status omnigraph/cluster');
    expect(r.io.warnings().join()).toContain('statuses: write');
  });

  it('fails the PR check when the merge apply would be partial, with the reason in the comment and the status', async () => {
    const blocked = planOutput([change('graph.a'), change('schema.b', { operation: 'update', disposition: 'blocked', reason: 'migration_unsupported' })]);
    const r = prRun(new ScriptedCommands().script('plan', blocked));
    const result = await run(r.deps);
    expect(result.failureReason).toBe('partial-apply');
    expect(r.io.failed).toContain('schema.b (migration_unsupported)');
    expect(github.comments[0]!.body).toContain('Merging now would not apply cleanly');
    expect(github.latestStatus('head1', 'omnigraph/cluster')).toMatchObject({ state: 'failure', description: '1 to apply, 1 blocked; merge would fail' });
  });

  it('degrades to a warning and the summary when commenting is forbidden', async () => {
    github.failWith('POST', /\/issues\/7\/comments$/, 403);
    const r = prRun(new ScriptedCommands().script('plan', plan));
    const result = await run(r.deps);
    expect(result.failureReason).toBeNull();
    expect(r.io.failed).toBeNull();
    expect(r.io.warnings().join()).toContain('could not write the pull request comment');
    expect(r.io.outputs['comment-id']).toBe('');
    expect(r.io.summaries.join()).toContain('### 📝 Plan: 2 to create');
  });

  it('retries a held lock with jitter, then fails with lock-info and the exact force-unlock command', async () => {
    const commands = new ScriptedCommands().script('plan', lockedPlan());
    const r = prRun(commands, { 'lock-retries': '2', 'lock-retry-interval': '10s' });
    const result = await run(r.deps);
    expect(commands.called('plan')).toBe(3);
    expect(r.sleeps).toEqual([10_000, 10_000]); // random() = 0.5 → exactly the interval
    expect(result.failureReason).toBe('state-locked');
    expect(JSON.parse(r.io.outputs['lock-info']!)).toEqual({ lock_id: '01LOCK', operation: 'apply', created_at: '2026-06-10T09:00:00Z', pid: 77, age_seconds: 3600 });
    expect(r.io.failed).toContain('omnigraph-cluster force-unlock 01LOCK --config cluster');
    expect(r.io.summaries.join()).toContain('state-locked');
    expect(commands.called('forceUnlock')).toBe(0);
  });

  it('validates only on a fork pull request: no state, no comment, no failure for permissions', async () => {
    const commands = new ScriptedCommands().script('validate', { ok: true, config_dir: '/w/cluster', config_file: '/w/cluster/cluster.yaml', resource_digests: {}, resources: [], dependencies: [], diagnostics: [] });
    const r = rig(github, runContext(github, 'pull_request', prPayload(9, true)), commands);
    const result = await run(r.deps);
    expect(commands.calls.map((c) => c.command)).toEqual(['validate']);
    expect(github.requests).toEqual([]);
    expect(result.failureReason).toBeNull();
    expect(r.io.logs.some((l) => l.level === 'notice' && l.message.includes('fork'))).toBe(true);
    expect(r.io.summaries.join()).toContain('comes from a fork');
  });

  it('fails on bad inputs with every message and still sets the outputs', async () => {
    const r = prRun(new ScriptedCommands(), { comment: 'loud' });
    await run(r.deps);
    expect(r.io.failed).toBe('input comment: expected one of always, on-change, never');
    expect(r.io.outputs.ok).toBe('false');
    expect(github.requests).toEqual([]);
  });
});

describe('an empty github-token', () => {
  it('fails as an input error naming the input, runs nothing and calls no API', async () => {
    const r = prRun(new ScriptedCommands().script('plan', plan), { 'github-token': '' });
    const result = await run(r.deps);
    expect(result.ok).toBe(false);
    expect(r.io.failed).toMatch(/^input github-token: empty/);
    expect(r.io.failed).not.toContain('internal');
    expect(github.requests).toHaveLength(0);
  });
});
