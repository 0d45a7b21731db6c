import { describe, expect, test } from '@jest/globals';
import {
  destructiveChanges,
  destructiveGates,
  holdDestructive,
  withDisposition,
  type ClassifiedChange,
} from '../../../src/engine/plan/index.js';
import type { MigrationPlan } from '../../../src/engine/ports/graph-engine.js';
import { ch, edges } from './fixtures.js';

const applied = (resource: string, op: 'create' | 'update' | 'delete'): ClassifiedChange => withDisposition(ch(resource, op), 'applied');
const dropAge: MigrationPlan = {
  supported: true,
  steps: [{ kind: 'drop_property', type_kind: 'node', type_name: 'Person', property_name: 'age', mode: 'soft' }],
} as MigrationPlan;
const addOnly: MigrationPlan = { supported: true, steps: [] } as unknown as MigrationPlan;

describe('destructive gates (docs/contract/approvals.md#destructive-gates)', () => {
  test('gates a schema update with a drop step and a query delete whose graph stays; nothing else', () => {
    const changes = [applied('schema.g', 'update'), applied('query.g.q', 'delete'), applied('schema.h', 'update'), applied('query.h.r', 'create')];
    const gated = destructiveChanges(changes, new Map([['schema.g', dropAge], ['schema.h', addOnly]]));
    expect([...gated]).toEqual([
      ['schema.g', 'destructive migration: drop property Person.age'],
      ['query.g.q', 'query delete removes a deployed query'],
    ]);
  });

  test('a query delete riding a graph delete, and a change that would not run, are not gated here', () => {
    const changes = [withDisposition(ch('graph.g', 'delete'), 'blocked', 'approval_required'), withDisposition(ch('query.g.q', 'delete'), 'blocked', 'approval_required')];
    expect(destructiveChanges(changes, new Map()).size).toBe(0);
  });

  test('unapproved: the gated change is blocked approval_required and what waits on the schema is held too', () => {
    const changes = [applied('schema.g', 'update'), applied('query.g.q', 'update'), applied('policy.p', 'update')];
    const gated = new Map([['schema.g', 'destructive migration: drop property Person.age']]);
    const held = holdDestructive(changes, gated, new Set(), edges('g'));
    expect(held.map((c) => [c.resource, c.disposition, c.reason])).toEqual([
      ['schema.g', 'blocked', 'approval_required'],
      ['query.g.q', 'blocked', 'dependency_not_applied'],
      ['policy.p', 'blocked', 'dependency_not_applied'],
    ]);
    expect(destructiveGates(gated, new Set())).toEqual([{ resource: 'schema.g', reason: 'destructive migration: drop property Person.age', satisfied: false }]);
  });

  test('approved: everything runs and the gate is satisfied', () => {
    const changes = [applied('schema.g', 'update'), applied('query.g.q', 'delete')];
    const gated = destructiveChanges(changes, new Map([['schema.g', dropAge]]));
    const approved = new Set(['schema.g', 'query.g.q']);
    expect(holdDestructive(changes, gated, approved, edges('g')).every((c) => c.disposition === 'applied')).toBe(true);
    expect(destructiveGates(gated, approved).every((g) => g.satisfied)).toBe(true);
  });
});
