import { warning, type Diagnostic } from '../diagnostics/index.js';
import type { Storage } from '../ports/storage.js';
import type { ClusterState } from '../state/index.js';
import { graphRoot } from './graph-root.js';

/**
 * Ours (issue 18): graph roots the ledger recorded somewhere else than this storage root puts
 * them. A config directory with local storage that was copied, moved or re-cloned carries a ledger
 * whose observations name the old absolute paths; plan then diffs that ledger as if the graphs
 * were here, and says "no changes" even when nothing exists at the new location. One warning per
 * graph, naming the recorded and the expected root and whether a graph exists there. Reads only
 * the ledger, plus one existence check per moved graph.
 */
export async function movedGraphRoots(storage: Storage, ledger: ClusterState): Promise<Diagnostic[]> {
  const diagnostics: Diagnostic[] = [];
  for (const [address, observation] of Object.entries(ledger.observations)) {
    if (!address.startsWith('graph.')) continue;
    const recorded = recordedUri(observation);
    if (recorded === null) continue;
    const root = graphRoot(storage, address.slice('graph.'.length));
    if (recorded === root.uri) continue;
    const present = await storage.existsPrefix(root.key).catch(() => null);
    const here = present === null ? 'could not be checked' : present ? 'holds a graph' : 'holds no graph';
    diagnostics.push(
      warning(
        'graph_root_moved',
        address,
        `the ledger recorded graph root ${recorded}, but this storage root puts it at ${root.uri}, which ${here}; the state was written for another location (a copied or moved config directory)`,
      ),
    );
  }
  return diagnostics;
}

function recordedUri(observation: unknown): string | null {
  if (observation === null || typeof observation !== 'object') return null;
  const uri = (observation as { readonly graph_uri?: unknown }).graph_uri;
  return typeof uri === 'string' && uri !== '' ? uri : null;
}
