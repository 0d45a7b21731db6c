import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { run } from '../../src/action/main.js';
import { decideDriftIssue, DRIFT_LABEL } from '../../src/action/drift-issue.js';
import { FakeGitHub } from '../support/fake-github.js';
import { change, planOutput, refreshOutput, rig, runContext, ScriptedCommands, statusOutput } from './fakes.js';
import { formatMarker, parseMarker } from '../../src/render/index.js';

let github: FakeGitHub;
beforeEach(async () => {
  github = await new FakeGitHub().start();
});
afterEach(() => github.stop());

const drifted = refreshOutput({ resource_statuses: { 'graph.a': { status: 'drifted', conditions: ['graph_missing'] } } });
const driftRun = (refresh = drifted, plan = planOutput([]), inputs: Record<string, string> = {}) => {
  const commands = new ScriptedCommands().script('status', statusOutput()).script('refresh', refresh).script('plan', plan);
  return rig(github, runContext(github, 'schedule', {}), commands, inputs);
};

describe('schedule → drift: status, refresh, plan, one drift issue per identity', () => {
  it('opens, updates, closes and reopens the drift issue', async () => {
    const first = driftRun();
    const r1 = await run(first.deps);
    expect(first.commands.calls.map((c) => c.command)).toEqual(['status', 'refresh', 'plan', 'serving']);
    expect(r1.driftDetected).toBe(true);
    expect(r1.failureReason).toBeNull(); // drift is not in the default fail-on
    expect(github.issues).toHaveLength(1);
    const issue = github.issues[0]!;
    expect(issue).toMatchObject({ title: 'OmniGraph drift: cluster', state: 'open', labels: [DRIFT_LABEL] });
    expect(parseMarker(issue.body)).toEqual({ config_dir: 'cluster', label: '', fingerprint: null, kind: 'drift' });
    expect(first.io.outputs).toMatchObject({ 'drift-detected': 'true', 'drift-issue-number': String(issue.number), 'state-revision': '5' });

    await run(driftRun(drifted, planOutput([change('query.a.q')])).deps);
    expect(github.issues).toHaveLength(1);
    expect(github.issues[0]!.body).toContain('query.a.q');

    const clean = driftRun(refreshOutput(), planOutput([]));
    await run(clean.deps);
    expect(github.issues[0]!.state).toBe('closed');
    expect(clean.io.outputs['drift-detected']).toBe('false');

    await run(driftRun().deps);
    expect(github.issues).toHaveLength(1);
    expect(github.issues[0]!.state).toBe('open');
  });

  it('shows the serving verdict in the drift issue', async () => {
    const r = driftRun();
    r.commands.script('serving', { ok: true, config_dir: '/w/cluster', serving: ['a'], quarantined: ['b'], diagnostics: [] });
    await run(r.deps);
    const body = github.issues[0]!.body;
    expect(body).toContain('### Serving check');
    expect(body).toContain('⚠️ a server would boot and serve 1 graph; 1 quarantined');
    expect(body).toContain('Quarantined: <code>b</code>');
  });

  it('keeps separate issues per label and ignores issues written by others', async () => {
    github.addIssue({ title: 'x', body: formatMarker({ config_dir: 'cluster', label: '', fingerprint: null, kind: 'drift' }), state: 'open', labels: [DRIFT_LABEL], user: 'mallory' });
    await run(driftRun(drifted, planOutput([]), { label: 'prod' }).deps);
    await run(driftRun().deps);
    expect(github.issues.map((i) => [i.user, i.title])).toEqual([
      ['mallory', 'x'],
      ['github-actions[bot]', 'OmniGraph drift: cluster (prod)'],
      ['github-actions[bot]', 'OmniGraph drift: cluster'],
    ]);
  });

  it('fails with drift-detected when asked to, and warns when issues are forbidden', async () => {
    github.failWith('GET', /\/issues$/, 403);
    const r = driftRun(drifted, planOutput([]), { 'fail-on': 'errors,drift' });
    const result = await run(r.deps);
    expect(result.failureReason).toBe('drift-detected');
    expect(r.io.warnings().join()).toContain('could not update the drift issue');
  });

  it('decides the lifecycle from the issue state and the result', () => {
    const open = { number: 1, state: 'open' as const, title: '', body: '', authorLogin: '' };
    expect(decideDriftIssue(null, true)).toBe('created');
    expect(decideDriftIssue(open, true)).toBe('updated');
    expect(decideDriftIssue({ ...open, state: 'closed' }, true)).toBe('reopened');
    expect(decideDriftIssue(open, false)).toBe('closed');
    expect(decideDriftIssue({ ...open, state: 'closed' }, false)).toBe('none');
    expect(decideDriftIssue(null, false)).toBe('none');
  });
});

describe('issue_comment /omnigraph approve', () => {
  const payload = (login: string) => ({
    action: 'created',
    issue: { number: 7, pull_request: { url: 'x' } },
    comment: { id: 5, body: '/omnigraph approve graph.old', user: { login } },
    repository: { full_name: 'acme/infra', default_branch: 'main' },
  });

  it('approves as a commenter with write access, replies, and refreshes the plan comment', async () => {
    github.roles.set('alice', 'maintain');
    const commands = new ScriptedCommands()
      .script('approve', { ok: true, config_dir: '/w/cluster', approval_id: '01APPROVAL', resource: 'graph.old', operation: 'delete', approved_by: 'alice', diagnostics: [] })
      .script('plan', planOutput([change('graph.old', { operation: 'delete', disposition: 'applied' })], { approvals_required: [{ resource: 'graph.old', reason: 'delete', satisfied: true }] }));
    const r = rig(github, runContext(github, 'issue_comment', payload('alice')), commands, { actor: 'ignored-for-approve' });
    const result = await run(r.deps);
    expect(commands.calls[0]).toEqual({ command: 'approve', options: { configDir: '/w/cluster', actor: 'alice', resource: 'graph.old' } });
    expect(result.failureReason).toBeNull();
    expect(github.comments.map((c) => c.body.split('\n')[0])).toEqual([
      '✅ <code>graph.old</code> approved by <code>alice</code> (approval <code>01APPROVAL</code>). The merge will apply it if the plan is unchanged.',
      expect.stringContaining('<!-- omnigraph-cluster:v1 '),
    ]);
    expect(r.io.outputs['approvals-pending']).toBe('0');
  });

  const authored = (login: string, author: string, commentId: number) => ({
    ...payload(login),
    issue: { number: 7, pull_request: { url: 'x' }, user: { login: author } },
    comment: { id: commentId, body: '/omnigraph approve graph.old', user: { login } },
  });
  const approving = () =>
    new ScriptedCommands()
      .script('approve', { ok: true, config_dir: '/w/cluster', approval_id: '01APPROVAL', resource: 'graph.old', operation: 'delete', approved_by: 'alice', diagnostics: [] })
      .script('plan', planOutput([change('graph.old', { operation: 'delete', disposition: 'applied' })], { approvals_required: [{ resource: 'graph.old', reason: 'delete', satisfied: true }] }));

  it('reacts 👀 then 👍, and turns the PR head status green once approved', async () => {
    github.roles.set('alice', 'write');
    github.pullRequests.set(7, { headSha: 'head7', author: 'carol' });
    const command = github.addComment(7, '/omnigraph approve graph.old', 'alice');
    const r = rig(github, runContext(github, 'issue_comment', authored('alice', 'carol', command.id)), approving());
    expect((await run(r.deps)).failureReason).toBeNull();
    expect(github.reactions.filter((x) => x.commentId === command.id).map((x) => x.content)).toEqual(['eyes', '+1']);
    expect(github.latestStatus('head7', 'omnigraph/cluster')?.state).toBe('success');
  });

  it('refuses the PR author approving their own pull request (allow-self-approval: false) and reacts 👎', async () => {
    github.roles.set('carol', 'admin');
    const command = github.addComment(7, '/omnigraph approve graph.old', 'carol');
    const commands = new ScriptedCommands();
    const r = rig(github, runContext(github, 'issue_comment', authored('carol', 'carol', command.id)), commands);
    expect((await run(r.deps)).ok).toBe(false);
    expect(commands.calls).toEqual([]);
    expect(github.comments.at(-1)!.body).toContain('opened this pull request and may not approve');
    expect(github.reactions.map((x) => x.content)).toEqual(['eyes', '-1']);
    const allowed = rig(github, runContext(github, 'issue_comment', authored('carol', 'carol', command.id)), approving(), { 'allow-self-approval': 'true' });
    expect((await run(allowed.deps)).failureReason).toBeNull();
  });

  it('with approvers set, only listed users and active team members may approve', async () => {
    for (const login of ['dave', 'erin', 'frank']) github.roles.set(login, 'write');
    github.teams.set('acme/platform', new Map([['erin', 'active'], ['frank', 'pending']]));
    const inputs = { approvers: 'dave, @acme/platform' };
    const tryAs = async (login: string) => {
      const commands = approving();
      await run(rig(github, runContext(github, 'issue_comment', authored(login, 'carol', 0)), commands, inputs).deps);
      return commands.calls.some((c) => c.command === 'approve');
    };
    expect(await tryAs('dave')).toBe(true);
    expect(await tryAs('erin')).toBe(true);
    expect(await tryAs('frank')).toBe(false);
    expect(github.comments.at(-1)!.body).toContain('is not one of this cluster');
  });

  it('refuses a commenter without write access and never calls approve', async () => {
    github.roles.set('bob', 'triage');
    const commands = new ScriptedCommands();
    const r = rig(github, runContext(github, 'issue_comment', payload('bob')), commands);
    const result = await run(r.deps);
    expect(commands.calls).toEqual([]);
    expect(result.ok).toBe(false);
    expect(r.io.failed).toBeNull();
    expect(r.io.outputs.ok).toBe('false');
    expect(github.comments.map((c) => c.body)).toEqual([
      '❌ <code>bob</code> may not approve cluster changes (repository role: <code>triage</code>; write, maintain or admin is required).',
    ]);
  });
});
