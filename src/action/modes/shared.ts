/**
 * What every mode shares: the parsed settings, the clients, memoised identity, the summary being
 * assembled, and the plan-with-bootstrap + lock-retry sequence plan, apply and drift all run.
 */
import path from 'node:path';
import type { ClusterCommands } from '../../engine/commands/api.js';
import type { Diagnostic } from '../../engine/diagnostics/index.js';
import { toPrettyJson } from '../../base/json.js';
import { isInside } from '../../engine/config/paths.js';
import type { PlanOutput, StateObservations } from '../../engine/model/outputs.js';
import { messages, toAnnotations, type RenderContext } from '../../render/index.js';
import { errorReason, lockInfo, type FailureReason, type LockInfo } from '../failure.js';
import type { GitHubClient } from '../github/client.js';
import { withLockRetry } from '../lock-retry.js';
import type { ActionDeps } from '../ports.js';
import type { RunResult } from '../result.js';
import type { ActionSettings } from '../settings.js';
import { resolveIdentity, type Identity } from '../sticky.js';

export interface ModeEnv {
  readonly deps: ActionDeps;
  readonly settings: ActionSettings;
  readonly commands: ClusterCommands;
  readonly github: GitHubClient;
  identity(): Promise<Identity>;
  renderContext(extra?: Partial<RenderContext>): RenderContext;
  /** Summary sections in order; main.ts writes them once at the end. */
  readonly summary: string[];
}

export type ModeResult = Partial<RunResult>;

export function modeEnv(deps: ActionDeps, settings: ActionSettings, commands: ClusterCommands, github: GitHubClient): ModeEnv {
  let identity: Promise<Identity> | null = null;
  return {
    deps,
    settings,
    commands,
    github,
    identity: () => (identity ??= resolveIdentity(github)),
    renderContext: (extra = {}) => ({ configDir: settings.configDir, label: settings.label, runUrl: deps.context.runUrl, sourceRoot: path.resolve(deps.context.workspace), ...extra }),
    summary: [],
  };
}

export function retrying<T extends { readonly diagnostics: readonly Diagnostic[] }>(env: ModeEnv, attempt: () => Promise<T>): Promise<T> {
  return withLockRetry(attempt, {
    retries: env.settings.lockRetries,
    intervalMs: env.settings.lockRetryIntervalMs,
    sleep: (ms) => env.deps.sleep(ms),
    random: () => env.deps.random(),
    log: (m) => env.deps.io.info(m),
  });
}

/** plan; with `bootstrap-state` and no ledger yet, import first and plan again. */
export async function planWithBootstrap(env: ModeEnv): Promise<PlanOutput> {
  const configDir = env.settings.configPath;
  const plan = await retrying(env, () => env.commands.plan({ configDir }));
  if (!env.settings.bootstrapState || !plan.ok || plan.state_observations.state_found) return plan;
  env.deps.io.info('no state ledger yet: bootstrap-state is on, running import first');
  const imported = await retrying(env, () => env.commands.importState({ configDir }));
  if (!imported.ok) {
    env.deps.io.warning(`bootstrap import failed: ${imported.diagnostics.map((d) => d.message).join('; ')}`);
    return plan;
  }
  return retrying(env, () => env.commands.plan({ configDir }));
}

/** The plan JSON beside the run (for later steps), as `plan-json-path`. */
export async function writePlanJson(env: ModeEnv, plan: PlanOutput): Promise<string> {
  const slug = `${env.settings.configDir}${env.settings.label ? `-${env.settings.label}` : ''}`.replace(/[^A-Za-z0-9._-]+/g, '_');
  const file = path.join(env.deps.context.tempDir, `omnigraph-plan-${slug}.json`);
  await env.deps.writeFile(file, `${toPrettyJson(plan)}\n`);
  return file;
}

export function annotate(env: ModeEnv, diagnostics: readonly Diagnostic[]): void {
  const configFile = path.posix.join(env.settings.configDir, 'cluster.yaml');
  const workspace = path.resolve(env.deps.context.workspace);
  for (const a of toAnnotations(diagnostics, { configFile })) {
    env.deps.io.annotate(a.file === undefined ? a : { ...a, file: workspaceRelative(workspace, a.file) });
  }
}

/**
 * GitHub attaches an annotation to the pull request's diff only when `file` is relative to the
 * repository root; source locations come back from the engine under the absolute config path.
 */
function workspaceRelative(workspace: string, file: string): string {
  if (!path.isAbsolute(file) || !isInside(workspace, path.normalize(file))) return file;
  return path.relative(workspace, file).split(path.sep).join('/');
}

export interface Failure {
  readonly failureReason: FailureReason;
  readonly failureMessage: string;
  readonly lockInfo: LockInfo | null;
}

/** The failure of an `ok:false` output, if `fail-on: errors` is on. */
export function outputFailure(
  env: ModeEnv,
  output: { readonly ok: boolean; readonly diagnostics: readonly Diagnostic[]; readonly state_observations?: StateObservations },
  command: 'apply' | 'other',
): Failure | null {
  if (output.ok || !env.settings.failOn.has('errors')) return null;
  const reason = errorReason(output.diagnostics, command) ?? (command === 'apply' ? 'apply-failed' : 'validation-failed');
  const lock = lockInfo(output.state_observations, output.diagnostics);
  const first = output.diagnostics.find((d) => d.severity === 'error');
  const message = lock ? messages.lockHeldMessage(lock, env.renderContext()) : `${first?.code ?? 'error'}: ${first?.message ?? 'the command failed'}`;
  return { failureReason: reason, failureMessage: message, lockInfo: lock };
}
