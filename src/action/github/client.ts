/**
 * The slice of the GitHub API the action uses, as a small role interface: modes depend on this,
 * tests pass a fake, realDeps passes the Octokit client. Listing methods return every page.
 */
export interface IssueComment {
  readonly id: number;
  readonly body: string;
  readonly authorLogin: string;
  readonly htmlUrl: string;
}

export interface PullSummary {
  readonly number: number;
  readonly state: string;
  readonly mergeCommitSha: string | null;
  readonly baseRef: string;
}

/**
 * The files a pull request changes (REST "List pull requests files"). GitHub answers at most
 * 3000 files; `complete` is false when the list may have been cut there, and then nobody can
 * say which clusters the PR leaves alone.
 */
export interface PullFiles {
  /** Repository-relative paths; a rename lists both its new and its previous name. */
  readonly files: readonly string[];
  readonly complete: boolean;
}

/** GitHub's cap on `GET /repos/{o}/{r}/pulls/{n}/files`. */
export const PULL_FILES_CAP = 3000;

export interface IssueSummary {
  readonly number: number;
  readonly state: 'open' | 'closed';
  readonly title: string;
  readonly body: string;
  readonly authorLogin: string;
}

/** A commit status (REST "Create a commit status"): `context` names it for branch protection. */
export interface CommitStatus {
  readonly state: 'error' | 'failure' | 'pending' | 'success';
  readonly context: string;
  /** GitHub refuses more than 140 characters (422). */
  readonly description: string;
  readonly targetUrl?: string;
}

export interface GitHubClient {
  /** The login comments by this token carry; null when the token may not ask (the workflow token). */
  viewerLogin(): Promise<string | null>;
  listIssueComments(issueNumber: number): Promise<IssueComment[]>;
  createIssueComment(issueNumber: number, body: string): Promise<IssueComment>;
  updateIssueComment(commentId: number, body: string): Promise<IssueComment>;
  listPullsForCommit(sha: string): Promise<PullSummary[]>;
  /** Issues (not pull requests) carrying `label`, open and closed. */
  listIssuesWithLabel(label: string): Promise<IssueSummary[]>;
  createIssue(issue: { title: string; body: string; labels: readonly string[] }): Promise<IssueSummary>;
  updateIssue(issueNumber: number, patch: { title?: string; body?: string; state?: 'open' | 'closed' }): Promise<IssueSummary>;
  /** `admin`, `maintain`, `write`, `triage`, `read` or `none`. */
  collaboratorRole(login: string): Promise<string>;
  /** Needs `statuses: write`; a later status with the same context replaces it on the PR. */
  createCommitStatus(sha: string, status: CommitStatus): Promise<void>;
  /** The head commit of a pull request (`GET /repos/{o}/{r}/pulls/{n}`). */
  pullHeadSha(prNumber: number): Promise<string>;
  /** Every file the pull request changes (all pages, 100 a page), up to GitHub's cap. */
  listPullFiles(prNumber: number): Promise<PullFiles>;
  /** Reacts to an issue comment; reacting twice with the same content is not an error. */
  addCommentReaction(commentId: number, content: ReactionContent): Promise<void>;
  /** True when `login` is an active member of `org/team` (`GET /orgs/{org}/teams/{slug}/memberships/{user}`). */
  isTeamMember(org: string, teamSlug: string, login: string): Promise<boolean>;
}

/** The reaction contents GitHub accepts (REST "Create reaction for an issue comment"). */
export type ReactionContent = '+1' | '-1' | 'laugh' | 'confused' | 'heart' | 'hooray' | 'rocket' | 'eyes';

/**
 * A GitHub request that failed after the client's own retries (5xx and rate limits are retried
 * there); `status` is the HTTP status, 0 when no answer came. Its message never holds the token.
 */
export class GitHubApiError extends Error {
  constructor(
    readonly status: number,
    readonly method: string,
    readonly route: string,
    detail: string,
  ) {
    super(`GitHub ${method} ${route} answered ${status}: ${detail}`);
    this.name = 'GitHubApiError';
  }
}

/**
 * True for any GitHub failure. Comments, replies and the drift issue are never worth a failed
 * job: the caller reports such a failure as a warning and the job summary carries the result.
 */
export function isGitHubFailure(error: unknown): error is GitHubApiError {
  return error instanceof GitHubApiError;
}

/** The login the workflow token's comments carry (see docs/action.md "Which comments are ours"). */
export const WORKFLOW_TOKEN_LOGIN = 'github-actions[bot]';
