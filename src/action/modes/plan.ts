/**
 * Pull request (or non-default push) → plan, job summary, annotations, and the sticky comment
 * carrying the plan fingerprint the merge will be held to.
 */
import type { PlanOutput } from '../../engine/model/outputs.js';
import { bytes, composeBody } from '../comment-body.js';
import { isPermissionLike, type IssueComment } from '../github/client.js';
import { planResult } from '../result.js';
import { formatReviewRecord, reviewRecord } from '../review-record.js';
import { decideSticky, findSticky, upsertSticky } from '../sticky.js';
import { annotate, outputFailure, planWithBootstrap, writePlanJson, type ModeEnv, type ModeResult } from './shared.js';

/** Margin for the sentinel and newlines between the head and the rendered content. */
const LAYOUT_MARGIN = 256;

export async function planMode(env: ModeEnv, prNumber: number | null): Promise<ModeResult> {
  const plan = await planWithBootstrap(env);
  const fingerprint = plan.ok ? env.deps.renderer.planFingerprint(plan) : null;
  const planJsonPath = await writePlanJson(env, plan);
  env.summary.push(env.deps.renderer.summary({ kind: 'plan', output: plan }, env.renderContext(fingerprint ? { fingerprint } : {})));
  annotate(env, plan.diagnostics);
  const failure = outputFailure(env, plan, 'other');
  const result: ModeResult = { ...planResult(plan), planFingerprint: fingerprint, planJsonPath, prNumber, ...failure };
  if (prNumber === null) return result;
  const commentId = await postPlanComment(env, prNumber, plan, fingerprint);
  return { ...result, commentId };
}

/** The full sticky body for a plan, fitted to `max-comment-bytes`. */
export function planCommentBody(env: ModeEnv, plan: PlanOutput, fingerprint: string | null, status = ''): string {
  const { renderer } = env.deps;
  const marker = renderer.formatMarker({
    config_dir: env.settings.configDir,
    label: env.settings.label,
    kind: 'plan',
    ...(fingerprint ? { fingerprint } : {}),
  });
  const review = plan.ok ? formatReviewRecord(reviewRecord(plan)) : '';
  const head = bytes(marker) + bytes(review) + bytes(status) + LAYOUT_MARGIN;
  const budgetBytes = env.settings.maxCommentBytes - head;
  // No run link in the comment: it changes every run and would defeat "unchanged → no PATCH".
  const { runUrl: _runUrl, ...ctx } = env.renderContext({ budgetBytes, ...(fingerprint ? { fingerprint } : {}) });
  const content = renderer.comment({ kind: 'plan', output: plan }, ctx);
  return fitBody(env, { marker, review, status, content });
}

/** The last line of defence if a renderer overshoots its budget: never post a body GitHub refuses. */
export function fitBody(env: ModeEnv, parts: { marker: string; review: string; status: string; content: string }): string {
  const body = composeBody(parts);
  if (bytes(body) <= env.settings.maxCommentBytes) return body;
  const link = env.deps.context.runUrl ? ` See the [job summary](${env.deps.context.runUrl}).` : ' See the job summary.';
  return composeBody({ ...parts, review: '', content: `The full result is too large for a comment.${link}` });
}

async function postPlanComment(env: ModeEnv, prNumber: number, plan: PlanOutput, fingerprint: string | null): Promise<number | null> {
  if (env.settings.comment === 'never') return null;
  const listed = await listComments(env, prNumber);
  if (listed === null) return null;
  const me = await env.identity();
  const existing = findSticky(listed, me, env.deps.renderer, env.settings.configDir, env.settings.label)?.comment ?? null;
  const body = planCommentBody(env, plan, fingerprint);
  const action = decideSticky(env.settings.comment, existing, body, plan.changes.length > 0);
  const outcome = await upsertSticky(env.github, prNumber, existing, body, action);
  if (outcome.warning) env.deps.io.warning(outcome.warning);
  else env.deps.io.info(`pull request comment: ${outcome.action}${outcome.commentId !== null ? ` (#${outcome.commentId})` : ''}`);
  return outcome.commentId;
}

/** Every comment on the PR, or null (with a warning) when the token may not read them. */
export async function listComments(env: ModeEnv, prNumber: number): Promise<readonly IssueComment[] | null> {
  try {
    return await env.github.listIssueComments(prNumber);
  } catch (error) {
    if (!isPermissionLike(error)) throw error;
    env.deps.io.warning(`could not read the pull request comments (${error.message}); the job summary has the full result`);
    return null;
  }
}
