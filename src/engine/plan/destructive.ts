import { parseAddress } from './address.js';
import { withDisposition } from './change.js';
import { demote } from './demote.js';
import type { MigrationPlan } from '../ports/graph-engine.js';
import { DESTRUCTIVE_MIGRATION_PREFIX, DESTRUCTIVE_QUERY_REASON, type Address, type ApprovalGate, type Change, type Dependency } from '../model/change.js';

/**
 * Optional gates on destructive steps (`--gate-destructive`, action input `gate-destructive`;
 * docs/contract/approvals.md#destructive-gates), a deliberate extension of the reference, which
 * gates graph deletes only. With the gate on, a schema update whose migration drops a type or a
 * property, and a query delete whose graph stays, need an approval bound to the plan exactly as a
 * graph delete does. Pure: the migration previews come in, reasons and classifications come out.
 */

/** Address → why the gate holds it, in change order. Only changes that would run are gated. */
export function destructiveChanges(changes: readonly Change[], previews: ReadonlyMap<string, MigrationPlan>): Map<Address, string> {
  const deletedGraphs = new Set<string>();
  for (const change of changes) {
    const parsed = parseAddress(change.resource);
    if (parsed.kind === 'graph' && change.operation === 'delete') deletedGraphs.add(parsed.graph);
  }
  const gated = new Map<Address, string>();
  for (const change of changes) {
    if (change.disposition !== 'applied') continue;
    const parsed = parseAddress(change.resource);
    if (parsed.kind === 'query' && change.operation === 'delete' && !deletedGraphs.has(parsed.graph)) {
      gated.set(change.resource, DESTRUCTIVE_QUERY_REASON);
    }
    if (parsed.kind === 'schema' && change.operation === 'update') {
      const drops = (previews.get(change.resource)?.steps ?? []).flatMap((s) => {
        if (s.kind === 'drop_type') return [`drop ${s.type_kind} type ${s.name}`];
        if (s.kind === 'drop_property') return [`drop property ${s.type_name}.${s.property_name}`];
        return [];
      });
      if (drops.length > 0) gated.set(change.resource, `${DESTRUCTIVE_MIGRATION_PREFIX}${drops.join(', ')}`);
    }
  }
  return gated;
}

/**
 * Holds every gated change that no approval covers: `blocked` / `approval_required`. What waits
 * on a held schema update (the graph's query creates and updates, policies bound to it) is
 * `blocked` / `dependency_not_applied`, as after any schema that did not move.
 */
export function holdDestructive<C extends Change>(
  changes: readonly C[],
  gated: ReadonlyMap<Address, string>,
  approved: ReadonlySet<Address>,
  dependencies: readonly Dependency[],
): C[] {
  const held = new Map<string, 'destructive_gate'>();
  for (const [resource] of gated) {
    const parsed = parseAddress(resource);
    if (parsed.kind === 'schema' && !approved.has(resource)) held.set(parsed.graph, 'destructive_gate');
  }
  // Gated changes first, so a query delete under a held schema still says it needs an approval.
  const gatedHeld = changes.map((c) => (c.disposition === 'applied' && gated.has(c.resource) && !approved.has(c.resource) ? withDisposition(c, 'blocked', 'approval_required') : c));
  return demote(gatedHeld, held, dependencies);
}

/** The destructive gates, after the delete gates (their order within each kind is change order). */
export function destructiveGates(gated: ReadonlyMap<Address, string>, approved: ReadonlySet<Address>): ApprovalGate[] {
  return [...gated].map(([resource, reason]) => ({ resource, reason, satisfied: approved.has(resource) }));
}
