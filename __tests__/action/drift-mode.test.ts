import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { run } from '../../src/action/main.js';
import { parseDriftSince } from '../../src/render/index.js';
import { FakeGitHub } from '../support/fake-github.js';
import { change, observations, planOutput, refreshOutput, rig, runContext, ScriptedCommands, statusOutput } from './fakes.js';

let github: FakeGitHub;
beforeEach(async () => {
  github = await new FakeGitHub().start();
});
afterEach(() => github.stop());

const missingRoot = refreshOutput({ resource_statuses: { 'graph.a': { status: 'drifted', conditions: ['graph_missing'], message: 'derived graph root is missing' } } });
const driftRun = (refresh = missingRoot, plan = planOutput([change('graph.a')]), inputs: Record<string, string> = {}, now = '2026-12-01T06:00:00.000Z') => {
  const r = rig(github, runContext(github, 'schedule', {}), new ScriptedCommands().script('status', statusOutput()).script('refresh', refresh).script('plan', plan), inputs);
  r.clock.now = now;
  return r;
};

describe('drift issue body (issue 18)', () => {
  it('says what drifted, why and what fixes it, without the plan comment footer', async () => {
    await run(driftRun().deps);
    const body = github.issues[0]!.body;
    expect(body).toContain('| <code>graph.a</code> | graph root missing | derived graph root is missing |');
    expect(body).toContain('omnigraph-cluster apply --config cluster');
    expect(body).not.toContain('On merge the action re-plans');
  });

  it('keeps the first-detected time across runs while the drift lasts, and starts anew after it was closed', async () => {
    await run(driftRun().deps);
    expect(parseDriftSince(github.issues[0]!.body)).toBe('2026-12-01T06:00:00.000Z');
    await run(driftRun(missingRoot, planOutput([change('graph.a')]), {}, '2026-12-02T06:00:00.000Z').deps);
    expect(parseDriftSince(github.issues[0]!.body)).toBe('2026-12-01T06:00:00.000Z');
    expect(github.issues[0]!.body).toContain('Drifting since 2026-12-01 06:00:00 UTC');

    await run(driftRun(refreshOutput(), planOutput([]), {}, '2026-12-03T06:00:00.000Z').deps);
    expect(github.issues[0]!.state).toBe('closed');
    expect(github.issues[0]!.body).toContain('No drift');
    expect(parseDriftSince(github.issues[0]!.body)).toBeNull();

    await run(driftRun(missingRoot, planOutput([change('graph.a')]), {}, '2026-12-04T06:00:00.000Z').deps);
    expect(github.issues[0]!.state).toBe('open');
    expect(parseDriftSince(github.issues[0]!.body)).toBe('2026-12-04T06:00:00.000Z');
  });

  it('the job summary leads with the drift report', async () => {
    const r = driftRun();
    await run(r.deps);
    const summary = r.io.summaries.join('\n');
    expect(summary.indexOf('### 🌊 Drift detected')).toBeGreaterThanOrEqual(0);
    expect(summary.indexOf('### 🌊 Drift detected')).toBeLessThan(summary.indexOf('### 📝 Plan'));
    expect(r.io.groups.map((g) => g.title)).toEqual(['omnigraph-cluster status (cluster)', 'omnigraph-cluster refresh (cluster)', 'omnigraph-cluster plan (cluster)']);
  });
});

describe('drift-refresh: false (read-only drift)', () => {
  it('runs status and plan only: no refresh, no bootstrap import, and says so', async () => {
    const commands = new ScriptedCommands().script('status', statusOutput()).script('plan', planOutput([change('graph.a')]));
    const r = rig(github, runContext(github, 'schedule', {}), commands, { 'drift-refresh': 'false', 'bootstrap-state': 'true' });
    const result = await run(r.deps);
    expect(commands.calls.map((c) => c.command)).toEqual(['status', 'plan', 'serving']);
    expect(result.driftDetected).toBe(true);
    expect(github.issues[0]!.body).toContain('Read-only check');
  });

  it('without a ledger it still does not import', async () => {
    const noState = planOutput([change('graph.a')], { state_observations: observations({ state_found: false }) });
    const commands = new ScriptedCommands().script('status', statusOutput({ state_observations: observations({ state_found: false }) })).script('plan', noState);
    const r = rig(github, runContext(github, 'schedule', {}), commands, { 'drift-refresh': 'false', 'bootstrap-state': 'true' });
    await run(r.deps);
    expect(commands.called('importState')).toBe(0);
    expect(commands.called('refresh')).toBe(0);
  });
});
