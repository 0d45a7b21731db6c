import type { ClusterCommands } from '../engine/commands/api.js';
import { createCommands } from '../engine/commands/index.js';
import type { CommandDeps } from '../engine/ports/command-deps.js';
import type { StorageRoot } from '../engine/config/storage-root.js';
import type { GraphEngine, Logger, Storage } from '../engine/ports/index.js';
import { envFailpoints } from './failpoints/env-failpoints.js';
import { EmbeddedGraphEngine } from './graph-engine/embedded/index.js';
import { OmnigraphCliEngine } from './graph-engine/omnigraph-cli.js';
import { LocalSourceFiles } from './source/local-source-files.js';
import { LocalStorage } from './storage/local.js';
import { createS3Storage } from './storage/s3.js';
import { systemClock, ulidIds } from './system/system.js';

export interface WiringOptions {
  readonly engine: 'embedded' | 'omnigraph';
  /** The omnigraph binary for `engine: omnigraph` (default: $OMNIGRAPH_BIN, else `omnigraph` on PATH). */
  readonly omnigraphPath?: string | null;
  readonly env: NodeJS.ProcessEnv;
  readonly cwd?: string;
  readonly logger?: Logger;
}

/** The real world behind the commands: local files, local or S3 storage, the chosen graph engine. */
export function createDeps(options: WiringOptions): CommandDeps {
  const failpoints = envFailpoints(options.env);
  const openStorage = (root: StorageRoot): Storage =>
    root.kind === 'local' ? new LocalStorage(root.path) : createS3Storage(root.uri, options.env);
  const graphEngine = (storage: Storage): GraphEngine =>
    options.engine === 'omnigraph'
      ? new OmnigraphCliEngine({ binary: options.omnigraphPath || options.env.OMNIGRAPH_BIN || 'omnigraph', env: options.env })
      : new EmbeddedGraphEngine({ storage, ids: ulidIds, clock: systemClock, failpoints });
  return {
    sources: new LocalSourceFiles(options.cwd),
    openStorage,
    graphEngine,
    clock: systemClock,
    ids: ulidIds,
    logger: options.logger ?? { debug: () => {}, info: () => {}, warn: () => {} },
    failpoints,
    pid: process.pid,
  };
}

export function createClusterCommands(options: WiringOptions): ClusterCommands {
  return createCommands(createDeps(options));
}
