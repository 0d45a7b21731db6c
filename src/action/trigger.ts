/**
 * Event → what to do (docs/action.md#modes). Pure: the payload in, a Trigger out. An explicit
 * `command` input wins over the event, except that a fork pull request can never be made to
 * apply or write state (it has a read-only token and no secrets).
 */
import { field, numberField, stringField, type RunContext } from './context.js';
import type { ActionSettings, ExplicitCommand } from './settings.js';

export type Trigger =
  | { readonly kind: 'plan'; readonly prNumber: number | null }
  | { readonly kind: 'fork-validate'; readonly prNumber: number }
  /** `prNumber`: the merged pull request, when the event names it (`pull_request` closed + merged). */
  | { readonly kind: 'apply'; readonly prNumber?: number }
  | { readonly kind: 'drift' }
  | { readonly kind: 'targets'; readonly prNumber: number | null }
  | { readonly kind: 'command'; readonly command: Exclude<ExplicitCommand, 'plan' | 'apply' | 'drift' | 'targets'>; readonly prNumber: number | null }
  | { readonly kind: 'approve'; readonly prNumber: number; readonly commentId: number; readonly commenter: string; readonly resource: string; readonly label: string }
  | { readonly kind: 'ignore'; readonly why: string };

const PR_EVENTS = new Set(['pull_request', 'pull_request_target']);

/** `/omnigraph approve <resource> [--label <label>]` on the comment's first line. */
const APPROVE = /^\/omnigraph\s+approve\s+(\S+)(?:\s+--label\s+(\S+))?\s*$/;

export function decideTrigger(ctx: RunContext, settings: ActionSettings): Trigger {
  const prNumber = PR_EVENTS.has(ctx.eventName) ? numberField(ctx.payload, 'pull_request', 'number') : null;
  // Listing clusters reads no state and writes nothing, so a fork's pull request may ask too.
  if (settings.command === 'targets') return { kind: 'targets', prNumber };
  if (prNumber !== null && isForkPullRequest(ctx)) return { kind: 'fork-validate', prNumber };
  if (settings.command !== null) return explicit(settings.command, prNumber);
  if (PR_EVENTS.has(ctx.eventName)) {
    if (prNumber === null) return { kind: 'ignore', why: 'the pull_request event carries no pull request number' };
    if (stringField(ctx.payload, 'action') !== 'closed') return { kind: 'plan', prNumber };
    // Closed: merged means apply what it changed (like the push of its merge commit); unmerged, nothing.
    return field(ctx.payload, 'pull_request', 'merged') === true ? { kind: 'apply', prNumber } : { kind: 'ignore', why: 'the pull request was closed without merging' };
  }
  if (ctx.eventName === 'push') return pushTrigger(ctx);
  if (ctx.eventName === 'schedule' || ctx.eventName === 'workflow_dispatch') return { kind: 'drift' };
  if (ctx.eventName === 'issue_comment') return commentTrigger(ctx, settings);
  return { kind: 'ignore', why: `the ${ctx.eventName || 'unknown'} event has no default command; set the \`command\` input` };
}

function explicit(command: ExplicitCommand, prNumber: number | null): Trigger {
  if (command === 'plan') return { kind: 'plan', prNumber };
  if (command === 'apply') return { kind: 'apply' };
  if (command === 'drift') return { kind: 'drift' };
  if (command === 'targets') return { kind: 'targets', prNumber };
  return { kind: 'command', command, prNumber };
}

function pushTrigger(ctx: RunContext): Trigger {
  const defaultBranch = stringField(ctx.payload, 'repository', 'default_branch');
  if (defaultBranch !== null && ctx.ref === `refs/heads/${defaultBranch}`) return { kind: 'apply' };
  // Only the default branch is "merged"; a push elsewhere gets a plan in the job summary.
  return { kind: 'plan', prNumber: null };
}

function commentTrigger(ctx: RunContext, settings: ActionSettings): Trigger {
  if (stringField(ctx.payload, 'action') !== 'created') return { kind: 'ignore', why: 'only new comments are commands' };
  const prNumber = numberField(ctx.payload, 'issue', 'number');
  if (prNumber === null || field(ctx.payload, 'issue', 'pull_request') === undefined) {
    return { kind: 'ignore', why: 'the comment is not on a pull request' };
  }
  const body = stringField(ctx.payload, 'comment', 'body') ?? '';
  const match = APPROVE.exec(body.split(/\r?\n/, 1)[0]?.trim() ?? '');
  if (!match?.[1]) return { kind: 'ignore', why: 'the comment is not an /omnigraph command' };
  // With many clusters in one step the label picks the cluster (modes/many.ts); else it must be ours.
  if (settings.targetPatterns === null && (match[2] ?? '') !== settings.label) return { kind: 'ignore', why: `the command names another label (${match[2] ?? 'none'})` };
  const commenter = stringField(ctx.payload, 'comment', 'user', 'login') ?? '';
  const commentId = numberField(ctx.payload, 'comment', 'id') ?? 0;
  return { kind: 'approve', prNumber, commentId, commenter, resource: match[1], label: match[2] ?? '' };
}

/** A PR whose head lives in another repository (or in a deleted one) is a fork PR. */
export function isForkPullRequest(ctx: RunContext): boolean {
  const head = stringField(ctx.payload, 'pull_request', 'head', 'repo', 'full_name');
  const base = stringField(ctx.payload, 'pull_request', 'base', 'repo', 'full_name') ?? `${ctx.owner}/${ctx.repo}`;
  return head === null || head.toLowerCase() !== base.toLowerCase();
}
