import { error, warning } from '../diagnostics/index.js';
import type { Sidecar } from './sidecar-store.js';
import type {
  RecoveryDecision,
  RecoveryLedgerFacts,
  RecoveryObservation,
  RecoveryStatus,
} from './types.js';

export type { RecoveryDecision, RecoveryLedgerFacts, RecoveryObservation } from './types.js';

const APPLIED: RecoveryStatus = { status: 'applied' };
const STATE_PENDING: RecoveryStatus = {
  status: 'drifted',
  condition: 'actual_applied_state_pending',
  message: 'graph state does not match the interrupted operation; run `cluster refresh` and re-plan',
};
const CREATE_INCOMPLETE: RecoveryStatus = {
  status: 'error',
  condition: 'graph_create_incomplete',
  message: 'graph root exists but cannot be opened; remove the graph root and re-run `cluster apply`',
};

/**
 * The sweep's decision matrix (docs/contract/recovery.md#decision-matrix), one sidecar at a time. Roll-forward only:
 * it records what demonstrably happened on the graph, keeps the sidecar (blocking graph-moving
 * work) when the observation matches neither side of the interrupted operation, and never
 * proposes deleting a root.
 */
export function decideRecovery(
  sidecar: Sidecar,
  observation: RecoveryObservation,
  ledger: RecoveryLedgerFacts,
): RecoveryDecision {
  switch (sidecar.kind) {
    case 'graph_create':
      return decideCreate(sidecar, observation, ledger);
    case 'schema_apply':
      return decideSchemaApply(sidecar, observation, ledger);
    case 'graph_delete':
      return decideDelete(sidecar, observation, ledger);
  }
}

function decideCreate(sidecar: Sidecar, observation: RecoveryObservation, ledger: RecoveryLedgerFacts): RecoveryDecision {
  const path = `graph.${sidecar.graph_id}`;
  if (!observation.rootExists) {
    return { rowId: '1', outcome: 'nothing_moved', statuses: null, diagnostic: null, sidecar: 'completed' };
  }
  if (!observation.open.ok) {
    return {
      rowId: '5',
      outcome: 'pending',
      statuses: CREATE_INCOMPLETE,
      diagnostic: error(
        'graph_create_incomplete',
        path,
        `graph root '${observation.graphUri}' exists but cannot be opened (${observation.open.error}); remove the graph root and re-run \`cluster apply\``,
      ),
      sidecar: 'kept',
    };
  }
  const live = observation.open.liveSchemaDigest;
  if (ledger.recordedSchemaDigest === live) {
    return { rowId: '2', outcome: 'already_recorded', statuses: null, diagnostic: null, sidecar: 'completed' };
  }
  if (live === sidecar.desired_schema_digest) {
    return {
      rowId: '4',
      outcome: 'roll_forward',
      statuses: APPLIED,
      diagnostic: warning(
        'cluster_recovery_rolled_forward',
        path,
        'an interrupted graph create had completed on the graph; cluster state was rolled forward to match',
      ),
      sidecar: 'completed',
    };
  }
  return {
    rowId: '6',
    outcome: 'pending',
    statuses: STATE_PENDING,
    diagnostic: warning(
      'cluster_recovery_pending',
      path,
      'an interrupted graph create left unexpected graph state; graph-moving work is blocked until repaired',
    ),
    sidecar: 'kept',
  };
}

function decideSchemaApply(sidecar: Sidecar, observation: RecoveryObservation, ledger: RecoveryLedgerFacts): RecoveryDecision {
  const path = `graph.${sidecar.graph_id}`;
  if (!observation.open.ok) {
    // A missing root is an open failure too: without the live schema nothing can be verified.
    return {
      rowId: 'S-open',
      outcome: 'pending',
      statuses: null,
      diagnostic: warning(
        'cluster_recovery_pending',
        path,
        `an interrupted schema apply cannot be verified (graph '${observation.graphUri}' did not open: ${observation.open.error}); graph-moving work is blocked until repaired`,
      ),
      sidecar: 'kept',
    };
  }
  const live = observation.open.liveSchemaDigest;
  if (ledger.recordedSchemaDigest === live) {
    return { rowId: 'S-1/2', outcome: 'already_recorded', statuses: null, diagnostic: null, sidecar: 'completed' };
  }
  if (live === sidecar.desired_schema_digest) {
    return {
      rowId: '3',
      outcome: 'roll_forward',
      statuses: APPLIED,
      diagnostic: warning(
        'cluster_recovery_rolled_forward',
        path,
        'an interrupted schema apply had completed on the graph; cluster state was rolled forward to match',
      ),
      sidecar: 'completed',
    };
  }
  return {
    rowId: 'S-6',
    outcome: 'pending',
    statuses: STATE_PENDING,
    diagnostic: warning(
      'cluster_recovery_pending',
      path,
      'an interrupted schema apply left unexpected graph state; graph-moving work is blocked until repaired',
    ),
    sidecar: 'kept',
  };
}

function decideDelete(sidecar: Sidecar, observation: RecoveryObservation, ledger: RecoveryLedgerFacts): RecoveryDecision {
  const path = `graph.${sidecar.graph_id}`;
  if (observation.rootExists) {
    // The sidecar is retired: the delete is re-planned and retried under its (still valid) approval.
    return {
      rowId: '8',
      outcome: 'retry_delete',
      statuses: null,
      diagnostic: warning(
        'graph_delete_incomplete',
        path,
        'a previous graph delete did not complete; it will be re-proposed by plan and can be retried under its approval',
      ),
      sidecar: 'completed',
    };
  }
  if (!ledger.graphInState) {
    return { rowId: '7', outcome: 'tombstoned', statuses: null, diagnostic: null, sidecar: 'completed' };
  }
  return {
    rowId: '7b',
    outcome: 'tombstone',
    statuses: null,
    diagnostic: warning(
      'cluster_recovery_rolled_forward',
      path,
      'an interrupted graph delete had completed on disk; cluster state was rolled forward to match',
    ),
    sidecar: 'completed',
  };
}
