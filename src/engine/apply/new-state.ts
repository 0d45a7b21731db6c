import type { DesiredState } from '../config/desired.js';
import { compositeFromLedger, ledgerQueryIndex } from '../observe/composite.js';
import type { Change } from '../plan/index.js';
import { recordApprovalConsumed, tombstoneGraph, type ClusterState } from '../state/index.js';

const BLOCKED_MESSAGE = 'waiting on an unapplied or missing dependency';

/**
 * Apply steps 16–17 (docs/contract/commands.md#apply): the ledger after this run, built from the post-sweep
 * ledger and the final dispositions, with every declared graph's composite recomputed.
 */
// Slightly over 60 lines: one pass per disposition kind, then the composites; splitting would pass the half-built ledger around.
export function buildNewLedger(
  postSweep: ClusterState,
  changes: readonly Change[],
  desired: DesiredState,
  executedDeletes: ReadonlyMap<string, string | null>,
  context: { at: string; actor: string | null },
): { ledger: ClusterState; consumedApprovals: Map<string, string> } {
  const next = copyMaps(postSweep);
  const resources = next.applied_revision.resources;
  const consumedApprovals = new Map<string, string>();
  for (const change of changes) {
    const address = change.resource;
    if (change.disposition === 'applied') {
      if (change.operation === 'delete') {
        delete resources[address];
        delete next.resource_statuses[address];
        continue;
      }
      const entry: ClusterState['applied_revision']['resources'][string] = { ...resources[address], digest: change.after_digest as string };
      if (address.startsWith('policy.')) entry.applies_to = [...(desired.policyBindings.get(address.slice('policy.'.length)) ?? [])];
      if (address.startsWith('provider.embedding.')) {
        const profile = desired.providerProfiles.get(address.slice('provider.embedding.'.length));
        if (profile) entry.embedding_profile = { kind: profile.kind, base_url: profile.base_url, model: profile.model, api_key: profile.api_key };
      }
      resources[address] = entry;
      next.resource_statuses[address] = { status: 'applied' };
    } else if (change.disposition === 'blocked' && change.reason && change.reason !== 'cluster_recovery_pending') {
      next.resource_statuses[address] = { status: 'blocked', conditions: [change.reason], message: BLOCKED_MESSAGE };
    }
  }
  for (const [graphId, approvalId] of executedDeletes) {
    tombstoneGraph(next, graphId, context.at, approvalId, context.actor);
    if (approvalId) {
      recordApprovalConsumed(next, approvalId, context.at, 'apply');
      consumedApprovals.set(approvalId, context.at);
    }
  }
  const blockedGraphs = new Set(
    changes
      .filter((c) => c.disposition === 'blocked' && (c.resource.startsWith('graph.') || c.resource.startsWith('schema.')))
      .map((c) => c.resource.slice(c.resource.indexOf('.') + 1)),
  );
  const queries = ledgerQueryIndex(next);
  for (const graph of desired.graphs.values()) {
    const address = `graph.${graph.id}`;
    const entry = resources[address];
    if (!entry) continue;
    const rewritten = { ...entry };
    delete rewritten.embedding_provider;
    if (graph.embeddingProvider) rewritten.embedding_provider = graph.embeddingProvider;
    if (!blockedGraphs.has(graph.id)) {
      // A failed migration must not change serving authority: keep the recorded policy then.
      delete rewritten.external_blob_policy;
      if (graph.externalBlobPolicy.mode === 'allow') {
        rewritten.external_blob_policy = { mode: 'allow', bases: graph.externalBlobPolicy.bases.map((b) => ({ uri: b.uri, scope: b.scope })) };
      }
    }
    resources[address] = rewritten;
    resources[address] = { ...rewritten, digest: compositeFromLedger(next, graph.id, undefined, queries) };
  }
  return { ledger: next, consumedApprovals };
}

/**
 * A copy of the ledger whose maps are fresh but whose entries are shared: every write below (and
 * in apply after it) replaces or deletes a map slot or sets a top-level field, never edits a
 * shared entry in place. A deep clone of a 10k-resource ledger cost ~20 ms per apply.
 */
function copyMaps(ledger: ClusterState): ClusterState {
  return {
    ...ledger,
    applied_revision: { ...ledger.applied_revision, resources: { ...ledger.applied_revision.resources } },
    resource_statuses: { ...ledger.resource_statuses },
    approval_records: { ...ledger.approval_records },
    recovery_records: { ...ledger.recovery_records },
    observations: { ...ledger.observations },
  };
}
