import { describe, expect, it } from '@jest/globals';
import { clusterConfigSchema, graphSchema, policySchema } from '../../../src/engine/config/schema.js';
import { parseStrictYaml } from '../../../src/base/strict-yaml.js';

// `graphs` and `policies` entries of the commonest shapes skip zod; `graphSchema` and
// `policySchema` themselves (no fast path) are the references they must agree with: verdict,
// output, key order and a fresh list.
const entries = [
  '{ schema: s.pg }',
  '{ schema: s.pg, queries: q }',
  '{ queries: q, schema: s.pg }',
  '{ schema: s.pg, queries: [a.gq, b.gq] }',
  '{ schema: s.pg, queries: [] }',
  '{ schema: s.pg, queries: [a.gq, 1] }',
  '{ schema: s.pg, queries: [a.gq, null] }',
  '{ schema: s.pg, queries: null }',
  '{ schema: s.pg, queries: { q1: { file: a.gq } } }',
  '{ schema: s.pg, queries: 7 }',
  '{ schema: 7 }',
  '{ schema: null }',
  '{ schema: s.pg, extra: 1 }',
  '{ schema: s.pg, embedding_provider: p }',
  '{ schema: s.pg, queries: q, embedding_provider: null }',
  '{ queries: q }',
  '{}',
  '[s.pg]',
  's.pg',
  'null',
  '{ schema: s.pg, __proto__: x }',
];

function configOf(entry: string): unknown {
  const parsed = parseStrictYaml(`version: 1\ngraphs:\n  g: ${entry}\n`);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.yaml.value;
}

describe('graph entries recognized without zod', () => {
  it.each(entries)('%s: same verdict and output as graphSchema', (entry) => {
    const raw = configOf(entry) as { graphs: Record<string, unknown> };
    const ours = clusterConfigSchema.safeParse(raw);
    const plain = graphSchema.safeParse(raw.graphs['g']);
    expect(ours.success).toBe(plain.success);
    if (!ours.success || !plain.success) return;
    const got = ours.data.graphs?.['g'];
    expect(got).toEqual(plain.data);
    expect(Object.keys(got ?? {})).toEqual(Object.keys(plain.data));
    expect(Object.getPrototypeOf(got)).toBe(Object.getPrototypeOf(plain.data));
    if (Array.isArray(got?.queries)) expect(got.queries).not.toBe((raw.graphs['g'] as { queries: unknown }).queries);
  });

  it('refuses a list with a hole, as zod does', () => {
    // eslint-disable-next-line no-sparse-arrays -- the hole is the point
    const raw = { version: 1, graphs: { g: { schema: 's.pg', queries: ['a.gq', , 'b.gq'] } } };
    expect(clusterConfigSchema.safeParse(raw).success).toBe(false);
    expect(graphSchema.safeParse(raw.graphs.g).success).toBe(false);
  });
});

const policyEntries = [
  '{ file: p.yaml, applies_to: [g] }',
  '{ applies_to: [g, cluster], file: p.yaml }',
  '{ file: p.yaml, applies_to: [] }',
  '{ file: p.yaml, applies_to: g }',
  '{ file: p.yaml, applies_to: [g, 1] }',
  '{ file: p.yaml, applies_to: [g, null] }',
  '{ file: p.yaml, applies_to: null }',
  '{ file: p.yaml }',
  '{ applies_to: [g] }',
  '{ file: 7, applies_to: [g] }',
  '{ file: p.yaml, applies_to: [g], extra: 1 }',
  '{}',
  '[p.yaml]',
  'null',
];

describe('policy entries recognized without zod', () => {
  it.each(policyEntries)('%s: same verdict and output as policySchema', (entry) => {
    const parsed = parseStrictYaml(`version: 1\npolicies:\n  p: ${entry}\n`);
    if (!parsed.ok) throw new Error(parsed.message);
    const raw = parsed.yaml.value as { policies: Record<string, unknown> };
    const ours = clusterConfigSchema.safeParse(raw);
    const plain = policySchema.safeParse(raw.policies['p']);
    expect(ours.success).toBe(plain.success);
    if (!ours.success || !plain.success) return;
    const got = ours.data.policies?.['p'];
    expect(got).toEqual(plain.data);
    expect(Object.keys(got ?? {})).toEqual(Object.keys(plain.data));
    expect(got?.applies_to).not.toBe((raw.policies['p'] as { applies_to: unknown }).applies_to);
  });
});
