import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { GitHubApiError } from '../../src/action/github/client.js';
import { OctokitGitHubClient } from '../../src/action/github/octokit-client.js';
import { redact, redactingIO } from '../../src/action/redact.js';
import { FakeGitHub } from '../support/fake-github.js';
import { RecordingIO } from './fakes.js';

describe('redact', () => {
  it('removes the token raw and in its Basic-auth Base64 forms, nothing else', () => {
    const basic = Buffer.from('x-access-token:ghs_abc').toString('base64');
    expect(redact(`token ghs_abc and ${basic} and ghs_ab`, 'ghs_abc')).toBe('token *** and *** and ghs_ab');
    expect(redact('unchanged', '')).toBe('unchanged');
  });

  it('cleans every channel of an ActionIO', async () => {
    const io = new RecordingIO();
    const safe = redactingIO(io, 'tok3n');
    safe.warning('w tok3n');
    safe.info('i tok3n');
    safe.setFailed('f tok3n');
    safe.setOutput('o', 'tok3n');
    safe.annotate({ level: 'error', message: 'a tok3n', title: 't tok3n' });
    await safe.appendSummary('s tok3n');
    expect(JSON.stringify([io.logs, io.failed, io.outputs, io.annotations, io.summaries])).not.toContain('tok3n');
  });
});

describe('OctokitGitHubClient', () => {
  let github: FakeGitHub;
  let elsewhere: http.Server;
  let seenElsewhere: string[];
  beforeEach(async () => {
    github = await new FakeGitHub().start();
    seenElsewhere = [];
    elsewhere = http.createServer((req, res) => {
      seenElsewhere.push(String(req.headers.authorization ?? ''));
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('[]');
    });
    await new Promise<void>((resolve) => elsewhere.listen(0, '127.0.0.1', () => resolve()));
  });
  afterEach(async () => {
    await github.stop();
    await new Promise<void>((resolve) => elsewhere.close(() => resolve()));
  });

  const client = (apiUrl = github.url) => new OctokitGitHubClient({ token: 'tok3n', apiUrl, graphqlUrl: `${apiUrl}/graphql`, owner: 'acme', repo: 'infra' });

  it('never follows a pagination link to another origin with the token', async () => {
    const other = `http://localhost:${(elsewhere.address() as AddressInfo).port}`;
    // A proxy in front of the fake that rewrites the next link to another origin.
    const proxy = http.createServer((req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', link: `<${other}/repos/acme/infra/issues/7/comments?page=2>; rel="next"` });
      res.end('[]');
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', () => resolve()));
    try {
      const api = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
      const failure = await client(api).listIssueComments(7).catch((e: unknown) => e);
      expect(failure).toBeInstanceOf(GitHubApiError);
      expect((failure as GitHubApiError).message).toContain('refused to send the token');
      expect(seenElsewhere).toEqual([]);
    } finally {
      await new Promise<void>((resolve) => proxy.close(() => resolve()));
    }
  });

  it('reports a 422 as a GitHubApiError with GitHub’s message and no token', async () => {
    const failure = await client().createIssueComment(7, 'x'.repeat(70_000)).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(GitHubApiError);
    expect((failure as GitHubApiError).status).toBe(422);
    expect((failure as GitHubApiError).message).toContain('Validation Failed');
    expect((failure as GitHubApiError).message).not.toContain('tok3n');
  });

  it('asks GITHUB_GRAPHQL_URL for the viewer; a refusal means "use the bot login", a 5xx is a failure', async () => {
    const own = await new FakeGitHub({ login: 'omnigraph-app[bot]' }).start();
    try {
      const api = `${own.url}/api/v3`;
      const ghes = new OctokitGitHubClient({ token: 'tok3n', apiUrl: api, graphqlUrl: `${own.url}/graphql`, owner: 'acme', repo: 'infra' });
      expect(await ghes.viewerLogin()).toBe('omnigraph-app[bot]');
      expect(own.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /graphql']);
    } finally {
      await own.stop();
    }
    const refused = await new FakeGitHub({ viewerRefused: true }).start();
    try {
      expect(await client(refused.url).viewerLogin()).toBeNull();
    } finally {
      await refused.stop();
    }
    github.failWith('POST', /\/graphql$/, 403);
    expect(await client().viewerLogin()).toBeNull();
    github.failures.length = 0;
    github.failWith('POST', /\/graphql$/, 500);
    await expect(client().viewerLogin()).rejects.toBeInstanceOf(GitHubApiError);
  });
  it('lists every file of a pull request 100 a page, renames under both names, and a missing PR as a failure', async () => {
    const files = Array.from({ length: 250 }, (_, i) => ({ filename: `clusters/c${i}/cluster.yaml` }));
    github.pullFiles.set(7, [...files, { filename: 'shared/people.pg', previous_filename: 'clusters/east/people.pg' }]);
    const listed = await client().listPullFiles(7);
    expect(listed.complete).toBe(true);
    expect(listed.files).toHaveLength(252);
    expect(listed.files).toEqual(expect.arrayContaining(['clusters/c249/cluster.yaml', 'shared/people.pg', 'clusters/east/people.pg']));
    const pages = github.requests.filter((r) => r.path.startsWith('/repos/acme/infra/pulls/7/files'));
    expect(pages).toHaveLength(3);
    expect(pages.every((r) => r.path.includes('per_page=100'))).toBe(true);
    await expect(client().listPullFiles(8)).rejects.toMatchObject({ status: 404 });
  });

  it('reports a list cut at GitHub’s 3000-file cap as incomplete', async () => {
    github.pullFiles.set(9, Array.from({ length: 3500 }, (_, i) => ({ filename: `f${i}` })));
    const listed = await client().listPullFiles(9);
    expect(listed.files).toHaveLength(3000);
    expect(listed.complete).toBe(false);
    github.pullFiles.set(10, Array.from({ length: 2999 }, (_, i) => ({ filename: `f${i}` })));
    expect((await client().listPullFiles(10)).complete).toBe(true);
  });
});
