import { sortedRecord } from '../../base/json.js';
import { embeddingProfileJson } from '../digest/resource-digests.js';
import type { RawClusterConfig } from './schema.js';

/**
 * The typed config re-serialized as the reference hashes it (docs/contract/digests.md#config-digest: every
 * default materialized, maps sorted, strings exactly as written. Comments and YAML style do not
 * matter; any semantic edit changes the digest.
 */
export function configDigestJson(config: RawClusterConfig): unknown {
  const graphs = config.graphs ?? {};
  const policies = config.policies ?? {};
  const providers = config.providers?.embedding ?? {};
  return {
    version: config.version,
    metadata: { name: config.metadata?.name ?? null },
    storage: config.storage ?? null,
    state: { backend: config.state?.backend ?? null, lock: config.state?.lock ?? null },
    providers: {
      embedding: sortedRecord(
        Object.fromEntries(
          Object.entries(providers).map(([name, p]) => [name, embeddingProfileJson({ ...p, kind: p?.kind ?? p?.provider ?? undefined })]),
        ),
      ),
    },
    graphs: sortedRecord(
      Object.fromEntries(
        Object.entries(graphs).map(([id, g]) => {
          const queries = g.queries ?? {};
          const allow = g.external_blobs?.allow ?? [];
          return [
            id,
            {
              schema: g.schema,
              queries: typeof queries === 'string' || Array.isArray(queries) ? queries : sortedRecord(
                Object.fromEntries(Object.entries(queries).map(([name, q]) => [name, { file: q.file }])),
              ),
              embedding_provider: g.embedding_provider ?? null,
              external_blobs: allow.length > 0 ? { allow: allow.map((b) => ({ base: b.base, scope: b.scope })) } : undefined,
            },
          ];
        }),
      ),
    ),
    policies: sortedRecord(
      Object.fromEntries(Object.entries(policies).map(([name, p]) => [name, { file: p.file, applies_to: p.applies_to }])),
    ),
  };
}
