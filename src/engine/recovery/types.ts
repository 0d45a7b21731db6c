import type { Diagnostic } from '../diagnostics/index.js';

/** What the sweep saw at the sidecar's graph root. */
export interface RecoveryObservation {
  readonly rootExists: boolean;
  /** The derived root as shown in messages. */
  readonly graphUri: string;
  /** The graph's open (read-only, or read-write for schema_apply); `liveSchemaDigest` = sha256 of its schema source. */
  readonly open: { readonly ok: true; readonly liveSchemaDigest: string } | { readonly ok: false; readonly error: string };
}

/** What the ledger (after earlier sidecars of the same sweep) records for the graph. */
export interface RecoveryLedgerFacts {
  /** `applied_revision.resources["schema.<g>"].digest`, or null when absent. */
  readonly recordedSchemaDigest: string | null;
  /** Whether `graph.<g>` is in `applied_revision.resources`. */
  readonly graphInState: boolean;
}

/** The docs/contract/recovery.md#decision-matrix rows, named as in the spec. */
export type RecoveryRow = '1' | '2' | '4' | '6' | '5' | 'S-open' | 'S-1/2' | '3' | 'S-6' | '8' | '7' | '7b';

export type RecoveryOutcome =
  | 'nothing_moved'
  | 'already_recorded'
  | 'roll_forward'
  | 'pending'
  | 'retry_delete'
  | 'tombstoned'
  | 'tombstone';

/** The record written to both `graph.<g>` and `schema.<g>` (docs/contract/state.md#statuses); `condition` and `message` come together. */
export interface RecoveryStatus {
  readonly status: 'applied' | 'drifted' | 'error';
  readonly condition?: 'graph_create_incomplete' | 'actual_applied_state_pending';
  readonly message?: string;
}

/**
 * What the sweep does with one sidecar. `roll_forward` means: record the live schema digest and
 * recompute the composite; `tombstone` means: tombstone the subtree (docs/contract/approvals.md#tombstone) and record the
 * consumed approval. `kept` sidecars put their graph in `pending_graphs` (docs/contract/recovery.md#pending-graphs).
 */
export interface RecoveryDecision {
  readonly rowId: RecoveryRow;
  readonly outcome: RecoveryOutcome;
  readonly statuses: RecoveryStatus | null;
  readonly diagnostic: Diagnostic | null;
  readonly sidecar: 'completed' | 'kept';
}
