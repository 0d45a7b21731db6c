import { z } from 'zod';

/** `__cluster/state.json` (spec/cluster.md §3.1, HEAD): every object closed; records stay free JSON. */
const blobBase = z.strictObject({ uri: z.string(), scope: z.enum(['server_safe', 'embedded_only']) });

const resourceEntry = z.strictObject({
  digest: z.string(),
  applies_to: z.array(z.string()).optional(),
  embedding_provider: z.string().optional(),
  embedding_profile: z
    .strictObject({ kind: z.string().optional(), base_url: z.string().optional(), model: z.string().optional(), api_key: z.string().optional() })
    .optional(),
  external_blob_policy: z.strictObject({ mode: z.literal('allow'), bases: z.array(blobBase) }).optional(),
});

const statusRecord = z.strictObject({
  status: z.enum(['pending', 'planned', 'applying', 'applied', 'drifted', 'blocked', 'error']),
  conditions: z.array(z.string()).optional(),
  message: z.string().optional(),
});

const freeJson = z.record(z.string(), z.unknown());

export const stateSchema = z.strictObject({
  version: z.number().int().nonnegative(),
  state_revision: z.number().int().nonnegative().default(0),
  applied_revision: z.strictObject({
    config_digest: z.string().nullable().default(null),
    resources: z.record(z.string(), resourceEntry).default({}),
  }),
  resource_statuses: z.record(z.string(), statusRecord).default({}),
  approval_records: freeJson.default({}),
  recovery_records: freeJson.default({}),
  observations: freeJson.default({}),
});

/** `__cluster/lock.json` (§4.1): closed, five fields. */
export const lockSchema = z.strictObject({
  version: z.number().int().nonnegative(),
  lock_id: z.string(),
  operation: z.string(),
  created_at: z.string(),
  pid: z.number().int().nonnegative(),
});

export type LockFile = z.infer<typeof lockSchema>;
