import { parseAddress } from './address.js';
import { withDisposition } from './change.js';
import type { Address, Change, Dependency, GraphFailureOrigin, ReasonCode } from '../model/change.js';

/**
 * "Loud partials" (docs/contract/classifier.md#demotion: after a graph-moving operation failed, every change that is still
 * `applied` and belongs to (or is bound to) a failed graph becomes `blocked`, with a reason that
 * names the failed operation. Everything else, `derived` included, is returned unchanged.
 * Idempotent, so apply can run it after creates/schema applies and again after deletes.
 */
export function demote<C extends Change>(
  changes: readonly C[],
  failures: ReadonlyMap<string, GraphFailureOrigin>,
  dependencies: readonly Dependency[],
): C[] {
  if (failures.size === 0) return [...changes];
  const policiesOnFailedGraphs = new Set<Address>();
  for (const edge of dependencies) {
    const from = parseAddress(edge.from);
    const to = parseAddress(edge.to);
    if (from.kind === 'policy' && to.kind === 'graph' && failures.has(to.graph)) policiesOnFailedGraphs.add(edge.from);
  }
  return changes.map((change) => {
    if (change.disposition !== 'applied') return change;
    const reason = demotionReason(change, failures, policiesOnFailedGraphs);
    return reason ? withDisposition(change, 'blocked', reason) : change;
  });
}

function demotionReason(
  change: Change,
  failures: ReadonlyMap<string, GraphFailureOrigin>,
  policiesOnFailedGraphs: ReadonlySet<Address>,
): ReasonCode | null {
  const parsed = parseAddress(change.resource);
  switch (parsed.kind) {
    case 'graph': {
      const origin = failures.get(parsed.graph);
      if (origin === 'create') return 'graph_create_failed';
      if (origin === 'delete') return 'graph_delete_failed';
      return origin === 'schema_apply' || origin === 'migration_unsupported' || origin === 'destructive_gate' ? 'dependency_not_applied' : null;
    }
    case 'schema': {
      const origin = failures.get(parsed.graph);
      if (origin === undefined) return null;
      if (origin === 'migration_unsupported') return 'migration_unsupported';
      if (origin === 'destructive_gate') return 'approval_required';
      return origin === 'schema_apply' ? 'schema_apply_failed' : 'dependency_not_applied';
    }
    case 'query':
      return failures.has(parsed.graph) ? 'dependency_not_applied' : null;
    case 'policy':
      return policiesOnFailedGraphs.has(change.resource) ? 'dependency_not_applied' : null;
    case 'embedding_provider':
    case 'unknown':
      return null;
  }
}
