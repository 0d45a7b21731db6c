/**
 * GitHubClient over @actions/github's Octokit with the retry and throttling plugins:
 * - 5xx (and network failures) are retried with growing waits (plugin-retry: 1 s, then 4 s);
 *   400/401/403/404/410/422/451 are never retried.
 * - Primary and secondary rate limits (403/429 with `x-ratelimit-remaining: 0` or a "secondary
 *   rate limit" message, `retry-after` honoured) are waited out when the wait is short, else the
 *   request fails; writes are paced as GitHub asks of content-creating requests.
 * - Lists are read with octokit.paginate (every page, `per_page=100`, Link `rel="next"`).
 * GHES works through GITHUB_API_URL / GITHUB_GRAPHQL_URL. A request to any other origin (e.g. a
 * Link header pointing elsewhere) is refused before it leaves, so the token goes nowhere else.
 * Every failure leaves as a GitHubApiError whose text never contains the token.
 */
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck/light.js';
import { redact } from '../redact.js';
import { GitHubApiError, type CommitStatus, type GitHubClient, type IssueComment, type IssueSummary, type PullFiles, type PullSummary, type ReactionContent, PULL_FILES_CAP } from './client.js';

const BUILT_IN_ROLES = new Set(['admin', 'maintain', 'write', 'triage', 'read']);
/** Longest rate-limit wait (seconds) worth holding a CI job for; beyond it the request fails. */
const MAX_RATE_LIMIT_WAIT_S = 90;
const MAX_RATE_LIMIT_RETRIES = 2;

export interface OctokitClientOptions {
  readonly token: string;
  readonly apiUrl: string;
  readonly graphqlUrl: string;
  readonly owner: string;
  readonly repo: string;
  /** Where retry and rate-limit waits are reported. */
  readonly log?: (message: string) => void;
}

type Octokit = ReturnType<typeof getOctokit>;

export class OctokitGitHubClient implements GitHubClient {
  private readonly octokit: Octokit;
  private readonly repoParams: { owner: string; repo: string };

  constructor(private readonly options: OctokitClientOptions) {
    this.repoParams = { owner: options.owner, repo: options.repo };
    const log = options.log ?? (() => undefined);
    const onLimit = (kind: string) => (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
      const wait = retryCount < MAX_RATE_LIMIT_RETRIES && retryAfter <= MAX_RATE_LIMIT_WAIT_S;
      log(`GitHub ${kind} rate limit on ${request.method} ${request.url}: ${wait ? `retrying in ${retryAfter}s` : 'giving up'}`);
      return wait;
    };
    this.octokit = getOctokit(
      options.token,
      {
        baseUrl: options.apiUrl,
        retry: { retries: 2 },
        throttle: {
          onRateLimit: onLimit('primary'),
          onSecondaryRateLimit: onLimit('secondary'),
          // The plugin spaces every write 1 s apart and every comment/issue creation 3 s apart,
          // which GitHub asks of clients that make many content-creating requests. A run makes a
          // handful (one comment, one status, a reaction or two), so writes go one at a time but
          // unpaced, and the rate-limit handlers above still wait out any secondary limit.
          write: new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 }),
          notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 }),
        },
        log: { debug: () => undefined, info: () => undefined, warn: log, error: log },
      },
      retry,
      throttling,
    );
    const allowed = new Set([new URL(options.apiUrl).origin, new URL(options.graphqlUrl).origin]);
    this.octokit.hook.before('request', (request) => {
      const url = new URL(request.url, options.apiUrl);
      if (!allowed.has(url.origin)) throw new GitHubApiError(0, request.method, url.pathname, `refused to send the token to ${url.origin}`);
    });
  }

  async viewerLogin(): Promise<string | null> {
    let answer: { data?: { data?: { viewer?: { login?: unknown } } } };
    try {
      // A plain request to GITHUB_GRAPHQL_URL: octokit.graphql derives its URL from the REST base.
      answer = await this.octokit.request({ method: 'POST', url: this.options.graphqlUrl, query: 'query { viewer { login } }' });
    } catch (error) {
      // The workflow token may be refused `viewer` (401/403): the caller falls back to the bot
      // login. Anything else (5xx after retries, network) is a real failure.
      const status = statusOf(error);
      if (status === 401 || status === 403) return null;
      throw this.failure(error, 'POST', '/graphql');
    }
    // GraphQL refusals come back as 200 with `errors` and no `data.viewer`.
    const login = answer.data?.data?.viewer?.login;
    return typeof login === 'string' ? login : null;
  }

  async listIssueComments(issueNumber: number): Promise<IssueComment[]> {
    const items = await this.call('GET', `/issues/${issueNumber}/comments`, () =>
      this.octokit.paginate(this.octokit.rest.issues.listComments, { ...this.repoParams, issue_number: issueNumber, per_page: 100 }),
    );
    return items.map(toComment);
  }

  async createIssueComment(issueNumber: number, body: string): Promise<IssueComment> {
    const answer = await this.call('POST', `/issues/${issueNumber}/comments`, () => this.octokit.rest.issues.createComment({ ...this.repoParams, issue_number: issueNumber, body }));
    return toComment(answer.data);
  }

  async updateIssueComment(commentId: number, body: string): Promise<IssueComment> {
    const answer = await this.call('PATCH', `/issues/comments/${commentId}`, () => this.octokit.rest.issues.updateComment({ ...this.repoParams, comment_id: commentId, body }));
    return toComment(answer.data);
  }

  async listPullsForCommit(sha: string): Promise<PullSummary[]> {
    const items = await this.call('GET', `/commits/${sha}/pulls`, () =>
      this.octokit.paginate(this.octokit.rest.repos.listPullRequestsAssociatedWithCommit, { ...this.repoParams, commit_sha: sha, per_page: 100 }),
    );
    return items.map((p) => ({ number: p.number, state: p.state, mergeCommitSha: p.merge_commit_sha ?? null, baseRef: p.base.ref }));
  }

  async listIssuesWithLabel(label: string): Promise<IssueSummary[]> {
    const items = await this.call('GET', '/issues', () =>
      this.octokit.paginate(this.octokit.rest.issues.listForRepo, { ...this.repoParams, state: 'all', labels: label, per_page: 100 }),
    );
    // The issues list includes pull requests; they carry `pull_request`.
    return items.filter((i) => i.pull_request === undefined).map(toIssue);
  }

  async createIssue(issue: { title: string; body: string; labels: readonly string[] }): Promise<IssueSummary> {
    const answer = await this.call('POST', '/issues', () => this.octokit.rest.issues.create({ ...this.repoParams, title: issue.title, body: issue.body, labels: [...issue.labels] }));
    return toIssue(answer.data);
  }

  async updateIssue(issueNumber: number, patch: { title?: string; body?: string; state?: 'open' | 'closed' }): Promise<IssueSummary> {
    const answer = await this.call('PATCH', `/issues/${issueNumber}`, () => this.octokit.rest.issues.update({ ...this.repoParams, issue_number: issueNumber, ...patch }));
    return toIssue(answer.data);
  }

  async collaboratorRole(login: string): Promise<string> {
    const answer = await this.call('GET', `/collaborators/${login}/permission`, () =>
      this.octokit.rest.repos.getCollaboratorPermissionLevel({ ...this.repoParams, username: login }),
    );
    const body = answer.data as { role_name?: unknown; permission?: unknown };
    // `role_name` carries a custom role's own name (e.g. "deployer"), which says nothing about
    // access; `permission` is then its base role (admin/write/read/none), which does.
    if (typeof body.role_name === 'string' && BUILT_IN_ROLES.has(body.role_name)) return body.role_name;
    return typeof body.permission === 'string' ? body.permission : 'none';
  }

  async createCommitStatus(sha: string, status: CommitStatus): Promise<void> {
    await this.call('POST', `/statuses/${sha}`, () =>
      this.octokit.rest.repos.createCommitStatus({
        ...this.repoParams,
        sha,
        state: status.state,
        context: status.context,
        description: status.description,
        ...(status.targetUrl ? { target_url: status.targetUrl } : {}),
      }),
    );
  }

  async pullHeadSha(prNumber: number): Promise<string> {
    const answer = await this.call('GET', `/pulls/${prNumber}`, () => this.octokit.rest.pulls.get({ ...this.repoParams, pull_number: prNumber }));
    const sha = (answer.data as { head?: { sha?: unknown } }).head?.sha;
    if (typeof sha !== 'string') throw new GitHubApiError(200, 'GET', `/pulls/${prNumber}`, 'the pull request has no head sha');
    return sha;
  }

  async listPullFiles(prNumber: number): Promise<PullFiles> {
    const items = await this.call('GET', `/pulls/${prNumber}/files`, () =>
      this.octokit.paginate(this.octokit.rest.pulls.listFiles, { ...this.repoParams, pull_number: prNumber, per_page: 100 }),
    );
    const files = new Set<string>();
    for (const item of items) {
      files.add(item.filename);
      // A file moved out of a cluster's reach changes that cluster too.
      if (typeof item.previous_filename === 'string') files.add(item.previous_filename);
    }
    return { files: [...files], complete: items.length < PULL_FILES_CAP };
  }

  async addCommentReaction(commentId: number, content: ReactionContent): Promise<void> {
    await this.call('POST', `/issues/comments/${commentId}/reactions`, () =>
      this.octokit.rest.reactions.createForIssueComment({ ...this.repoParams, comment_id: commentId, content }),
    );
  }

  async isTeamMember(org: string, teamSlug: string, login: string): Promise<boolean> {
    try {
      const answer = await this.call('GET', `/orgs/${org}/teams/${teamSlug}/memberships/${login}`, () =>
        this.octokit.rest.teams.getMembershipForUserInOrg({ org, team_slug: teamSlug, username: login }),
      );
      return (answer.data as { state?: unknown }).state === 'active';
    } catch (error) {
      // 404: not a member (or the team is invisible to this token); either way not an approver.
      if (error instanceof GitHubApiError && error.status === 404) return false;
      throw error;
    }
  }

  /** Runs one API call; any failure becomes a GitHubApiError naming the route, token-free. */
  private async call<T>(method: string, route: string, request: () => Promise<T>): Promise<T> {
    try {
      return await request();
    } catch (error) {
      throw this.failure(error, method, route);
    }
  }

  private failure(error: unknown, method: string, route: string): GitHubApiError {
    if (error instanceof GitHubApiError) return error;
    const status = statusOf(error) ?? 0;
    const data = (error as { response?: { data?: unknown } }).response?.data;
    const message = typeof (data as { message?: unknown } | undefined)?.message === 'string' ? (data as { message: string }).message : errorMessage(error);
    return new GitHubApiError(status, method, route, redact(message, this.options.token));
  }
}

function statusOf(error: unknown): number | null {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : null;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

interface CommentData {
  readonly id: number;
  readonly body?: string | null;
  readonly user?: { readonly login?: string } | null;
  readonly html_url?: string;
}

function toComment(c: CommentData): IssueComment {
  return { id: c.id, body: c.body ?? '', authorLogin: c.user?.login ?? '', htmlUrl: c.html_url ?? '' };
}

interface IssueData {
  readonly number: number;
  readonly state?: string;
  readonly title?: string;
  readonly body?: string | null;
  readonly user?: { readonly login?: string } | null;
}

function toIssue(i: IssueData): IssueSummary {
  return { number: i.number, state: i.state === 'closed' ? 'closed' : 'open', title: i.title ?? '', body: i.body ?? '', authorLogin: i.user?.login ?? '' };
}
