/**
 * Push to the default branch → apply, bound to the plan reviewed on the merged pull request:
 * find the PR through the commit, read the fingerprint from its sticky comment, re-plan, refuse
 * on any difference (listing it), else apply and move the comment through
 * applying → applied / partially applied / not applied.
 */
import type { ApplyOutput, PlanOutput } from '../../engine/model/outputs.js';
import { contentOf } from '../comment-body.js';
import { applyPolicyReason } from '../failure.js';
import { isPermissionLike, type IssueComment, type PullSummary } from '../github/client.js';
import { code, link } from '../markdown.js';
import type { StickyMarker } from '../render-port.js';
import { applyResult, planResult } from '../result.js';
import { describeDifferences, parseReviewRecord } from '../review-record.js';
import { findSticky, upsertSticky } from '../sticky.js';
import { stringField } from '../context.js';
import { fitBody, listComments } from './plan.js';
import { annotate, outputFailure, planWithBootstrap, retrying, writePlanJson, type ModeEnv, type ModeResult } from './shared.js';

interface Reviewed {
  readonly prNumber: number;
  readonly comment: IssueComment | null;
  readonly marker: StickyMarker | null;
}

export async function applyMode(env: ModeEnv): Promise<ModeResult> {
  let reviewed = await findReviewed(env);
  const prNumber = reviewed?.prNumber ?? null;
  const base: ModeResult = { prNumber, commentId: reviewed?.comment?.id ?? null };
  if (env.settings.requireApprovedPlan && !reviewed?.marker?.fingerprint) {
    const why = reviewed === null ? 'this commit has no merged pull request' : 'the pull request has no plan comment from this action for this config dir and label';
    return refuse(env, reviewed, base, `No reviewed plan: ${why}. Set \`require-approved-plan: false\` to apply unreviewed pushes.`);
  }
  reviewed = await setStatus(env, reviewed, `🟠 Applying in ${link('this run', env.deps.context.runUrl)}`);

  const plan = await planWithBootstrap(env);
  const planJsonPath = await writePlanJson(env, plan);
  const planned: ModeResult = { ...base, ...planResult(plan), planJsonPath, planFingerprint: plan.ok ? env.deps.renderer.planFingerprint(plan) : null };
  const planFailure = outputFailure(env, plan, 'other');
  if (!plan.ok) {
    env.summary.push(env.deps.renderer.summary({ kind: 'plan', output: plan }, env.renderContext()));
    annotate(env, plan.diagnostics);
    await setStatus(env, reviewed, `❌ Not applied: ${planFailure?.failureMessage ?? 'the plan failed'}`);
    return { ...planned, ...planFailure };
  }
  if (env.settings.requireApprovedPlan && reviewed?.marker) {
    const refusal = bindingRefusal(reviewed, plan, planned.planFingerprint ?? '');
    if (refusal === 'already-applied') {
      env.deps.io.notice('the reviewed plan was already applied and nothing is left to do');
      env.summary.push(env.deps.renderer.summary({ kind: 'plan', output: plan }, env.renderContext()));
      return planned;
    }
    if (refusal !== null) {
      env.summary.push(env.deps.renderer.summary({ kind: 'plan', output: plan }, env.renderContext()));
      return refuse(env, reviewed, planned, refusal);
    }
  }

  const actor = env.settings.actor ?? (env.deps.context.actor || null);
  const apply = await retrying(env, () => env.commands.apply({ configDir: env.settings.configPath, actor }));
  env.summary.push(env.deps.renderer.summary({ kind: 'apply', output: apply }, env.renderContext()));
  annotate(env, apply.diagnostics);
  const failure = outputFailure(env, apply, 'apply');
  const policy = failure === null ? applyPolicyReason(apply, env.settings.failOn) : null;
  const result: ModeResult = {
    ...planned,
    ...applyResult(apply),
    ...failure,
    ...(policy ? { failureReason: policy, failureMessage: policyMessage(apply) } : {}),
  };
  await finishComment(env, reviewed, apply, statusLine(apply, failure?.failureMessage ?? null));
  return result;
}

/** The merged PR behind this push: the one whose merge commit is this SHA, else any PR into the default branch. */
async function findReviewed(env: ModeEnv): Promise<Reviewed | null> {
  const { context } = env.deps;
  let pulls: PullSummary[];
  try {
    pulls = await env.github.listPullsForCommit(context.sha);
  } catch (error) {
    if (!isPermissionLike(error)) throw error;
    env.deps.io.warning(`could not look up the pull request of ${context.sha} (${error.message})`);
    return null;
  }
  const defaultBranch = stringField(context.payload, 'repository', 'default_branch');
  const pr = pulls.find((p) => p.mergeCommitSha === context.sha) ?? pulls.find((p) => p.baseRef === defaultBranch) ?? null;
  if (pr === null) return null;
  const comments = await listComments(env, pr.number);
  const found = comments === null ? null : findSticky(comments, await env.identity(), env.deps.renderer, env.settings.configDir, env.settings.label);
  return { prNumber: pr.number, comment: found?.comment ?? null, marker: found?.marker ?? null };
}

/** null = apply may proceed. */
function bindingRefusal(reviewed: Reviewed, plan: PlanOutput, fingerprint: string): string | 'already-applied' | null {
  const marker = reviewed.marker;
  if (marker === null) return null;
  if (marker.kind === 'apply') {
    if (plan.changes.length === 0) return 'already-applied';
    return 'The reviewed plan was already applied; the changes planned now were never reviewed. Open a pull request to review them.';
  }
  if (marker.fingerprint === fingerprint) return null;
  const lines = describeDifferences(parseReviewRecord(reviewed.comment?.body ?? ''), plan);
  return [
    'The plan changed since it was reviewed on the pull request, so nothing was applied.',
    `Reviewed fingerprint ${code(marker.fingerprint ?? '')}, current ${code(fingerprint)}. What differs:`,
    ...lines.map((l) => `- ${l}`),
    'Re-run the plan on a new pull request (or re-run this job after re-planning) to review the current changes.',
  ].join('\n');
}

async function refuse(env: ModeEnv, reviewed: Reviewed | null, result: ModeResult, message: string): Promise<ModeResult> {
  env.summary.push(`### ❌ Not applied\n\n${message}\n`);
  await setStatus(env, reviewed, `❌ Not applied: ${message.split('\n')[0] ?? ''}\n\n${message.split('\n').slice(1).join('\n')}`.trim());
  return { ...result, failureReason: 'plan-changed', failureMessage: message.split('\n')[0] ?? message };
}

function statusLine(apply: ApplyOutput, failureMessage: string | null): string {
  const revision = apply.state_observations.state_revision;
  const blocked = apply.changes.filter((c) => c.disposition === 'blocked').length;
  const deferred = apply.changes.filter((c) => c.disposition === 'deferred').length;
  // A failed graph create still writes state with the rest blocked ("loud partials"): the ledger
  // moved, so the comment must not claim nothing happened.
  const partial = blocked + deferred > 0 && (apply.ok || apply.state_written);
  if (!apply.ok && !partial) return `❌ Not applied: ${failureMessage ?? firstError(apply)}`;
  if (partial) {
    const counts = `${blocked} blocked, ${deferred} deferred${apply.converged ? '' : ', not converged'}`;
    return `⚠️ Partially applied (revision ${revision}): ${counts}${apply.ok ? '' : ` — ${failureMessage ?? firstError(apply)}`}`;
  }
  if (!apply.converged) return `⚠️ Applied (revision ${revision}), not converged`;
  return `✅ Applied (revision ${revision}, converged)`;
}

/** The reason shown when `fail-on` leaves out `errors` and so no failure message was made. */
function firstError(apply: ApplyOutput): string {
  const first = apply.diagnostics.find((d) => d.severity === 'error');
  return first ? `${first.code}: ${first.message}` : 'apply failed';
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
  const marker = env.deps.renderer.formatMarker(reviewed.marker);
  const body = fitBody(env, { marker, review: reviewLine(comment.body), status, content: contentOf(comment.body) });
  await writeComment(env, reviewed.prNumber, comment, body);
  // Later status swaps must start from what is now on GitHub.
  return { ...reviewed, comment: { ...comment, body } };
}

/**
 * After the apply the content shows the apply. Once converged the marker turns `apply`, so the
 * reviewed plan cannot authorise a second, different apply; a partial apply keeps `plan` so a
 * re-run of this job can retry exactly the reviewed plan.
 */
async function finishComment(env: ModeEnv, reviewed: Reviewed | null, apply: ApplyOutput, status: string): Promise<void> {
  const comment = reviewed?.comment;
  if (!comment || !reviewed.marker || env.settings.comment === 'never') return;
  const kind = apply.ok && apply.converged ? 'apply' : reviewed.marker.kind;
  const marker = env.deps.renderer.formatMarker({ ...reviewed.marker, kind });
  // While the marker still authorises the reviewed plan, a later refusal needs its review record
  // to list what differs; dropping it made every such refusal say the plan was "too large".
  const review = kind === 'plan' ? reviewLine(comment.body) : '';
  const budgetBytes = env.settings.maxCommentBytes - Buffer.byteLength(marker + review + status, 'utf8') - 256;
  const content = env.deps.renderer.comment({ kind: 'apply', output: apply }, env.renderContext({ budgetBytes }));
  await writeComment(env, reviewed.prNumber, comment, fitBody(env, { marker, review, status, content }));
}

function reviewLine(body: string): string {
  return body.split('\n').find((l) => l.startsWith('<!-- omnigraph-cluster:review ')) ?? '';
}

async function writeComment(env: ModeEnv, prNumber: number, comment: IssueComment, body: string): Promise<void> {
  const outcome = await upsertSticky(env.github, prNumber, comment, body, comment.body === body ? 'unchanged' : 'update');
  if (outcome.warning) env.deps.io.warning(outcome.warning);
}
