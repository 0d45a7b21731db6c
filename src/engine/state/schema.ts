import { z } from 'zod';

/**
 * `__cluster/state.json` as spec/cluster.md §3.1 (HEAD) describes it: every object closed (an
 * unknown key is `invalid_state_json`), optional-on-read fields defaulted, records and
 * observations free JSON. `version` is checked after the parse, so a well-formed foreign version
 * reports `unsupported_state_version` rather than a parse error.
 */
const u64 = z.number().int().nonnegative();

export const RESOURCE_STATUSES = ['pending', 'planned', 'applying', 'applied', 'drifted', 'blocked', 'error'] as const;
export type ResourceStatusValue = (typeof RESOURCE_STATUSES)[number];

const externalBlobBase = z.strictObject({ uri: z.string(), scope: z.enum(['server_safe', 'embedded_only']) });

const embeddingProfile = z.strictObject({
  kind: z.string().optional(),
  base_url: z.string().optional(),
  model: z.string().optional(),
  api_key: z.string().optional(),
});

const resourceEntry = z.strictObject({
  digest: z.string(),
  applies_to: z.array(z.string()).optional(),
  embedding_provider: z.string().optional(),
  embedding_profile: embeddingProfile.optional(),
  external_blob_policy: z.strictObject({ mode: z.literal('allow'), bases: z.array(externalBlobBase) }).optional(),
});

const statusRecord = z.strictObject({
  status: z.enum(RESOURCE_STATUSES),
  conditions: z.array(z.string()).optional(),
  message: z.string().optional(),
});

const freeJsonMap = z.record(z.string(), z.unknown());

export const clusterStateSchema = z.strictObject({
  version: u64,
  state_revision: u64.default(0),
  applied_revision: z.strictObject({
    config_digest: z.string().nullable().default(null),
    resources: z.record(z.string(), resourceEntry).default({}),
  }),
  resource_statuses: z.record(z.string(), statusRecord).default({}),
  approval_records: freeJsonMap.default({}),
  recovery_records: freeJsonMap.default({}),
  observations: freeJsonMap.default({}),
});

export type ExternalBlobBase = z.infer<typeof externalBlobBase>;
export type StateEmbeddingProfile = z.infer<typeof embeddingProfile>;
export type ResourceEntry = z.infer<typeof resourceEntry>;
export type StatusRecord = z.infer<typeof statusRecord>;
export type ClusterState = z.infer<typeof clusterStateSchema>;

/** The only ledger version this build reads and writes. */
export const STATE_VERSION = 1;

/** A fresh ledger (import starts here). */
export function emptyState(configDigest: string | null): ClusterState {
  return {
    version: STATE_VERSION,
    state_revision: 0,
    applied_revision: { config_digest: configDigest, resources: {} },
    resource_statuses: {},
    approval_records: {},
    recovery_records: {},
    observations: {},
  };
}

/** Commands work on a clone so the as-read ledger stays comparable with the one they build. */
export function cloneState(state: ClusterState): ClusterState {
  return structuredClone(state);
}
