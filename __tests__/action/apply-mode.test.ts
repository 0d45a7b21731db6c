import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { run } from '../../src/action/main.js';
import { FakeGitHub } from '../support/fake-github.js';
import { applyOutput, change, lockedPlan, planOutput, prPayload, pushPayload, rig, runContext, ScriptedCommands } from './fakes.js';
import { parseMarker } from '../../src/render/index.js';

let github: FakeGitHub;
beforeEach(async () => {
  github = await new FakeGitHub().start();
});
afterEach(() => github.stop());

const reviewed = planOutput([change('graph.a'), change('schema.a')]);

/** PR 7 reviewed `plan` (posted by a real plan run), then merged as commit abc123. */
async function reviewAndMerge(plan = reviewed, inputs: Record<string, string> = {}): Promise<void> {
  await run(rig(github, runContext(github, 'pull_request', prPayload(7)), new ScriptedCommands().script('plan', plan), inputs).deps);
  github.pulls.set('abc123', [{ number: 7, merge_commit_sha: 'abc123', base: 'main', state: 'closed' }]);
}
const pushRun = (commands: ScriptedCommands, inputs: Record<string, string> = {}) => rig(github, runContext(github, 'push', pushPayload), commands, inputs);
const commentBodies = () => github.requests.filter((q) => q.method === 'PATCH').map((q) => (q.body as { body: string }).body);

describe('push to the default branch → apply bound to the reviewed plan', () => {
  it('applies when the re-plan matches and walks the comment applying → applied', async () => {
    await reviewAndMerge();
    const commands = new ScriptedCommands().script('plan', reviewed).script('apply', applyOutput(reviewed.changes));
    const r = pushRun(commands);
    const result = await run(r.deps);
    expect(result.failureReason).toBeNull();
    expect(commands.calls.find((c) => c.command === 'apply')?.options).toEqual({ configDir: '/w/cluster', actor: 'octocat' });
    const [applying, applied] = commentBodies();
    expect(applying).toContain('🟠 Applying in [this run](https://github.example/acme/infra/actions/runs/99)');
    expect(applying).toContain('<code>graph.a</code>'); // the reviewed plan stays visible
    expect(applied).toContain('✅ Applied (revision 4, converged)');
    expect(parseMarker(applied!)?.kind).toBe('apply');
    expect(r.io.outputs).toMatchObject({ ok: 'true', converged: 'true', 'state-revision': '4', 'pr-number': '7', 'failure-reason': '' });
  });

  it('runs the serving check after the apply and shows its verdict in the comment and summary', async () => {
    await reviewAndMerge();
    const refused = {
      ok: false,
      config_dir: '/w/cluster',
      serving: [],
      quarantined: [],
      diagnostics: [{ code: 'catalog_payload_missing' as const, severity: 'error' as const, path: 'query.a.<q>', message: "catalog blob 'x' unreadable (not found)" }],
    };
    const commands = new ScriptedCommands().script('plan', reviewed).script('apply', applyOutput(reviewed.changes)).script('serving', refused);
    const r = pushRun(commands);
    const result = await run(r.deps);
    expect(result.failureReason).toBeNull(); // advisory: the apply itself converged
    expect(commands.calls.find((c) => c.command === 'serving')?.options).toEqual({ configDir: '/w/cluster' });
    const applied = commentBodies().at(-1)!;
    expect(applied).toContain('✅ Applied (revision 4, converged)');
    expect(applied).toContain('❌ a server would refuse to boot from this cluster');
    expect(applied).toContain('<code>catalog\\_payload\\_missing</code> <code>query.a.&lt;q&gt;</code>');
    expect(r.io.summaries.join()).toContain('### Serving check');
  });

  it('keeps the apply result when the serving check cannot run', async () => {
    await reviewAndMerge();
    const commands = new ScriptedCommands().script('plan', reviewed).script('apply', applyOutput(reviewed.changes));
    const r = pushRun(commands);
    expect((await run(r.deps)).failureReason).toBeNull();
    expect(commentBodies().at(-1)).not.toContain('Serving check');
  });

  it('refuses when the plan changed since review, listing the differences, without applying', async () => {
    await reviewAndMerge();
    const now = planOutput([change('graph.a'), change('schema.a', { after_digest: 'other' }), change('query.a.q')]);
    const commands = new ScriptedCommands().script('plan', now);
    const r = pushRun(commands);
    const result = await run(r.deps);
    expect(commands.called('apply')).toBe(0);
    expect(result.failureReason).toBe('plan-changed');
    const last = commentBodies().at(-1)!;
    expect(last).toContain('❌ Not applied: The plan changed since it was reviewed');
    expect(last).toContain('<code>query.a.q</code>: new since review (create)');
    expect(last).toContain('<code>schema.a</code>: planned differently than reviewed (create)');
    expect(last).not.toContain('<code>graph.a</code>: ');
    expect(r.io.summaries.join()).toContain('<code>schema.a</code>: planned differently');
    expect(r.io.failed).toMatch(/^plan-changed: /);
  });

  it('refuses a push without a reviewed plan unless require-approved-plan is false', async () => {
    const refused = pushRun(new ScriptedCommands().script('plan', reviewed));
    expect((await run(refused.deps)).failureReason).toBe('plan-changed');
    expect(refused.commands.called('plan')).toBe(0);
    const commands = new ScriptedCommands().script('plan', reviewed).script('apply', applyOutput(reviewed.changes));
    expect((await run(pushRun(commands, { 'require-approved-plan': 'false' }).deps)).failureReason).toBeNull();
    expect(commands.called('apply')).toBe(1);
  });

  it('does nothing on a re-run after a converged apply', async () => {
    await reviewAndMerge();
    await run(pushRun(new ScriptedCommands().script('plan', reviewed).script('apply', applyOutput(reviewed.changes))).deps);
    const commands = new ScriptedCommands().script('plan', planOutput([]));
    const r = pushRun(commands);
    expect((await run(r.deps)).failureReason).toBeNull();
    expect(commands.called('apply')).toBe(0);
  });

  it('reports a blocked apply as a failure with the reason and marks the comment partially applied', async () => {
    const gated = planOutput([change('graph.old', { operation: 'delete', before_digest: 'b', after_digest: undefined, disposition: 'blocked', reason: 'approval_required' }), change('query.a.q')]);
    await reviewAndMerge(gated);
    const commands = new ScriptedCommands().script('plan', gated).script('apply', applyOutput(gated.changes));
    const r = pushRun(commands);
    const result = await run(r.deps);
    expect(result.failureReason).toBe('approval-required');
    expect(commentBodies().at(-1)).toContain('⚠️ Partially applied (revision 4): 1 blocked, 0 deferred');
    expect(r.io.outputs).toMatchObject({ blocked: '1', converged: 'false', 'failure-reason': 'approval-required' });
    expect(r.io.failed).toContain('graph.old (approval_required)');
    // Without `blocked` in fail-on only non-convergence counts.
    const lenient = pushRun(new ScriptedCommands().script('plan', gated).script('apply', applyOutput(gated.changes)), { 'fail-on': 'errors,not-converged' });
    expect((await run(lenient.deps)).failureReason).toBe('not-converged');
  });

  it('fails as state-locked after the retries when the lock stays held, comment says why', async () => {
    await reviewAndMerge();
    const commands = new ScriptedCommands().script('plan', lockedPlan());
    const r = pushRun(commands, { 'lock-retries': '1' });
    const result = await run(r.deps);
    expect(commands.called('plan')).toBe(2);
    expect(result.failureReason).toBe('state-locked');
    expect(commentBodies().at(-1)).toContain('❌ Not applied: The cluster state lock 01LOCK is held by a apply');
    expect(commands.called('apply')).toBe(0);
  });

  it('maps a lost CAS race to state-cas-mismatch', async () => {
    await reviewAndMerge();
    const lost = applyOutput(reviewed.changes, {
      ok: false,
      state_written: false,
      diagnostics: [{ code: 'state_cas_mismatch', severity: 'error', path: '__cluster/state.json', message: 'state changed concurrently' }],
    });
    const r = pushRun(new ScriptedCommands().script('plan', reviewed).script('apply', lost));
    expect((await run(r.deps)).failureReason).toBe('state-cas-mismatch');
    expect(commentBodies().at(-1)).toContain('❌ Not applied: state\\_cas\\_mismatch: state changed concurrently');
  });
});
