/**
 * Every sentence the action shows on GitHub outside a rendered command output: status lines,
 * refusals, approve replies, the fork note, the summary's failure preface. Markdown, with every
 * piece of input escaped here; callers pass raw values.
 */
import type { Diagnostic } from '../../engine/diagnostics/index.js';
import type { ApplyOutput } from '../../engine/model/outputs.js';
import type { RenderContext } from '../kinds.js';
import { byteLength } from '../markup/blocks.js';
import { SUMMARY_DEFAULT_BYTES } from '../markup/fit.js';
import { code, escapeText, safeUrl, shellWord } from '../markup/escape.js';
import { cliCommand } from '../markdown/common.js';

/** `label` linked to `url` when it is an http(s) URL, else the label alone. */
export function linkTo(label: string, url: string | undefined): string {
  const safe = safeUrl(url);
  return safe === null ? escapeText(label) : `[${escapeText(label)}](${safe})`;
}

export function applyingStatus(runUrl: string | undefined): string {
  return `🟠 Applying in ${linkTo('this run', runUrl)}`;
}

/** Plan comment status when the apply after merge would fail; `message` is plain text. */
export function mergeWouldFailStatus(message: string): string {
  return `❌ Merging now would not apply cleanly: ${escapeText(message, 1000)}`;
}

/** `reason` is plain text (a failure message); it is escaped here. */
export function notAppliedStatus(reason: string): string {
  return `❌ Not applied: ${escapeText(reason, 1000)}`;
}

/** The status line after an apply ran: applied, partially applied, or not applied. */
export function applyStatus(apply: ApplyOutput, failureMessage: string | null): string {
  const revision = apply.state_observations.state_revision;
  const blocked = apply.changes.filter((c) => c.disposition === 'blocked').length;
  const deferred = apply.changes.filter((c) => c.disposition === 'deferred').length;
  // A failed graph create still writes state with the rest blocked ("loud partials"): the ledger
  // moved, so the comment must not claim nothing happened.
  const partial = blocked + deferred > 0 && (apply.ok || apply.state_written);
  const why = (): string => escapeText(failureMessage ?? firstError(apply.diagnostics), 1000);
  if (!apply.ok && !partial) return `❌ Not applied: ${why()}`;
  if (partial) {
    const counts = `${blocked} blocked, ${deferred} deferred${apply.converged ? '' : ', not converged'}`;
    return `⚠️ Partially applied (revision ${revision}): ${counts}${apply.ok ? '' : ` — ${why()}`}`;
  }
  if (!apply.converged) return `⚠️ Applied (revision ${revision}), not converged`;
  return `✅ Applied (revision ${revision}, converged)`;
}

/** The first error as `code: message` (plain text), for when no failure message was made. */
export function firstError(diagnostics: readonly Diagnostic[]): string {
  const first = diagnostics.find((d) => d.severity === 'error');
  return first ? `${first.code}: ${first.message}` : 'apply failed';
}

/** A refusal: the first line is plain text (it becomes `failure-reason`'s message), the rest Markdown. */
export interface Refusal {
  readonly headline: string;
  readonly details: readonly string[];
}

export function noReviewedPlanRefusal(hasPullRequest: boolean): Refusal {
  const why = hasPullRequest ? 'the pull request has no plan comment from this action for this config dir and label' : 'this commit has no merged pull request';
  return { headline: `No reviewed plan: ${why}. Set require-approved-plan: false to apply unreviewed pushes.`, details: [] };
}

export function alreadyAppliedRefusal(): Refusal {
  return { headline: 'The reviewed plan was already applied; the changes planned now were never reviewed. Open a pull request to review them.', details: [] };
}

/** `differences` are Markdown lines from review.ts's describeDifferences. */
export function planChangedRefusal(reviewedFingerprint: string, currentFingerprint: string, differences: readonly string[]): Refusal {
  return {
    headline: 'The plan changed since it was reviewed on the pull request, so nothing was applied.',
    details: [
      `Reviewed fingerprint ${code(reviewedFingerprint, 80)}, current ${code(currentFingerprint, 80)}. What differs:`,
      ...differences.map((l) => `- ${l}`),
      'Re-run the plan on a new pull request (or re-run this job after re-planning) to review the current changes.',
    ],
  };
}

export function refusalStatus(refusal: Refusal): string {
  return [`❌ Not applied: ${escapeText(refusal.headline, 1000)}`, ...(refusal.details.length > 0 ? ['', ...refusal.details] : [])].join('\n');
}

export function refusalSection(refusal: Refusal): string {
  return `### ❌ Not applied\n\n${[escapeText(refusal.headline, 1000), ...(refusal.details.length > 0 ? ['', ...refusal.details] : [])].join('\n')}\n`;
}

export function approveRoleRefusal(commenter: string, role: string): string {
  return `❌ ${code(commenter, 80)} may not approve cluster changes (repository role: ${code(role, 40)}; write, maintain or admin is required).`;
}

export function approverListRefusal(commenter: string): string {
  return `❌ ${code(commenter, 80)} is not one of this cluster's approvers (input \`approvers\`); ask one of them to comment the approval.`;
}

export function selfApprovalRefusal(commenter: string): string {
  return `❌ ${code(commenter, 80)} opened this pull request and may not approve its changes (\`allow-self-approval: false\`); another reviewer with write access has to comment the approval.`;
}

export function approvedReply(resource: string, approvedBy: string, approvalId: string): string {
  return `✅ ${code(resource, 200)} approved by ${code(approvedBy, 80)} (approval ${code(approvalId, 80)}). The merge will apply it if the plan is unchanged.`;
}

export function approveFailedReply(resource: string, diagnostics: readonly Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').map((d) => `- ${code(d.code, 80)} ${escapeText(d.message, 1000)}`);
  return [`❌ Could not approve ${code(resource, 200)}:`, ...errors].join('\n');
}

export function approveSection(reply: string, refused: boolean): string {
  return `### /omnigraph approve${refused ? ' refused' : ''}\n\n${reply}\n`;
}

export const FORK_NOTE =
  '> [!NOTE]\n> This pull request comes from a fork. Its workflow token is read-only and has no secrets, ' +
  'so the action validated the configuration only. A maintainer can plan it from a branch in this repository.\n';

export function nothingToDoSection(why: string): string {
  return `### omnigraph-cluster: nothing to do\n\n${escapeText(why, 1000)}\n`;
}

export function invalidInputsSection(errors: readonly string[]): string {
  return `### ❌ Invalid action inputs\n\n${errors.map((e) => `- ${escapeText(e, 1000)}`).join('\n')}\n`;
}

export function unexpectedFailureSection(message: string): string {
  return `### ❌ The action failed unexpectedly\n\n${code(message, 2000)}\n`;
}

/** The summary's first section when the run failed; `message` is plain text. */
export function failurePreface(reason: string, message: string | null): string {
  return `### ❌ ${code(reason, 80)}\n\n${escapeText(message ?? '', 4000)}\n`;
}

/** The job summary's link to the plan JSON kept as a workflow artifact. */
export function planArtifactLine(name: string, url: string): string {
  return `📎 Full plan JSON: ${linkTo(name, url)} (workflow artifact)\n`;
}

export function tooLargeForComment(runUrl: string | undefined): string {
  const safe = safeUrl(runUrl);
  return `The full result is too large for a comment.${safe === null ? ' See the job summary.' : ` See the [job summary](${safe}).`}`;
}

/** The issue title (plain text: GitHub does not render Markdown in titles). */
export function driftIssueTitle(configDir: string, label: string): string {
  return `OmniGraph drift: ${configDir}${label ? ` (${label})` : ''}`;
}

/** The foreign lock that stopped a run, as the `lock-info` output carries it. */
export interface LockHolder {
  readonly lock_id: string;
  readonly operation: string | null;
  readonly created_at: string | null;
  readonly pid: number | null;
}

/** Plain text (a failure message): who holds the lock and the exact, manual, unlock command. */
export function lockHeldMessage(info: LockHolder, ctx: RenderContext): string {
  const held = [info.operation ? `by a ${info.operation}` : null, info.created_at ? `since ${info.created_at}` : null, info.pid !== null ? `(pid ${info.pid})` : null]
    .filter((s) => s !== null)
    .join(' ');
  return (
    `The cluster state lock ${info.lock_id} is held${held ? ` ${held}` : ''}. ` +
    `If no cluster operation is running any more, remove it with \`${cliCommand(ctx, 'force-unlock', shellWord(info.lock_id))}\` ` +
    'after confirming no cluster operation is active.'
  );
}

const SUMMARY_OMITTED_NOTE = '_Further sections were left out to stay under the job summary limit; see plan-json-path._';

/**
 * The job summary: the failure preface, then the sections in order, whole sections dropped from
 * the end once the next would pass the summary budget (fit.ts; GitHub refuses more than 1 MiB).
 */
export function jobSummary(sections: readonly string[], failure: { readonly reason: string; readonly message: string | null } | null): string {
  const preface = failure === null ? '' : failurePreface(failure.reason, failure.message);
  const kept: string[] = [];
  let used = byteLength(preface) + byteLength(SUMMARY_OMITTED_NOTE) + 2;
  for (const section of sections) {
    if (used + byteLength(section) + 2 > SUMMARY_DEFAULT_BYTES) {
      kept.push(SUMMARY_OMITTED_NOTE);
      break;
    }
    kept.push(section);
    used += byteLength(section) + 2;
  }
  return [preface, ...kept].filter((s) => s !== '').join('\n\n');
}

/** Merge queue (`merge_group`): the queued commit has no reviewed plan to be held to. */
export function queueNoReviewedPlanRefusal(prNumber: number | null): Refusal {
  const why =
    prNumber === null
      ? "the merge group's head ref names no pull request (expected gh-readonly-queue/<branch>/pr-<number>-<sha>)"
      : `pull request #${prNumber} has no plan comment from this action for this config dir and label`;
  return {
    headline: `No reviewed plan for this merge group: ${why}. Let the plan run on the pull request before queueing it, or set require-approved-plan: false.`,
    details: [],
  };
}

/** Merge queue: the queued merge commit plans differently from what was reviewed on the PR. */
export function queueChangedRefusal(prNumber: number, reviewedFingerprint: string, currentFingerprint: string, differences: readonly string[]): Refusal {
  return {
    headline:
      `The queued merge commit plans differently from the plan reviewed on pull request #${prNumber} ` +
      '(another change merged ahead of it, or the cluster moved), so it left the queue before anything was applied. ' +
      'Update the branch with the base branch, review the new plan on the pull request, and queue it again.',
    details: [
      `Reviewed fingerprint ${code(reviewedFingerprint, 80)}, queued ${code(currentFingerprint, 80)}. What differs:`,
      ...differences.map((l) => `- ${l}`),
    ],
  };
}

/** The status line on the PR's plan comment when its merge group failed the check. */
export function queueRefusalStatus(refusal: Refusal): string {
  return [`❌ Merge queue: ${escapeText(refusal.headline, 1000)}`, ...(refusal.details.length > 0 ? ['', ...refusal.details] : [])].join('\n');
}

export function queueRefusalSection(refusal: Refusal): string {
  return `### ❌ Merge queue check failed\n\n${[escapeText(refusal.headline, 1000), ...(refusal.details.length > 0 ? ['', ...refusal.details] : [])].join('\n')}\n`;
}

/**
 * The status line of a merged pull request's plan comment after a `pr-number` re-plan: the plan
 * below is what is left to apply; `blocker` (plain text) is what stops it now, if anything.
 */
export function replannedStatus(prNumber: number, runUrl: string | undefined, hasChanges: boolean, blocker: string | null): string {
  const where = linkTo('this run', runUrl);
  if (!hasChanges) return `✅ Re-planned after merge in ${where}: nothing is left to apply.`;
  const finish = `run the workflow again with \`command: apply\` and \`pr-number: ${prNumber}\` to apply it`;
  if (blocker !== null) return `⏸️ Re-planned after merge in ${where}: the apply would not finish yet: ${escapeText(blocker, 1000)}. Then ${finish}.`;
  return `🔁 Re-planned after merge in ${where}: this is what is left to apply. Review it, then ${finish}.`;
}

/** `pr-number` names a pull request that cannot be finished from this run (plain text). */
export function notMergedMessage(prNumber: number, why: string): string {
  return `pull request #${prNumber} ${why}; pr-number re-plans and applies only a merged pull request, from the branch it merged into`;
}
