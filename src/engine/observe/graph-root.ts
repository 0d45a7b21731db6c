import type { GraphRoot } from '../ports/graph-engine.js';
import type { Storage } from '../ports/storage.js';

/** `graphs/<id>.omni` under the storage root (docs/contract/config.md#layout). */
export function graphRoot(storage: Storage, graphId: string): GraphRoot {
  const key = `graphs/${graphId}.omni`;
  return { key, uri: storage.displayPath(key) };
}
