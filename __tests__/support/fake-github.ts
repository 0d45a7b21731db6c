/**
 * A fake GitHub REST (+ GraphQL `viewer`) server on 127.0.0.1 for the action's tests: keeps
 * issues, comments and pulls in memory, records every request, and answers the way the real API
 * does for the endpoints the action uses. Modelled on GitHub's REST documentation
 * (github/docs, content/rest/…):
 * - using-the-rest-api/using-pagination-in-the-rest-api.md: `per_page` (default 30, max 100),
 *   `page`, and a `link` header with `rel="next"`, `"last"`, `"first"`, `"prev"` as applicable;
 * - using-the-rest-api/troubleshooting-the-rest-api.md and issues/comments.md, issues/issues.md:
 *   errors are JSON `{ message, documentation_url, status }`; 401 "Bad credentials" without a
 *   token; 404 "Not Found" for a missing issue or comment; 422 "Validation Failed" with an
 *   `errors` array (`resource`, `field`, `code`) e.g. for a comment body above 65,536 characters
 *   or an issue without a title;
 * - using-the-rest-api/rate-limits-for-the-rest-api.md: every answer carries `x-ratelimit-*`
 *   headers; a primary limit is 403/429 with `x-ratelimit-remaining: 0` and `x-ratelimit-reset`;
 *   a secondary limit is 403/429 with a "secondary rate limit" message and maybe `retry-after`;
 * - graphql: refusals come back as 200 with an `errors` array.
 * Tests inject failures per route (`failWith`), optionally only for the first N matching requests.
 *
 * Commit statuses follow GitHub's REST "Create a commit status"
 * (https://docs.github.com/en/rest/commits/statuses#create-a-commit-status, API 2022-11-28):
 * `POST /repos/{owner}/{repo}/statuses/{sha}`, `state` required and one of error, failure,
 * pending, success, optional `target_url`, `description` and `context` (default "default",
 * compared case-insensitively); 201 with the status; 422 "Validation Failed" for a bad state or a
 * description over 140 characters; at most 1000 statuses per sha and context. A token without
 * `statuses: write` gets 403 ("Resource not accessible by integration"): use `failWith`.
 *
 * Reactions follow "Create reaction for an issue comment"
 * (https://docs.github.com/en/rest/reactions/reactions#create-reaction-for-an-issue-comment):
 * `POST /repos/{o}/{r}/issues/comments/{id}/reactions` with `content` one of +1, -1, laugh,
 * confused, heart, hooray, rocket, eyes; 201 when created, 200 when this user already reacted so,
 * 404 for an unknown comment, 422 for another content. Pull requests: "Get a pull request"
 * (`GET /repos/{o}/{r}/pulls/{n}`, 404 when absent). Team membership: "Get team membership for a
 * user" (https://docs.github.com/en/rest/teams/members#get-team-membership-for-a-user,
 * `GET /orgs/{org}/teams/{slug}/memberships/{user}`): 200 `{state: active|pending, role}`, 404
 * when not a member (or the team is not visible to the token).
 *
 * Pull request files follow "List pull requests files"
 * (https://docs.github.com/en/rest/pulls/pulls#list-pull-requests-files): `GET
 * /repos/{o}/{r}/pulls/{n}/files`, 30 a page by default, `per_page` at most 100, Link headers as
 * for every list; "Responses include a maximum of 3000 files", so files beyond the 3000th are
 * never served on any page. Each entry carries `filename`, `status` (added, removed, modified,
 * renamed, copied, changed, unchanged), `additions`/`deletions`/`changes` and, for a rename,
 * `previous_filename`. An unknown pull request is 404.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly body: unknown;
  readonly authorization: string;
}

export interface FakeComment {
  id: number;
  issue: number;
  body: string;
  user: string;
}

export interface FakeIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  labels: string[];
  user: string;
}

export interface FakePull {
  number: number;
  merge_commit_sha: string | null;
  base: string;
  state: string;
}

export interface FakePullFile {
  readonly filename: string;
  readonly status?: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  readonly previous_filename?: string;
}

/** GitHub serves at most this many files of one pull request. */
export const PULL_FILES_CAP = 3000;

export interface FakeStatus {
  readonly sha: string;
  readonly state: string;
  readonly context: string;
  readonly description: string | null;
  readonly target_url: string | null;
}

export interface FakeGitHubOptions {
  readonly owner?: string;
  readonly repo?: string;
  /** The login our token's writes carry; `viewer` answers it unless `viewerRefused`. */
  readonly login?: string;
  readonly viewerRefused?: boolean;
}

/** An injected failure: status, optional body message and headers, and how many times. */
export interface FakeFailure {
  readonly method: string;
  readonly path: RegExp;
  readonly status: number;
  readonly message?: string;
  readonly headers?: Readonly<Record<string, string>>;
  /** Answer this many matching requests, then behave normally; unlimited when absent. */
  times?: number;
}

const DOCS = 'https://docs.github.com/rest';
const MAX_COMMENT_CHARS = 65_536;

export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  readonly comments: FakeComment[] = [];
  readonly issues: FakeIssue[] = [];
  readonly pulls = new Map<string, FakePull[]>();
  readonly roles = new Map<string, string>();
  readonly statuses: FakeStatus[] = [];
  readonly reactions: { commentId: number; content: string; user: string }[] = [];
  /** Pull request number → head sha and author, for `GET /pulls/{n}`. */
  readonly pullRequests = new Map<number, { headSha: string; author: string }>();
  /** Pull request number → the files it changes, for `GET /pulls/{n}/files`. */
  readonly pullFiles = new Map<number, FakePullFile[]>();
  /** `org/slug` → member login → membership state. */
  readonly teams = new Map<string, Map<string, 'active' | 'pending'>>();
  /** `METHOD /path-regex` → the answer to give instead (while `times` lasts). */
  readonly failures: FakeFailure[] = [];
  private nextId = 1000;
  private server: http.Server | null = null;
  readonly owner: string;
  readonly repo: string;
  readonly login: string;

  constructor(private readonly options: FakeGitHubOptions = {}) {
    this.owner = options.owner ?? 'acme';
    this.repo = options.repo ?? 'infra';
    this.login = options.login ?? 'github-actions[bot]';
  }

  get url(): string {
    const address = this.server?.address() as AddressInfo | undefined;
    if (!address) throw new Error('fake GitHub is not listening');
    return `http://127.0.0.1:${address.port}`;
  }

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', () => resolve()));
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  addComment(issue: number, body: string, user = this.login): FakeComment {
    const comment = { id: this.nextId++, issue, body, user };
    this.comments.push(comment);
    return comment;
  }

  addIssue(issue: Omit<FakeIssue, 'number'> & { number?: number }): FakeIssue {
    const created = { ...issue, number: issue.number ?? this.nextId++ };
    this.issues.push(created);
    return created;
  }

  failWith(method: string, path: RegExp, status: number, options: { message?: string; headers?: Record<string, string>; times?: number } = {}): void {
    this.failures.push({ method, path, status, ...options });
  }

  /** A secondary rate limit as GitHub answers it (403, the documented message, `retry-after`). */
  secondaryRateLimit(method: string, path: RegExp, retryAfterSeconds: number, times = 1): void {
    this.failWith(method, path, 403, {
      message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
      headers: { 'retry-after': String(retryAfterSeconds) },
      times,
    });
  }

  writes(): RecordedRequest[] {
    return this.requests.filter((r) => r.method !== 'GET' && !r.path.endsWith('/graphql'));
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = req.method ?? 'GET';
    const body: unknown = text ? JSON.parse(text) : undefined;
    const authorization = String(req.headers.authorization ?? '');
    this.requests.push({ method, path: url.pathname + url.search, body, authorization });
    const failure = this.failures.find((f) => f.method === method && f.path.test(url.pathname) && (f.times === undefined || f.times > 0));
    if (failure) {
      if (failure.times !== undefined) failure.times--;
      return sendError(res, failure.status, failure.message ?? defaultMessage(failure.status), failure.headers);
    }
    if (!/^(token|bearer) \S+$/i.test(authorization)) return sendError(res, 401, 'Bad credentials');
    try {
      const answer = this.route(method, url, body as Record<string, unknown> | undefined);
      if (Array.isArray(answer)) return this.page(res, url, answer);
      send(res, answer.status, answer.body);
    } catch (error) {
      sendError(res, 500, String(error));
    }
  }

  private route(method: string, url: URL, body: Record<string, unknown> | undefined): unknown[] | { status: number; body: unknown } {
    const p = url.pathname;
    const repo = `/repos/${this.owner}/${this.repo}`;
    if (method === 'POST' && p === '/graphql') {
      if (this.options.viewerRefused) return { status: 200, body: { errors: [{ message: 'Resource not accessible by integration' }] } };
      return { status: 200, body: { data: { viewer: { login: this.login } } } };
    }
    let m: RegExpExecArray | null;
    if ((m = new RegExp(`^${esc(repo)}/issues/(\\d+)/comments$`).exec(p))) {
      const issue = Number(m[1]);
      if (method === 'GET') return this.comments.filter((c) => c.issue === issue).map((c) => this.commentJson(c));
      const refused = tooLong('IssueComment', body?.body);
      if (refused) return refused;
      const comment = this.addComment(issue, String(body?.body ?? ''));
      return { status: 201, body: this.commentJson(comment) };
    }
    if ((m = new RegExp(`^${esc(repo)}/issues/comments/(\\d+)$`).exec(p)) && method === 'PATCH') {
      const comment = this.comments.find((c) => c.id === Number(m![1]));
      if (!comment) return notFound();
      const refused = tooLong('IssueComment', body?.body);
      if (refused) return refused;
      comment.body = String(body?.body ?? '');
      return { status: 200, body: this.commentJson(comment) };
    }
    if ((m = new RegExp(`^${esc(repo)}/commits/([^/]+)/pulls$`).exec(p))) {
      return (this.pulls.get(m[1]!) ?? []).map((pr) => ({ number: pr.number, state: pr.state, merge_commit_sha: pr.merge_commit_sha, base: { ref: pr.base } }));
    }
    if (p === `${repo}/issues` && method === 'GET') {
      const label = url.searchParams.get('labels');
      return this.issues.filter((i) => label === null || i.labels.includes(label)).map((i) => this.issueJson(i));
    }
    if (p === `${repo}/issues` && method === 'POST') {
      if (typeof body?.title !== 'string' || body.title === '') return validationFailed('Issue', 'title', 'missing_field');
      const refused = tooLong('Issue', body.body);
      if (refused) return refused;
      const issue = this.addIssue({
        title: String(body?.title ?? ''),
        body: String(body?.body ?? ''),
        state: 'open',
        labels: (body?.labels as string[] | undefined) ?? [],
        user: this.login,
      });
      return { status: 201, body: this.issueJson(issue) };
    }
    if ((m = new RegExp(`^${esc(repo)}/issues/(\\d+)$`).exec(p)) && method === 'PATCH') {
      const issue = this.issues.find((i) => i.number === Number(m![1]));
      if (!issue) return notFound();
      const refused = tooLong('Issue', body?.body);
      if (refused) return refused;
      if (typeof body?.title === 'string') issue.title = body.title;
      if (typeof body?.body === 'string') issue.body = body.body;
      if (body?.state === 'open' || body?.state === 'closed') issue.state = body.state;
      return { status: 200, body: this.issueJson(issue) };
    }
    if ((m = new RegExp(`^${esc(repo)}/statuses/([^/]+)$`).exec(p)) && method === 'POST') return this.createStatus(decodeURIComponent(m[1]!), body);
    if ((m = new RegExp(`^${esc(repo)}/issues/comments/(\\d+)/reactions$`).exec(p)) && method === 'POST') return this.react(Number(m[1]), body);
    if ((m = new RegExp(`^${esc(repo)}/pulls/(\\d+)/files$`).exec(p)) && method === 'GET') {
      const files = this.pullFiles.get(Number(m[1]));
      if (!files) return notFound();
      return files.slice(0, PULL_FILES_CAP).map((f) => ({
        sha: 'f'.repeat(40),
        filename: f.filename,
        status: f.status ?? (f.previous_filename ? 'renamed' : 'modified'),
        additions: 1,
        deletions: 0,
        changes: 1,
        ...(f.previous_filename ? { previous_filename: f.previous_filename } : {}),
      }));
    }
    if ((m = new RegExp(`^${esc(repo)}/pulls/(\\d+)$`).exec(p)) && method === 'GET') {
      const pull = this.pullRequests.get(Number(m[1]));
      if (!pull) return { status: 404, body: { message: 'Not Found' } };
      return { status: 200, body: { number: Number(m[1]), head: { sha: pull.headSha }, user: { login: pull.author } } };
    }
    if ((m = /^\/orgs\/([^/]+)\/teams\/([^/]+)\/memberships\/([^/]+)$/.exec(p)) && method === 'GET') {
      const state = this.teams.get(`${decodeURIComponent(m[1]!)}/${decodeURIComponent(m[2]!)}`)?.get(decodeURIComponent(m[3]!));
      if (!state) return { status: 404, body: { message: 'Not Found' } };
      return { status: 200, body: { state, role: 'member' } };
    }
    if ((m = new RegExp(`^${esc(repo)}/collaborators/([^/]+)/permission$`).exec(p))) {
      const role = this.roles.get(decodeURIComponent(m[1]!)) ?? 'read';
      return { status: 200, body: { permission: role === 'maintain' ? 'write' : role, role_name: role } };
    }
    return notFound();
  }

  /** The latest status per context on `sha`, as branch protection reads it. */
  latestStatus(sha: string, context: string): FakeStatus | undefined {
    return this.statuses.filter((s) => s.sha === sha && s.context.toLowerCase() === context.toLowerCase()).at(-1);
  }

  private react(commentId: number, body: Record<string, unknown> | undefined): { status: number; body: unknown } {
    if (!this.comments.some((c) => c.id === commentId)) return { status: 404, body: { message: 'Not Found' } };
    const content = body?.content;
    if (typeof content !== 'string' || !['+1', '-1', 'laugh', 'confused', 'heart', 'hooray', 'rocket', 'eyes'].includes(content)) {
      return { status: 422, body: { message: 'Validation Failed', errors: [{ resource: 'Reaction', field: 'content', code: 'invalid' }] } };
    }
    const existing = this.reactions.find((r) => r.commentId === commentId && r.content === content && r.user === this.login);
    if (!existing) this.reactions.push({ commentId, content, user: this.login });
    return { status: existing ? 200 : 201, body: { id: this.nextId++, content, user: { login: this.login } } };
  }

  private createStatus(sha: string, body: Record<string, unknown> | undefined): { status: number; body: unknown } {
    const invalid = (field: string, code: string) => ({ status: 422, body: { message: 'Validation Failed', errors: [{ resource: 'Status', field, code }] } });
    const state = body?.state;
    if (typeof state !== 'string' || !['error', 'failure', 'pending', 'success'].includes(state)) return invalid('state', 'invalid');
    const description = typeof body?.description === 'string' ? body.description : null;
    if (description !== null && description.length > 140) return invalid('description', 'custom');
    const context = typeof body?.context === 'string' ? body.context : 'default';
    if (this.statuses.filter((s) => s.sha === sha && s.context.toLowerCase() === context.toLowerCase()).length >= 1000) return invalid('context', 'custom');
    const status: FakeStatus = { sha, state, context, description, target_url: typeof body?.target_url === 'string' ? body.target_url : null };
    this.statuses.push(status);
    return { status: 201, body: { id: this.nextId++, state, context, description, target_url: status.target_url } };
  }

  private page(res: http.ServerResponse, url: URL, items: unknown[]): void {
    const perPage = Math.min(Number(url.searchParams.get('per_page') ?? '30') || 30, 100);
    const page = Math.max(Number(url.searchParams.get('page') ?? '1') || 1, 1);
    const last = Math.max(Math.ceil(items.length / perPage), 1);
    const at = (n: number): string => {
      const target = new URL(url.pathname + url.search, this.url);
      target.searchParams.set('page', String(n));
      return target.toString();
    };
    // GitHub sends `link` only when there is more than one page, with the relations that apply.
    const links: string[] = [];
    if (page < last) links.push(`<${at(page + 1)}>; rel="next"`, `<${at(last)}>; rel="last"`);
    if (page > 1) links.push(`<${at(1)}>; rel="first"`, `<${at(page - 1)}>; rel="prev"`);
    send(res, 200, items.slice((page - 1) * perPage, page * perPage), links.length > 0 ? { link: links.join(', ') } : {});
  }

  private commentJson(c: FakeComment): unknown {
    return { id: c.id, body: c.body, user: { login: c.user }, html_url: `https://github.example/${this.owner}/${this.repo}/issues/${c.issue}#issuecomment-${c.id}` };
  }

  private issueJson(i: FakeIssue): unknown {
    return { number: i.number, title: i.title, body: i.body, state: i.state, labels: i.labels.map((name) => ({ name })), user: { login: i.user } };
  }
}

const RATE_HEADERS = { 'x-ratelimit-limit': '5000', 'x-ratelimit-remaining': '4999', 'x-ratelimit-used': '1', 'x-ratelimit-resource': 'core' };

function send(res: http.ServerResponse, status: number, body: unknown, headers: Readonly<Record<string, string>> = {}): void {
  const reset = String(Math.floor(Date.now() / 1000) + 3600);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...RATE_HEADERS, 'x-ratelimit-reset': reset, ...headers });
  res.end(JSON.stringify(body));
}

function sendError(res: http.ServerResponse, status: number, message: string, headers: Readonly<Record<string, string>> = {}): void {
  send(res, status, { message, documentation_url: DOCS, status: String(status) }, headers);
}

function defaultMessage(status: number): string {
  if (status === 401) return 'Bad credentials';
  if (status === 403) return 'Resource not accessible by integration';
  if (status === 404) return 'Not Found';
  if (status === 422) return 'Validation Failed';
  if (status >= 500) return 'Server Error';
  return `HTTP ${status}`;
}

function notFound(): { status: number; body: unknown } {
  return { status: 404, body: { message: 'Not Found', documentation_url: DOCS, status: '404' } };
}

function validationFailed(resource: string, field: string, code: string, message?: string): { status: number; body: unknown } {
  return {
    status: 422,
    body: { message: 'Validation Failed', errors: [{ resource, field, code, ...(message ? { message } : {}) }], documentation_url: DOCS, status: '422' },
  };
}

/** GitHub refuses comment and issue bodies above 65,536 characters. */
function tooLong(resource: string, body: unknown): { status: number; body: unknown } | null {
  if (typeof body !== 'string' || body.length <= MAX_COMMENT_CHARS) return null;
  return validationFailed(resource, 'body', 'custom', `body is too long (maximum is ${MAX_COMMENT_CHARS} characters)`);
}

function esc(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
