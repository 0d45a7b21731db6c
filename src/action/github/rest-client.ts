/**
 * GitHubClient over the REST API with the runtime's fetch. GHES works through GITHUB_API_URL /
 * GITHUB_GRAPHQL_URL. Pagination follows `Link: rel="next"`, but only to the same API origin, so
 * the token is never sent anywhere else.
 */
import {
  GitHubApiError,
  type CommitStatus,
  type GitHubClient,
  type IssueComment,
  type IssueSummary,
  type PullSummary,
  type ReactionContent,
} from './client.js';

const BUILT_IN_ROLES = new Set(['admin', 'maintain', 'write', 'triage', 'read']);

export interface RestClientOptions {
  readonly token: string;
  readonly apiUrl: string;
  readonly graphqlUrl: string;
  readonly owner: string;
  readonly repo: string;
  readonly fetch?: typeof fetch;
}

type Json = Record<string, unknown>;

export class RestGitHubClient implements GitHubClient {
  private readonly fetch: typeof fetch;
  private readonly base: string;

  constructor(private readonly options: RestClientOptions) {
    this.fetch = options.fetch ?? globalThis.fetch;
    this.base = `${options.apiUrl}/repos/${encodeURIComponent(options.owner)}/${encodeURIComponent(options.repo)}`;
  }

  async viewerLogin(): Promise<string | null> {
    try {
      const answer = await this.request('POST', this.options.graphqlUrl, { query: 'query { viewer { login } }' });
      const login = (answer.body as { data?: { viewer?: { login?: unknown } } }).data?.viewer?.login;
      return typeof login === 'string' ? login : null;
    } catch (error) {
      // The workflow token may not query `viewer`; the caller falls back to the bot login.
      if (error instanceof GitHubApiError) return null;
      throw error;
    }
  }

  async listIssueComments(issueNumber: number): Promise<IssueComment[]> {
    const items = await this.paginate(`${this.base}/issues/${issueNumber}/comments?per_page=100`);
    return items.map(toComment);
  }

  async createIssueComment(issueNumber: number, body: string): Promise<IssueComment> {
    return toComment((await this.request('POST', `${this.base}/issues/${issueNumber}/comments`, { body })).body);
  }

  async updateIssueComment(commentId: number, body: string): Promise<IssueComment> {
    return toComment((await this.request('PATCH', `${this.base}/issues/comments/${commentId}`, { body })).body);
  }

  async listPullsForCommit(sha: string): Promise<PullSummary[]> {
    const items = await this.paginate(`${this.base}/commits/${encodeURIComponent(sha)}/pulls?per_page=100`);
    return items.map((p) => ({
      number: Number(p.number),
      state: String(p.state ?? ''),
      mergeCommitSha: typeof p.merge_commit_sha === 'string' ? p.merge_commit_sha : null,
      baseRef: String((p.base as Json | undefined)?.ref ?? ''),
    }));
  }

  async listIssuesWithLabel(label: string): Promise<IssueSummary[]> {
    const items = await this.paginate(`${this.base}/issues?state=all&per_page=100&labels=${encodeURIComponent(label)}`);
    return items.filter((i) => i.pull_request === undefined).map(toIssue);
  }

  async createIssue(issue: { title: string; body: string; labels: readonly string[] }): Promise<IssueSummary> {
    return toIssue((await this.request('POST', `${this.base}/issues`, issue)).body);
  }

  async updateIssue(issueNumber: number, patch: { title?: string; body?: string; state?: 'open' | 'closed' }): Promise<IssueSummary> {
    return toIssue((await this.request('PATCH', `${this.base}/issues/${issueNumber}`, patch)).body);
  }

  async collaboratorRole(login: string): Promise<string> {
    const answer = await this.request('GET', `${this.base}/collaborators/${encodeURIComponent(login)}/permission`);
    const body = answer.body;
    // `role_name` carries a custom role's own name (e.g. "deployer"), which says nothing about
    // access; `permission` is then its base role (admin/write/read/none), which does.
    if (typeof body.role_name === 'string' && BUILT_IN_ROLES.has(body.role_name)) return body.role_name;
    return typeof body.permission === 'string' ? body.permission : 'none';
  }

  async createCommitStatus(sha: string, status: CommitStatus): Promise<void> {
    const body = { state: status.state, context: status.context, description: status.description, ...(status.targetUrl ? { target_url: status.targetUrl } : {}) };
    await this.request('POST', `${this.base}/statuses/${encodeURIComponent(sha)}`, body);
  }

  async pullHeadSha(prNumber: number): Promise<string> {
    const head = (await this.request('GET', `${this.base}/pulls/${prNumber}`)).body.head as Json | undefined;
    if (typeof head?.sha !== 'string') throw new GitHubApiError(200, 'GET', `pulls/${prNumber}`, 'the pull request has no head sha');
    return head.sha;
  }

  async addCommentReaction(commentId: number, content: ReactionContent): Promise<void> {
    await this.request('POST', `${this.base}/issues/comments/${commentId}/reactions`, { content });
  }

  async isTeamMember(org: string, teamSlug: string, login: string): Promise<boolean> {
    const url = `${this.options.apiUrl}/orgs/${encodeURIComponent(org)}/teams/${encodeURIComponent(teamSlug)}/memberships/${encodeURIComponent(login)}`;
    try {
      return (await this.request('GET', url)).body.state === 'active';
    } catch (error) {
      // 404: not a member (or the team is invisible to this token); either way not an approver.
      if (error instanceof GitHubApiError && error.status === 404) return false;
      throw error;
    }
  }

  private async paginate(first: string): Promise<Json[]> {
    const all: Json[] = [];
    let url: string | null = first;
    while (url !== null) {
      const page = await this.request('GET', url);
      if (!Array.isArray(page.raw)) throw new GitHubApiError(200, 'GET', route(url), 'expected a JSON array');
      all.push(...(page.raw as Json[]));
      url = nextLink(page.link, this.options.apiUrl);
    }
    return all;
  }

  private async request(method: string, url: string, body?: unknown): Promise<{ body: Json; raw: unknown; link: string | null }> {
    const response = await this.fetch(url, {
      method,
      headers: {
        accept: 'application/vnd.github+json',
        authorization: `Bearer ${this.options.token}`,
        'x-github-api-version': '2022-11-28',
        'user-agent': 'omnigraph-cluster-action',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    let raw: unknown = null;
    try {
      raw = text === '' ? null : JSON.parse(text);
    } catch {
      raw = null;
    }
    if (!response.ok) {
      const message = (raw as { message?: unknown } | null)?.message;
      throw new GitHubApiError(response.status, method, route(url), typeof message === 'string' ? message : response.statusText);
    }
    // GraphQL reports refusals with 200 and an `errors` array.
    const errors = (raw as { errors?: unknown } | null)?.errors;
    if (Array.isArray(errors) && errors.length > 0) {
      throw new GitHubApiError(response.status, method, route(url), String((errors[0] as { message?: unknown }).message ?? 'GraphQL error'));
    }
    const obj = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Json) : {};
    return { body: obj, raw, link: response.headers.get('link') };
  }
}

function toComment(c: Json): IssueComment {
  return {
    id: Number(c.id),
    body: typeof c.body === 'string' ? c.body : '',
    authorLogin: String((c.user as Json | undefined)?.login ?? ''),
    htmlUrl: String(c.html_url ?? ''),
  };
}

function toIssue(i: Json): IssueSummary {
  return {
    number: Number(i.number),
    state: i.state === 'closed' ? 'closed' : 'open',
    title: String(i.title ?? ''),
    body: typeof i.body === 'string' ? i.body : '',
    authorLogin: String((i.user as Json | undefined)?.login ?? ''),
  };
}

/** The `rel="next"` target of a Link header, if it stays on the API origin. */
export function nextLink(link: string | null, apiUrl: string): string | null {
  if (!link) return null;
  for (const part of link.split(',')) {
    const m = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part.trim());
    if (m?.[1]) return new URL(m[1]).origin === new URL(apiUrl).origin ? m[1] : null;
  }
  return null;
}

function route(url: string): string {
  const u = new URL(url);
  return u.pathname;
}
