/**
 * One drift issue per (config dir, label): opened (or reopened) and rewritten while drift
 * persists, closed once a run finds none. Found like the sticky comment: our author + marker,
 * among issues carrying the drift label, every page.
 */
import { messages, parseDriftSince, parseMarker, sameIdentity, type RenderContext } from '../render/index.js';
import { isGitHubFailure, type GitHubClient, type IssueSummary } from './github/client.js';
import { writtenBy, type Identity } from './sticky.js';

export const DRIFT_LABEL = 'omnigraph-drift';

export interface DriftIssueInput {
  /** The cluster identity (config dir, label) and the run link. */
  readonly ctx: RenderContext;
  readonly drifted: boolean;
  /** The whole issue body (marker included) for a first-detected time; undefined once the drift is gone. */
  readonly render: (since: string | undefined) => string;
  /** This run's time (ISO 8601), the first-detected time of a drift the issue did not know yet. */
  readonly now: string;
}

export type DriftIssueAction = 'created' | 'updated' | 'reopened' | 'closed' | 'none';

export interface DriftIssueOutcome {
  readonly action: DriftIssueAction | 'failed';
  readonly issueNumber: number | null;
  readonly warning?: string;
}

export function findDriftIssue(issues: readonly IssueSummary[], me: Identity, configDir: string, label: string): IssueSummary | null {
  return issues.find((i) => writtenBy(me, i.authorLogin) && sameIdentity(parseMarker(i.body), configDir, label, 'drift')) ?? null;
}

/** What to do with the existing issue (pure; the lifecycle table of docs/action.md). */
export function decideDriftIssue(existing: IssueSummary | null, drifted: boolean): DriftIssueAction {
  if (drifted) return existing === null ? 'created' : existing.state === 'closed' ? 'reopened' : 'updated';
  return existing !== null && existing.state === 'open' ? 'closed' : 'none';
}

export async function syncDriftIssue(github: GitHubClient, me: Identity, input: DriftIssueInput): Promise<DriftIssueOutcome> {
  const { ctx } = input;
  try {
    const existing = findDriftIssue(await github.listIssuesWithLabel(DRIFT_LABEL), me, ctx.configDir, ctx.label);
    const action = decideDriftIssue(existing, input.drifted);
    const title = messages.driftIssueTitle(ctx.configDir, ctx.label);
    if (action === 'created') {
      const issue = await github.createIssue({ title, body: input.render(input.now), labels: [DRIFT_LABEL] });
      return { action, issueNumber: issue.number };
    }
    if (existing === null || action === 'none') return { action: 'none', issueNumber: null };
    if (action === 'closed') {
      await github.updateIssue(existing.number, { body: input.render(undefined), state: 'closed' });
      return { action, issueNumber: existing.number };
    }
    // An open issue keeps the time its drift was first seen; a reopened one is a new drift.
    const since = action === 'updated' ? (parseDriftSince(existing.body) ?? input.now) : input.now;
    await github.updateIssue(existing.number, { title, body: input.render(since), ...(action === 'reopened' ? { state: 'open' as const } : {}) });
    return { action, issueNumber: existing.number };
  } catch (error) {
    if (!isGitHubFailure(error)) throw error;
    return { action: 'failed', issueNumber: null, warning: `could not update the drift issue (${error.message}); grant \`issues: write\`` };
  }
}
