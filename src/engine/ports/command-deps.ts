import type { StorageRoot } from '../config/storage-root.js';
import type { Clock } from './clock.js';
import type { Failpoints } from './failpoints.js';
import type { GraphEngine } from './graph-engine.js';
import type { Ids } from './ids.js';
import type { Logger } from './logger.js';
import type { SourceFiles } from './source-files.js';
import type { Storage } from './storage.js';
import type { ValidationCache } from './validation-cache.js';

/**
 * Everything a command needs from the world, passed in (the engine imports no I/O).
 * `openStorage` and `graphEngine` are factories because the storage root comes from cluster.yaml.
 */
export interface CommandDeps {
  readonly sources: SourceFiles;
  readonly openStorage: (root: StorageRoot) => Storage;
  readonly graphEngine: (storage: Storage) => GraphEngine;
  readonly clock: Clock;
  readonly ids: Ids;
  readonly logger: Logger;
  readonly failpoints: Failpoints;
  /** Recorded in lock.json. */
  readonly pid: number;
  /** Memo of source check results; absent means none. */
  readonly validationCache?: ValidationCache;
}
