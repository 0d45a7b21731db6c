import { z } from 'zod';
import { F64 } from '../../base/json.js';
import { dataMap, ownKeysAmong } from '../model/data-map.js';

/**
 * `__cluster/state.json` as docs/contract/state.md#schema) describes it: every object closed (an
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

/** The only key of `raw` (a parsed JSON value) is `key`, whatever its prototype. */
const hasOnlyKey = (raw: unknown, key: string): raw is Record<string, unknown> => ownKeysAmong(raw, key) && Object.hasOwn(raw, key);

/** `{ "digest": "<text>" }`, as `resourceEntry` would output it. */
const digestOnly = (raw: unknown): ResourceEntry | undefined => (hasOnlyKey(raw, 'digest') && typeof raw.digest === 'string' ? { digest: raw.digest } : undefined);

const STATUS_SET: ReadonlySet<unknown> = new Set(RESOURCE_STATUSES);

/** `{ "status": "<status>" }`, as `statusRecord` would output it. */
const statusOnly = (raw: unknown): StatusRecord | undefined =>
  hasOnlyKey(raw, 'status') && STATUS_SET.has(raw.status) ? { status: raw.status as ResourceStatusValue } : undefined;

const emptyMap = <T>(): Record<string, T> => Object.create(null) as Record<string, T>;
// parseState hands the schema the lossless reader's fresh objects, so the maps reuse them.
const REUSE = { reuseInput: true } as const;
// z.unknown() outputs its input unchanged: taking each value as it is skips a safeParse apiece.
const asItIs = (raw: unknown): unknown => raw;
const freeJsonMap = dataMap(z.unknown(), asItIs, REUSE);

export const clusterStateSchema = z.strictObject({
  version: u64,
  state_revision: u64.default(0),
  applied_revision: z.strictObject({
    config_digest: z.string().nullable().default(null),
    resources: dataMap(resourceEntry, digestOnly, REUSE).default(emptyMap),
  }),
  resource_statuses: dataMap(statusRecord, statusOnly, REUSE).default(emptyMap),
  approval_records: freeJsonMap.default(emptyMap),
  recovery_records: freeJsonMap.default(emptyMap),
  observations: freeJsonMap.default(emptyMap),
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

/**
 * Commands work on a clone so the as-read ledger stays comparable with the one they build. Not
 * structuredClone: it would turn the reader's `F64` values into plain objects and give maps back
 * their prototype, so a `__proto__` key would vanish on the next assignment.
 */
export function cloneState(state: ClusterState): ClusterState {
  return cloneJson(state);
}

function cloneJson<T>(value: T): T {
  if (Array.isArray(value)) return value.map(cloneJson) as T;
  if (value instanceof F64) return new F64(value.value) as T;
  if (typeof value !== 'object' || value === null) return value;
  const proto = Object.getPrototypeOf(value) as object | null;
  const out = Object.create(proto) as Record<string, unknown>;
  for (const key of Object.keys(value)) {
    const item = cloneJson((value as Record<string, unknown>)[key]);
    // Plain assignment is several times faster; only `__proto__` under Object.prototype would
    // hit the prototype setter instead of making an own key (null-prototype maps have no setter).
    if (key === '__proto__' && proto !== null) Object.defineProperty(out, key, { value: item, enumerable: true, writable: true, configurable: true });
    else out[key] = item;
  }
  return out as T;
}

/** address → digest of every resource the ledger records as applied (none without a ledger). */
export function appliedDigests(state: ClusterState | null): Map<string, string> {
  const digests = new Map<string, string>();
  if (!state) return digests;
  const resources = state.applied_revision.resources;
  for (const address of Object.keys(resources)) digests.set(address, (resources[address] as ResourceEntry).digest);
  return digests;
}
