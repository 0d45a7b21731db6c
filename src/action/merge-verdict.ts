/**
 * Plan mode's answer to "would the apply after merge work?" (issue 17): the failure the PR check
 * shows when it would not, with what to do, and the one-line summary of the per-cluster commit
 * status. Plain text; renderers escape it.
 */
import type { PlanOutput } from '../engine/model/outputs.js';
import { planPolicyReason, type FailureReason } from './failure.js';
import type { ActionSettings } from './settings.js';

export interface Verdict {
  readonly failureReason: FailureReason;
  readonly failureMessage: string;
}

/** Only for a plan that ran (`ok:true`); an `ok:false` plan already failed as `errors`. */
export function mergeVerdict(plan: PlanOutput, settings: ActionSettings): Verdict | null {
  if (!plan.state_observations.state_found && !settings.bootstrapState && settings.failOn.has('errors')) {
    return { failureReason: 'state-missing', failureMessage: missingLedgerMessage(plan, settings.configDir) };
  }
  const reason = planPolicyReason(plan, settings.failOn);
  if (reason === null) return null;
  return { failureReason: reason, failureMessage: policyMessage(plan, reason) };
}

function missingLedgerMessage(plan: PlanOutput, configDir: string): string {
  const creates = plan.changes.filter((c) => c.operation === 'create').length;
  return (
    `this cluster has no state ledger yet, so the apply after merge would stop with state_missing instead of creating ${creates} resource${creates === 1 ? '' : 's'}. ` +
    `Run \`omnigraph-cluster import --config ${configDir}\` once against the cluster's storage, ` +
    'or set `bootstrap-state: true` on the apply workflow (and on this plan workflow, so the plan shows what the import records)'
  );
}

function policyMessage(plan: PlanOutput, reason: FailureReason): string {
  const list = (pred: (c: PlanOutput['changes'][number]) => boolean, withReason: boolean) =>
    plan.changes
      .filter(pred)
      .map((c) => (withReason ? `${c.resource} (${c.reason ?? c.disposition})` : c.resource))
      .join(', ');
  switch (reason) {
    case 'approval-required':
    case 'approval-stale': {
      const pending = plan.approvals_required.filter((g) => g.satisfied !== true).map((g) => g.resource);
      const how = pending.map((r) => `/omnigraph approve ${r}`).join(' and ');
      const stale = reason === 'approval-stale' ? ' (an earlier approval no longer matches this plan)' : '';
      return `the apply after merge would stop at ${pending.length} unapproved change${pending.length === 1 ? '' : 's'}${stale}: ${pending.join(', ')}. A reviewer with write access approves by commenting \`${how}\` on this pull request; then re-run this check`;
    }
    case 'recovery-pending':
    case 'partial-apply':
      if (plan.changes.some((c) => c.disposition === 'blocked' && c.reason !== 'approval_required')) {
        return `the apply after merge would refuse these changes: ${list((c) => c.disposition === 'blocked' && c.reason !== 'approval_required', true)}. Fix what the plan shows for each (or remove it from this pull request) before merging`;
      }
      return `the apply after merge would defer these changes: ${list((c) => c.disposition === 'deferred', true)}. They are not executed by the cluster; remove them from this pull request or drop \`deferred\` from fail-on`;
    default:
      return `the apply after merge would not reach the desired config: ${list((c) => c.disposition === 'blocked' || c.disposition === 'deferred', true)}`;
  }
}

/** `3 to apply, 1 approval pending, 1 blocked`: at most 140 characters (GitHub's status limit). */
export function statusSummary(plan: PlanOutput, failure: { readonly failureReason: FailureReason } | null): string {
  if (!plan.ok) return 'plan failed: see the job summary';
  if (failure?.failureReason === 'state-missing') return 'no state ledger yet: run import once or set bootstrap-state';
  const count = (d: string) => plan.changes.filter((c) => c.disposition === d).length;
  const pending = plan.approvals_required.filter((g) => g.satisfied !== true).length;
  const blocked = plan.changes.filter((c) => c.disposition === 'blocked' && c.reason !== 'approval_required').length;
  const parts = [
    count('applied') > 0 ? `${count('applied')} to apply` : '',
    pending > 0 ? `${pending} approval${pending === 1 ? '' : 's'} pending` : '',
    blocked > 0 ? `${blocked} blocked` : '',
    count('deferred') > 0 ? `${count('deferred')} deferred` : '',
  ].filter((p) => p !== '');
  const line = parts.length === 0 ? 'no changes' : parts.join(', ');
  return (failure === null ? line : `${line}; merge would fail`).slice(0, 140);
}
