import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fixtureFiles } from './cluster-fixture.js';
import { FakeGitHub } from './fake-github.js';

/**
 * Runs the BUNDLED action (dist/index.js) as a child process the way a runner does: GITHUB_* and
 * INPUT_* env, an event file, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, against the fake GitHub
 * server, with the docs/contract/digests.md#worked-example fixture cluster under <workspace>/cluster. `ACTION_E2E_ENTRY=src` runs
 * src/index.ts through the test TypeScript loader instead.
 */
const DIST = path.resolve('dist/index.js');
const FROM_SRC = process.env.ACTION_E2E_ENTRY === 'src';

/** True while dist/index.js is the placeholder bundle: the e2e suites skip then. */
export const PLACEHOLDER = !FROM_SRC && (!existsSync(DIST) || readFileSync(DIST, 'utf8').includes('not implemented for this event'));

export interface ActionRun {
  readonly code: number;
  readonly outputs: Record<string, string>;
  readonly summary: string;
  readonly stdout: string;
}

export interface ActionWorkspace {
  readonly github: FakeGitHub;
  readonly work: string;
  /** `timeoutMs` (default 60 s) is for runs that spawn slow helpers, such as the stand-in omnigraph binary. */
  run(event: string, payload: Record<string, unknown>, inputs?: Record<string, string>, extraEnv?: Record<string, string>, timeoutMs?: number): Promise<ActionRun>;
  stop(): Promise<void>;
}

export async function actionWorkspace(prefix = 'og-action-'): Promise<ActionWorkspace> {
  const github = await new FakeGitHub().start();
  const work = mkdtempSync(path.join(tmpdir(), prefix));
  mkdirSync(path.join(work, 'cluster'));
  for (const [name, content] of Object.entries(fixtureFiles())) writeFileSync(path.join(work, 'cluster', name), content);
  let runs = 0;
  const run: ActionWorkspace['run'] = (event, payload, inputs = {}, extraEnv = {}, timeoutMs = 60_000) => {
    const n = ++runs;
    const eventFile = path.join(work, `event-${n}.json`);
    const outputFile = path.join(work, `output-${n}.txt`);
    const summaryFile = path.join(work, `summary-${n}.md`);
    const temp = path.join(work, 'runner-temp');
    mkdirSync(temp, { recursive: true });
    writeFileSync(eventFile, JSON.stringify(payload));
    writeFileSync(outputFile, '');
    writeFileSync(summaryFile, '');
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: work,
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: event,
      GITHUB_EVENT_PATH: eventFile,
      GITHUB_REPOSITORY: 'acme/infra',
      GITHUB_SHA: 'merge1',
      GITHUB_REF: 'refs/heads/main',
      GITHUB_ACTOR: 'octocat',
      GITHUB_API_URL: github.url,
      GITHUB_GRAPHQL_URL: `${github.url}/graphql`,
      GITHUB_SERVER_URL: 'https://github.example',
      GITHUB_RUN_ID: String(n),
      GITHUB_WORKSPACE: work,
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      RUNNER_TEMP: temp,
      'INPUT_CONFIG-DIR': 'cluster',
      'INPUT_GITHUB-TOKEN': 'secret-token',
      'INPUT_LOCK-RETRY-INTERVAL': '10ms',
      'INPUT_BOOTSTRAP-STATE': 'true',
      ...extraEnv,
    };
    for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
    const args = FROM_SRC ? ['--import', path.resolve('__tests__/support/ts-loader.mjs'), path.resolve('src/index.ts')] : [DIST];
    return new Promise((resolve) => {
      execFile(process.execPath, args, { env, cwd: work, timeout: timeoutMs }, (error, stdout) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, outputs: parseOutputs(readFileSync(outputFile, 'utf8')), summary: readFileSync(summaryFile, 'utf8'), stdout });
      });
    });
  };
  return {
    github,
    work,
    run,
    stop: async () => {
      await github.stop();
      rmSync(work, { recursive: true, force: true });
    },
  };
}

/** GITHUB_OUTPUT heredoc records: `name<<DELIM\nvalue\nDELIM`. */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^([^<\n]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) out[m[1]!] = m[3]!;
  return out;
}
