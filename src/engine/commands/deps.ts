import type { StorageRoot } from '../config/storage-root.js';
import type { Clock, Failpoints, GraphEngine, Ids, Logger, SourceFiles, Storage } from '../ports/index.js';

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
}
