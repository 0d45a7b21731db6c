/**
 * Many clusters in one step (docs/action.md#many-clusters): `config-dir` names several
 * directories or globs. Discover the clusters, find the ones the pull request affects from the
 * files each one reads (src/engine/targets), then run the one-cluster mode for each of them
 * exactly as a step of its own would: its own sticky comment, fingerprint, commit status and
 * drift issue. A plan that affects more than one cluster also gets one index comment.
 */
import path from 'node:path';
import { affectedTargets, type ClusterTarget } from '../../engine/targets/index.js';
import type { Diagnostic } from '../../engine/diagnostics/index.js';
import { messages, clusterHeading, indexCommentBody, parseIndexMarker, targetsSection, type ClusterHeadline } from '../../render/index.js';
import { isGitHubFailure, type IssueComment } from '../github/client.js';
import type { TargetRef } from '../result.js';
import type { ActionSettings } from '../settings.js';
import { writtenBy } from '../sticky.js';
import type { Trigger } from '../trigger.js';
import { applyMode, mergedPullNumber } from './apply.js';
import { approveMode } from './approve.js';
import { driftMode } from './drift.js';
import { listComments, planMode } from './plan.js';
import { annotate, type ModeEnv, type ModeResult } from './shared.js';
import { forkNotice, refreshMode, statusMode, validateMode } from './single.js';

/** Which changed files decide the affected clusters: null = unknown, every cluster. */
interface ChangeSet {
  readonly prNumber: number | null;
  readonly files: readonly string[] | null;
  /** Why every cluster counts as affected, when it does. */
  readonly allBecause: string | null;
}

type ManyTrigger = Exclude<Trigger, { kind: 'ignore' } | { kind: 'approve' }>;

export async function manyMode(env: ModeEnv, trigger: ManyTrigger, patterns: readonly string[]): Promise<ModeResult> {
  const discovery = env.deps.discoverTargets(patterns);
  annotate(env, discovery.diagnostics);
  warnSharedLabels(env, discovery.targets);
  const changes = await changeSet(env, trigger);
  const affected = affectedTargets(discovery.targets, changes.files);
  const refs: TargetRef[] = affected.map((t) => ({ configDir: t.configDir, label: t.label, jobName: t.jobName }));
  env.summary.push(targetsSection(refs, discovery.targets.length, changes.allBecause));
  const discoveryFailure = discoveryFailureOf(env, discovery.diagnostics);
  const base: ModeResult = { prNumber: changes.prNumber, targets: refs, ...discoveryFailure };
  if (trigger.kind === 'targets') return base;

  if (trigger.kind === 'fork-validate') forkNotice(env);
  const results: { target: ClusterTarget; result: ModeResult }[] = [];
  for (const target of affected) {
    const one = forTarget(env, target);
    env.summary.push(clusterHeading(target.configDir, target.label));
    results.push({ target, result: await runOne(one, trigger, changes.prNumber) });
  }
  let indexId: number | null = null;
  if (trigger.kind === 'plan' && changes.prNumber !== null) {
    indexId = await postIndex(env, changes.prNumber, patterns, results, discovery.targets.length - affected.length, changes.files === null);
  }
  return { ...combine(results.map((r) => r.result), indexId), ...base, ...(discoveryFailure ?? {}) };
}

/**
 * `/omnigraph approve <resource> --label <label>` when one step covers many clusters: the label
 * names the cluster (a cluster's label is its `metadata.name`, else its directory); a label no
 * discovered cluster carries is not this step's command.
 */
export async function approveMany(env: ModeEnv, trigger: Extract<Trigger, { kind: 'approve' }>, patterns: readonly string[]): Promise<ModeResult> {
  const targets = env.deps.discoverTargets(patterns).targets;
  const labelled = targets.filter((t) => t.label === trigger.label);
  const target = labelled.length === 1 ? labelled[0] : targets.length === 1 && trigger.label === '' ? targets[0] : undefined;
  if (target === undefined) {
    const why =
      labelled.length > 1
        ? `${labelled.length} clusters of this step have the label ${trigger.label}; give each its own metadata.name`
        : `no cluster of this step has the label ${trigger.label === '' ? '(none)' : trigger.label}; add \`--label <cluster label>\` to the command`;
    env.deps.io.notice(`omnigraph-cluster: nothing to do (${why})`);
    env.summary.push(messages.nothingToDoSection(why));
    return { prNumber: trigger.prNumber };
  }
  return approveMode(forTarget(env, target), trigger);
}

/** Two clusters with one label share a commit status context and an approve command: say so. */
function warnSharedLabels(env: ModeEnv, targets: readonly ClusterTarget[]): void {
  const byLabel = new Map<string, string[]>();
  for (const t of targets) byLabel.set(t.label, [...(byLabel.get(t.label) ?? []), t.configDir]);
  for (const [label, dirs] of byLabel) {
    if (dirs.length < 2) continue;
    env.deps.io.warning(
      `clusters ${dirs.join(', ')} share the label ${label}: their commit statuses (omnigraph/${label}) and \`/omnigraph approve … --label ${label}\` cannot tell them apart; give each its own metadata.name`,
    );
  }
}

function runOne(env: ModeEnv, trigger: ManyTrigger, prNumber: number | null): Promise<ModeResult> {
  switch (trigger.kind) {
    case 'plan':
      return planMode(env, trigger.prNumber);
    case 'apply':
      return applyMode(env, prNumber);
    case 'drift':
      return driftMode(env);
    case 'fork-validate':
      return validateMode(env, trigger.prNumber);
    case 'targets':
      return Promise.resolve({});
    case 'command':
      if (trigger.command === 'validate') return validateMode(env, trigger.prNumber);
      if (trigger.command === 'status') return statusMode(env);
      return refreshMode(env);
  }
}

/**
 * A pull request's own files; on merge, the merged pull request's. Drift, status and refresh
 * look at every cluster, and so does a pull request whose file list GitHub cut at 3000.
 */
async function changeSet(env: ModeEnv, trigger: ManyTrigger): Promise<ChangeSet> {
  let prNumber: number | null = null;
  if (trigger.kind === 'plan' || trigger.kind === 'targets' || trigger.kind === 'fork-validate') prNumber = trigger.prNumber;
  const pushToDefault = env.deps.context.eventName === 'push' && (trigger.kind === 'apply' || trigger.kind === 'targets');
  if (trigger.kind === 'apply') prNumber = trigger.prNumber ?? (await mergedPullNumber(env));
  else if (trigger.kind === 'targets' && prNumber === null && pushToDefault) prNumber = await mergedPullNumber(env);
  const scoped = trigger.kind === 'plan' || trigger.kind === 'apply' || trigger.kind === 'targets' || trigger.kind === 'fork-validate';
  if (!scoped) return { prNumber, files: null, allBecause: `${trigger.kind === 'drift' ? 'drift' : trigger.command} looks at every cluster` };
  if (prNumber === null) return { prNumber, files: null, allBecause: 'no pull request names the changed files' };
  try {
    const listed = await env.github.listPullFiles(prNumber);
    if (!listed.complete) return { prNumber, files: null, allBecause: 'the pull request changes more files than GitHub lists (3000)' };
    return { prNumber, files: listed.files, allBecause: null };
  } catch (error) {
    if (!isGitHubFailure(error)) throw error;
    env.deps.io.warning(`could not list the files of pull request #${prNumber} (${error.message}); every cluster counts as affected`);
    return { prNumber, files: null, allBecause: 'the pull request files could not be listed' };
  }
}

/** The step as a one-cluster step for `target`: same clients, identity and summary; its own settings. */
function forTarget(env: ModeEnv, target: ClusterTarget): ModeEnv {
  const settings: ActionSettings = Object.freeze({
    ...env.settings,
    configDir: target.configDir,
    configPath: path.resolve(env.deps.context.workspace, target.configDir),
    label: target.label,
    targetPatterns: null,
  });
  return {
    ...env,
    settings,
    renderContext: (extra = {}) => ({ configDir: settings.configDir, label: settings.label, runUrl: env.deps.context.runUrl, ...extra }),
  };
}

function discoveryFailureOf(env: ModeEnv, diagnostics: readonly Diagnostic[]): ModeResult | null {
  const first = diagnostics.find((d) => d.severity === 'error');
  if (!first || !env.settings.failOn.has('errors')) return null;
  return { failureReason: 'validation-failed', failureMessage: `${first.code}: ${first.message}` };
}

/** One result for the step: counts add up; a value only one cluster can have is kept when there is one cluster. */
function combine(results: readonly ModeResult[], indexId: number | null): ModeResult {
  if (results.length === 0) return { ok: true, converged: true };
  if (results.length === 1) return results[0]!;
  const failed = results.find((r) => r.failureReason);
  return {
    ok: results.every((r) => r.ok !== false),
    changes: results.flatMap((r) => r.changes ?? []),
    approvalsPending: results.reduce((n, r) => n + (r.approvalsPending ?? 0), 0),
    converged: results.every((r) => r.converged === true),
    driftDetected: results.some((r) => r.driftDetected === true),
    ...(failed ? { failureReason: failed.failureReason, failureMessage: failed.failureMessage, lockInfo: failed.lockInfo ?? null } : {}),
    commentId: indexId,
  };
}

/** Create the index when more than one cluster is affected; keep an existing one current either way. */
async function postIndex(
  env: ModeEnv,
  prNumber: number,
  patterns: readonly string[],
  results: readonly { target: ClusterTarget; result: ModeResult }[],
  untouched: number,
  allPlanned: boolean,
): Promise<number | null> {
  if (env.settings.comment === 'never') return null;
  const comments = await listComments(env, prNumber);
  if (comments === null) return null;
  const me = await env.identity();
  const key = patterns.join('\n');
  const existing = comments.find((c) => writtenBy(me, c.authorLogin) && parseIndexMarker(c.body)?.key === key) ?? null;
  if (existing === null && results.length < 2) return null;
  const body = indexCommentBody({
    marker: { key },
    clusters: results.map(({ target, result }) => headline(env, prNumber, target, result)),
    untouched,
    allPlanned,
    maxBytes: env.settings.maxCommentBytes,
  });
  return writeIndex(env, prNumber, existing, body);
}

function headline(env: ModeEnv, prNumber: number, target: ClusterTarget, result: ModeResult): ClusterHeadline {
  const changes = result.changes ?? [];
  const count = (op: string) => changes.filter((c) => c.operation === op).length;
  const { serverUrl, owner, repo } = env.deps.context;
  return {
    configDir: target.configDir,
    label: target.label,
    planned: result.planFingerprint !== null && result.planFingerprint !== undefined,
    toCreate: count('create'),
    toUpdate: count('update'),
    toDelete: count('delete'),
    blocked: changes.filter((c) => c.disposition === 'blocked').length,
    approvalsPending: result.approvalsPending ?? 0,
    failure: result.failureReason ? (result.failureMessage ?? result.failureReason) : null,
    commentUrl: result.commentId ? `${serverUrl}/${owner}/${repo}/pull/${prNumber}#issuecomment-${result.commentId}` : null,
  };
}

async function writeIndex(env: ModeEnv, prNumber: number, existing: IssueComment | null, body: string): Promise<number | null> {
  try {
    if (existing === null) return (await env.github.createIssueComment(prNumber, body)).id;
    if (existing.body !== body) await env.github.updateIssueComment(existing.id, body);
    return existing.id;
  } catch (error) {
    if (!isGitHubFailure(error)) throw error;
    env.deps.io.warning(`could not write the index comment (${error.message}); each cluster's own comment has its plan`);
    return existing?.id ?? null;
  }
}
