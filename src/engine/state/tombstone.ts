import type { ClusterState } from './schema.js';

/**
 * Graph delete's ledger effect (docs/contract/approvals.md#tombstone), idempotent: the graph subtree leaves
 * resources and statuses, and the observation becomes a tombstone naming approval and actor.
 */
export function tombstoneGraph(ledger: ClusterState, graphId: string, at: string, approvalId: string | null, actor: string | null): void {
  const subtree = (address: string) => address === `graph.${graphId}` || address === `schema.${graphId}` || address.startsWith(`query.${graphId}.`);
  for (const address of Object.keys(ledger.applied_revision.resources)) if (subtree(address)) delete ledger.applied_revision.resources[address];
  for (const address of Object.keys(ledger.resource_statuses)) if (subtree(address)) delete ledger.resource_statuses[address];
  ledger.observations[`graph.${graphId}`] = { kind: 'tombstone', deleted_at: at, approval_id: approvalId, actor };
}

/** `approval_records[id]` (docs/contract/state.md#records): which operation consumed an approval, and when. */
export function recordApprovalConsumed(ledger: ClusterState, approvalId: string, at: string, operation: string): void {
  ledger.approval_records[approvalId] = { consumed_at: at, consumed_by_operation: operation };
}
