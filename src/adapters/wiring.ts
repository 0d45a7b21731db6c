import type { ClusterCommands } from '../engine/commands/api.js';
import { createCommands } from '../engine/commands/index.js';
import type { CommandDeps } from '../engine/ports/command-deps.js';
import type { StorageRoot } from '../engine/config/storage-root.js';
import { silentLogger, type Logger, type Storage, type ValidationCache } from '../engine/ports/index.js';
import { envFailpoints } from './failpoints/env-failpoints.js';
import { EmbeddedGraphEngine } from './graph-engine/embedded/index.js';
import { OmnigraphClusterCommands } from './omnigraph-cluster/cluster-commands.js';
import { LocalSourceFiles } from './source/local-source-files.js';
import { LocalStorage } from './storage/local.js';
import { openS3Storage } from './storage/lazy-s3.js';
import { systemClock, ulidIds } from './system/system.js';

export interface WiringOptions {
  readonly engine: 'embedded' | 'omnigraph';
  /** The omnigraph binary for `engine: omnigraph` (default: $OMNIGRAPH_BIN, else `omnigraph` on PATH). */
  readonly omnigraphPath?: string | null;
  readonly env: NodeJS.ProcessEnv;
  readonly cwd?: string;
  readonly logger?: Logger;
  /** The validation cache; absent or null: none. */
  readonly validationCache?: ValidationCache | null;
}

/** The real world behind the embedded commands: local files, local or S3 storage, our engine. */
export function createDeps(options: Omit<WiringOptions, 'engine' | 'omnigraphPath'>): CommandDeps {
  const failpoints = envFailpoints(options.env);
  const openStorage = (root: StorageRoot): Storage =>
    root.kind === 'local' ? new LocalStorage(root.path) : openS3Storage(root.uri, options.env);
  const graphEngine = (storage: Storage) => new EmbeddedGraphEngine({ storage, ids: ulidIds, clock: systemClock, failpoints });
  return {
    sources: new LocalSourceFiles(options.cwd),
    openStorage,
    graphEngine,
    clock: systemClock,
    ids: ulidIds,
    logger: options.logger ?? silentLogger,
    failpoints,
    pid: process.pid,
    ...(options.validationCache ? { validationCache: options.validationCache } : {}),
  };
}

/** The binary for `engine: omnigraph`: the explicit path, else $OMNIGRAPH_BIN, else `omnigraph` on PATH. */
export function omnigraphBinary(options: Pick<WiringOptions, 'omnigraphPath' | 'env'>): string {
  return options.omnigraphPath || options.env.OMNIGRAPH_BIN || 'omnigraph';
}

/**
 * The commands the CLI and the action call. `omnigraph` hands every command to the binary's own
 * control plane (no per-graph calls over the binary remain: released binaries refuse `init` and
 * `schema apply` inside a cluster root); everything above this function is one code path.
 */
export function createClusterCommands(options: WiringOptions): ClusterCommands {
  if (options.engine === 'omnigraph') {
    const embedded = createCommands(createDeps(options));
    return new OmnigraphClusterCommands({
      binary: omnigraphBinary(options),
      env: options.env,
      cwd: options.cwd,
      logger: options.logger,
      serving: (o) => embedded.serving(o),
    });
  }
  return createCommands(createDeps(options));
}
