import { parseAddress } from './address.js';
import { withDisposition } from './change.js';
import type { Address, Change, ClassifiedChange, Dependency, Disposition, ReasonCode } from '../model/change.js';

export interface ClassifyContext {
  readonly dependencies: readonly Dependency[];
  /** Graphs whose recovery sidecar the sweep kept (docs/contract/recovery.md#pending-graphs); plan passes an empty set. */
  readonly pendingGraphs: ReadonlySet<string>;
  /** Addresses covered by a valid approval artifact (docs/contract/approvals.md#binding). */
  readonly approved: ReadonlySet<Address>;
}

type Verdict = readonly [Disposition, ReasonCode?];

const APPLIED: Verdict = ['applied'];
const DERIVED: Verdict = ['derived'];
const UNSUPPORTED: Verdict = ['deferred', 'apply_unsupported_kind'];
const RECOVERY_PENDING: Verdict = ['blocked', 'cluster_recovery_pending'];
const APPROVAL_REQUIRED: Verdict = ['blocked', 'approval_required'];
const DEPENDENCY: Verdict = ['blocked', 'dependency_not_applied'];

/** Facts about the whole change list that single-change rules depend on (docs/contract/classifier.md#pre-pass). */
interface PrePass {
  readonly graphCreates: ReadonlySet<string>;
  readonly graphDeletes: ReadonlySet<string>;
  readonly schemaPending: ReadonlySet<string>;
  readonly pending: ReadonlySet<string>;
  readonly approved: ReadonlySet<Address>;
  /** Policies with a dependency edge to a pending graph. */
  readonly policiesOnPendingGraphs: ReadonlySet<Address>;
}

/**
 * The HEAD classifier (docs/contract/classifier.md#classification): gives every change its disposition and reason. Pure and
 * order-preserving; returns new change objects.
 */
export function classify(changes: readonly Change[], context: ClassifyContext): ClassifiedChange[] {
  const facts = prePass(changes, context);
  return changes.map((change) => {
    const [disposition, reason] = verdict(change, facts);
    return withDisposition(change, disposition, reason);
  });
}

function prePass(changes: readonly Change[], context: ClassifyContext): PrePass {
  const graphCreates = new Set<string>();
  const graphDeletes = new Set<string>();
  const schemaCreates: string[] = [];
  const schemaPending = new Set<string>();
  for (const change of changes) {
    const parsed = parseAddress(change.resource);
    if (parsed.kind === 'graph' && change.operation === 'create') graphCreates.add(parsed.graph);
    if (parsed.kind === 'graph' && change.operation === 'delete') graphDeletes.add(parsed.graph);
    if (parsed.kind === 'schema' && change.operation === 'create') schemaCreates.push(parsed.graph);
    // HEAD: schema updates execute, so only deletes (and standalone creates, below) leave a graph's schema pending.
    if (parsed.kind === 'schema' && change.operation === 'delete') schemaPending.add(parsed.graph);
  }
  for (const graph of schemaCreates) if (!graphCreates.has(graph)) schemaPending.add(graph);
  const policiesOnPendingGraphs = new Set<Address>();
  // Without a pending graph no edge qualifies: the common case skips parsing every edge's ends.
  if (context.pendingGraphs.size > 0) {
    for (const edge of context.dependencies) {
      const from = parseAddress(edge.from);
      const to = parseAddress(edge.to);
      if (from.kind === 'policy' && to.kind === 'graph' && context.pendingGraphs.has(to.graph)) policiesOnPendingGraphs.add(edge.from);
    }
  }
  return { graphCreates, graphDeletes, schemaPending, pending: context.pendingGraphs, approved: context.approved, policiesOnPendingGraphs };
}

/** A graph delete carries its subtree only when approved and not quarantined by a kept sidecar. */
function ridesApprovedDelete(graph: string, facts: PrePass): boolean {
  return facts.graphDeletes.has(graph) && facts.approved.has(`graph.${graph}`) && !facts.pending.has(graph);
}

function verdict(change: Change, facts: PrePass): Verdict {
  const parsed = parseAddress(change.resource);
  const op = change.operation;
  switch (parsed.kind) {
    case 'schema': {
      const g = parsed.graph;
      if (op === 'delete') {
        if (!facts.graphDeletes.has(g)) return UNSUPPORTED;
        if (ridesApprovedDelete(g, facts)) return APPLIED;
        return facts.pending.has(g) ? RECOVERY_PENDING : APPROVAL_REQUIRED;
      }
      if (facts.pending.has(g)) return RECOVERY_PENDING;
      if (op === 'update') return APPLIED;
      // Quirk C6: a standalone schema create reports recovery-pending even without a sidecar.
      return facts.graphCreates.has(g) ? APPLIED : RECOVERY_PENDING;
    }
    case 'graph': {
      const g = parsed.graph;
      if (op === 'update') return facts.schemaPending.has(g) ? UNSUPPORTED : DERIVED;
      if (facts.pending.has(g)) return RECOVERY_PENDING;
      if (op === 'create') return APPLIED;
      return ridesApprovedDelete(g, facts) ? APPLIED : APPROVAL_REQUIRED;
    }
    case 'query': {
      const g = parsed.graph;
      if (op === 'delete') {
        if (ridesApprovedDelete(g, facts)) return APPLIED;
        return facts.graphDeletes.has(g) ? APPROVAL_REQUIRED : APPLIED;
      }
      if (facts.pending.has(g)) return RECOVERY_PENDING;
      if (facts.schemaPending.has(g)) return DEPENDENCY;
      return APPLIED;
    }
    case 'policy':
      if (op === 'delete') return APPLIED;
      return facts.policiesOnPendingGraphs.has(change.resource) ? RECOVERY_PENDING : APPLIED;
    case 'embedding_provider':
      return APPLIED;
    case 'unknown':
      return UNSUPPORTED;
  }
}
