import { graphCompositeDigest, type ExternalBlobPolicy } from '../digest/resource-digests.js';
import { error, type Diagnostic } from '../diagnostics/index.js';
import type { ClusterState } from '../state/index.js';

/** query digests recorded in the ledger, grouped by graph id: built once per pass (no O(graphs × resources)). */
export type LedgerQueryIndex = ReadonlyMap<string, ReadonlyMap<string, string>>;

export function ledgerQueryIndex(ledger: ClusterState): LedgerQueryIndex {
  const index = new Map<string, Map<string, string>>();
  for (const [address, entry] of Object.entries(ledger.applied_revision.resources)) {
    if (!address.startsWith('query.')) continue;
    const rest = address.slice('query.'.length);
    const dot = rest.indexOf('.');
    if (dot <= 0) continue;
    const graphId = rest.slice(0, dot);
    let queries = index.get(graphId);
    if (!queries) index.set(graphId, (queries = new Map()));
    queries.set(rest.slice(dot + 1), entry.digest);
  }
  return index;
}

/**
 * `graph.<g>` recomputed from what the ledger records (docs/contract/digests.md#graph-composite "in state"): its schema digest, its
 * query digests, and the provider binding / external-blob policy recorded on the graph entry.
 */
export function compositeFromLedger(ledger: ClusterState, graphId: string, schemaDigest?: string | null, index?: LedgerQueryIndex): string {
  const resources = ledger.applied_revision.resources;
  const queries = (index ?? ledgerQueryIndex(ledger)).get(graphId) ?? new Map<string, string>();
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

/**
 * HEAD state authority check (docs/contract/commands.md#apply step 4): every recorded graph digest must match its
 * recomputation; each one that does not is an error naming the graph.
 */
export function unboundGraphErrors(ledger: ClusterState): Diagnostic[] {
  const index = ledgerQueryIndex(ledger);
  const out: Diagnostic[] = [];
  for (const [address, entry] of Object.entries(ledger.applied_revision.resources)) {
    if (!address.startsWith('graph.')) continue;
    if (compositeFromLedger(ledger, address.slice('graph.'.length), undefined, index) === entry.digest) continue;
    out.push(
      error(
        'external_blob_policy_digest_mismatch',
        address,
        'the applied graph resource metadata is not bound by its composite digest; restore the cluster state ledger from a trusted copy before retrying',
      ),
    );
  }
  return out;
}
