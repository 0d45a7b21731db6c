import { describe, expect, it } from '@jest/globals';
import { readRunContext } from '../../src/action/context.js';
import { parseSettings, type ActionSettings } from '../../src/action/settings.js';
import { decideTrigger } from '../../src/action/trigger.js';
import { planCommentBody } from '../../src/render/index.js';
import { change, planOutput } from './fakes.js';

const settings = (inputs: Record<string, string> = {}): ActionSettings => {
  const r = parseSettings((n) => inputs[n] ?? '', '/w');
  if (!r.ok) throw new Error(r.errors.join());
  return r.settings;
};
const ctx = (eventName: string, payload: Record<string, unknown>, ref = 'refs/heads/main') =>
  readRunContext({ GITHUB_EVENT_NAME: eventName, GITHUB_REPOSITORY: 'acme/infra', GITHUB_REF: ref }, payload, '/tmp');
const pr = (headRepo: string | null) => ({
  pull_request: { number: 7, head: { repo: headRepo === null ? null : { full_name: headRepo } }, base: { repo: { full_name: 'acme/infra' } } },
});
const repository = { repository: { default_branch: 'main' } };
const comment = (body: string, extra: Record<string, unknown> = {}) => ({
  action: 'created',
  issue: { number: 7, pull_request: { url: 'x' } },
  comment: { id: 5, body, user: { login: 'alice' } },
  ...extra,
});

describe('decideTrigger (docs/action.md#modes)', () => {
  it('plans pull requests and validates fork pull requests only', () => {
    expect(decideTrigger(ctx('pull_request', pr('acme/infra')), settings())).toEqual({ kind: 'plan', prNumber: 7 });
    expect(decideTrigger(ctx('pull_request', pr('mallory/infra')), settings())).toEqual({ kind: 'fork-validate', prNumber: 7 });
    expect(decideTrigger(ctx('pull_request_target', pr(null)), settings())).toEqual({ kind: 'fork-validate', prNumber: 7 });
    // An explicit command cannot make a fork apply.
    expect(decideTrigger(ctx('pull_request', pr('mallory/infra')), settings({ command: 'apply' }))).toEqual({ kind: 'fork-validate', prNumber: 7 });
  });

  it('applies pushes to the default branch only', () => {
    expect(decideTrigger(ctx('push', repository), settings())).toEqual({ kind: 'apply' });
    expect(decideTrigger(ctx('push', repository, 'refs/heads/feature'), settings())).toEqual({ kind: 'plan', prNumber: null });
  });

  it('checks drift on schedule and dispatch; honours an explicit command', () => {
    expect(decideTrigger(ctx('schedule', {}), settings())).toEqual({ kind: 'drift' });
    expect(decideTrigger(ctx('workflow_dispatch', {}), settings())).toEqual({ kind: 'drift' });
    expect(decideTrigger(ctx('workflow_dispatch', {}), settings({ command: 'status' }))).toEqual({ kind: 'command', command: 'status', prNumber: null });
    expect(decideTrigger(ctx('release', {}), settings()).kind).toBe('ignore');
  });

  it('turns /omnigraph approve comments on pull requests into approvals, label-scoped', () => {
    expect(decideTrigger(ctx('issue_comment', comment('/omnigraph approve graph.old\nthanks')), settings())).toEqual({
      kind: 'approve',
      prNumber: 7,
      commentId: 5,
      commenter: 'alice',
      resource: 'graph.old',
      label: '',
    });
    expect(decideTrigger(ctx('issue_comment', comment('/omnigraph approve graph.old --label prod')), settings()).kind).toBe('ignore');
    // With many clusters in one step, the label names the cluster: passed on, not compared.
    expect(decideTrigger(ctx('issue_comment', comment('/omnigraph approve graph.old --label east')), settings({ 'config-dir': 'clusters/*' }))).toMatchObject({
      kind: 'approve',
      label: 'east',
    });
    expect(decideTrigger(ctx('issue_comment', comment('/omnigraph approve graph.old --label prod')), settings({ label: 'prod' })).kind).toBe('approve');
    expect(decideTrigger(ctx('issue_comment', comment('looks good')), settings()).kind).toBe('ignore');
    expect(decideTrigger(ctx('issue_comment', comment('/omnigraph approve x', { action: 'edited' })), settings()).kind).toBe('ignore');
    expect(decideTrigger(ctx('issue_comment', { ...comment('/omnigraph approve x'), issue: { number: 7 } }), settings()).kind).toBe('ignore');
  });

  it('applies a pull request closed as merged, ignores one closed unmerged, and lists targets even for a fork', () => {
    const closed = (merged: boolean) => ({ action: 'closed', pull_request: { ...pr('acme/infra').pull_request, merged } });
    expect(decideTrigger(ctx('pull_request', closed(true)), settings())).toEqual({ kind: 'apply', prNumber: 7 });
    expect(decideTrigger(ctx('pull_request', closed(false)), settings())).toMatchObject({ kind: 'ignore' });
    expect(decideTrigger(ctx('pull_request', pr('mallory/infra')), settings({ command: 'targets' }))).toEqual({ kind: 'targets', prNumber: 7 });
    expect(decideTrigger(ctx('push', repository), settings({ command: 'targets' }))).toEqual({ kind: 'targets', prNumber: null });
  });

  it('accepts, verbatim, the approve comment the plan comment tells reviewers to post', () => {
    for (const label of ['', 'prod']) {
      const out = planOutput([change('graph.old', { operation: 'delete', disposition: 'blocked', reason: 'approval_required' })], { approvals_required: [{ resource: 'graph.old', reason: 'delete may remove deployed graph or schema definition', satisfied: false }] });
      const body = planCommentBody({ plan: out, fingerprint: null, ctx: { configDir: 'cluster', label }, maxBytes: 60_000 });
      const shown = /```text\n(\/omnigraph approve [^\n]*)\n```/.exec(body)?.[1];
      expect(shown).toBe(label === '' ? '/omnigraph approve graph.old' : `/omnigraph approve graph.old --label ${label}`);
      expect(decideTrigger(ctx('issue_comment', comment(shown!)), settings({ label }))).toMatchObject({ kind: 'approve', resource: 'graph.old' });
    }
  });
});
