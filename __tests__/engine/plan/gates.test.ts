import { describe, expect, test } from '@jest/globals';
import { approvalGates, approvalInvariantViolated, blastRadius, withDisposition } from '../../../src/engine/plan/index.js';
import { ch } from './fixtures.js';

const REASON = 'delete may remove deployed graph or schema definition';

/** The example cluster of docs/contract/classifier.md#approval-gates, edges sorted as validate emits them. */
const dependencies = [
  { from: 'policy.base', to: 'graph.knowledge' },
  { from: 'query.knowledge.find_person', to: 'graph.knowledge' },
  { from: 'query.knowledge.find_person', to: 'schema.knowledge' },
  { from: 'schema.knowledge', to: 'graph.knowledge' },
];

describe('blastRadius (docs/contract/classifier.md#blast-radius)', () => {
  test('graph change: every dependent, in dependency order', () => {
    expect(blastRadius([ch('graph.knowledge', 'update')], dependencies)).toEqual([
      { resource: 'graph.knowledge', affected: ['policy.base', 'query.knowledge.find_person', 'schema.knowledge'] },
    ]);
  });

  test('schema change: the queries of the graph', () => {
    expect(blastRadius([ch('schema.knowledge', 'update')], dependencies)).toEqual([
      { resource: 'schema.knowledge', affected: ['query.knowledge.find_person'] },
    ]);
  });

  test('in change order; changes with no dependents are omitted', () => {
    const out = blastRadius(
      [ch('graph.knowledge', 'update'), ch('policy.base', 'update'), ch('query.knowledge.find_person', 'update'), ch('schema.knowledge', 'update')],
      dependencies,
    );
    expect(out.map((e) => e.resource)).toEqual(['graph.knowledge', 'schema.knowledge']);
  });
});

describe('approvalGates (docs/contract/classifier.md#approval-gates)', () => {
  test.each([
    ['graph delete with its schema: one gate for the subtree', [ch('graph.g', 'delete'), ch('query.g.q', 'delete'), ch('schema.g', 'delete')], [], [{ resource: 'graph.g', reason: REASON, satisfied: false }]],
    ['schema delete alone: gated', [ch('schema.g', 'delete')], [], [{ resource: 'schema.g', reason: REASON, satisfied: false }]],
    ['satisfied when approved', [ch('graph.g', 'delete'), ch('schema.g', 'delete')], ['graph.g'], [{ resource: 'graph.g', reason: REASON, satisfied: true }]],
    ['creates, updates and query/policy deletes need no approval', [ch('graph.g', 'create'), ch('schema.h', 'update'), ch('query.h.q', 'delete'), ch('policy.p', 'delete')], [], []],
    [
      'one gate per graph, in change order',
      [ch('graph.a', 'delete'), ch('graph.b', 'delete'), ch('schema.a', 'delete'), ch('schema.c', 'delete')],
      ['schema.c'],
      [
        { resource: 'graph.a', reason: REASON, satisfied: false },
        { resource: 'graph.b', reason: REASON, satisfied: false },
        { resource: 'schema.c', reason: REASON, satisfied: true },
      ],
    ],
  ])('%s', (_name, changes, approved, expected) => {
    const gates = approvalGates(changes, new Set(approved));
    expect(gates).toEqual(expected);
    for (const gate of gates) expect(Object.keys(gate)).toEqual(['resource', 'reason', 'satisfied']);
  });
});

describe('approvalInvariantViolated (docs/contract/classifier.md#approval-gates)', () => {
  const del = ch('graph.g', 'delete');
  test.each([
    ['applied gated change without approval', withDisposition(del, 'applied'), false, true],
    ['applied gated change with approval', withDisposition(del, 'applied'), true, false],
    ['blocked gated change without approval', withDisposition(del, 'blocked', 'approval_required'), false, false],
  ])('%s', (_name, change, approved, violated) => {
    const gates = approvalGates([change], new Set(approved ? ['graph.g'] : []));
    expect(approvalInvariantViolated([change], gates)).toBe(violated);
  });
});
