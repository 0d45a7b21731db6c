/**
 * Secrets out of every message we build. `core.setSecret` only masks the runner's log; the job
 * summary, outputs, annotations and comments are ours to keep clean, including error text in
 * which a server echoed our request headers.
 */
import type { Annotation } from '../render/index.js';
import type { GitHubClient } from './github/client.js';
import type { ActionIO } from './ports.js';

const MASK = '***';

/** `text` with `secret` (raw, and Base64 as Basic auth would carry it) replaced. */
export function redact(text: string, secret: string): string {
  if (secret === '') return text;
  // Longest first: the Base64 of the token alone can be the tail of the Basic-auth form.
  const forms = [Buffer.from(`x-access-token:${secret}`).toString('base64'), Buffer.from(secret).toString('base64'), secret];
  return forms.reduce((out, form) => out.split(form).join(MASK), text);
}

/** An ActionIO that redacts `secret` from everything written through it. */
export function redactingIO(io: ActionIO, secret: string): ActionIO {
  if (secret === '') return io;
  const clean = (text: string): string => redact(text, secret);
  const cleanAnnotation = (a: Annotation): Annotation => ({ ...a, message: clean(a.message), title: clean(a.title) });
  return {
    getInput: io.getInput,
    setOutput: (name, value) => io.setOutput(name, clean(value)),
    appendSummary: (markdown) => io.appendSummary(clean(markdown)),
    annotate: (a) => io.annotate(cleanAnnotation(a)),
    info: (m) => io.info(clean(m)),
    warning: (m) => io.warning(clean(m)),
    notice: (m) => io.notice(clean(m)),
    setFailed: (m) => io.setFailed(clean(m)),
    setSecret: (s) => io.setSecret(s),
  };
}

/** A GitHubClient that redacts `secret` from every comment and issue it writes. */
export function redactingGitHub(github: GitHubClient, secret: string): GitHubClient {
  if (secret === '') return github;
  const clean = (text: string): string => redact(text, secret);
  return {
    viewerLogin: () => github.viewerLogin(),
    listIssueComments: (n) => github.listIssueComments(n),
    createIssueComment: (n, body) => github.createIssueComment(n, clean(body)),
    updateIssueComment: (id, body) => github.updateIssueComment(id, clean(body)),
    listPullsForCommit: (sha) => github.listPullsForCommit(sha),
    listIssuesWithLabel: (label) => github.listIssuesWithLabel(label),
    createIssue: (issue) => github.createIssue({ ...issue, title: clean(issue.title), body: clean(issue.body) }),
    updateIssue: (n, patch) =>
      github.updateIssue(n, { ...patch, ...(patch.title === undefined ? {} : { title: clean(patch.title) }), ...(patch.body === undefined ? {} : { body: clean(patch.body) }) }),
    collaboratorRole: (login) => github.collaboratorRole(login),
    createCommitStatus: (sha, status) => github.createCommitStatus(sha, { ...status, description: clean(status.description) }),
    pullHeadSha: (n) => github.pullHeadSha(n),
    listPullFiles: (n) => github.listPullFiles(n),
    addCommentReaction: (id, content) => github.addCommentReaction(id, content),
    isTeamMember: (org, slug, login) => github.isTeamMember(org, slug, login),
  };
}
