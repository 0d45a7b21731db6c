/**
 * The one-command modes: `validate` (also what a fork pull request gets), `status` and
 * `refresh`, each with a job summary and annotations, no comment.
 */
import { messages, renderSection } from '../../render/index.js';
import { outputFailure, annotate, retrying, type ModeEnv, type ModeResult } from './shared.js';

export async function validateMode(env: ModeEnv, prNumber: number | null): Promise<ModeResult> {
  const out = await env.commands.validate({ configDir: env.settings.configPath });
  env.summary.push(renderSection('validate', out, env.renderContext()));
  annotate(env, out.diagnostics);
  return { ok: out.ok, prNumber, ...outputFailure(env, out, 'other') };
}

/** Fork PRs get a read-only token and no secrets: validate only, and say so instead of a 403. */
export async function forkMode(env: ModeEnv, prNumber: number): Promise<ModeResult> {
  forkNotice(env);
  return validateMode(env, prNumber);
}

/** Said once per step, however many clusters it validates. */
export function forkNotice(env: ModeEnv): void {
  env.deps.io.notice('pull request from a fork: validated the configuration only (no state access, no comment, never apply)');
  env.summary.push(messages.FORK_NOTE);
}

export async function statusMode(env: ModeEnv): Promise<ModeResult> {
  const out = await env.commands.status({ configDir: env.settings.configPath });
  env.summary.push(renderSection('status', out, env.renderContext()));
  annotate(env, out.diagnostics);
  return { ok: out.ok, stateRevision: out.state_observations.state_revision, ...outputFailure(env, out, 'other') };
}

export async function refreshMode(env: ModeEnv): Promise<ModeResult> {
  const out = await retrying(env, () => env.commands.refresh({ configDir: env.settings.configPath }));
  env.summary.push(renderSection(out.operation, out, env.renderContext()));
  annotate(env, out.diagnostics);
  return { ok: out.ok, stateRevision: out.state_observations.state_revision, ...outputFailure(env, out, 'other') };
}
