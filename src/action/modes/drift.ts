/**
 * schedule / workflow_dispatch → drift: status (read-only), then refresh (observes the live
 * graphs, self-heals payloads, bumps the revision) and plan. Drift = a drifted resource status or
 * any planned change. The drift issue follows the result.
 */
import type { PlanOutput, RefreshOutput, StatusOutput } from '../../engine/model/outputs.js';
import { syncDriftIssue } from '../drift-issue.js';
import { link } from '../markdown.js';
import { planResult } from '../result.js';
import { annotate, outputFailure, planWithBootstrap, retrying, writePlanJson, type ModeEnv, type ModeResult } from './shared.js';

export function isDrifted(status: StatusOutput, refresh: RefreshOutput | null, plan: PlanOutput): boolean {
  const statuses = Object.values(refresh?.resource_statuses ?? status.resource_statuses);
  return statuses.some((s) => s.status === 'drifted') || plan.changes.length > 0;
}

export async function driftMode(env: ModeEnv): Promise<ModeResult> {
  const configDir = env.settings.configPath;
  const status = await env.commands.status({ configDir });
  env.summary.push(env.deps.renderer.summary({ kind: 'status', output: status }, env.renderContext()));
  const refresh = status.state_observations.state_found ? await retrying(env, () => env.commands.refresh({ configDir })) : null;
  if (refresh !== null) env.summary.push(env.deps.renderer.summary({ kind: 'refresh', output: refresh }, env.renderContext()));
  const plan = await planWithBootstrap(env);
  const fingerprint = plan.ok ? env.deps.renderer.planFingerprint(plan) : null;
  env.summary.push(env.deps.renderer.summary({ kind: 'plan', output: plan }, env.renderContext(fingerprint ? { fingerprint } : {})));
  annotate(env, [...status.diagnostics, ...(refresh?.diagnostics ?? []), ...plan.diagnostics]);

  const failure = (refresh && outputFailure(env, refresh, 'other')) ?? outputFailure(env, plan, 'other');
  const drifted = isDrifted(status, refresh, plan);
  const result: ModeResult = {
    ...planResult(plan),
    stateRevision: (refresh ?? plan).state_observations.state_revision,
    planFingerprint: fingerprint,
    planJsonPath: await writePlanJson(env, plan),
    driftDetected: drifted,
    ...failure,
  };
  const issueNumber = env.settings.driftIssue && failure === null ? await driftIssue(env, drifted, plan) : null;
  const driftFailure = failure === null && drifted && env.settings.failOn.has('drift');
  return {
    ...result,
    driftIssueNumber: issueNumber,
    ...(driftFailure ? { failureReason: 'drift-detected' as const, failureMessage: 'the cluster drifted from its configuration' } : {}),
  };
}

async function driftIssue(env: ModeEnv, drifted: boolean, plan: PlanOutput): Promise<number | null> {
  const budgetBytes = 60_000;
  const content = env.deps.renderer.comment({ kind: 'plan', output: plan }, env.renderContext({ budgetBytes }));
  const outcome = await syncDriftIssue(env.github, await env.identity(), env.deps.renderer, {
    configDir: env.settings.configDir,
    label: env.settings.label,
    drifted,
    content,
    runLink: link('this run', env.deps.context.runUrl),
  });
  if (outcome.warning) env.deps.io.warning(outcome.warning);
  else env.deps.io.info(`drift issue: ${outcome.action}${outcome.issueNumber !== null ? ` (#${outcome.issueNumber})` : ''}`);
  return outcome.issueNumber;
}
