/**
 * Renderers: pure functions from command outputs to terminal text, PR comments, job summaries
 * and annotations. No I/O; everything taken from an output is escaped.
 */
import type { CommandOutput } from '../engine/model/outputs.js';
import { planFingerprint } from './pr/review.js';
import type { OutputOf, RenderContext, RenderKind } from './kinds.js';
import { formatMarker, type MarkerKind } from './pr/marker.js';
import type { Doc } from './markup/blocks.js';
import { fitComment, fitSummary } from './markup/fit.js';
import { applyDoc } from './markdown/apply-comment.js';
import { driftDoc, type DriftParts } from './markdown/drift-report.js';
import { planDoc } from './markdown/plan-comment.js';
import { approveDoc, forceUnlockDoc, statusDoc, validateDoc } from './markdown/state-summary.js';

export type { OutputOf, RenderContext, RenderKind } from './kinds.js';
export { renderText } from './text/render-text.js';
export { toAnnotations, type Annotation, type AnnotationOptions } from './annotations.js';
export { planFingerprint, describeDifferences, parseReviewRecord, reviewRecord, formatReviewRecord, type ReviewRecord } from './pr/review.js';
export { formatMarker, parseMarker, sameIdentity, type Marker, type MarkerKind, type MarkerFamily } from './pr/marker.js';
export { COMMENT_DEFAULT_BYTES, COMMENT_HARD_MAX_BYTES } from './markup/fit.js';
export { driftDetected, type DriftParts } from './markdown/drift-report.js';
export { isDrifted } from './pr/drift.js';
export { applyCommentBody, contentOf, driftIssueBody, plannedAt, planCommentBody, restatusBody, stableBody } from './pr/body.js';
export * as messages from './pr/messages.js';
export { clusterHeading, indexCommentBody, parseIndexMarker, formatIndexMarker, targetsSection, type ClusterHeadline, type IndexMarker, type TargetLine } from './pr/index-comment.js';
export type { LockHolder, Refusal } from './pr/messages.js';
export { describeStep } from './markdown/describe-step.js';

/** The sticky-comment body for a command (meant for plan and apply), within the comment budget. */
export function renderComment<K extends RenderKind>(kind: K, output: OutputOf<K>, ctx: RenderContext): string {
  return fitComment(buildDoc(kind, output, ctx, true), ctx.budgetBytes);
}

/** The job-summary body for any command, within the summary budget (1 MiB hard cap). */
export function renderSummary<K extends RenderKind>(kind: K, output: OutputOf<K>, ctx: RenderContext): string {
  return fitSummary(buildDoc(kind, output, ctx, false), ctx.budgetBytes);
}

/** A command's Markdown for the job summary, without a marker (the action writes one summary per run). */
export function renderSection<K extends RenderKind>(kind: K, output: OutputOf<K>, ctx: RenderContext): string {
  return fitSummary(buildDoc(kind, output, ctx, false), ctx.budgetBytes);
}

/** The drift report; `forIssue` adds the marker and the comment-sized budget (issue bodies share it). */
export function renderDriftReport(parts: DriftParts, ctx: RenderContext, forIssue = false): string {
  const marker = forIssue ? formatMarker({ config_dir: ctx.configDir, label: ctx.label, fingerprint: ctx.fingerprint ?? null, kind: 'drift' }) : undefined;
  const doc = driftDoc(parts, ctx, marker);
  return forIssue ? fitComment(doc, ctx.budgetBytes) : fitSummary(doc, ctx.budgetBytes);
}

function buildDoc(kind: RenderKind, output: CommandOutput, ctx: RenderContext, withMarker: boolean): Doc {
  const fingerprint = ctx.fingerprint ?? (kind === 'plan' ? planFingerprint(output as OutputOf<'plan'>) : null);
  const marker = withMarker ? formatMarker({ config_dir: ctx.configDir, label: ctx.label, fingerprint, kind: kind as MarkerKind }) : undefined;
  switch (kind) {
    case 'plan':
      return planDoc(output as OutputOf<'plan'>, ctx, marker);
    case 'apply':
      return applyDoc(output as OutputOf<'apply'>, ctx, marker);
    case 'status':
    case 'refresh':
    case 'import':
      return statusDoc(output as OutputOf<'status'>, ctx, marker);
    case 'validate':
      return validateDoc(output as OutputOf<'validate'>, ctx, marker);
    case 'force-unlock':
      return forceUnlockDoc(output as OutputOf<'force-unlock'>, ctx, marker);
    case 'approve':
      return approveDoc(output as OutputOf<'approve'>, ctx, marker);
  }
}
