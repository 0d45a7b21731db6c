/**
 * Everything run(deps) touches, injected (docs/architecture.md#action-entry): realDeps (deps.ts) binds the runner,
 * GitHub and the engine; tests bind fakes and a local fake GitHub server.
 */
import type { ClusterCommands } from '../engine/commands/api.js';
import type { TargetDiscovery } from '../engine/targets/index.js';
import type { RunContext } from './context.js';
import type { GitHubClient } from './github/client.js';
import type { Annotation } from '../render/index.js';
import type { ActionSettings, InputReader } from './settings.js';

/** The runner side: inputs in; outputs, summary, annotations and logs out. */
export interface ActionIO {
  readonly getInput: InputReader;
  setOutput(name: string, value: string): void;
  appendSummary(markdown: string): Promise<void>;
  annotate(annotation: Annotation): void;
  info(message: string): void;
  /** A titled block of text in the job log, folded (`::group::`): the plan as the CLI prints it. */
  logGroup(title: string, text: string): void;
  warning(message: string): void;
  notice(message: string): void;
  /**
   * Fails the step. `annotate: false` when the errors behind it are already annotated: the runner
   * then gets the exit code and a log line, not a second error annotation saying the same thing.
   */
  setFailed(message: string, options?: { readonly annotate?: boolean }): void;
  setSecret(secret: string): void;
}

/** A file kept with the workflow run (the plan JSON), for reviewers and later jobs to download. */
export interface ArtifactStore {
  /**
   * Uploads `file` as artifact `name`; resolves to its download link, or rejects (no runtime
   * token outside Actions, a quota, the network) and the caller carries on with a warning.
   */
  upload(name: string, file: string): Promise<{ readonly id: number; readonly url: string }>;
}

export interface ActionDeps {
  readonly io: ActionIO;
  readonly context: RunContext;
  /** Built after settings are parsed, because the token is an input. */
  github(settings: ActionSettings): GitHubClient;
  commands(settings: ActionSettings): ClusterCommands;
  /** The clusters `config-dir` patterns name, read from the workspace (its containment root). */
  discoverTargets(patterns: readonly string[]): TargetDiscovery;
  sleep(ms: number): Promise<void>;
  /** [0, 1), for retry jitter. */
  random(): number;
  /** The current time (the drift issue's first-detected time). */
  now(): Date;
  writeFile(path: string, text: string): Promise<void>;
  readonly artifacts: ArtifactStore;
  /**
   * The validation cache carried between workflow runs (absent: none). `restore` runs before the
   * command and `save` after it; both are best effort and never throw.
   */
  readonly checkCache?: CarriedCache;
}

export interface CarriedCache {
  restore(): Promise<void>;
  save(): Promise<void>;
}
