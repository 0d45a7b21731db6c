/**
 * `/omnigraph approve <resource>` on a pull request → `approve` as the commenter, only when the
 * commenter has write, maintain or admin access; the answer is a reply on the PR. A refusal is
 * the expected outcome of someone else's comment, so it is reported (ok=false) but does not fail
 * the job. After an approval the plan comment is refreshed so the gate shows as satisfied.
 */
import { isGitHubFailure } from '../github/client.js';
import { messages } from '../../render/index.js';
import { planMode } from './plan.js';
import { outputFailure, retrying, type ModeEnv, type ModeResult } from './shared.js';

const WRITERS = new Set(['admin', 'maintain', 'write']);

export interface ApproveRequest {
  readonly prNumber: number;
  readonly commenter: string;
  readonly resource: string;
}

export async function approveMode(env: ModeEnv, request: ApproveRequest): Promise<ModeResult> {
  const role = await roleOf(env, request.commenter);
  if (!WRITERS.has(role)) {
    const text = messages.approveRoleRefusal(request.commenter, role);
    await reply(env, request.prNumber, text);
    env.summary.push(messages.approveSection(text, true));
    env.deps.io.notice(`approval of ${request.resource} by ${request.commenter} refused: role ${role}`);
    return { ok: false, prNumber: request.prNumber };
  }
  const out = await retrying(env, () => env.commands.approve({ configDir: env.settings.configPath, actor: request.commenter, resource: request.resource }));
  const failure = outputFailure(env, out, 'other');
  const text = out.ok
    ? messages.approvedReply(request.resource, out.approved_by ?? request.commenter, out.approval_id ?? '')
    : messages.approveFailedReply(request.resource, out.diagnostics);
  await reply(env, request.prNumber, text);
  env.summary.push(messages.approveSection(text, false));
  if (!out.ok) return { ok: false, prNumber: request.prNumber, ...failure };
  return planMode(env, request.prNumber);
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
