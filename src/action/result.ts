/**
 * The run's result as data, and its mapping to the action outputs of docs/action.md#outputs (strings only:
 * booleans `true`/`false`, counts in decimal, `lock-info` a JSON object, empty = not applicable).
 */
import type { ApplyOutput, PlanChange, PlanOutput } from '../engine/model/outputs.js';
import type { FailureReason, LockInfo } from './failure.js';

/** One cluster of a many-cluster step, as the `matrix` output lists it. */
export interface TargetRef {
  readonly configDir: string;
  readonly label: string;
  readonly jobName: string;
}

export interface RunResult {
  readonly ok: boolean;
  readonly changes: readonly PlanChange[];
  readonly approvalsPending: number;
  readonly planFingerprint: string | null;
  readonly planJsonPath: string | null;
  readonly stateRevision: number | null;
  readonly converged: boolean;
  readonly failureReason: FailureReason | null;
  readonly failureMessage: string | null;
  readonly lockInfo: LockInfo | null;
  readonly commentId: number | null;
  readonly prNumber: number | null;
  readonly driftDetected: boolean;
  readonly driftIssueNumber: number | null;
  /** The clusters this run covered when `config-dir` named several (or `command: targets`); null otherwise. */
  readonly targets: readonly TargetRef[] | null;
}

export const EMPTY_RESULT: RunResult = {
  ok: true,
  changes: [],
  approvalsPending: 0,
  planFingerprint: null,
  planJsonPath: null,
  stateRevision: null,
  converged: false,
  failureReason: null,
  failureMessage: null,
  lockInfo: null,
  commentId: null,
  prNumber: null,
  driftDetected: false,
  driftIssueNumber: null,
  targets: null,
};

export const OUTPUT_NAMES = [
  'ok',
  'has-changes',
  'to-create',
  'to-update',
  'to-delete',
  'blocked',
  'deferred',
  'approvals-pending',
  'plan-fingerprint',
  'plan-json-path',
  'state-revision',
  'converged',
  'failure-reason',
  'lock-info',
  'comment-id',
  'pr-number',
  'drift-detected',
  'drift-issue-number',
  'matrix',
  'targets-count',
  'clusters',
] as const;
export type OutputName = (typeof OUTPUT_NAMES)[number];

export function planResult(plan: PlanOutput): Partial<RunResult> {
  return {
    ok: plan.ok,
    changes: plan.changes,
    approvalsPending: plan.approvals_required.filter((g) => g.satisfied !== true).length,
    stateRevision: plan.state_observations.state_revision,
    converged: plan.ok && plan.changes.length === 0,
  };
}

export function applyResult(apply: ApplyOutput): Partial<RunResult> {
  return {
    ok: apply.ok,
    changes: apply.changes,
    stateRevision: apply.state_observations.state_revision,
    converged: apply.converged,
  };
}

export function outputValues(result: RunResult): Record<OutputName, string> {
  const count = (pred: (c: PlanChange) => boolean) => String(result.changes.filter(pred).length);
  const opt = (n: number | null) => (n === null ? '' : String(n));
  return {
    ok: String(result.ok && result.failureReason === null),
    'has-changes': String(result.changes.length > 0),
    'to-create': count((c) => c.operation === 'create'),
    'to-update': count((c) => c.operation === 'update'),
    'to-delete': count((c) => c.operation === 'delete'),
    blocked: count((c) => c.disposition === 'blocked'),
    deferred: count((c) => c.disposition === 'deferred'),
    'approvals-pending': String(result.approvalsPending),
    'plan-fingerprint': result.planFingerprint ?? '',
    'plan-json-path': result.planJsonPath ?? '',
    'state-revision': opt(result.stateRevision),
    converged: String(result.converged),
    'failure-reason': result.failureReason ?? '',
    'lock-info': JSON.stringify(result.lockInfo ?? {}),
    'comment-id': opt(result.commentId),
    'pr-number': opt(result.prNumber),
    'drift-detected': String(result.driftDetected),
    'drift-issue-number': opt(result.driftIssueNumber),
    ...targetOutputs(result.targets),
  };
}

/** `matrix` is `strategy.matrix` JSON (`include` of config-dir, label, job-name); `clusters` a JSON array of config dirs. */
function targetOutputs(targets: readonly TargetRef[] | null): Record<'matrix' | 'targets-count' | 'clusters', string> {
  if (targets === null) return { matrix: '', 'targets-count': '', clusters: '' };
  const include = targets.map((t) => ({ 'config-dir': t.configDir, label: t.label, 'job-name': t.jobName }));
  return { matrix: JSON.stringify({ include }), 'targets-count': String(targets.length), clusters: JSON.stringify(targets.map((t) => t.configDir)) };
}
