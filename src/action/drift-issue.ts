/**
 * One drift issue per (config dir, label): opened (or reopened) and rewritten while drift
 * persists, closed once a run finds none. Found like the sticky comment: our author + marker,
 * among issues carrying the drift label, every page.
 */
import { isPermissionLike, type GitHubClient, type IssueSummary } from './github/client.js';
import type { ActionRenderer } from './render-port.js';
import { sameIdentity, type Identity } from './sticky.js';

export const DRIFT_LABEL = 'omnigraph-drift';

export interface DriftIssueInput {
  readonly configDir: string;
  readonly label: string;
  readonly drifted: boolean;
  /** The issue body below the marker (rendered plan / findings). */
  readonly content: string;
  readonly runLink: string;
}

export type DriftIssueAction = 'created' | 'updated' | 'reopened' | 'closed' | 'none';

export interface DriftIssueOutcome {
  readonly action: DriftIssueAction | 'failed';
  readonly issueNumber: number | null;
  readonly warning?: string;
}

export function driftTitle(configDir: string, label: string): string {
  return `OmniGraph drift: ${configDir}${label ? ` (${label})` : ''}`;
}

export function findDriftIssue(issues: readonly IssueSummary[], me: Identity, renderer: ActionRenderer, configDir: string, label: string): IssueSummary | null {
  return (
    issues.find((i) => i.authorLogin.toLowerCase() === me.login.toLowerCase() && sameIdentity(renderer.parseMarker(i.body), configDir, label, 'drift')) ?? null
  );
}

/** What to do with the existing issue (pure; the lifecycle table of docs/action.md). */
export function decideDriftIssue(existing: IssueSummary | null, drifted: boolean): DriftIssueAction {
  if (drifted) return existing === null ? 'created' : existing.state === 'closed' ? 'reopened' : 'updated';
  return existing !== null && existing.state === 'open' ? 'closed' : 'none';
}

export async function syncDriftIssue(github: GitHubClient, me: Identity, renderer: ActionRenderer, input: DriftIssueInput): Promise<DriftIssueOutcome> {
  try {
    const existing = findDriftIssue(await github.listIssuesWithLabel(DRIFT_LABEL), me, renderer, input.configDir, input.label);
    const action = decideDriftIssue(existing, input.drifted);
    const marker = renderer.formatMarker({ config_dir: input.configDir, label: input.label, kind: 'drift' });
    const title = driftTitle(input.configDir, input.label);
    if (action === 'created') {
      const issue = await github.createIssue({ title, body: `${marker}\n${input.content}`, labels: [DRIFT_LABEL] });
      return { action, issueNumber: issue.number };
    }
    if (existing === null || action === 'none') return { action: 'none', issueNumber: null };
    if (action === 'closed') {
      const body = `${marker}\n✅ No drift found by ${input.runLink}.\n\n${input.content}`;
      await github.updateIssue(existing.number, { body, state: 'closed' });
      return { action, issueNumber: existing.number };
    }
    const body = `${marker}\n${input.content}`;
    await github.updateIssue(existing.number, { title, body, ...(action === 'reopened' ? { state: 'open' as const } : {}) });
    return { action, issueNumber: existing.number };
  } catch (error) {
    if (!isPermissionLike(error)) throw error;
    return { action: 'failed', issueNumber: null, warning: `could not update the drift issue (${error.message}); grant \`issues: write\`` };
  }
}
