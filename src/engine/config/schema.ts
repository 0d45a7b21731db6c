import { z } from 'zod';
import { dataMap, ownKeysAmong } from '../model/data-map.js';

/**
 * Closed schemas for `cluster.yaml` (docs/contract/config.md#keys, HEAD keys). Unknown keys are errors;
 * defaults are applied by `materialize` in config-json.ts, not here, so the digest can tell
 * "absent" from "written".
 */
const str = z.string();

export const embeddingProfileSchema = z
  .strictObject({
    kind: str.optional(),
    provider: str.optional(),
    base_url: str.optional(),
    model: str.optional(),
    api_key: str.optional(),
  })
  // `provider` is a serde alias of `kind` in the reference (types.rs): writing both is serde's duplicate field.
  .refine((p) => p.kind === undefined || p.provider === undefined, { message: 'duplicate field `kind`' })
  .nullable();

const queryEntrySchema = z.strictObject({ file: str });

export const queriesSchema = z.union([str, z.array(str), dataMap(queryEntrySchema)]);

const externalBlobBaseSchema = z.strictObject({
  base: str,
  scope: z.enum(['server_safe', 'embedded_only']),
});

export const graphSchema = z.strictObject({
  schema: str,
  queries: queriesSchema.nullable().optional(),
  embedding_provider: str.nullable().optional(),
  external_blobs: z.strictObject({ allow: z.array(externalBlobBaseSchema).nullable().optional() }).nullable().optional(),
});

type GraphEntry = z.output<typeof graphSchema>;

/**
 * The commonest graph entry, `{ schema: <path>, queries: <path or list of paths> }` (either key
 * order, `queries` optional), as `graphSchema` would output it: a fresh object in the schema's key
 * order, a list copied. Anything else is left to zod. About half of reading a 10k-resource
 * `cluster.yaml` was zod parsing its 500 graph and 500 policy entries one by one.
 */
function plainGraphEntry(raw: unknown): GraphEntry | undefined {
  if (!ownKeysAmong(raw, 'schema', 'queries') || typeof raw.schema !== 'string') return undefined;
  if (!Object.hasOwn(raw, 'queries')) return { schema: raw.schema };
  if (typeof raw.queries === 'string') return { schema: raw.schema, queries: raw.queries };
  const queries = stringListCopy(raw.queries);
  return queries === undefined ? undefined : { schema: raw.schema, queries };
}

type PolicyEntry = z.output<typeof policySchema>;

/** `{ file: <path>, applies_to: [<target>, …] }`, as `policySchema` would output it (see plainGraphEntry). */
function plainPolicyEntry(raw: unknown): PolicyEntry | undefined {
  if (!ownKeysAmong(raw, 'file', 'applies_to') || typeof raw.file !== 'string') return undefined;
  const appliesTo = stringListCopy(raw.applies_to);
  return appliesTo === undefined ? undefined : { file: raw.file, applies_to: appliesTo };
}

/** A copy of `value` when it is a list of strings, else undefined. Indexed, so a hole reads as undefined and is refused, as zod's array refuses it. */
function stringListCopy(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const list: string[] = [];
  for (let i = 0; i < value.length; i++) {
    const item: unknown = value[i];
    if (typeof item !== 'string') return undefined;
    list.push(item);
  }
  return list;
}

export const policySchema = z.strictObject({
  file: str,
  applies_to: z.array(str),
});

export const clusterConfigSchema = z.strictObject({
  version: z.number().int().nonnegative().max(4294967295),
  metadata: z.strictObject({ name: str.nullable().optional() }).nullable().optional(),
  storage: str.nullable().optional(),
  state: z.strictObject({ backend: str.nullable().optional(), lock: z.boolean().nullable().optional() }).nullable().optional(),
  providers: z
    .strictObject({ embedding: dataMap(embeddingProfileSchema).nullable().optional() })
    .nullable()
    .optional(),
  graphs: dataMap(graphSchema, plainGraphEntry).nullable().optional(),
  policies: dataMap(policySchema, plainPolicyEntry).nullable().optional(),
});

export type RawClusterConfig = z.infer<typeof clusterConfigSchema>;
export type RawGraph = z.infer<typeof graphSchema>;
export type RawQueries = z.infer<typeof queriesSchema>;
export type RawEmbeddingProfile = NonNullable<z.infer<typeof embeddingProfileSchema>>;

/** Top-level keys reserved for later phases (HEAD list): an error, checked before typed parsing. */
export const RESERVED_TOP_LEVEL_KEYS = ['apply', 'env_file', 'pipelines', 'embeddings', 'ui', 'aliases', 'bindings'] as const;
