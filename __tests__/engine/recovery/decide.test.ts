import { describe, expect, test } from '@jest/globals';
import { decideRecovery, type RecoveryDecision, type RecoveryObservation } from '../../../src/engine/recovery/decide.js';
import type { Sidecar as RecoverySidecar, SidecarKind as RecoveryKind } from '../../../src/engine/recovery/sidecar-store.js';
import type { RecoveryStatus } from '../../../src/engine/recovery/types.js';
import type { Sidecar } from '../../../src/engine/recovery/sidecar-store.js';

const URI = 'file:///srv/cluster/graphs/g.omni';
const R = 'r'.repeat(64); // recorded schema digest
const D = 'd'.repeat(64); // sidecar desired schema digest
const X = 'x'.repeat(64); // anything else

function sidecar(kind: RecoveryKind): RecoverySidecar {
  return {
    schema_version: 1,
    operation_id: '01JZ0000000000000000000000',
    started_at: '2026-06-10T10:04:19Z',
    actor: 'alice',
    kind,
    graph_id: 'g',
    graph_uri: URI,
    observed_manifest_version: null,
    expected_manifest_version: null,
    desired_schema_digest: kind === 'graph_delete' ? '' : D,
    state_cas_base: null,
    approval_id: kind === 'graph_delete' ? '01JZAPPROVAL00000000000000' : null,
  };
}

const missing: RecoveryObservation = { rootExists: false, graphUri: URI, open: { ok: false, error: `graph root '${URI}' does not exist` } };
const unopenable: RecoveryObservation = { rootExists: true, graphUri: URI, open: { ok: false, error: 'manifest is corrupt' } };
const live = (digest: string): RecoveryObservation => ({ rootExists: true, graphUri: URI, open: { ok: true, liveSchemaDigest: digest } });

const PENDING_STATUS: RecoveryStatus = {
  status: 'drifted',
  condition: 'actual_applied_state_pending',
  message: 'graph state does not match the interrupted operation; run `cluster refresh` and re-plan',
};

/** docs/contract/recovery.md#decision-matrix, one row each: [row, kind, observation, R, graph.<g> in state, expected decision]. */
const matrix: [string, RecoveryKind, RecoveryObservation, string | null, boolean, RecoveryDecision][] = [
  ['1', 'graph_create', missing, null, false, { rowId: '1', outcome: 'nothing_moved', statuses: null, diagnostic: null, sidecar: 'completed' }],
  ['2', 'graph_create', live(R), R, true, { rowId: '2', outcome: 'already_recorded', statuses: null, diagnostic: null, sidecar: 'completed' }],
  [
    '4',
    'graph_create',
    live(D),
    null,
    false,
    {
      rowId: '4',
      outcome: 'roll_forward',
      statuses: { status: 'applied' },
      diagnostic: {
        code: 'cluster_recovery_rolled_forward',
        severity: 'warning',
        path: 'graph.g',
        message: 'an interrupted graph create had completed on the graph; cluster state was rolled forward to match',
      },
      sidecar: 'completed',
    },
  ],
  [
    '6',
    'graph_create',
    live(X),
    R,
    true,
    {
      rowId: '6',
      outcome: 'pending',
      statuses: PENDING_STATUS,
      diagnostic: {
        code: 'cluster_recovery_pending',
        severity: 'warning',
        path: 'graph.g',
        message: 'an interrupted graph create left unexpected graph state; graph-moving work is blocked until repaired',
      },
      sidecar: 'kept',
    },
  ],
  [
    '5',
    'graph_create',
    unopenable,
    null,
    false,
    {
      rowId: '5',
      outcome: 'pending',
      statuses: {
        status: 'error',
        condition: 'graph_create_incomplete',
        message: 'graph root exists but cannot be opened; remove the graph root and re-run `cluster apply`',
      },
      diagnostic: {
        code: 'graph_create_incomplete',
        severity: 'error',
        path: 'graph.g',
        message: `graph root '${URI}' exists but cannot be opened (manifest is corrupt); remove the graph root and re-run \`cluster apply\``,
      },
      sidecar: 'kept',
    },
  ],
  [
    'S-open',
    'schema_apply',
    unopenable,
    R,
    true,
    {
      rowId: 'S-open',
      outcome: 'pending',
      statuses: null,
      diagnostic: {
        code: 'cluster_recovery_pending',
        severity: 'warning',
        path: 'graph.g',
        message: `an interrupted schema apply cannot be verified (graph '${URI}' did not open: manifest is corrupt); graph-moving work is blocked until repaired`,
      },
      sidecar: 'kept',
    },
  ],
  [
    'S-open (root missing)',
    'schema_apply',
    missing,
    R,
    true,
    {
      rowId: 'S-open',
      outcome: 'pending',
      statuses: null,
      diagnostic: {
        code: 'cluster_recovery_pending',
        severity: 'warning',
        path: 'graph.g',
        message: `an interrupted schema apply cannot be verified (graph '${URI}' did not open: graph root '${URI}' does not exist); graph-moving work is blocked until repaired`,
      },
      sidecar: 'kept',
    },
  ],
  ['S-1/2 (never landed)', 'schema_apply', live(R), R, true, { rowId: 'S-1/2', outcome: 'already_recorded', statuses: null, diagnostic: null, sidecar: 'completed' }],
  ['S-1/2 (landed and recorded)', 'schema_apply', live(D), D, true, { rowId: 'S-1/2', outcome: 'already_recorded', statuses: null, diagnostic: null, sidecar: 'completed' }],
  [
    '3',
    'schema_apply',
    live(D),
    R,
    true,
    {
      rowId: '3',
      outcome: 'roll_forward',
      statuses: { status: 'applied' },
      diagnostic: {
        code: 'cluster_recovery_rolled_forward',
        severity: 'warning',
        path: 'graph.g',
        message: 'an interrupted schema apply had completed on the graph; cluster state was rolled forward to match',
      },
      sidecar: 'completed',
    },
  ],
  [
    'S-6',
    'schema_apply',
    live(X),
    R,
    true,
    {
      rowId: 'S-6',
      outcome: 'pending',
      statuses: PENDING_STATUS,
      diagnostic: {
        code: 'cluster_recovery_pending',
        severity: 'warning',
        path: 'graph.g',
        message: 'an interrupted schema apply left unexpected graph state; graph-moving work is blocked until repaired',
      },
      sidecar: 'kept',
    },
  ],
  [
    '8',
    'graph_delete',
    live(R),
    R,
    true,
    {
      rowId: '8',
      outcome: 'retry_delete',
      statuses: null,
      diagnostic: {
        code: 'graph_delete_incomplete',
        severity: 'warning',
        path: 'graph.g',
        message: 'a previous graph delete did not complete; it will be re-proposed by plan and can be retried under its approval',
      },
      sidecar: 'completed',
    },
  ],
  [
    '8 (root exists but does not open)',
    'graph_delete',
    unopenable,
    R,
    true,
    {
      rowId: '8',
      outcome: 'retry_delete',
      statuses: null,
      diagnostic: {
        code: 'graph_delete_incomplete',
        severity: 'warning',
        path: 'graph.g',
        message: 'a previous graph delete did not complete; it will be re-proposed by plan and can be retried under its approval',
      },
      sidecar: 'completed',
    },
  ],
  ['7', 'graph_delete', missing, null, false, { rowId: '7', outcome: 'tombstoned', statuses: null, diagnostic: null, sidecar: 'completed' }],
  [
    '7b',
    'graph_delete',
    missing,
    R,
    true,
    {
      rowId: '7b',
      outcome: 'tombstone',
      statuses: null,
      diagnostic: {
        code: 'cluster_recovery_rolled_forward',
        severity: 'warning',
        path: 'graph.g',
        message: 'an interrupted graph delete had completed on disk; cluster state was rolled forward to match',
      },
      sidecar: 'completed',
    },
  ],
];

describe('decideRecovery (docs/contract/recovery.md#decision-matrix)', () => {
  test.each(matrix)('row %s (%s)', (_row, kind, observation, recorded, graphInState, expected) => {
    expect(decideRecovery(sidecar(kind), observation, { recordedSchemaDigest: recorded, graphInState })).toEqual(expected);
  });

  test('row 2 wins over row 4 when the ledger already records the desired digest', () => {
    expect(decideRecovery(sidecar('graph_create'), live(D), { recordedSchemaDigest: D, graphInState: true }).rowId).toBe('2');
  });

  test('row 4 rolls forward even when state has no schema entry yet', () => {
    expect(decideRecovery(sidecar('graph_create'), live(D), { recordedSchemaDigest: null, graphInState: false }).rowId).toBe('4');
  });

  test('the parsed sidecar file type fits the decision input', () => {
    const parsed: Sidecar = { ...sidecar('schema_apply') };
    expect(decideRecovery(parsed, live(D), { recordedSchemaDigest: R, graphInState: true }).rowId).toBe('3');
  });

  test('every kept sidecar is a pending outcome and every completed one is not', () => {
    for (const [, kind, observation, recorded, graphInState] of matrix) {
      const d = decideRecovery(sidecar(kind), observation, { recordedSchemaDigest: recorded, graphInState });
      expect(d.sidecar === 'kept').toBe(d.outcome === 'pending');
    }
  });
});
