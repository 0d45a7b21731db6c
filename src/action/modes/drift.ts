/**
 * schedule / workflow_dispatch → drift: status (read-only), then refresh (observes the live
 * graphs, self-heals payloads, bumps the revision) and plan. With `drift-refresh: false` the check
 * is read-only: no refresh and no bootstrap import, so nothing writes the ledger. What counts as
 * drift is defined once, in src/render/pr/drift.ts. The drift issue follows the result.
 */
import { COMMENT_DEFAULT_BYTES, isDrifted, planFingerprint, renderDriftReport, renderSection, type DriftParts } from '../../render/index.js';
import { syncDriftIssue } from '../drift-issue.js';
import type { ServingOutput } from '../../engine/serving/status.js';
import { renderServingMarkdown } from '../../render/serving.js';
import { servingCheck } from './serving.js';
import { planResult } from '../result.js';
import { annotate, logText, outputFailure, planWithBootstrap, retrying, writePlanJson, type ModeEnv, type ModeResult } from './shared.js';

export async function driftMode(env: ModeEnv): Promise<ModeResult> {
  const configDir = env.settings.configPath;
  const dir = env.settings.configDir;
  const readOnly = !env.settings.driftRefresh;
  const status = await env.commands.status({ configDir });
  logText(env, `omnigraph-cluster status (${dir})`, 'status', status);
  const refresh = !readOnly && status.state_observations.state_found ? await retrying(env, () => env.commands.refresh({ configDir })) : null;
  if (refresh !== null) logText(env, `omnigraph-cluster refresh (${dir})`, refresh.operation, refresh);
  // A read-only check does not bootstrap either: import writes the ledger.
  const plan = readOnly ? await retrying(env, () => env.commands.plan({ configDir })) : await planWithBootstrap(env);
  logText(env, `omnigraph-cluster plan (${dir})`, 'plan', plan);
  const fingerprint = plan.ok ? planFingerprint(plan) : null;
  const parts: DriftParts = { status, ...(refresh === null ? {} : { refresh }), plan };
  const planJsonPath = await writePlanJson(env, plan);
  env.summary.push(renderDriftReport(parts, env.renderContext(), false, { readOnly }));
  env.summary.push(renderSection('status', status, env.renderContext()));
  if (refresh !== null) env.summary.push(renderSection(refresh.operation, refresh, env.renderContext()));
  env.summary.push(renderSection('plan', plan, env.renderContext(fingerprint ? { fingerprint } : {})));
  annotate(env, [...status.diagnostics, ...(refresh?.diagnostics ?? []), ...plan.diagnostics]);

  const failure = (refresh && outputFailure(env, refresh, 'other')) ?? outputFailure(env, plan, 'other');
  const drifted = isDrifted((refresh ?? status).resource_statuses, plan);
  const result: ModeResult = {
    ...planResult(plan),
    stateRevision: (refresh ?? plan).state_observations.state_revision,
    planFingerprint: fingerprint,
    planJsonPath,
    driftDetected: drifted,
    ...failure,
  };
  const serving = await servingCheck(env);
  const issueNumber = env.settings.driftIssue && failure === null ? await driftIssue(env, drifted, parts, readOnly, serving) : null;
  const driftFailure = failure === null && drifted && env.settings.failOn.has('drift');
  return {
    ...result,
    driftIssueNumber: issueNumber,
    ...(driftFailure ? { failureReason: 'drift-detected' as const, failureMessage: 'the cluster drifted from its configuration' } : {}),
  };
}

async function driftIssue(env: ModeEnv, drifted: boolean, parts: DriftParts, readOnly: boolean, serving: ServingOutput | null): Promise<number | null> {
  const ctx = env.renderContext();
  // The serving verdict is short and must survive the report's trimming.
  const verdict = serving ? `\n${renderServingMarkdown(serving)}` : '';
  const budget = { ...ctx, budgetBytes: COMMENT_DEFAULT_BYTES - Buffer.byteLength(verdict) };
  const render = (since: string | undefined) => `${renderDriftReport(parts, budget, true, { readOnly, ...(since === undefined ? {} : { since }) })}${verdict}`;
  const outcome = await syncDriftIssue(env.github, await env.identity(), { ctx, drifted, render, now: env.deps.now().toISOString() });
  if (outcome.warning) env.deps.io.warning(outcome.warning);
  else env.deps.io.info(`drift issue: ${outcome.action}${outcome.issueNumber !== null ? ` (#${outcome.issueNumber})` : ''}`);
  return outcome.issueNumber;
}
