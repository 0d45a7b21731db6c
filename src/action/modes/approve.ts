/**
 * `/omnigraph approve <resource>` on a pull request → `approve` as the commenter, only when the
 * commenter has write, maintain or admin access; the answer is a reply on the PR. A refusal is
 * the expected outcome of someone else's comment, so it is reported (ok=false) but does not fail
 * the job. After an approval the plan comment is refreshed so the gate shows as satisfied.
 */
import { isGitHubFailure, type ReactionContent } from '../github/client.js';
import { messages } from '../../render/index.js';
import { field, stringField } from '../context.js';
import type { Approver } from '../settings.js';
import { replanMergedPull } from './merged-pr.js';
import { planMode } from './plan.js';
import { gateOption, outputFailure, retrying, type ModeEnv, type ModeResult } from './shared.js';

const WRITERS = new Set(['admin', 'maintain', 'write']);

export interface ApproveRequest {
  readonly prNumber: number;
  readonly commenter: string;
  readonly resource: string;
  /** The command comment: the action reacts to it (👀 on receipt, then 👍 / 👎 / 😕). */
  readonly commentId?: number;
}

export async function approveMode(env: ModeEnv, request: ApproveRequest): Promise<ModeResult> {
  await react(env, request, 'eyes');
  const refusal = await refusalOf(env, request);
  if (refusal !== null) {
    await reply(env, request.prNumber, refusal);
    await react(env, request, '-1');
    env.summary.push(messages.approveSection(refusal, true));
    env.deps.io.notice(`approval of ${request.resource} by ${request.commenter} refused`);
    return { ok: false, prNumber: request.prNumber };
  }
  const out = await retrying(env, () => env.commands.approve({ configDir: env.settings.configPath, actor: request.commenter, resource: request.resource, ...gateOption(env) }));
  const failure = outputFailure(env, out, 'other');
  const text = out.ok
    ? messages.approvedReply(request.resource, out.approved_by ?? request.commenter, out.approval_id ?? '')
    : messages.approveFailedReply(request.resource, out.diagnostics);
  await reply(env, request.prNumber, text);
  await react(env, request, out.ok ? '+1' : 'confused');
  env.summary.push(messages.approveSection(text, false));
  if (!out.ok) return { ok: false, prNumber: request.prNumber, ...failure };
  // On a merged pull request (finishing a partial apply) there is no merge left to predict.
  const merged = typeof field(env.deps.context.payload, 'issue', 'pull_request', 'merged_at') === 'string';
  return merged ? replanMergedPull(env, request.prNumber) : planMode(env, request.prNumber);
}

/** Governance, in order: write access, the `approvers` list, then no self-approval by the PR author. */
async function refusalOf(env: ModeEnv, request: ApproveRequest): Promise<string | null> {
  const role = await roleOf(env, request.commenter);
  if (!WRITERS.has(role)) return messages.approveRoleRefusal(request.commenter, role);
  if (env.settings.approvers.length > 0 && !(await isListed(env, env.settings.approvers, request.commenter))) {
    return messages.approverListRefusal(request.commenter);
  }
  const author = stringField(env.deps.context.payload, 'issue', 'user', 'login');
  if (!env.settings.allowSelfApproval && author !== null && author.toLowerCase() === request.commenter.toLowerCase()) {
    return messages.selfApprovalRefusal(request.commenter);
  }
  return null;
}

async function isListed(env: ModeEnv, approvers: readonly Approver[], login: string): Promise<boolean> {
  for (const a of approvers) {
    if (a.kind === 'user' && a.login.toLowerCase() === login.toLowerCase()) return true;
    if (a.kind !== 'team') continue;
    try {
      if (await env.github.isTeamMember(a.org, a.slug, login)) return true;
    } catch (error) {
      if (!isGitHubFailure(error)) throw error;
      env.deps.io.warning(`could not read the members of ${a.org}/${a.slug} (${error.message}); give the token read access to the organization's teams`);
    }
  }
  return false;
}

async function react(env: ModeEnv, request: ApproveRequest, content: ReactionContent): Promise<void> {
  if (!request.commentId) return;
  try {
    await env.github.addCommentReaction(request.commentId, content);
  } catch (error) {
    if (!isGitHubFailure(error)) throw error;
    env.deps.io.warning(`could not react to the approve comment (${error.message})`);
  }
}

async function roleOf(env: ModeEnv, login: string): Promise<string> {
  if (login === '') return 'none';
  try {
    return await env.github.collaboratorRole(login);
  } catch (error) {
    if (!isGitHubFailure(error)) throw error;
    return 'none';
  }
}

async function reply(env: ModeEnv, prNumber: number, text: string): Promise<void> {
  try {
    await env.github.createIssueComment(prNumber, text);
  } catch (error) {
    if (!isGitHubFailure(error)) throw error;
    env.deps.io.warning(`could not reply on the pull request (${error.message})`);
  }
}
