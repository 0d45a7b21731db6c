/**
 * run(deps): settings → trigger → mode → outputs, summary, failure (style.md §3.1). Every path
 * sets every output and writes a job summary; expected failures arrive here as data
 * (`failureReason`), and only they (or a bug) fail the step.
 */
import { bytes } from './comment-body.js';
import { code } from './markdown.js';
import { applyMode } from './modes/apply.js';
import { approveMode } from './modes/approve.js';
import { driftMode } from './modes/drift.js';
import { planMode } from './modes/plan.js';
import { modeEnv, type ModeEnv, type ModeResult } from './modes/shared.js';
import { forkMode, refreshMode, statusMode, validateMode } from './modes/single.js';
import type { ActionDeps } from './ports.js';
import { EMPTY_RESULT, OUTPUT_NAMES, outputValues, type RunResult } from './result.js';
import { parseSettings } from './settings.js';
import { decideTrigger, type Trigger } from './trigger.js';

/** GitHub refuses job summaries above 1 MiB; keep a margin. */
const SUMMARY_MAX_BYTES = 1_000_000;

export async function run(deps: ActionDeps): Promise<RunResult> {
  const parsed = parseSettings(deps.io.getInput, deps.context.workspace);
  if (!parsed.ok) {
    const result = { ...EMPTY_RESULT, ok: false };
    publishOutputs(deps, result);
    await deps.io.appendSummary(`### ❌ Invalid action inputs\n\n${parsed.errors.map((e) => `- ${e}`).join('\n')}\n`);
    deps.io.setFailed(parsed.errors.join('\n'));
    return result;
  }
  const settings = parsed.settings;
  if (settings.githubToken !== '') deps.io.setSecret(settings.githubToken);
  const trigger = decideTrigger(deps.context, settings);
  const env = modeEnv(deps, settings, deps.commands(settings), deps.github(settings));
  let result: RunResult;
  try {
    result = { ...EMPTY_RESULT, ...(await dispatch(env, trigger)) };
  } catch (error) {
    // A bug or an unusable machine: report it plainly, never a stack trace in the summary.
    const message = error instanceof Error ? error.message : String(error);
    result = { ...EMPTY_RESULT, ok: false };
    publishOutputs(deps, result);
    await deps.io.appendSummary(`### ❌ The action failed unexpectedly\n\n${code(message)}\n`);
    deps.io.setFailed(`omnigraph-cluster: ${message}`);
    return result;
  }
  publishOutputs(deps, result);
  await deps.io.appendSummary(summaryText(env.summary, result));
  if (result.failureReason !== null) deps.io.setFailed(`${result.failureReason}: ${result.failureMessage ?? ''}`.trim());
  return result;
}

function dispatch(env: ModeEnv, trigger: Trigger): Promise<ModeResult> {
  switch (trigger.kind) {
    case 'plan':
      return planMode(env, trigger.prNumber);
    case 'fork-validate':
      return forkMode(env, trigger.prNumber);
    case 'apply':
      return applyMode(env);
    case 'drift':
      return driftMode(env);
    case 'approve':
      return approveMode(env, trigger);
    case 'command':
      if (trigger.command === 'validate') return validateMode(env, trigger.prNumber);
      if (trigger.command === 'status') return statusMode(env);
      return refreshMode(env);
    case 'ignore':
      env.deps.io.notice(`omnigraph-cluster: nothing to do (${trigger.why})`);
      env.summary.push(`### omnigraph-cluster: nothing to do\n\n${trigger.why}\n`);
      return Promise.resolve({});
  }
}

function publishOutputs(deps: ActionDeps, result: RunResult): void {
  const values = outputValues(result);
  for (const name of OUTPUT_NAMES) deps.io.setOutput(name, values[name]);
}

/** The sections in order, whole sections dropped from the end if they would pass the limit. */
export function summaryText(sections: readonly string[], result: RunResult): string {
  const failure = result.failureReason ? `### ❌ ${code(result.failureReason)}\n\n${result.failureMessage ?? ''}\n` : '';
  const kept: string[] = [];
  let used = bytes(failure);
  for (const section of sections) {
    if (used + bytes(section) + 2 > SUMMARY_MAX_BYTES) {
      kept.push('_Further sections were left out to stay under the job summary limit; see plan-json-path._');
      break;
    }
    kept.push(section);
    used += bytes(section) + 2;
  }
  return [failure, ...kept].filter((s) => s !== '').join('\n\n');
}
