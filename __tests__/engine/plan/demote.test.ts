import { describe, expect, test } from '@jest/globals';
import {
  demote,
  withDisposition,
  type ClassifiedChange,
  type Disposition,
  type GraphFailureOrigin,
  type ReasonCode,
} from '../../../src/engine/plan/index.js';
import { ch, edges } from './fixtures.js';

const applied = (resource: string, op: 'create' | 'update' | 'delete'): ClassifiedChange => withDisposition(ch(resource, op), 'applied');

/** docs/contract/classifier.md#demotion, HEAD column: change × origin of the failure → reason. */
const table: [string, ClassifiedChange, GraphFailureOrigin, ReasonCode][] = [
  ['graph.<g> | create', applied('graph.g', 'create'), 'create', 'graph_create_failed'],
  ['graph.<g> | delete', applied('graph.g', 'delete'), 'delete', 'graph_delete_failed'],
  ['graph.<g> | schema apply', applied('graph.g', 'create'), 'schema_apply', 'dependency_not_applied'],
  ['schema.<g> | schema apply', applied('schema.g', 'update'), 'schema_apply', 'schema_apply_failed'],
  ['schema.<g> | create', applied('schema.g', 'create'), 'create', 'dependency_not_applied'],
  ['schema.<g> | delete', applied('schema.g', 'delete'), 'delete', 'dependency_not_applied'],
  ['query.<g>.* | create', applied('query.g.q', 'create'), 'create', 'dependency_not_applied'],
  ['query.<g>.* | schema apply', applied('query.g.q', 'update'), 'schema_apply', 'dependency_not_applied'],
  ['query.<g>.* | delete', applied('query.g.q', 'delete'), 'delete', 'dependency_not_applied'],
  ['policy.* with an edge to graph.<g> | create', applied('policy.p', 'update'), 'create', 'dependency_not_applied'],
  ['policy.* with an edge to graph.<g> | schema apply', applied('policy.p', 'create'), 'schema_apply', 'dependency_not_applied'],
  ['policy.* with an edge to graph.<g> | delete', applied('policy.p', 'update'), 'delete', 'dependency_not_applied'],
  // Ours: plan and apply block an unsupported migration before it runs.
  ['schema.<g> | migration unsupported', applied('schema.g', 'update'), 'migration_unsupported', 'migration_unsupported'],
  ['graph.<g> | migration unsupported', applied('graph.g', 'update'), 'migration_unsupported', 'dependency_not_applied'],
  ['query.<g>.* | migration unsupported', applied('query.g.q', 'update'), 'migration_unsupported', 'dependency_not_applied'],
  ['policy.* with an edge to graph.<g> | migration unsupported', applied('policy.p', 'update'), 'migration_unsupported', 'dependency_not_applied'],
];

describe('demote (docs/contract/classifier.md#demotion)', () => {
  test.each(table)('%s → %s', (_row, change, origin, reason) => {
    const [out] = demote([change], new Map([['g', origin]]), edges('g'));
    expect(out).toEqual({ ...change, disposition: 'blocked', reason });
  });

  test.each<[string, ClassifiedChange]>([
    ['derived graph update', withDisposition(ch('graph.g', 'update'), 'derived')],
    ['deferred schema delete', withDisposition(ch('schema.g', 'delete'), 'deferred', 'apply_unsupported_kind')],
    ['already blocked keeps its reason', withDisposition(ch('query.g.q', 'create'), 'blocked', 'cluster_recovery_pending')],
    ['applied change of another graph', applied('query.h.q', 'create')],
    ['applied policy without an edge to the failed graph', applied('policy.cluster_rules', 'update')],
    ['applied provider', applied('provider.embedding.e', 'update')],
  ])('untouched: %s', (_name, change) => {
    const [out] = demote([change], new Map<string, GraphFailureOrigin>([['g', 'create']]), edges('g'));
    expect(out).toBe(change);
  });

  test('idempotent and order-preserving, so apply can run it twice', () => {
    const changes = [applied('graph.g', 'create'), applied('query.g.q', 'create'), applied('schema.g', 'create'), applied('graph.h', 'delete')];
    const once = demote(changes, new Map([['g', 'create']]), edges('g'));
    const twice = demote(once, new Map<string, GraphFailureOrigin>([['g', 'create'], ['h', 'delete']]), edges('g'));
    const summary = (cs: ClassifiedChange[]): [string, Disposition, string | null][] => cs.map((c) => [c.resource, c.disposition, c.reason ?? null]);
    expect(summary(once)).toEqual([
      ['graph.g', 'blocked', 'graph_create_failed'],
      ['query.g.q', 'blocked', 'dependency_not_applied'],
      ['schema.g', 'blocked', 'dependency_not_applied'],
      ['graph.h', 'applied', null],
    ]);
    expect(summary(twice)).toEqual([...summary(once).slice(0, 3), ['graph.h', 'blocked', 'graph_delete_failed']]);
    expect(Object.keys(twice[3] ?? {})).toEqual(['resource', 'operation', 'before_digest', 'disposition', 'reason']);
  });

  test('no failures: a copy of the list, nothing demoted', () => {
    const changes = [applied('graph.g', 'create')];
    expect(demote(changes, new Map(), edges('g'))).toEqual(changes);
  });
});
