/**
 * The layout of every comment and issue body the action owns, written only here:
 *
 *   <marker>                       identity + fingerprint (marker.ts)
 *   <review record>                optional (review.ts)
 *   <status line>                  e.g. "🟠 Applying in <run>"; may be empty
 *   <!-- omnigraph-cluster:status-end -->
 *   <rendered content>
 *   <!-- omnigraph-cluster:volatile -->   optional, plan comments only
 *   <planned commit and run link>
 *
 * The fixed sentinel lets the apply swap the status line while keeping the reviewed plan. The
 * volatile tail changes on every run (a new head commit, a new run), so `stableBody` leaves it
 * out: a push whose plan is the same does not rewrite the comment (no edit, no notification),
 * and the tail then names the run that last planned something different.
 */
import type { ServingOutput } from '../../engine/serving/status.js';
import { renderServingMarkdown } from '../serving.js';
import type { ApplyOutput, PlanOutput } from '../../engine/model/outputs.js';
import type { RenderContext } from '../kinds.js';
import { fitComment, fitCommentLevel } from '../markup/fit.js';
import { byteLength } from '../markup/blocks.js';
import { code, safeUrl } from '../markup/escape.js';
import { applyDoc } from '../markdown/apply-comment.js';
import { planDoc } from '../markdown/plan-comment.js';
import { formatMarker, type Marker } from './marker.js';
import { tooLargeForComment } from './messages.js';
import { formatReviewRecord, reviewRecord, reviewRecordLine } from './review.js';

const STATUS_END = '<!-- omnigraph-cluster:status-end -->';
const VOLATILE = '<!-- omnigraph-cluster:volatile -->';
/** Room for the sentinel and the newlines between the head and the rendered content. */
const LAYOUT_MARGIN = 256;

export interface BodyParts {
  readonly marker: Marker;
  /** The review record line ('' for none). */
  readonly review: string;
  readonly status: string;
  readonly content: string;
  /** The volatile tail's Markdown ('' for none): which commit and run planned this. */
  readonly volatile?: string;
}

function compose(parts: BodyParts): string {
  const head = [formatMarker(parts.marker), parts.review, parts.status].filter((s) => s !== '');
  const tail = parts.volatile === undefined || parts.volatile === '' ? '' : `\n${VOLATILE}\n${parts.volatile}\n`;
  return `${head.join('\n')}\n${STATUS_END}\n\n${parts.content}${tail}`;
}

/** A body without its volatile tail: what "unchanged" compares, so a new run alone never rewrites a comment. */
export function stableBody(body: string): string {
  const at = body.lastIndexOf(`\n${VOLATILE}\n`);
  return at < 0 ? body : body.slice(0, at);
}

/** The volatile tail's Markdown of a body we wrote ('' when absent), to carry it across rewrites. */
export function volatileOf(body: string): string {
  const at = body.lastIndexOf(`\n${VOLATILE}\n`);
  return at < 0 ? '' : body.slice(at + VOLATILE.length + 2).replace(/\n$/, '');
}

/** The rendered content of a body we wrote (without the volatile tail), or the whole body when it has no sentinel. */
export function contentOf(body: string): string {
  const stable = stableBody(body);
  const at = stable.indexOf(STATUS_END);
  return at < 0 ? stable : stable.slice(at + STATUS_END.length).replace(/^\n+/, '');
}

/** Commits are shown by their first 7 hex digits, as GitHub does. */
const SHORT_SHA = 7;

/** `Planned on abc1234 in workflow run.` (both parts optional), or '' when neither is known. */
export function plannedAt(headSha: string | undefined, runUrl: string | undefined): string {
  const sha = headSha !== undefined && /^[0-9a-f]{7,64}$/i.test(headSha) ? code(headSha.slice(0, SHORT_SHA)) : '';
  const url = safeUrl(runUrl);
  if (sha === '' && url === null) return '';
  const run = url === null ? '' : ` in [this workflow run](${url})`;
  return `<sub>Planned${sha === '' ? '' : ` on commit ${sha}`}${run}. Later pushes that plan the same leave this comment unchanged.</sub>`;
}

/** The budget left for the content once the head is written. */
function contentBudget(parts: Omit<BodyParts, 'content'>, maxBytes: number): number {
  const tail = parts.volatile === undefined ? 0 : byteLength(parts.volatile) + byteLength(VOLATILE);
  return maxBytes - byteLength(formatMarker(parts.marker)) - byteLength(parts.review) - byteLength(parts.status) - tail - LAYOUT_MARGIN;
}

/** The last line of defence if content overshoots: never a body GitHub refuses. */
export function fitBody(parts: BodyParts, maxBytes: number, runUrl: string | undefined): string {
  const body = compose(parts);
  if (byteLength(body) <= maxBytes) return body;
  return compose({ ...parts, review: '', volatile: '', content: tooLargeForComment(runUrl) });
}

export interface PlanBodyInput {
  readonly plan: PlanOutput;
  /** The fingerprint the merge will be held to; null when the plan failed. */
  readonly fingerprint: string | null;
  readonly ctx: RenderContext;
  readonly maxBytes: number;
  readonly status?: string;
  /** The pull request head commit that was planned; shown in the volatile tail. */
  readonly headSha?: string;
}

/**
 * The sticky plan comment. The run link and head commit live only in the volatile tail (they
 * change every run and would defeat "unchanged"). Under a tight budget the review record's
 * per-change hashes go before the change list and the summary do: when keeping them would cut the
 * comment down to the change list (or less) and leaving them out would show more, the record is
 * dropped (a refused apply then says only that the plan differs).
 */
export function planCommentBody(input: PlanBodyInput): string {
  const { runUrl: _runUrl, ...ctx } = input.ctx;
  const marker: Marker = { config_dir: ctx.configDir, label: ctx.label, fingerprint: input.fingerprint, kind: 'plan' };
  const record = input.plan.ok ? formatReviewRecord(reviewRecord(input.plan)) : '';
  const volatile = plannedAt(input.headSha, input.ctx.runUrl);
  const doc = planDoc(input.plan, { ...ctx, ...(input.fingerprint ? { fingerprint: input.fingerprint } : {}) }, undefined);
  const fit = (review: string) => {
    const head = { marker, review, status: input.status ?? '', volatile };
    return { head, ...fitCommentLevel(doc, contentBudget(head, input.maxBytes)) };
  };
  let chosen = fit(record);
  if (record !== '' && (chosen.level === 'list' || chosen.level === 'headline' || chosen.level === 'minimal')) {
    const without = fit('');
    if (without.text !== chosen.text) chosen = without;
  }
  return fitBody({ ...chosen.head, content: chosen.text }, input.maxBytes, input.ctx.runUrl);
}

/** An existing body with a new status line; marker, review record, content and volatile tail kept. */
export function restatusBody(existing: string, marker: Marker, status: string, maxBytes: number, runUrl: string | undefined): string {
  return fitBody({ marker, review: reviewRecordLine(existing), status, content: contentOf(existing), volatile: volatileOf(existing) }, maxBytes, runUrl);
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

/** A drift issue body: the drift marker above the content (a rendered plan, escaped upstream). */
export function driftIssueBody(ctx: RenderContext, content: string): string {
  return `${formatMarker({ config_dir: ctx.configDir, label: ctx.label, fingerprint: null, kind: 'drift' })}\n${content}`;
}
