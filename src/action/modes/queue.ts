/**
 * `merge_group` (merge queue) → plan the queued merge commit and hold it to the plan reviewed on
 * the pull request, before anything merges: the commit status `omnigraph/<label or dir>` on the
 * group's head commit is what the queue waits for, so a plan that changed in the queue (another
 * pull request merged ahead, or the cluster moved) takes the pull request out of the queue
 * instead of failing the apply after merge. Nothing is applied and the reviewed plan comment
 * keeps its marker; only its status line says why the queue refused.
 */
import type { PlanOutput } from '../../engine/model/outputs.js';
import { describeDifferences, messages, parseReviewRecord, planFingerprint, renderSection, restatusBody, type Marker, type Refusal } from '../../render/index.js';
import { mergeVerdict } from '../merge-verdict.js';
import { planResult } from '../result.js';
import { findSticky, upsertSticky } from '../sticky.js';
import type { IssueComment } from '../github/client.js';
import { listComments, postClusterStatus } from './plan.js';
import { annotate, outputFailure, planWithBootstrap, writePlanJson, type ModeEnv, type ModeResult } from './shared.js';

export interface QueueRequest {
  /** The newest pull request of the group, from the group's head ref; null when it names none. */
  readonly prNumber: number | null;
  /** The group's merge commit: the status goes there. */
  readonly headSha: string;
}

export async function queueMode(env: ModeEnv, request: QueueRequest): Promise<ModeResult> {
  const plan = await planWithBootstrap(env);
  const fingerprint = plan.ok ? planFingerprint(plan) : null;
  const planJsonPath = await writePlanJson(env, plan);
  env.summary.push(renderSection('plan', plan, env.renderContext(fingerprint ? { fingerprint } : {})));
  annotate(env, plan.diagnostics);
  const result: ModeResult = { ...planResult(plan), planFingerprint: fingerprint, planJsonPath, prNumber: request.prNumber };

  const failure = outputFailure(env, plan, 'other');
  if (failure !== null) {
    await postClusterStatus(env, plan, failure, () => Promise.resolve(request.headSha));
    return { ...result, ...failure };
  }
  const reviewed = request.prNumber === null ? null : await reviewedPlan(env, request.prNumber);
  const refusal = env.settings.requireApprovedPlan ? queueRefusal(request.prNumber, reviewed, plan, fingerprint ?? '') : null;
  if (refusal !== null) {
    env.summary.push(messages.queueRefusalSection(refusal));
    const failed = { failureReason: 'plan-changed-in-queue' as const, failureMessage: refusal.headline };
    await postClusterStatus(env, plan, failed, () => Promise.resolve(request.headSha), 'plan changed in the merge queue: update the branch and re-plan');
    if (reviewed?.comment && reviewed.marker && request.prNumber !== null) await restatus(env, request.prNumber, reviewed.comment, reviewed.marker, refusal);
    return { ...result, ...failed, commentId: reviewed?.comment?.id ?? null };
  }
  // The same verdict the PR check gave: approvals still pending or blocked changes keep it out.
  const verdict = mergeVerdict(plan, env.settings);
  await postClusterStatus(env, plan, verdict, () => Promise.resolve(request.headSha));
  return { ...result, ...verdict, commentId: reviewed?.comment?.id ?? null };
}

interface Reviewed {
  readonly comment: IssueComment | null;
  readonly marker: Marker | null;
}

async function reviewedPlan(env: ModeEnv, prNumber: number): Promise<Reviewed> {
  const comments = await listComments(env, prNumber);
  const found = comments === null ? null : findSticky(comments, await env.identity(), env.settings.configDir, env.settings.label);
  return { comment: found?.comment ?? null, marker: found?.marker ?? null };
}

/** null = the queued commit plans exactly what was reviewed. */
function queueRefusal(prNumber: number | null, reviewed: Reviewed | null, plan: PlanOutput, fingerprint: string): Refusal | null {
  const marker = reviewed?.marker;
  // A pull request that does not touch the cluster (a paths filter skipped its plan) queues freely.
  if (prNumber === null || !marker?.fingerprint) return plan.changes.length === 0 ? null : messages.queueNoReviewedPlanRefusal(prNumber);
  if (marker.kind === 'plan' && marker.fingerprint === fingerprint) return null;
  const differences = describeDifferences(parseReviewRecord(reviewed?.comment?.body ?? ''), plan);
  return messages.queueChangedRefusal(prNumber, marker.fingerprint, fingerprint, differences);
}

async function restatus(env: ModeEnv, prNumber: number, comment: IssueComment, marker: Marker, refusal: Refusal): Promise<void> {
  if (env.settings.comment === 'never') return;
  const body = restatusBody(comment.body, marker, messages.queueRefusalStatus(refusal), env.settings.maxCommentBytes, env.deps.context.runUrl);
  const outcome = await upsertSticky(env.github, prNumber, comment, body, comment.body === body ? 'unchanged' : 'update');
  if (outcome.warning) env.deps.io.warning(outcome.warning);
}
