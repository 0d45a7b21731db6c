/**
 * Push to the default branch → apply, bound to the plan reviewed on the merged pull request:
 * find the PR through the commit, read the fingerprint from its sticky comment, re-plan, refuse
 * on any difference (listing it), else apply and move the comment through
 * applying → applied / partially applied / not applied.
 */
import type { ApplyOutput, PlanOutput } from '../../engine/model/outputs.js';
import type { ServingOutput } from '../../engine/serving/status.js';
import {
  applyCommentBody,
  describeDifferences,
  messages,
  parseReviewRecord,
  planFingerprint,
  renderSection,
  restatusBody,
  type Marker,
  type Refusal,
} from '../../render/index.js';
import { stringField } from '../context.js';
import { applyPolicyReason } from '../failure.js';
import { tamperedStateFiles } from '../state-tamper.js';
import { isGitHubFailure, type IssueComment, type PullSummary } from '../github/client.js';
import { applyResult, planResult } from '../result.js';
import { findSticky, upsertSticky } from '../sticky.js';
import { listComments } from './plan.js';
import { servingCheck } from './serving.js';
import { annotate, outputFailure, planWithBootstrap, retrying, writePlanJson, type ModeEnv, type ModeResult } from './shared.js';

interface Reviewed {
  readonly prNumber: number;
  readonly comment: IssueComment | null;
  readonly marker: Marker | null;
}

/** `mergedPr`: the pull request that was merged, when known; else it is looked up from the commit. */
export async function applyMode(env: ModeEnv, mergedPr?: number | null): Promise<ModeResult> {
  let reviewed = await findReviewed(env, mergedPr);
  const prNumber = reviewed?.prNumber ?? null;
  const base: ModeResult = { prNumber, commentId: reviewed?.comment?.id ?? null };
  if (env.settings.requireApprovedPlan && !reviewed?.marker?.fingerprint) {
    return refuse(env, reviewed, base, messages.noReviewedPlanRefusal(reviewed !== null));
  }
  reviewed = await setStatus(env, reviewed, messages.applyingStatus(env.deps.context.runUrl));

  const plan = await planWithBootstrap(env);
  const planJsonPath = await writePlanJson(env, plan);
  const planned: ModeResult = { ...base, ...planResult(plan), planJsonPath, planFingerprint: plan.ok ? planFingerprint(plan) : null };
  const planFailure = outputFailure(env, plan, 'other');
  if (!plan.ok) {
    env.summary.push(renderSection('plan', plan, env.renderContext()));
    annotate(env, plan.diagnostics);
    await setStatus(env, reviewed, messages.notAppliedStatus(planFailure?.failureMessage ?? 'the plan failed'));
    return { ...planned, ...planFailure };
  }
  const tampered = reviewed ? tamperedStateFiles(env.deps.context.payload, env.deps.context.workspace, plan.state_observations.state_path, await filesWithoutCommits(env, reviewed.prNumber)) : [];
  if (tampered.length > 0) {
    env.summary.push(renderSection('plan', plan, env.renderContext()));
    const headline = `The merged pull request changed files under the state root (${tampered.slice(0, 5).join(', ')}${tampered.length > 5 ? ', …' : ''}); state kept in the repository cannot be trusted from a pull request. Restore those files, or move state to S3 (docs/security.md).`;
    return refuse(env, reviewed, planned, { headline, details: [] }, 'state-tampered');
  }
  if (env.settings.requireApprovedPlan && reviewed?.marker) {
    const refusal = bindingRefusal(reviewed, plan, planned.planFingerprint ?? '');
    if (refusal === 'already-applied') {
      env.deps.io.notice('the reviewed plan was already applied and nothing is left to do');
      env.summary.push(renderSection('plan', plan, env.renderContext()));
      return planned;
    }
    if (refusal !== null) {
      env.summary.push(renderSection('plan', plan, env.renderContext()));
      return refuse(env, reviewed, planned, refusal);
    }
  }

  const actor = env.settings.actor ?? (env.deps.context.actor || null);
  const apply = await retrying(env, () => env.commands.apply({ configDir: env.settings.configPath, actor }));
  env.summary.push(renderSection('apply', apply, env.renderContext()));
  annotate(env, apply.diagnostics);
  const failure = outputFailure(env, apply, 'apply');
  const policy = failure === null ? applyPolicyReason(apply, env.settings.failOn) : null;
  const result: ModeResult = {
    ...planned,
    ...applyResult(apply),
    ...failure,
    ...(policy ? { failureReason: policy, failureMessage: policyMessage(apply) } : {}),
  };
  const serving = await servingCheck(env);
  await finishComment(env, reviewed, apply, messages.applyStatus(apply, failure?.failureMessage ?? null), serving);
  return result;
}

/**
 * The merged PR behind this push: the one whose merge commit is this SHA, else any PR into the
 * default branch; null (with a warning when GitHub failed) when there is none.
 */
export async function mergedPullNumber(env: ModeEnv): Promise<number | null> {
  const { context } = env.deps;
  let pulls: PullSummary[];
  try {
    pulls = await env.github.listPullsForCommit(context.sha);
  } catch (error) {
    if (!isGitHubFailure(error)) throw error;
    env.deps.io.warning(`could not look up the pull request of ${context.sha} (${error.message})`);
    return null;
  }
  const defaultBranch = stringField(context.payload, 'repository', 'default_branch');
  const pr = pulls.find((p) => p.mergeCommitSha === context.sha) ?? pulls.find((p) => p.baseRef === defaultBranch) ?? null;
  return pr?.number ?? null;
}

/** `known`: the merged PR when the caller already knows it (a closed-merged event, or many clusters looked once). */
async function findReviewed(env: ModeEnv, known: number | null | undefined): Promise<Reviewed | null> {
  const prNumber = known === undefined ? await mergedPullNumber(env) : known;
  if (prNumber === null) return null;
  const comments = await listComments(env, prNumber);
  const found = comments === null ? null : findSticky(comments, await env.identity(), env.settings.configDir, env.settings.label);
  return { prNumber, comment: found?.comment ?? null, marker: found?.marker ?? null };
}

/**
 * A push event lists its commits' files; a `closed` pull request event does not, so then the
 * merged pull request's own file list stands in. A list GitHub refuses leaves only the commits.
 */
async function filesWithoutCommits(env: ModeEnv, prNumber: number): Promise<readonly string[]> {
  if (Array.isArray(env.deps.context.payload.commits)) return [];
  try {
    return (await env.github.listPullFiles(prNumber)).files;
  } catch (error) {
    if (!isGitHubFailure(error)) throw error;
    env.deps.io.warning(`could not list the files of pull request #${prNumber} to check the state root (${error.message})`);
    return [];
  }
}

/** null = apply may proceed. */
function bindingRefusal(reviewed: Reviewed, plan: PlanOutput, fingerprint: string): Refusal | 'already-applied' | null {
  const marker = reviewed.marker;
  if (marker === null) return null;
  if (marker.kind === 'apply') return plan.changes.length === 0 ? 'already-applied' : messages.alreadyAppliedRefusal();
  if (marker.fingerprint === fingerprint) return null;
  const differences = describeDifferences(parseReviewRecord(reviewed.comment?.body ?? ''), plan);
  return messages.planChangedRefusal(marker.fingerprint ?? '', fingerprint, differences);
}

async function refuse(
  env: ModeEnv,
  reviewed: Reviewed | null,
  result: ModeResult,
  refusal: Refusal,
  reason: 'plan-changed' | 'state-tampered' = 'plan-changed',
): Promise<ModeResult> {
  env.summary.push(messages.refusalSection(refusal));
  await setStatus(env, reviewed, messages.refusalStatus(refusal));
  return { ...result, failureReason: reason, failureMessage: refusal.headline };
}

function policyMessage(apply: ApplyOutput): string {
  const blocked = apply.changes.filter((c) => c.disposition === 'blocked').map((c) => `${c.resource} (${c.reason ?? 'blocked'})`);
  const deferred = apply.changes.filter((c) => c.disposition === 'deferred').map((c) => c.resource);
  const parts = [blocked.length ? `blocked: ${blocked.join(', ')}` : '', deferred.length ? `deferred: ${deferred.join(', ')}` : '', apply.converged ? '' : 'not converged'];
  return `apply finished without reaching the desired config (${parts.filter((p) => p !== '').join('; ')})`;
}

/** Swap the status line of the reviewed comment, keeping the reviewed plan below it. */
async function setStatus(env: ModeEnv, reviewed: Reviewed | null, status: string): Promise<Reviewed | null> {
  const comment = reviewed?.comment;
  if (!comment || !reviewed.marker || env.settings.comment === 'never') return reviewed;
  const body = restatusBody(comment.body, reviewed.marker, status, env.settings.maxCommentBytes, env.deps.context.runUrl);
  await writeComment(env, reviewed.prNumber, comment, body);
  // Later status swaps must start from what is now on GitHub.
  return { ...reviewed, comment: { ...comment, body } };
}

/**
 * After the apply the content shows the apply. Once converged the marker turns `apply`, so the
 * reviewed plan cannot authorise a second, different apply; a partial apply keeps `plan` so a
 * re-run of this job can retry exactly the reviewed plan.
 */
async function finishComment(env: ModeEnv, reviewed: Reviewed | null, apply: ApplyOutput, status: string, serving: ServingOutput | null): Promise<void> {
  const comment = reviewed?.comment;
  if (!comment || !reviewed.marker || env.settings.comment === 'never') return;
  const marker: Marker = { ...reviewed.marker, kind: apply.ok && apply.converged ? 'apply' : reviewed.marker.kind };
  const body = applyCommentBody(comment.body, marker, apply, status, env.renderContext(), env.settings.maxCommentBytes, serving ?? undefined);
  await writeComment(env, reviewed.prNumber, comment, body);
}

async function writeComment(env: ModeEnv, prNumber: number, comment: IssueComment, body: string): Promise<void> {
  const outcome = await upsertSticky(env.github, prNumber, comment, body, comment.body === body ? 'unchanged' : 'update');
  if (outcome.warning) env.deps.io.warning(outcome.warning);
}
