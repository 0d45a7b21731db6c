import { errorText } from '../../base/error-text.js';
import type { DesiredState } from '../config/desired.js';
import { error, type Diagnostic } from '../diagnostics/index.js';
import { sha256hex } from '../../base/hash.js';
import { rfc3339, type Clock } from '../ports/clock.js';
import type { GraphEngine } from '../ports/graph-engine.js';
import type { Storage } from '../ports/storage.js';
import type { ClusterState } from '../state/index.js';
import { compositeFromLedger, ledgerQueryIndex } from './composite.js';
import { graphRoot } from './graph-root.js';

/**
 * refresh/import step 7 (docs/contract/state.md#observations, docs/contract/commands.md#refresh-and-import): observe every declared graph and record what
 * was seen — the observation, the live schema digest, the recomputed composite and the statuses.
 * Graphs that exist only in the ledger are not observed.
 */
// Long on purpose: per graph, the observe-record-status sequence shares the graph's locals; its error path is already a nested helper.
export async function observeGraphs(
  ledger: ClusterState,
  desired: DesiredState,
  ports: { storage: Storage; engine: GraphEngine; clock: Clock },
): Promise<Diagnostic[]> {
  let failures = 0;
  const resources = ledger.applied_revision.resources;
  // Observation changes only graph and schema entries, so one query index serves every graph.
  const queries = ledgerQueryIndex(ledger);
  for (const graph of desired.graphs.values()) {
    const root = graphRoot(ports.storage, graph.id);
    const address = `graph.${graph.id}`;
    const schemaAddress = `schema.${graph.id}`;
    const desiredSchemaDigest = graph.schemaDigest ?? '';
    const base = { kind: 'graph', address, graph_uri: root.uri, observed_at: rfc3339(ports.clock.now()) };
    const setStatus = (status: 'applied' | 'drifted' | 'error', condition?: string, message?: string) => {
      const record = condition ? { status, conditions: [condition], message } : { status };
      ledger.resource_statuses[address] = { ...record };
      ledger.resource_statuses[schemaAddress] = { ...record };
    };
    let exists: boolean;
    try {
      exists = await ports.storage.existsPrefix(root.key);
    } catch (e) {
      exists = true;
      failures++;
      recordError(e);
      continue;
    }
    if (!exists) {
      ledger.observations[address] = {
        ...base,
        exists: false,
        graph_manifest_version: null,
        schema_digest: null,
        desired_schema_digest: desiredSchemaDigest,
        schema_matches_desired: false,
        error: 'derived graph root is missing',
      };
      delete resources[schemaAddress];
      delete resources[address];
      setStatus('drifted', 'graph_missing', 'derived graph root is missing');
      continue;
    }
    try {
      const open = await ports.engine.openReadOnly(root);
      const live = sha256hex(open.schemaSource);
      const matches = live === desiredSchemaDigest;
      ledger.observations[address] = {
        ...base,
        exists: true,
        graph_manifest_version: open.manifestVersion,
        schema_digest: live,
        desired_schema_digest: desiredSchemaDigest,
        schema_matches_desired: matches,
        error: null,
      };
      resources[schemaAddress] = { ...resources[schemaAddress], digest: live };
      resources[address] = { ...resources[address], digest: compositeFromLedger(ledger, graph.id, live, queries) };
      if (matches) setStatus('applied');
      else setStatus('drifted', 'schema_mismatch', 'live schema digest differs from desired schema digest');
    } catch (e) {
      failures++;
      recordError(e);
    }

    function recordError(e: unknown): void {
      const text = errorText(e);
      ledger.observations[address] = {
        ...base,
        exists: true,
        graph_manifest_version: null,
        schema_digest: null,
        desired_schema_digest: desiredSchemaDigest,
        schema_matches_desired: null,
        error: text,
      };
      setStatus('error', 'graph_observation_error', text);
    }
  }
  return failures > 0 ? [error('graph_observation_error', 'graphs', `${failures} graph observation(s) failed`)] : [];
}
