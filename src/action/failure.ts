/**
 * Outcomes → `failure-reason` (docs/action.md#failure-reasons). Reasons come from diagnostic codes and change
 * dispositions, never from message text. `fail-on` decides which outcomes fail the step; the
 * output names the first one that did, and stays empty on success.
 */
import { isConfigCode, type Diagnostic, type DiagnosticCode } from '../engine/diagnostics/index.js';
import type { PlanChange, StateObservations } from '../engine/model/outputs.js';
import type { FailOn } from './settings.js';

export const FAILURE_REASONS = [
  'state-locked',
  'state-cas-mismatch',
  'plan-changed',
  'plan-changed-in-queue',
  'approval-required',
  'approval-stale',
  'recovery-pending',
  'state-tampered',
  'state-missing',
  'pr-not-merged',
  'validation-failed',
  'apply-failed',
  'partial-apply',
  'not-converged',
  'drift-detected',
] as const;
export type FailureReason = (typeof FAILURE_REASONS)[number];

export interface LockInfo {
  readonly lock_id: string;
  readonly operation: string | null;
  readonly created_at: string | null;
  readonly pid: number | null;
  readonly age_seconds: number | null;
}

const has = (diagnostics: readonly Diagnostic[], code: DiagnosticCode, severity?: 'error' | 'warning') =>
  diagnostics.some((d) => d.code === code && (severity === undefined || d.severity === severity));

/** The reason an `ok:false` output failed, for the command that produced it. */
export function errorReason(diagnostics: readonly Diagnostic[], command: 'apply' | 'other'): FailureReason | null {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length === 0) return null;
  if (has(errors, 'state_lock_held')) return 'state-locked';
  if (has(errors, 'state_cas_mismatch')) return 'state-cas-mismatch';
  if (has(errors, 'cluster_recovery_pending')) return 'recovery-pending';
  if (errors.every((d) => isConfigCode(d.code)) || command === 'other') return 'validation-failed';
  return 'apply-failed';
}

/** Why an apply that ran (`ok:true`) still counts as failed under `fail-on`. */
export function applyPolicyReason(
  apply: { readonly changes: readonly PlanChange[]; readonly converged: boolean; readonly diagnostics: readonly Diagnostic[] },
  failOn: ReadonlySet<FailOn>,
): FailureReason | null {
  const blocked = apply.changes.filter((c) => c.disposition === 'blocked');
  if (failOn.has('blocked') && blocked.length > 0) {
    if (blocked.some((c) => c.reason === 'cluster_recovery_pending')) return 'recovery-pending';
    if (blocked.some((c) => c.reason === 'approval_required')) {
      return has(apply.diagnostics, 'approval_stale') ? 'approval-stale' : 'approval-required';
    }
    return 'partial-apply';
  }
  if (failOn.has('deferred') && apply.changes.some((c) => c.disposition === 'deferred')) return 'partial-apply';
  if (failOn.has('not-converged') && !apply.converged) return 'not-converged';
  return null;
}

/**
 * Plan mode: the reason the apply after merge would fail under the same `fail-on`, judged from
 * the plan (issue 17: a green PR check means a green apply). Approval-gated deletes count under
 * `approvals-pending`, not `blocked`, so a team can let them through review separately.
 */
export function planPolicyReason(
  plan: {
    readonly changes: readonly PlanChange[];
    readonly approvals_required: readonly { readonly satisfied?: boolean }[];
    readonly diagnostics: readonly Diagnostic[];
  },
  failOn: ReadonlySet<FailOn>,
): FailureReason | null {
  const pendingGate = plan.approvals_required.some((g) => g.satisfied !== true);
  // What waits on a change held for approval unblocks with that approval: count it as pending, not blocked.
  const blocked = plan.changes.filter((c) => c.disposition === 'blocked' && c.reason !== 'approval_required' && !(pendingGate && c.reason === 'dependency_not_applied'));
  if (failOn.has('blocked') && blocked.length > 0) {
    return blocked.some((c) => c.reason === 'cluster_recovery_pending') ? 'recovery-pending' : 'partial-apply';
  }
  if (failOn.has('approvals-pending') && plan.approvals_required.some((g) => g.satisfied !== true)) {
    return has(plan.diagnostics, 'approval_stale') ? 'approval-stale' : 'approval-required';
  }
  const unfinished = plan.changes.some((c) => c.disposition === 'deferred' || c.disposition === 'blocked');
  if (failOn.has('deferred') && plan.changes.some((c) => c.disposition === 'deferred')) return 'partial-apply';
  if (failOn.has('not-converged') && unfinished) return 'not-converged';
  return null;
}

/** The foreign lock that stopped us, as the `lock-info` output shows it. */
export function lockInfo(observations: StateObservations | undefined, diagnostics: readonly Diagnostic[]): LockInfo | null {
  if (!observations?.lock_id || !has(diagnostics, 'state_lock_held')) return null;
  return {
    lock_id: observations.lock_id,
    operation: observations.lock_operation ?? null,
    created_at: observations.lock_created_at ?? null,
    pid: observations.lock_pid ?? null,
    age_seconds: observations.lock_age_seconds ?? null,
  };
}
