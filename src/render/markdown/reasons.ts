import { DIAGNOSTIC_CODES, type DiagnosticCode } from '../../engine/diagnostics/index.js';
import type { Disposition, Operation, ReasonCode } from '../../engine/model/outputs.js';

/** Why a change is not (or not only) applied, as a reviewer would say it. Covers §5.6 in full. */
export const REASON_SENTENCES: Readonly<Record<ReasonCode, string>> = {
  apply_unsupported_kind: 'This kind of change is not executed by the cluster yet; it stays deferred and is not recorded.',
  dependency_not_applied: 'Waits for its graph or schema, which is not applied in this run.',
  cluster_recovery_pending: 'An interrupted operation on this graph must be recovered first; the next apply sweeps it.',
  graph_create_failed: 'The graph create failed in this run, so this change was held back.',
  approval_required: 'Deleting this needs an approval before apply will run it.',
  schema_apply_failed: 'The schema migration failed in this run; the graph keeps its previous schema.',
  graph_delete_failed: 'The graph delete failed in this run; the graph root may still exist.',
  migration_unsupported: 'The engine cannot run this schema migration (see the unsupported step); apply will refuse it.',
};

/** What unblocks a reason, when the reader can do something about it. */
export const REASON_NEXT_STEPS: Readonly<Partial<Record<ReasonCode, string>>> = {
  dependency_not_applied: 'Resolve the change it depends on, then re-run apply.',
  cluster_recovery_pending: 'Re-run apply (the sweep recovers it) or run refresh and re-plan.',
  graph_create_failed: 'Fix the graph create error shown below and re-run apply.',
  approval_required: 'Approve the graph delete (see the approval gates), then re-run.',
  schema_apply_failed: 'Fix the schema error shown below and re-run apply.',
  graph_delete_failed: 'Fix the delete error shown below and re-run apply.',
  migration_unsupported: 'Change the schema so every step is supported (or migrate the graph by hand), then re-plan.',
};

export const OPERATION_WORDS: Readonly<Record<Operation, string>> = { create: 'Create', update: 'Update', delete: 'Delete' };
export const DISPOSITION_WORDS: Readonly<Record<Disposition, string>> = {
  applied: 'Applied',
  derived: 'Derived',
  deferred: 'Deferred',
  blocked: 'Blocked',
};

/** Plan-time wording: a planned `applied` change has not happened yet. */
export const PLAN_DISPOSITION_LABELS: Readonly<Record<Disposition, string>> = {
  applied: '✅ will apply',
  derived: '🔁 derived',
  deferred: '⏸️ deferred',
  blocked: '⛔ blocked',
};

export const APPLY_DISPOSITION_LABELS: Readonly<Record<Disposition, string>> = {
  applied: '✅ applied',
  derived: '🔁 derived',
  deferred: '⏸️ deferred',
  blocked: '⛔ blocked',
};

/** Extra advice for diagnostics whose catalogue title alone does not say what to do. */
const DIAGNOSTIC_HINTS: Readonly<Partial<Record<DiagnosticCode, string>>> = {
  state_lock_held: 'Another cluster command holds the state lock; wait for it, or force-unlock once you are sure it is not running.',
  state_cas_mismatch: 'State changed while this command ran; re-run it against the latest state.',
  state_missing: 'No state ledger yet: bootstrap it with `import`.',
  state_already_exists: 'State already exists: use `refresh` instead of `import`.',
  state_lock_disabled: 'Locking is off for this cluster: concurrent commands are not fenced.',
  schema_preview_unavailable: 'The migration could not be previewed; it is still planned and will be checked again at apply.',
  apply_unsupported_change: 'Deferred: not executed in this stage.',
  apply_dependency_blocked: 'Blocked until its dependency is applied.',
  approval_stale: 'The config changed since the approval; approve again.',
  approval_not_required: 'Nothing pending for this resource needs approval; check the plan.',
  cluster_recovery_pending: 'An interrupted graph operation is waiting for the next apply to recover it.',
  cluster_recovery_rolled_forward: 'A previously interrupted operation was completed.',
  graph_create_incomplete: 'A graph root exists but cannot be opened; remove it and re-run apply.',
  graph_delete_incomplete: 'A graph delete did not finish; re-run apply.',
  catalog_payload_missing: 'Re-run apply to republish the payload.',
  catalog_payload_mismatch: 'Re-run apply to republish the payload.',
  external_blob_policy_digest_mismatch: 'Restore the state ledger from a trusted copy before retrying.',
  resource_content_changed: 'A source file changed during apply; re-run apply.',
  injected_failpoint: 'A test failpoint fired (OMNIGRAPH_FAILPOINTS is set).',
};

/** A short title for any diagnostic code; unknown codes (future ones) fall back to the code. */
export function diagnosticTitle(code: string): string {
  return Object.hasOwn(DIAGNOSTIC_CODES, code) ? DIAGNOSTIC_CODES[code as DiagnosticCode] : code.replace(/_/g, ' ');
}

export function diagnosticHint(code: string): string | undefined {
  return Object.hasOwn(DIAGNOSTIC_HINTS, code) ? DIAGNOSTIC_HINTS[code as DiagnosticCode] : undefined;
}

export function reasonSentence(reason: string): string {
  return Object.hasOwn(REASON_SENTENCES, reason) ? REASON_SENTENCES[reason as ReasonCode] : reason;
}
