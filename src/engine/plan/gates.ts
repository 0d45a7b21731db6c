import { APPROVAL_REASON } from '../model/change.js';
import { parseAddress } from './address.js';
import type { Address, ApprovalGate, BlastRadius, Change, Dependency } from '../model/change.js';

/**
 * `blast_radius` (docs/contract/classifier.md#blast-radius): per change, in change order, the resources that depend on it (the
 * `from` of every edge pointing at it, in dependency order). Changes nothing depends on are left
 * out. One pass over the edges, so it stays linear at 10k resources.
 */
export function blastRadius(changes: readonly Change[], dependencies: readonly Dependency[]): BlastRadius[] {
  const dependents = new Map<Address, Address[]>();
  for (const edge of dependencies) {
    const list = dependents.get(edge.to);
    if (list) list.push(edge.from);
    else dependents.set(edge.to, [edge.from]);
  }
  const out: BlastRadius[] = [];
  for (const change of changes) {
    const affected = dependents.get(change.resource);
    if (affected) out.push({ resource: change.resource, affected: [...affected] });
  }
  return out;
}

/**
 * `approvals_required` (docs/contract/classifier.md#approval-gates: one gate per deleted subtree — every `graph.*` delete, and a
 * `schema.<g>` delete only when `graph.<g>` is not deleted too (the graph's gate covers it then).
 * Gates are in change order; `satisfied` says whether a valid approval covers the gated address.
 */
export function approvalGates(changes: readonly Change[], approved: ReadonlySet<Address>): ApprovalGate[] {
  const deletedGraphs = new Set<string>();
  for (const change of changes) {
    const parsed = parseAddress(change.resource);
    if (parsed.kind === 'graph' && change.operation === 'delete') deletedGraphs.add(parsed.graph);
  }
  const gates: ApprovalGate[] = [];
  for (const change of changes) {
    if (change.operation !== 'delete') continue;
    const parsed = parseAddress(change.resource);
    const gated = parsed.kind === 'graph' || (parsed.kind === 'schema' && !deletedGraphs.has(parsed.graph));
    if (gated) gates.push({ resource: change.resource, reason: APPROVAL_REASON, satisfied: approved.has(change.resource) });
  }
  return gates;
}

/**
 * Apply's defensive check (docs/contract/classifier.md#approval-gates): an `applied` change with an unsatisfied gate of its own means
 * the classifier let an unapproved delete through, so apply must stop before any graph work.
 */
export function approvalInvariantViolated(changes: readonly Change[], gates: readonly ApprovalGate[]): boolean {
  const unsatisfied = new Set(gates.filter((g) => !g.satisfied).map((g) => g.resource));
  return changes.some((c) => c.disposition === 'applied' && unsatisfied.has(c.resource));
}
