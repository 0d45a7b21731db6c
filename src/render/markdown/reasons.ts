import { diagnosticInfo } from '../../engine/diagnostics/index.js';
import type { Disposition, Operation, ReasonCode } from '../../engine/model/outputs.js';

/** Why a change is not (or not only) applied, as a reviewer would say it. Covers docs/contract/classifier.md#reason-codes in full. */
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
  approval_required: 'Approve the graph delete (see the approval request), then re-run.',
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

/** A short title for any diagnostic code (the catalogue's; unknown codes fall back to the code). */
export function diagnosticTitle(code: string): string {
  return diagnosticInfo(code).title;
}

export function diagnosticHint(code: string): string | undefined {
  return diagnosticInfo(code).hint;
}

export function reasonSentence(reason: string): string {
  return Object.hasOwn(REASON_SENTENCES, reason) ? REASON_SENTENCES[reason as ReasonCode] : reason;
}
