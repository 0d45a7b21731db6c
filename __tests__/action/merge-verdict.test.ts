import { describe, expect, it } from '@jest/globals';
import { planPolicyReason } from '../../src/action/failure.js';
import { mergeVerdict, statusSummary } from '../../src/action/merge-verdict.js';
import { parseSettings, type ActionSettings } from '../../src/action/settings.js';
import type { PlanOutput } from '../../src/engine/model/outputs.js';
import { warning } from '../../src/engine/diagnostics/index.js';

type Row = { resource: string; operation: 'create' | 'update' | 'delete'; disposition: 'applied' | 'derived' | 'deferred' | 'blocked'; reason?: string };

function plan(changes: Row[], options: { gates?: { resource: string; satisfied: boolean }[]; stateFound?: boolean; stale?: boolean } = {}): PlanOutput {
  return {
    ok: true,
    config_dir: 'cluster',
    desired_revision: {},
    resource_digests: {},
    dependencies: [],
    state_observations: { state_found: options.stateFound ?? true, state_revision: 3 },
    changes,
    blast_radius: [],
    approvals_required: (options.gates ?? []).map((g) => ({ ...g, reason: 'graph delete' })),
    diagnostics: options.stale ? [warning('approval_stale', 'graph.old', 'stale')] : [],
  } as unknown as PlanOutput;
}

function settings(inputs: Record<string, string> = {}): ActionSettings {
  const parsed = parseSettings((name) => inputs[name] ?? '', '/w');
  if (!parsed.ok) throw new Error(parsed.errors.join());
  return parsed.settings;
}

const APPLY = { resource: 'query.g.q', operation: 'create', disposition: 'applied' } as const;
const UNSUPPORTED = { resource: 'schema.g', operation: 'update', disposition: 'blocked', reason: 'migration_unsupported' } as const;
const DELETE = { resource: 'graph.old', operation: 'delete', disposition: 'blocked', reason: 'approval_required' } as const;

describe('plan mode judges the apply the merge would run (issue 17)', () => {
  it('a clean plan passes under the default fail-on', () => {
    expect(mergeVerdict(plan([APPLY]), settings())).toBeNull();
    expect(statusSummary(plan([APPLY, APPLY]), null)).toBe('2 to apply');
  });

  it('blocked changes fail as a partial apply, naming each with its reason', () => {
    const v = mergeVerdict(plan([APPLY, UNSUPPORTED]), settings());
    expect(v?.failureReason).toBe('partial-apply');
    expect(v?.failureMessage).toContain('schema.g (migration_unsupported)');
    expect(planPolicyReason(plan([UNSUPPORTED]), new Set(['errors']))).toBeNull();
  });

  it('a pending approval fails under approvals-pending with the approve command, not under blocked alone', () => {
    const pending = plan([DELETE], { gates: [{ resource: 'graph.old', satisfied: false }] });
    const v = mergeVerdict(pending, settings());
    expect(v?.failureReason).toBe('approval-required');
    expect(v?.failureMessage).toContain('commenting `/omnigraph approve graph.old`');
    expect(planPolicyReason(pending, new Set(['blocked']))).toBeNull();
    expect(planPolicyReason(plan([DELETE], { gates: [{ resource: 'graph.old', satisfied: false }], stale: true }), new Set(['approvals-pending']))).toBe('approval-stale');
    expect(statusSummary(plan([APPLY, APPLY, APPLY, DELETE], { gates: [{ resource: 'graph.old', satisfied: false }] }), v)).toBe('3 to apply, 1 approval pending; merge would fail');
  });

  it('deferred changes fail under not-converged (the default) or deferred', () => {
    const deferred = plan([{ resource: 'x.y', operation: 'update', disposition: 'deferred', reason: 'apply_unsupported_kind' }]);
    expect(planPolicyReason(deferred, new Set(['not-converged']))).toBe('not-converged');
    expect(planPolicyReason(deferred, new Set(['deferred']))).toBe('partial-apply');
    expect(planPolicyReason(deferred, new Set(['errors', 'blocked']))).toBeNull();
  });

  it('no ledger without bootstrap-state fails with both fixes; with bootstrap-state it is not a failure', () => {
    const empty = plan([APPLY], { stateFound: false });
    const v = mergeVerdict(empty, settings({ 'config-dir': 'clusters/prod' }));
    expect(v?.failureReason).toBe('state-missing');
    expect(v?.failureMessage).toContain('omnigraph-cluster import --config clusters/prod');
    expect(v?.failureMessage).toContain('`bootstrap-state: true` on the apply workflow');
    expect(mergeVerdict(empty, settings({ 'bootstrap-state': 'true' }))).toBeNull();
    expect(statusSummary(empty, v)).toBe('no state ledger yet: run import once or set bootstrap-state');
  });

  it('keeps the status description within the 140 characters GitHub allows', () => {
    const many = plan(Array.from({ length: 5 }, () => UNSUPPORTED));
    expect(statusSummary(many, { failureReason: 'partial-apply' }).length).toBeLessThanOrEqual(140);
  });
});
