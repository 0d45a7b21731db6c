import { describe, expect, it } from '@jest/globals';
import { z } from 'zod';
import { parseJsonLossless } from '../../../src/base/lossless-json.js';
import { clusterStateSchema } from '../../../src/engine/state/schema.js';

// The ledger's maps recognize `{ "digest": … }` and `{ "status": … }` without zod; the same
// schema with those fast paths removed is the reference they must agree with.
const reference = z.strictObject({
  version: z.number(),
  applied_revision: z.strictObject({
    config_digest: z.string().nullable(),
    resources: z.record(
      z.string(),
      z.strictObject({ digest: z.string(), applies_to: z.array(z.string()).optional(), embedding_provider: z.string().optional() }),
    ),
  }),
  resource_statuses: z.record(z.string(), z.strictObject({ status: z.enum(['pending', 'planned', 'applying', 'applied', 'drifted', 'blocked', 'error']), message: z.string().optional() })),
});

const entries = ['{"digest":"abc"}', '{"digest":""}', '{"digest":7}', '{"digest":null}', '{"digest":"a","extra":1}', '{"digest":"a","embedding_provider":"p"}', '{}', '[]', '"abc"', 'null', '{"digest":"a","digest2":"b"}'];
const statuses = ['{"status":"applied"}', '{"status":"error"}', '{"status":"nope"}', '{"status":1}', '{"status":"applied","message":"m"}', '{"status":"applied","x":1}', '{}', '{"status":"toString"}'];

describe('ledger map entries recognized without zod', () => {
  it.each(entries.flatMap((r) => statuses.map((s) => [r, s] as const)))('resource %s, status %s: same verdict and output as the plain schema', (resource, status) => {
    const text = `{"version":1,"applied_revision":{"config_digest":null,"resources":{"graph.g":${resource}}},"resource_statuses":{"graph.g":${status}}}`;
    const ours = clusterStateSchema.safeParse(parseJsonLossless(text));
    const plain = reference.safeParse(JSON.parse(text));
    expect(ours.success).toBe(plain.success);
    if (ours.success && plain.success) {
      expect({ ...ours.data.applied_revision.resources }).toEqual(plain.data.applied_revision.resources);
      expect({ ...ours.data.resource_statuses }).toEqual(plain.data.resource_statuses);
      expect(Object.keys(ours.data.applied_revision.resources['graph.g'] ?? {})).toEqual(Object.keys(plain.data.applied_revision.resources['graph.g'] ?? {}));
    }
  });

  it('keeps a __proto__ key as data, fast path or not', () => {
    const text = '{"version":1,"applied_revision":{"resources":{"__proto__":{"digest":"d"}}},"resource_statuses":{"__proto__":{"status":"applied"}}}';
    const parsed = clusterStateSchema.parse(parseJsonLossless(text));
    expect(Object.keys(parsed.applied_revision.resources)).toEqual(['__proto__']);
    expect(parsed.applied_revision.resources['__proto__']).toEqual({ digest: 'd' });
    expect(parsed.resource_statuses['__proto__']).toEqual({ status: 'applied' });
  });
});
