import { describe, expect, it } from '@jest/globals';
import { sha256hex } from '../../src/base/hash.js';
import { F64, type JsonValue } from '../../src/base/json.js';
import type { PlanChange, PlanOutput } from '../../src/engine/model/outputs.js';
import type { MigrationStep } from '../../src/engine/ports/graph-engine.js';
import { canonicalJson, canonicalPlanJson, planFingerprint, reviewedPlan } from '../../src/render/pr/review.js';
import { ADD_BIO, DROP_AGE, SIX_STEPS, create, plan, remove, reviewPlan28, update } from './fixtures.js';

/** A constraint whose bounds the reference prints as f64 (`1.0`, `2.5`): only the general writer can. */
const RANGE: MigrationStep = {
  kind: 'add_constraint',
  type_kind: 'node',
  type_name: 'Person',
  constraint: { Range: { property: 'age', min: { Float: new F64(1) }, max: { Float: new F64(2.5) }, huge: new F64(1e21), neg: new F64(-0) } },
};

const general = (p: PlanOutput): string => canonicalJson(reviewedPlan(p) as unknown as JsonValue);

const plans: [string, PlanOutput][] = [
  ['no changes', plan([], { desired_revision: {} })],
  ['without floats', reviewPlan28()],
  ['with f64 values in a migration', plan([update('schema.g', { migration: { supported: false, steps: [RANGE, ADD_BIO] } }), create('graph.g')])],
  [
    'with every optional field, approvals and hostile names',
    plan(
      [
        update('schema.名前', { migration: { supported: true, steps: SIX_STEPS }, binding_change: true, metadata_change: 'policy_bindings' }),
        remove('graph.a-->"b"\\\u2028\u0000😀', { disposition: 'blocked', reason: 'approval_required' }),
        create('query.g.q', { disposition: undefined }),
        update('graph.z', { migration: { supported: true, steps: [DROP_AGE] }, metadata_change: 'embedding_profile' }),
      ],
      {
        approvals_required: [
          { resource: 'graph.a-->"b"\\\u2028\u0000😀', reason: 'delete may remove "it"', satisfied: false },
          { resource: 'graph.z', reason: 'destructive', satisfied: true },
        ],
      },
    ),
  ],
];

describe('canonicalPlanJson', () => {
  it.each(plans)('%s: byte-identical to canonical compact JSON of the reviewed plan', (_name, p) => {
    expect(canonicalPlanJson(reviewedPlan(p))).toBe(general(p));
    expect(planFingerprint(p)).toBe(sha256hex(general(p)));
  });

  it('is byte-identical across its pieces on a plan of many pieces (hostile names, floats, deletes)', () => {
    const names = ['名前', 'a-->"b"\\\u2028\u0000😀', 'plain', '\ud83d\ude00x'];
    const changes: PlanChange[] = Array.from({ length: 1_000 }, (_, i) => {
      const name = `${names[i % names.length]}${i}`;
      if (i % 11 === 0) return update(`schema.${name}`, { migration: { supported: i % 2 === 0, steps: [RANGE, ADD_BIO] } });
      if (i % 13 === 0) return remove(`graph.${name}`, { disposition: 'blocked', reason: 'approval_required' });
      return create(`query.g.${name}`);
    });
    const p = plan(changes, { approvals_required: [{ resource: 'graph.x', reason: 'delete', satisfied: false }] });
    expect(canonicalPlanJson(reviewedPlan(p))).toBe(general(p));
    expect(planFingerprint(p)).toBe(sha256hex(general(p)));
  });

  it('prints f64 values with a fraction, as the general writer does', () => {
    const p = plans[2]?.[1] as PlanOutput;
    expect(canonicalPlanJson(reviewedPlan(p))).toContain('"max":{"Float":2.5},"min":{"Float":1.0}');
  });

  it('an output that breaks its types (a missing operation, an object for a reason) takes the general path', () => {
    const broken = plan([{ resource: 'graph.f', after_digest: 'a'.repeat(64) } as unknown as PlanChange, create('graph.g')], {
      approvals_required: [{ resource: 'graph.f', reason: 7 as unknown as string, satisfied: true }],
    });
    expect(general(broken)).toContain('"migration":null,"reason":null,"resource":"graph.f"');
    // An object where a string belongs: the general path sorts its keys, the direct one would not.
    const keyed = plan([create('graph.g', { reason: { b: 1, a: 2 } as unknown as PlanChange['reason'] })]);
    expect(general(keyed)).toContain('"reason":{"a":2,"b":1}');
    expect(planFingerprint(keyed)).toBe(sha256hex(general(keyed)));
    expect(planFingerprint(broken)).toBe(sha256hex(general(broken)));
  });
});
