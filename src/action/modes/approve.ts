/**
 * `/omnigraph approve <resource>` on a pull request → `approve` as the commenter, only when the
 * commenter has write, maintain or admin access; the answer is a reply on the PR. A refusal is
 * the expected outcome of someone else's comment, so it is reported (ok=false) but does not fail
 * the job. After an approval the plan comment is refreshed so the gate shows as satisfied.
 */
import { isPermissionLike } from '../github/client.js';
import { code, plain } from '../markdown.js';
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
    const text = `❌ ${code(request.commenter)} may not approve cluster changes (repository role: ${code(role)}; write, maintain or admin is required).`;
    await reply(env, request.prNumber, text);
    env.summary.push(`### /omnigraph approve refused\n\n${text}\n`);
    env.deps.io.notice(`approval of ${request.resource} by ${request.commenter} refused: role ${role}`);
    return { ok: false, prNumber: request.prNumber };
  }
  const out = await retrying(env, () => env.commands.approve({ configDir: env.settings.configPath, actor: request.commenter, resource: request.resource }));
  const failure = outputFailure(env, out, 'other');
  const text = out.ok
    ? `✅ ${code(request.resource)} approved by ${code(out.approved_by ?? request.commenter)} (approval ${code(out.approval_id ?? '')}). The merge will apply it if the plan is unchanged.`
    : [`❌ Could not approve ${code(request.resource)}:`, ...out.diagnostics.filter((d) => d.severity === 'error').map((d) => `- ${code(d.code)} ${plain(d.message)}`)].join('\n');
  await reply(env, request.prNumber, text);
  env.summary.push(`### /omnigraph approve\n\n${text}\n`);
  if (!out.ok) return { ok: false, prNumber: request.prNumber, ...failure };
  return planMode(env, request.prNumber);
}

async function roleOf(env: ModeEnv, login: string): Promise<string> {
  if (login === '') return 'none';
  try {
    return await env.github.collaboratorRole(login);
  } catch (error) {
    if (!isPermissionLike(error)) throw error;
    return 'none';
  }
}

async function reply(env: ModeEnv, prNumber: number, text: string): Promise<void> {
  try {
    await env.github.createIssueComment(prNumber, text);
  } catch (error) {
    if (!isPermissionLike(error)) throw error;
    env.deps.io.warning(`could not reply on the pull request (${error.message})`);
  }
}
