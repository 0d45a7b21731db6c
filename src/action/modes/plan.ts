/**
 * Pull request (or non-default push) → plan, job summary, annotations, and the sticky comment
 * carrying the plan fingerprint the merge will be held to.
 */
import type { PlanOutput } from '../../engine/model/outputs.js';
import { messages, planCommentBody, planFingerprint, renderSection } from '../../render/index.js';
import { stringField } from '../context.js';
import type { FailureReason } from '../failure.js';
import { mergeVerdict, statusSummary } from '../merge-verdict.js';
import { isGitHubFailure, type IssueComment } from '../github/client.js';
import { planResult } from '../result.js';
import { decideSticky, findSticky, upsertSticky } from '../sticky.js';
import { annotate, outputFailure, planWithBootstrap, writePlanJson, type ModeEnv, type ModeResult } from './shared.js';

export async function planMode(env: ModeEnv, prNumber: number | null): Promise<ModeResult> {
  const plan = await planWithBootstrap(env);
  const fingerprint = plan.ok ? planFingerprint(plan) : null;
  const planJsonPath = await writePlanJson(env, plan);
  env.summary.push(renderSection('plan', plan, env.renderContext(fingerprint ? { fingerprint } : {})));
  annotate(env, plan.diagnostics);
  // The PR check answers "would the apply after merge work?", not only "did plan run?".
  const failure = outputFailure(env, plan, 'other');
  const verdict = failure === null && plan.ok ? mergeVerdict(plan, env.settings) : null;
  const result: ModeResult = { ...planResult(plan), planFingerprint: fingerprint, planJsonPath, prNumber, ...failure, ...verdict };
  if (prNumber === null) return result;
  await postCommitStatus(env, prNumber, plan, failure ?? verdict);
  const status = verdict ? messages.mergeWouldFailStatus(verdict.failureMessage) : undefined;
  const commentId = await postPlanComment(env, prNumber, plan, fingerprint, status);
  return { ...result, commentId };
}

/** One status per cluster (`omnigraph/<label or dir>`) on the PR head, for branch protection to require. */
async function postCommitStatus(env: ModeEnv, prNumber: number, plan: PlanOutput, failure: { readonly failureReason: FailureReason } | null): Promise<void> {
  const context = `omnigraph/${env.settings.label || env.settings.configDir}`;
  const description = statusSummary(plan, failure);
  try {
    // An approve comment's event has no head: ask, so the status turns green once approved.
    const sha = stringField(env.deps.context.payload, 'pull_request', 'head', 'sha') ?? (await env.github.pullHeadSha(prNumber));
    await env.github.createCommitStatus(sha, { state: failure ? 'failure' : 'success', context, description, targetUrl: env.deps.context.runUrl });
  } catch (error) {
    if (!isGitHubFailure(error)) throw error;
    env.deps.io.warning(`could not set the commit status ${context} (${error.message}); give the workflow \`permissions: statuses: write\` so branch protection can require it`);
  }
}

async function postPlanComment(env: ModeEnv, prNumber: number, plan: PlanOutput, fingerprint: string | null, status?: string): Promise<number | null> {
  if (env.settings.comment === 'never') return null;
  const listed = await listComments(env, prNumber);
  if (listed === null) return null;
  const me = await env.identity();
  const existing = findSticky(listed, me, env.settings.configDir, env.settings.label)?.comment ?? null;
  const headSha = stringField(env.deps.context.payload, 'pull_request', 'head', 'sha');
  const body = planCommentBody({ plan, fingerprint, ctx: env.renderContext(), maxBytes: env.settings.maxCommentBytes, ...(status ? { status } : {}), ...(headSha ? { headSha } : {}) });
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
    if (!isGitHubFailure(error)) throw error;
    env.deps.io.warning(`could not read the pull request comments (${error.message}); the job summary has the full result`);
    return null;
  }
}
