import { describe, expect, test } from '@jest/globals';
import {
  approvalGates,
  approvalInvariantViolated,
  classify,
  type Change,
  type Disposition,
  type ReasonCode,
} from '../../../src/engine/plan/index.js';
import { ch, edges } from './fixtures.js';

interface Row {
  /** the docs/contract/classifier.md#classification row (rows the early reference already had included) */
  readonly row: string;
  readonly changes: Change[];
  readonly pending?: string[];
  readonly approved?: string[];
  readonly target: string;
  readonly disposition: Disposition;
  readonly reason?: ReasonCode;
}

const rows: Row[] = [
  // schema
  { row: 'schema create | graph create in plan, not pending', changes: [ch('graph.g', 'create'), ch('schema.g', 'create')], target: 'schema.g', disposition: 'applied' },
  { row: 'schema create | graph create in plan, pending', changes: [ch('graph.g', 'create'), ch('schema.g', 'create')], pending: ['g'], target: 'schema.g', disposition: 'blocked', reason: 'cluster_recovery_pending' },
  { row: 'schema create | standalone (quirk C6)', changes: [ch('schema.g', 'create')], target: 'schema.g', disposition: 'blocked', reason: 'cluster_recovery_pending' },
  { row: 'schema update | not pending', changes: [ch('schema.g', 'update')], target: 'schema.g', disposition: 'applied' },
  { row: 'schema update | pending', changes: [ch('schema.g', 'update')], pending: ['g'], target: 'schema.g', disposition: 'blocked', reason: 'cluster_recovery_pending' },
  { row: 'schema delete | graph deleted, rides approved delete', changes: [ch('graph.g', 'delete'), ch('schema.g', 'delete')], approved: ['graph.g'], target: 'schema.g', disposition: 'applied' },
  { row: 'schema delete | graph deleted, pending', changes: [ch('graph.g', 'delete'), ch('schema.g', 'delete')], approved: ['graph.g'], pending: ['g'], target: 'schema.g', disposition: 'blocked', reason: 'cluster_recovery_pending' },
  { row: 'schema delete | graph deleted, not approved', changes: [ch('graph.g', 'delete'), ch('schema.g', 'delete')], target: 'schema.g', disposition: 'blocked', reason: 'approval_required' },
  { row: 'schema delete | schema approval does not carry a graph delete', changes: [ch('graph.g', 'delete'), ch('schema.g', 'delete')], approved: ['schema.g'], target: 'schema.g', disposition: 'blocked', reason: 'approval_required' },
  { row: 'schema delete | graph not deleted', changes: [ch('schema.g', 'delete')], approved: ['schema.g'], target: 'schema.g', disposition: 'deferred', reason: 'apply_unsupported_kind' },
  { row: 'schema delete | graph not deleted, pending (docs/contract/recovery.md#pending-graphs)', changes: [ch('schema.g', 'delete')], pending: ['g'], target: 'schema.g', disposition: 'deferred', reason: 'apply_unsupported_kind' },
  // graph
  { row: 'graph create | pending', changes: [ch('graph.g', 'create'), ch('schema.g', 'create')], pending: ['g'], target: 'graph.g', disposition: 'blocked', reason: 'cluster_recovery_pending' },
  { row: 'graph create | else', changes: [ch('graph.g', 'create'), ch('schema.g', 'create')], target: 'graph.g', disposition: 'applied' },
  { row: 'graph update | schema not pending', changes: [ch('graph.g', 'update'), ch('query.g.q', 'create')], target: 'graph.g', disposition: 'derived' },
  { row: 'graph update | schema update does not pend at HEAD', changes: [ch('graph.g', 'update'), ch('schema.g', 'update')], target: 'graph.g', disposition: 'derived' },
  { row: 'graph update | graph pending (not listed in docs/contract/recovery.md#pending-graphs)', changes: [ch('graph.g', 'update'), ch('schema.g', 'update')], pending: ['g'], target: 'graph.g', disposition: 'derived' },
  { row: 'graph update | schema pending (schema delete)', changes: [ch('graph.g', 'update'), ch('schema.g', 'delete')], target: 'graph.g', disposition: 'deferred', reason: 'apply_unsupported_kind' },
  { row: 'graph update | schema pending (standalone schema create)', changes: [ch('graph.g', 'update'), ch('schema.g', 'create')], target: 'graph.g', disposition: 'deferred', reason: 'apply_unsupported_kind' },
  { row: 'graph delete | pending, even approved', changes: [ch('graph.g', 'delete'), ch('schema.g', 'delete')], approved: ['graph.g'], pending: ['g'], target: 'graph.g', disposition: 'blocked', reason: 'cluster_recovery_pending' },
  { row: 'graph delete | rides (approved)', changes: [ch('graph.g', 'delete'), ch('schema.g', 'delete')], approved: ['graph.g'], target: 'graph.g', disposition: 'applied' },
  { row: 'graph delete | not approved', changes: [ch('graph.g', 'delete'), ch('schema.g', 'delete')], target: 'graph.g', disposition: 'blocked', reason: 'approval_required' },
  // query
  { row: 'query delete | rides', changes: [ch('graph.g', 'delete'), ch('query.g.q', 'delete'), ch('schema.g', 'delete')], approved: ['graph.g'], target: 'query.g.q', disposition: 'applied' },
  { row: 'query delete | graph being deleted, not approved', changes: [ch('graph.g', 'delete'), ch('query.g.q', 'delete'), ch('schema.g', 'delete')], target: 'query.g.q', disposition: 'blocked', reason: 'approval_required' },
  { row: 'query delete | graph being deleted, approved but pending (docs/contract/recovery.md#pending-graphs)', changes: [ch('graph.g', 'delete'), ch('query.g.q', 'delete'), ch('schema.g', 'delete')], approved: ['graph.g'], pending: ['g'], target: 'query.g.q', disposition: 'blocked', reason: 'approval_required' },
  { row: 'query delete | else', changes: [ch('graph.g', 'update'), ch('query.g.q', 'delete')], pending: ['g'], target: 'query.g.q', disposition: 'applied' },
  { row: 'query create/update | graph pending', changes: [ch('graph.g', 'update'), ch('query.g.q', 'create')], pending: ['g'], target: 'query.g.q', disposition: 'blocked', reason: 'cluster_recovery_pending' },
  { row: 'query create/update | graph in schema_pending', changes: [ch('graph.g', 'update'), ch('query.g.q', 'update'), ch('schema.g', 'delete')], target: 'query.g.q', disposition: 'blocked', reason: 'dependency_not_applied' },
  { row: 'query create/update | standalone schema create pends the graph', changes: [ch('query.g.q', 'create'), ch('schema.g', 'create')], target: 'query.g.q', disposition: 'blocked', reason: 'dependency_not_applied' },
  { row: 'query create/update | graph created in same plan', changes: [ch('graph.g', 'create'), ch('query.g.q', 'create'), ch('schema.g', 'create')], target: 'query.g.q', disposition: 'applied' },
  { row: 'query create/update | schema update in same plan (HEAD)', changes: [ch('graph.g', 'update'), ch('query.g.q', 'update'), ch('schema.g', 'update')], target: 'query.g.q', disposition: 'applied' },
  // policy
  { row: 'policy delete', changes: [ch('policy.p', 'delete')], pending: ['g'], target: 'policy.p', disposition: 'applied' },
  { row: 'policy create/update | edge to a pending graph', changes: [ch('policy.p', 'update')], pending: ['g'], target: 'policy.p', disposition: 'blocked', reason: 'cluster_recovery_pending' },
  { row: 'policy create/update | else, even if the schema is pending', changes: [ch('policy.p', 'create'), ch('schema.g', 'delete')], target: 'policy.p', disposition: 'applied' },
  {
    row: 'policy binding-only update',
    changes: [{ resource: 'policy.p', operation: 'update', before_digest: 'd', after_digest: 'd', binding_change: true, metadata_change: 'policy_bindings' }],
    target: 'policy.p',
    disposition: 'applied',
  },
  // providers and unknowns
  { row: 'provider.embedding.* create', changes: [ch('provider.embedding.e', 'create')], pending: ['g'], target: 'provider.embedding.e', disposition: 'applied' },
  { row: 'provider.embedding.* update', changes: [ch('provider.embedding.e', 'update')], target: 'provider.embedding.e', disposition: 'applied' },
  { row: 'provider.embedding.* delete', changes: [ch('provider.embedding.e', 'delete')], target: 'provider.embedding.e', disposition: 'applied' },
  { row: 'unknown address', changes: [ch('stream.g', 'create')], target: 'stream.g', disposition: 'deferred', reason: 'apply_unsupported_kind' },
  { row: 'unknown: query address without a name', changes: [ch('query.g', 'delete')], target: 'query.g', disposition: 'deferred', reason: 'apply_unsupported_kind' },
];

function run(r: Row) {
  return classify(r.changes, { dependencies: edges('g'), pendingGraphs: new Set(r.pending ?? []), approved: new Set(r.approved ?? []) });
}

describe('classify (docs/contract/classifier.md#classification)', () => {
  test.each(rows)('$row', (r) => {
    const target = run(r).find((c) => c.resource === r.target);
    expect(target?.disposition).toBe(r.disposition);
    expect(target?.reason).toBe(r.reason);
    // no reason means the key is absent, not undefined (omitted in JSON)
    if (r.reason === undefined) expect(target && 'reason' in target).toBe(false);
  });

  test.each(rows)('never violates the approval invariant: $row', (r) => {
    const classified = run(r);
    expect(approvalInvariantViolated(classified, approvalGates(classified, new Set(r.approved ?? [])))).toBe(false);
  });

  test('keeps order, builds docs/contract/classifier.md#change-record field order and never mutates its input', () => {
    const input: Change[] = [
      { resource: 'policy.p', operation: 'update', before_digest: 'd', after_digest: 'd', binding_change: true, metadata_change: 'policy_bindings' },
      ch('query.g.q', 'create'),
      ch('graph.g', 'delete'),
    ];
    const snapshot = structuredClone(input);
    const out = classify(input, { dependencies: edges('g'), pendingGraphs: new Set(), approved: new Set() });
    expect(input).toEqual(snapshot);
    expect(out.map((c) => c.resource)).toEqual(['policy.p', 'query.g.q', 'graph.g']);
    expect(Object.keys(out[0] ?? {})).toEqual(['resource', 'operation', 'before_digest', 'after_digest', 'disposition', 'binding_change', 'metadata_change']);
    expect(Object.keys(out[2] ?? {})).toEqual(['resource', 'operation', 'before_digest', 'disposition', 'reason']);
  });

  test('a policy bound only to another graph is not blocked by a pending graph', () => {
    const out = classify([ch('policy.p', 'update'), ch('policy.other', 'update')], {
      dependencies: [...edges('g'), { from: 'policy.other', to: 'graph.h' }],
      pendingGraphs: new Set(['h']),
      approved: new Set(),
    });
    expect(out.map((c) => [c.resource, c.disposition, c.reason ?? null])).toEqual([
      ['policy.p', 'applied', null],
      ['policy.other', 'blocked', 'cluster_recovery_pending'],
    ]);
  });
});
