import { describe, expect, it } from '@jest/globals';
import { clusterConfigSchema, graphSchema } from '../../../src/engine/config/schema.js';
import { parseStrictYaml } from '../../../src/base/strict-yaml.js';

// `graphs` entries of the commonest shape skip zod; `graphSchema` itself (no fast path) is the
// reference they must agree with: verdict, output, key order and a fresh list.
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
