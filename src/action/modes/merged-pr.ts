/**
 * `workflow_dispatch` with `pr-number` → finish a merged pull request whose apply stopped
 * part-way (an approval missing, a graph create that failed), without an empty commit: the plan
 * run re-plans the default branch and puts what is left on that pull request's comment for
 * review (and `/omnigraph approve`); the apply run applies it, bound to that re-planned comment
 * exactly as a push is bound to the plan reviewed before merge.
 */
import { messages, planCommentBody, planFingerprint, renderSection } from '../../render/index.js';
import { isGitHubFailure } from '../github/client.js';
import { mergeVerdict } from '../merge-verdict.js';
import { planResult } from '../result.js';
import { findSticky, upsertSticky } from '../sticky.js';
import { applyMode } from './apply.js';
import { listComments } from './plan.js';
import { annotate, outputFailure, planWithBootstrap, writePlanJson, type ModeEnv, type ModeResult } from './shared.js';

export async function mergedPullMode(env: ModeEnv, prNumber: number, apply: boolean): Promise<ModeResult> {
  const why = await notFinishable(env, prNumber);
  if (why !== null) {
    const message = messages.notMergedMessage(prNumber, why);
    return { ok: false, prNumber, failureReason: 'pr-not-merged', failureMessage: message };
  }
  return apply ? applyMode(env, prNumber) : replanMergedPull(env, prNumber);
}

/** Why `prNumber` cannot be finished from this run, or null. */
async function notFinishable(env: ModeEnv, prNumber: number): Promise<string | null> {
  try {
    const pull = await env.github.pull(prNumber);
    if (!pull.merged) return `is ${pull.state === 'open' ? 'still open' : 'closed without merging'}`;
    if (env.deps.context.ref !== `refs/heads/${pull.baseRef}`) return `merged into ${pull.baseRef}, but this run is on ${env.deps.context.ref || 'no ref'}`;
    return null;
  } catch (error) {
    if (!isGitHubFailure(error)) throw error;
    return `could not be read (${error.message})`;
  }
}

/**
 * Re-plan a merged pull request and replace its plan comment: the new fingerprint is what the
 * next `pr-number` apply is held to. Also what an approval on a merged pull request refreshes.
 */
export async function replanMergedPull(env: ModeEnv, prNumber: number): Promise<ModeResult> {
  const plan = await planWithBootstrap(env);
  const fingerprint = plan.ok ? planFingerprint(plan) : null;
  const planJsonPath = await writePlanJson(env, plan);
  env.summary.push(renderSection('plan', plan, env.renderContext(fingerprint ? { fingerprint } : {})));
  annotate(env, plan.diagnostics);
  const failure = outputFailure(env, plan, 'other');
  const verdict = failure === null && plan.ok ? mergeVerdict(plan, env.settings) : null;
  const result: ModeResult = { ...planResult(plan), planFingerprint: fingerprint, planJsonPath, prNumber, ...failure, ...verdict };
  if (env.settings.comment === 'never') return result;
  const listed = await listComments(env, prNumber);
  if (listed === null) return result;
  const existing = findSticky(listed, await env.identity(), env.settings.configDir, env.settings.label)?.comment ?? null;
  const blocker = failure?.failureMessage ?? verdict?.failureMessage ?? null;
  const status = messages.replannedStatus(prNumber, env.deps.context.runUrl, plan.changes.length > 0, blocker);
  const body = planCommentBody({ plan, fingerprint, ctx: env.renderContext(), maxBytes: env.settings.maxCommentBytes, status });
  const outcome = await upsertSticky(env.github, prNumber, existing, body, existing === null ? 'create' : existing.body === body ? 'unchanged' : 'update');
  if (outcome.warning) env.deps.io.warning(outcome.warning);
  return { ...result, commentId: outcome.commentId };
}
