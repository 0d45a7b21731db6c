/**
 * The sticky PR comment: one per (config dir, label), found by its hidden marker among the
 * comments our own identity wrote (every page), updated in place, and left alone when the new
 * body is identical. GitHub failures become warnings: a comment is never worth a failed job.
 */
import { parseMarker, sameIdentity, stableBody, type Marker } from '../render/index.js';
import { isGitHubFailure, WORKFLOW_TOKEN_LOGIN, type GitHubClient, type IssueComment } from './github/client.js';
import type { CommentMode } from './settings.js';

export interface Identity {
  readonly login: string;
}

/**
 * Who "we" are. A personal or app token can ask GraphQL for `viewer`; the workflow token cannot
 * call GET /user and may be refused `viewer`, and then its comments carry github-actions[bot].
 */
export async function resolveIdentity(github: GitHubClient): Promise<Identity> {
  return { login: (await github.viewerLogin()) ?? WORKFLOW_TOKEN_LOGIN };
}

export function writtenBy(me: Identity, authorLogin: string): boolean {
  return authorLogin.toLowerCase() === me.login.toLowerCase();
}

/** Our comment for this identity, if any (the oldest wins, as it was found first last time too). */
export function findSticky(
  comments: readonly IssueComment[],
  me: Identity,
  configDir: string,
  label: string,
): { readonly comment: IssueComment; readonly marker: Marker } | null {
  for (const comment of comments) {
    if (!writtenBy(me, comment.authorLogin)) continue;
    const marker = parseMarker(comment.body);
    if (marker !== null && sameIdentity(marker, configDir, label, 'sticky')) return { comment, marker };
  }
  return null;
}

export type StickyAction = 'create' | 'update' | 'unchanged' | 'skipped';

/**
 * Whether to post: `never` never; `on-change` only with changes unless a comment already exists.
 * "Unchanged" ignores the body's volatile tail (head commit, run link): a push that plans the same
 * must not edit the comment.
 */
export function decideSticky(mode: CommentMode, existing: IssueComment | null, body: string, hasChanges: boolean): StickyAction {
  if (mode === 'never') return 'skipped';
  if (existing !== null) return stableBody(existing.body) === stableBody(body) ? 'unchanged' : 'update';
  if (mode === 'on-change' && !hasChanges) return 'skipped';
  return 'create';
}

export interface StickyOutcome {
  readonly action: StickyAction | 'failed';
  readonly commentId: number | null;
  readonly warning?: string;
}

/** Create or update the comment per `decideSticky`; a GitHub failure comes back as a warning. */
export async function upsertSticky(
  github: GitHubClient,
  prNumber: number,
  existing: IssueComment | null,
  body: string,
  action: StickyAction,
): Promise<StickyOutcome> {
  try {
    if (action === 'create') return { action, commentId: (await github.createIssueComment(prNumber, body)).id };
    if (action === 'update' && existing !== null) return { action, commentId: (await github.updateIssueComment(existing.id, body)).id };
    return { action, commentId: existing?.id ?? null };
  } catch (error) {
    if (!isGitHubFailure(error)) throw error;
    return { action: 'failed', commentId: existing?.id ?? null, warning: `could not write the pull request comment (${error.message}); the job summary has the full result` };
  }
}
