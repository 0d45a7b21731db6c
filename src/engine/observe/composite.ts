import { graphCompositeDigest, type ExternalBlobPolicy } from '../digest/resource-digests.js';
import type { Ledger } from '../commands/ledger.js';

/**
 * `graph.<g>` recomputed from what the ledger records (§2.2 "in state"): its schema digest, its
 * query digests, and the provider binding / external-blob policy recorded on the graph entry.
 */
export function compositeFromLedger(ledger: Ledger, graphId: string, schemaDigest?: string | null): string {
  const resources = ledger.applied_revision.resources;
  const prefix = `query.${graphId}.`;
  const queries = new Map<string, string>();
  for (const [address, entry] of Object.entries(resources)) {
    if (address.startsWith(prefix)) queries.set(address.slice(prefix.length), entry.digest);
  }
  const entry = resources[`graph.${graphId}`];
  const providerAddress = entry?.embedding_provider;
  const policy: ExternalBlobPolicy = entry?.external_blob_policy ?? { mode: 'deny' };
  return graphCompositeDigest({
    graphId,
    schemaDigest: schemaDigest === undefined ? (resources[`schema.${graphId}`]?.digest ?? '') : (schemaDigest ?? ''),
    queries,
    embeddingProvider: providerAddress ? { address: providerAddress, digest: resources[providerAddress]?.digest ?? '' } : null,
    externalBlobPolicy: policy,
  });
}

/** HEAD state authority check (§6.3 step 4): every recorded graph digest must match its recomputation. */
export function unboundGraphEntries(ledger: Ledger): string[] {
  const out: string[] = [];
  for (const [address, entry] of Object.entries(ledger.applied_revision.resources)) {
    if (!address.startsWith('graph.')) continue;
    const graphId = address.slice('graph.'.length);
    if (compositeFromLedger(ledger, graphId) !== entry.digest) out.push(address);
  }
  return out;
}
