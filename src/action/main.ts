/**
 * run(deps): settings → trigger → mode → outputs, summary, failure (docs/architecture.md#action-entry). Every path
 * sets every output and writes a job summary; expected failures arrive here as data
 * (`failureReason`), and only they (or a bug) fail the step.
 */
import { messages } from '../render/index.js';
import { applyMode } from './modes/apply.js';
import { approveMode } from './modes/approve.js';
import { driftMode } from './modes/drift.js';
import { approveMany, manyMode } from './modes/many.js';
import { mergedPullMode } from './modes/merged-pr.js';
import { planMode } from './modes/plan.js';
import { queueMode } from './modes/queue.js';
import { modeEnv, type ModeEnv, type ModeResult } from './modes/shared.js';
import { forkMode, refreshMode, statusMode, validateMode } from './modes/single.js';
import type { ActionDeps, ActionIO } from './ports.js';
import { EMPTY_RESULT, OUTPUT_NAMES, outputValues, type RunResult } from './result.js';
import { redactingGitHub, redactingIO } from './redact.js';
import { parseSettings } from './settings.js';
import { decideTrigger, type Trigger } from './trigger.js';

const EMPTY_TOKEN =
  'input github-token: empty, so the action cannot comment, set commit statuses or keep the drift issue; leave it out (the default is the job token, `${{ github.token }}`) or pass a token with the permissions docs/action.md lists';

export async function run(rawDeps: ActionDeps): Promise<RunResult> {
  const parsed = parseSettings(rawDeps.io.getInput, rawDeps.context.workspace);
  // Every mode talks to the API (comments, statuses, issues); an empty token is a setup error.
  const errors = !parsed.ok ? parsed.errors : parsed.settings.githubToken === '' ? [EMPTY_TOKEN] : [];
  if (!parsed.ok || errors.length > 0) {
    const result = { ...EMPTY_RESULT, ok: false };
    publishOutputs(rawDeps, result);
    await rawDeps.io.appendSummary(messages.invalidInputsSection(errors));
    rawDeps.io.setFailed(errors.join('\n'));
    return result;
  }
  const settings = parsed.settings;
  const token = settings.githubToken;
  if (token !== '') rawDeps.io.setSecret(token);
  // From here on nothing we write can carry the token, whatever a server or an error echoed.
  const annotated = countingErrors(redactingIO(rawDeps.io, token));
  const deps: ActionDeps = { ...rawDeps, io: annotated.io };
  const trigger = decideTrigger(deps.context, settings);
  const env = modeEnv(deps, settings, deps.commands(settings), redactingGitHub(deps.github(settings), token));
  let result: RunResult;
  try {
    await deps.checkCache?.restore();
    result = { ...EMPTY_RESULT, ...(await dispatch(env, trigger)) };
    await deps.checkCache?.save();
  } catch (error) {
    // A bug or an unusable machine: report it plainly, never a stack trace in the summary.
    const message = error instanceof Error ? error.message : String(error);
    result = { ...EMPTY_RESULT, ok: false };
    publishOutputs(deps, result);
    await deps.io.appendSummary(messages.unexpectedFailureSection(message));
    deps.io.setFailed(`omnigraph-cluster: ${message}`);
    return result;
  }
  publishOutputs(deps, result);
  await deps.io.appendSummary(messages.jobSummary(env.summary, result.failureReason === null ? null : { reason: result.failureReason, message: result.failureMessage }));
  // The failure message repeats the first error; when that error is already an annotation, the
  // step fails without a second one (issue 18: each annotation once).
  if (result.failureReason !== null) deps.io.setFailed(`${result.failureReason}: ${result.failureMessage ?? ''}`.trim(), { annotate: annotated.errors() === 0 });
  return result;
}

/** An ActionIO that counts the error annotations written through it. */
function countingErrors(io: ActionIO): { readonly io: ActionIO; errors(): number } {
  let errors = 0;
  // Method by method: `io` may be a class instance, whose methods a spread would not copy.
  const counted: ActionIO = {
    getInput: io.getInput,
    setOutput: (name, value) => io.setOutput(name, value),
    appendSummary: (markdown) => io.appendSummary(markdown),
    annotate: (a) => {
      if (a.level === 'error') errors++;
      io.annotate(a);
    },
    info: (m) => io.info(m),
    logGroup: (title, text) => io.logGroup(title, text),
    warning: (m) => io.warning(m),
    notice: (m) => io.notice(m),
    setFailed: (m, options) => io.setFailed(m, options),
    setSecret: (secret) => io.setSecret(secret),
  };
  return { io: counted, errors: () => errors };
}

function dispatch(env: ModeEnv, trigger: Trigger): Promise<ModeResult> {
  const patterns = env.settings.targetPatterns ?? (trigger.kind === 'targets' ? [env.settings.configDir] : null);
  if (patterns !== null) {
    if (trigger.kind === 'approve') return approveMany(env, trigger, patterns);
    if (trigger.kind !== 'ignore') return manyMode(env, trigger, patterns);
  }
  switch (trigger.kind) {
    case 'plan':
      return planMode(env, trigger.prNumber);
    case 'fork-validate':
      return forkMode(env, trigger.prNumber);
    case 'apply':
      return applyMode(env, trigger.prNumber);
    case 'queue':
      return queueMode(env, trigger);
    case 'merged-pr':
      return mergedPullMode(env, trigger.prNumber, trigger.apply);
    case 'drift':
      return driftMode(env);
    case 'approve':
      return approveMode(env, trigger);
    case 'targets':
      return manyMode(env, trigger, [env.settings.configDir]);
    case 'command':
      if (trigger.command === 'validate') return validateMode(env, trigger.prNumber);
      if (trigger.command === 'status') return statusMode(env);
      return refreshMode(env);
    case 'ignore':
      env.deps.io.notice(`omnigraph-cluster: nothing to do (${trigger.why})`);
      env.summary.push(messages.nothingToDoSection(trigger.why));
      return Promise.resolve({});
  }
}

function publishOutputs(deps: ActionDeps, result: RunResult): void {
  const values = outputValues(result);
  for (const name of OUTPUT_NAMES) deps.io.setOutput(name, values[name]);
}
