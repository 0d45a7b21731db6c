/**
 * The commands' name for the state ledger (src/engine/state owns its schema, reading and CAS
 * writing); the apply phases work on clones so the as-read ledger stays comparable.
 */
import type { ClusterState } from '../state/index.js';

export type Ledger = ClusterState;
export type { ResourceEntry, StatusRecord } from '../state/index.js';
export { emptyState as emptyLedger } from '../state/index.js';

export function cloneLedger(ledger: Ledger): Ledger {
  return structuredClone(ledger);
}
