/**
 * The layout of every comment and issue body the action owns, written only here:
 *
 *   <marker>                       identity + fingerprint (marker.ts)
 *   <review record>                optional (review.ts)
 *   <status line>                  e.g. "🟠 Applying in <run>"; may be empty
 *   <!-- omnigraph-cluster:status-end -->
 *   <rendered content>
 *
 * The fixed sentinel lets the apply swap the status line while keeping the reviewed plan.
 */
import type { ServingOutput } from '../../engine/serving/status.js';
import { renderServingMarkdown } from '../serving.js';
import type { ApplyOutput, PlanOutput } from '../../engine/model/outputs.js';
import type { RenderContext } from '../kinds.js';
import { fitComment } from '../markup/fit.js';
import { byteLength } from '../markup/blocks.js';
import { applyDoc } from '../markdown/apply-comment.js';
import { planDoc } from '../markdown/plan-comment.js';
import { formatMarker, type Marker } from './marker.js';
import { tooLargeForComment } from './messages.js';
import { formatReviewRecord, reviewRecord, reviewRecordLine } from './review.js';

const STATUS_END = '<!-- omnigraph-cluster:status-end -->';
/** Room for the sentinel and the newlines between the head and the rendered content. */
const LAYOUT_MARGIN = 256;

export interface BodyParts {
  readonly marker: Marker;
  /** The review record line ('' for none). */
  readonly review: string;
  readonly status: string;
  readonly content: string;
}

function compose(parts: BodyParts): string {
  const head = [formatMarker(parts.marker), parts.review, parts.status].filter((s) => s !== '');
  return `${head.join('\n')}\n${STATUS_END}\n\n${parts.content}`;
}

/** The rendered content of a body we wrote, or the whole body when it has no sentinel. */
export function contentOf(body: string): string {
  const at = body.indexOf(STATUS_END);
  return at < 0 ? body : body.slice(at + STATUS_END.length).replace(/^\n+/, '');
}

/** The budget left for the content once the head is written. */
function contentBudget(parts: Omit<BodyParts, 'content'>, maxBytes: number): number {
  return maxBytes - byteLength(formatMarker(parts.marker)) - byteLength(parts.review) - byteLength(parts.status) - LAYOUT_MARGIN;
}

/** The last line of defence if content overshoots: never a body GitHub refuses. */
export function fitBody(parts: BodyParts, maxBytes: number, runUrl: string | undefined): string {
  const body = compose(parts);
  if (byteLength(body) <= maxBytes) return body;
  return compose({ ...parts, review: '', content: tooLargeForComment(runUrl) });
}

export interface PlanBodyInput {
  readonly plan: PlanOutput;
  /** The fingerprint the merge will be held to; null when the plan failed. */
  readonly fingerprint: string | null;
  readonly ctx: RenderContext;
  readonly maxBytes: number;
  readonly status?: string;
}

/** The sticky plan comment. No run link in it: that changes every run and defeats "unchanged". */
export function planCommentBody(input: PlanBodyInput): string {
  const { runUrl: _runUrl, ...ctx } = input.ctx;
  const marker: Marker = { config_dir: ctx.configDir, label: ctx.label, fingerprint: input.fingerprint, kind: 'plan' };
  const review = input.plan.ok ? formatReviewRecord(reviewRecord(input.plan)) : '';
  const head = { marker, review, status: input.status ?? '' };
  const content = fitComment(planDoc(input.plan, { ...ctx, ...(input.fingerprint ? { fingerprint: input.fingerprint } : {}) }, undefined), contentBudget(head, input.maxBytes));
  return fitBody({ ...head, content }, input.maxBytes, input.ctx.runUrl);
}

/** An existing body with a new status line; marker, review record and content kept. */
export function restatusBody(existing: string, marker: Marker, status: string, maxBytes: number, runUrl: string | undefined): string {
  return fitBody({ marker, review: reviewRecordLine(existing), status, content: contentOf(existing) }, maxBytes, runUrl);
}

/**
 * The reviewed comment after an apply: the apply result as content. The review record stays
 * while the marker still authorises the reviewed plan (kind `plan`), so a later refusal can
 * still list what differs.
 */
export function applyCommentBody(
  existing: string,
  marker: Marker,
  apply: ApplyOutput,
  status: string,
  ctx: RenderContext,
  maxBytes: number,
  serving?: ServingOutput,
): string {
  const review = marker.kind === 'plan' ? reviewRecordLine(existing) : '';
  const head = { marker, review, status };
  // The serving verdict is short and must survive trimming, so the apply result yields room to it.
  const verdict = serving ? `\n${renderServingMarkdown(serving)}` : '';
  const budget = contentBudget(head, maxBytes) - Buffer.byteLength(verdict);
  const content = `${fitComment(applyDoc(apply, ctx, undefined), budget)}${verdict}`;
  return fitBody({ ...head, content }, maxBytes, ctx.runUrl);
}
