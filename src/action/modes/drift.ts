/**
 * schedule / workflow_dispatch → drift: status (read-only), then refresh (observes the live
 * graphs, self-heals payloads, bumps the revision) and plan. What counts as drift is defined once,
 * in src/render/pr/drift.ts. The drift issue follows the result.
 */
import type { PlanOutput } from '../../engine/model/outputs.js';
import { COMMENT_DEFAULT_BYTES, isDrifted, planFingerprint, renderSection } from '../../render/index.js';
import { syncDriftIssue } from '../drift-issue.js';
import type { ServingOutput } from '../../engine/serving/status.js';
import { renderServingMarkdown } from '../../render/serving.js';
import { servingCheck } from './serving.js';
import { planResult } from '../result.js';
import { annotate, outputFailure, planWithBootstrap, retrying, writePlanJson, type ModeEnv, type ModeResult } from './shared.js';

export async function driftMode(env: ModeEnv): Promise<ModeResult> {
  const configDir = env.settings.configPath;
  const status = await env.commands.status({ configDir });
  env.summary.push(renderSection('status', status, env.renderContext()));
  const refresh = status.state_observations.state_found ? await retrying(env, () => env.commands.refresh({ configDir })) : null;
  if (refresh !== null) env.summary.push(renderSection(refresh.operation, refresh, env.renderContext()));
  const plan = await planWithBootstrap(env);
  const fingerprint = plan.ok ? planFingerprint(plan) : null;
  env.summary.push(renderSection('plan', plan, env.renderContext(fingerprint ? { fingerprint } : {})));
  annotate(env, [...status.diagnostics, ...(refresh?.diagnostics ?? []), ...plan.diagnostics]);

  const failure = (refresh && outputFailure(env, refresh, 'other')) ?? outputFailure(env, plan, 'other');
  const drifted = isDrifted((refresh ?? status).resource_statuses, plan);
  const result: ModeResult = {
    ...planResult(plan),
    stateRevision: (refresh ?? plan).state_observations.state_revision,
    planFingerprint: fingerprint,
    planJsonPath: await writePlanJson(env, plan),
    driftDetected: drifted,
    ...failure,
  };
  const serving = await servingCheck(env);
  const issueNumber = env.settings.driftIssue && failure === null ? await driftIssue(env, drifted, plan, serving) : null;
  const driftFailure = failure === null && drifted && env.settings.failOn.has('drift');
  return {
    ...result,
    driftIssueNumber: issueNumber,
    ...(driftFailure ? { failureReason: 'drift-detected' as const, failureMessage: 'the cluster drifted from its configuration' } : {}),
  };
}

async function driftIssue(env: ModeEnv, drifted: boolean, plan: PlanOutput, serving: ServingOutput | null): Promise<number | null> {
  const ctx = env.renderContext();
  // The issue body is the plan comment without its own marker (the drift marker goes on top),
  // then the serving verdict, which must survive the plan's trimming.
  const verdict = serving ? `\n${renderServingMarkdown(serving)}` : '';
  const content = `${renderSection('plan', plan, { ...ctx, budgetBytes: COMMENT_DEFAULT_BYTES - Buffer.byteLength(verdict) })}${verdict}`;
  const outcome = await syncDriftIssue(env.github, await env.identity(), { ctx, drifted, content });
  if (outcome.warning) env.deps.io.warning(outcome.warning);
  else env.deps.io.info(`drift issue: ${outcome.action}${outcome.issueNumber !== null ? ` (#${outcome.issueNumber})` : ''}`);
  return outcome.issueNumber;
}
