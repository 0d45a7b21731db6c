/**
 * Fakes for run(deps): scripted commands, a recording runner and a context builder; rendering
 * is the real src/render. GitHub is the fake HTTP server, reached
 * through the real Octokit client.
 */
import type { ClusterCommands } from '../../src/engine/commands/api.js';
import type { Diagnostic } from '../../src/engine/diagnostics/index.js';
import type { ApplyOutput, PlanChange, PlanOutput, RefreshOutput, StateObservations, StatusOutput, ValidateOutput } from '../../src/engine/model/outputs.js';
import { readRunContext, type RunContext } from '../../src/action/context.js';
import { OctokitGitHubClient } from '../../src/action/github/octokit-client.js';
import type { ActionDeps, ActionIO } from '../../src/action/ports.js';
import type { Annotation } from '../../src/render/index.js';
import type { FakeGitHub } from '../support/fake-github.js';

export function observations(extra: Partial<StateObservations> = {}): StateObservations {
  return {
    state_path: '/w/cluster/__cluster/state.json',
    lock_path: '/w/cluster/__cluster/lock.json',
    state_found: true,
    state_revision: 3,
    resource_count: 4,
    locked: false,
    lock_acquired: true,
    ...extra,
  };
}

export function change(resource: string, extra: Partial<PlanChange> = {}): PlanChange {
  return { resource, operation: 'create', after_digest: `d-${resource}`, disposition: 'applied', ...extra };
}

export function planOutput(changes: readonly PlanChange[], extra: Partial<PlanOutput> = {}): PlanOutput {
  return {
    ok: true,
    config_dir: '/w/cluster',
    desired_revision: { config_digest: 'cfg1' },
    resource_digests: {},
    dependencies: [],
    state_observations: observations(),
    changes,
    blast_radius: [],
    approvals_required: [],
    diagnostics: [],
    ...extra,
  };
}

export const LOCK_HELD: Diagnostic = {
  code: 'state_lock_held',
  severity: 'error',
  path: '__cluster/lock.json',
  message: 'cluster state lock already exists (lock id 01LOCK); run `omnigraph cluster force-unlock 01LOCK` only after confirming no cluster operation is active',
};

export function lockedPlan(): PlanOutput {
  return planOutput([], {
    ok: false,
    diagnostics: [LOCK_HELD],
    state_observations: observations({ locked: true, lock_acquired: false, lock_id: '01LOCK', lock_operation: 'apply', lock_created_at: '2026-06-10T09:00:00Z', lock_pid: 77, lock_age_seconds: 3600 }),
  });
}

export function applyOutput(changes: readonly PlanChange[], extra: Partial<ApplyOutput> = {}): ApplyOutput {
  return {
    ok: true,
    config_dir: '/w/cluster',
    desired_revision: { config_digest: 'cfg1' },
    state_observations: observations({ state_revision: 4 }),
    changes,
    applied_count: changes.filter((c) => c.disposition === 'applied').length,
    deferred_count: changes.filter((c) => c.disposition === 'deferred' || c.disposition === 'blocked').length,
    converged: changes.every((c) => c.disposition === 'applied'),
    state_written: true,
    resource_statuses: {},
    diagnostics: [],
    ...extra,
  };
}

export function statusOutput(extra: Partial<StatusOutput> = {}): StatusOutput {
  return { ok: true, config_dir: '/w/cluster', state_observations: observations({ lock_acquired: false }), resource_digests: {}, resource_statuses: {}, observations: {}, diagnostics: [], ...extra };
}

export function refreshOutput(extra: Partial<RefreshOutput> = {}): RefreshOutput {
  return { ok: true, operation: 'refresh', config_dir: '/w/cluster', state_observations: observations({ state_revision: 5 }), resource_digests: {}, resource_statuses: {}, observations: {}, diagnostics: [], ...extra };
}

export function validateOutput(extra: Partial<ValidateOutput> = {}): ValidateOutput {
  return { ok: true, config_dir: '/w/cluster', config_file: '/w/cluster/cluster.yaml', resource_digests: {}, resources: [], dependencies: [], diagnostics: [], ...extra };
}

/** Commands that answer from per-command queues (the last answer repeats) and log their calls. */
export class ScriptedCommands implements ClusterCommands {
  readonly calls: { command: string; options: unknown }[] = [];
  readonly answers: { [K in keyof ClusterCommands]?: Awaited<ReturnType<ClusterCommands[K]>>[] } = {};

  script<K extends keyof ClusterCommands>(command: K, ...outputs: Awaited<ReturnType<ClusterCommands[K]>>[]): this {
    (this.answers as Record<string, unknown[]>)[command] = outputs;
    return this;
  }

  called(command: keyof ClusterCommands): number {
    return this.calls.filter((c) => c.command === command).length;
  }

  private next<K extends keyof ClusterCommands>(command: K, options: unknown): Promise<Awaited<ReturnType<ClusterCommands[K]>>> {
    this.calls.push({ command, options });
    const queue = (this.answers as Record<string, unknown[]>)[command];
    if (!queue || queue.length === 0) return Promise.reject(new Error(`no scripted answer for ${command}`));
    const answer = queue.length > 1 ? queue.shift() : queue[0];
    return Promise.resolve(answer as Awaited<ReturnType<ClusterCommands[K]>>);
  }

  validate = (o: Parameters<ClusterCommands['validate']>[0]) => this.next('validate', o);
  plan = (o: Parameters<ClusterCommands['plan']>[0]) => this.next('plan', o);
  apply = (o: Parameters<ClusterCommands['apply']>[0]) => this.next('apply', o);
  status = (o: Parameters<ClusterCommands['status']>[0]) => this.next('status', o);
  serving = (o: Parameters<ClusterCommands['serving']>[0]) => this.next('serving', o);
  refresh = (o: Parameters<ClusterCommands['refresh']>[0]) => this.next('refresh', o);
  importState = (o: Parameters<ClusterCommands['importState']>[0]) => this.next('importState', o);
  forceUnlock = (o: Parameters<ClusterCommands['forceUnlock']>[0]) => this.next('forceUnlock', o);
  approve = (o: Parameters<ClusterCommands['approve']>[0]) => this.next('approve', o);
}

export class RecordingIO implements ActionIO {
  readonly outputs: Record<string, string> = {};
  readonly summaries: string[] = [];
  readonly annotations: Annotation[] = [];
  readonly logs: { level: string; message: string }[] = [];
  failed: string | null = null;
  readonly secrets: string[] = [];

  constructor(readonly inputs: Record<string, string> = {}) {}

  getInput = (name: string) => this.inputs[name] ?? '';
  setOutput(name: string, value: string): void {
    this.outputs[name] = value;
  }
  async appendSummary(markdown: string): Promise<void> {
    this.summaries.push(markdown);
  }
  annotate(a: Annotation): void {
    this.annotations.push(a);
  }
  info(message: string): void {
    this.logs.push({ level: 'info', message });
  }
  warning(message: string): void {
    this.logs.push({ level: 'warning', message });
  }
  notice(message: string): void {
    this.logs.push({ level: 'notice', message });
  }
  setFailed(message: string): void {
    this.failed = message;
  }
  setSecret(secret: string): void {
    this.secrets.push(secret);
  }
  warnings(): string[] {
    return this.logs.filter((l) => l.level === 'warning').map((l) => l.message);
  }
}

export function runContext(github: FakeGitHub, eventName: string, payload: Record<string, unknown>, env: Record<string, string> = {}): RunContext {
  return readRunContext(
    {
      GITHUB_EVENT_NAME: eventName,
      GITHUB_REPOSITORY: `${github.owner}/${github.repo}`,
      GITHUB_SHA: 'abc123',
      GITHUB_REF: 'refs/heads/main',
      GITHUB_ACTOR: 'octocat',
      GITHUB_API_URL: github.url,
      GITHUB_GRAPHQL_URL: `${github.url}/graphql`,
      GITHUB_SERVER_URL: 'https://github.example',
      GITHUB_RUN_ID: '99',
      GITHUB_WORKSPACE: '/w',
      RUNNER_TEMP: '/tmp/runner',
      ...env,
    },
    payload,
    '/tmp',
  );
}

export interface TestRig {
  readonly deps: ActionDeps;
  readonly io: RecordingIO;
  readonly commands: ScriptedCommands;
  readonly sleeps: number[];
  readonly files: Map<string, string>;
}

export function rig(github: FakeGitHub, context: RunContext, commands: ScriptedCommands, inputs: Record<string, string> = {}): TestRig {
  const io = new RecordingIO({ 'config-dir': 'cluster', 'github-token': 'tok', ...inputs });
  const sleeps: number[] = [];
  const files = new Map<string, string>();
  const deps: ActionDeps = {
    io,
    context,
    github: (s) => new OctokitGitHubClient({ token: s.githubToken, apiUrl: context.apiUrl, graphqlUrl: context.graphqlUrl, owner: context.owner, repo: context.repo }),
    commands: () => commands,
    // No cluster tree behind '/w': tests of many clusters replace this with the real discovery.
    discoverTargets: () => ({ targets: [], diagnostics: [] }),
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    random: () => 0.5,
    writeFile: async (path, text) => {
      files.set(path, text);
    },
  };
  return { deps, io, commands, sleeps, files };
}

export function prPayload(number: number, fork = false): Record<string, unknown> {
  return {
    action: 'synchronize',
    number,
    pull_request: {
      number,
      head: { sha: 'head1', repo: { full_name: fork ? 'mallory/infra' : 'acme/infra' } },
      base: { ref: 'main', repo: { full_name: 'acme/infra' } },
    },
    repository: { full_name: 'acme/infra', default_branch: 'main' },
  };
}

export const pushPayload = { ref: 'refs/heads/main', repository: { full_name: 'acme/infra', default_branch: 'main' } };
