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
  warning(message: string): void;
  notice(message: string): void;
  setFailed(message: string): void;
  setSecret(secret: string): void;
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
  writeFile(path: string, text: string): Promise<void>;
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
