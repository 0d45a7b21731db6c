import { error, hasErrors, warning, type Diagnostic } from '../diagnostics/index.js';
import { compareBytes, sortBytewise } from '../../base/json.js';
import { sha256hex } from '../../base/hash.js';
import { embeddingProviderDigest } from '../digest/resource-digests.js';
import { compositeFromLedger, ledgerQueryIndex } from '../observe/composite.js';
import type { ClusterState, ResourceEntry } from '../state/index.js';

/**
 * Would the reference server boot this cluster from its ledger, and which graphs would it drop?
 * The rules, codes, severities and messages are those of the reference's serving loader
 * (ModernRelay/omnigraph crates/omnigraph-cluster/src/serve.rs `read_snapshot_with_store`, and
 * store.rs `read_verified_payload`). Any error means the server refuses to boot at all; a graph
 * with a pending recovery sidecar is only quarantined (dropped, with a warning).
 */

export const STATE_PATH = '__cluster/state.json';
export const RECOVERIES_PATH = '__cluster/recoveries';

export interface PendingSidecar {
  /** Display path of the sidecar file. */
  readonly path: string;
  readonly graphId: string;
  readonly operationId: string;
}

/** One query/policy payload as read from the catalog: its display path and text, or why not. */
export interface PayloadRead {
  readonly display: string;
  readonly text: string | null;
  /** Why the blob could not be read (absent or unreadable); null when `text` is set. */
  readonly problem: string | null;
}

export interface ServingFacts {
  readonly sidecars: readonly PendingSidecar[];
  /** Sidecars that could not be listed, read or parsed: the server cannot bound their blast radius. */
  readonly sidecarProblems: readonly Diagnostic[];
  readonly state: ClusterState | null;
  /** Why the ledger could not be read (empty when it was read or is simply absent). */
  readonly stateProblems: readonly Diagnostic[];
  /** Payload reads by resource address; the check asks only for the ones the server would read. */
  readonly payload: (address: string, digest: string) => PayloadRead | null;
}

export interface ServingVerdict {
  readonly boots: boolean;
  /** Graphs the server would serve (empty when it refuses to boot). */
  readonly graphs: readonly string[];
  /** Graphs dropped because an interrupted operation awaits recovery. */
  readonly quarantined: readonly string[];
  readonly diagnostics: readonly Diagnostic[];
}

export function servingVerdict(facts: ServingFacts): ServingVerdict {
  const fatal: Diagnostic[] = facts.sidecarProblems.map((d) => ({ ...d, severity: 'error' as const }));
  const startup: Diagnostic[] = [];
  const quarantined = new Set<string>();
  for (const sidecar of facts.sidecars) {
    if (sidecar.graphId.trim() === '') {
      fatal.push(
        error(
          'cluster_recovery_unattributed',
          sidecar.path,
          'recovery sidecar has no graph id; run a state-mutating cluster command to sweep it before serving',
        ),
      );
      continue;
    }
    quarantined.add(sidecar.graphId);
    startup.push(
      warning(
        'cluster_recovery_pending',
        `graph.${sidecar.graphId}`,
        `graph \`${sidecar.graphId}\` is quarantined because interrupted operation \`${sidecar.operationId}\` awaits recovery; run any state-mutating cluster command (e.g. \`cluster apply\`) to sweep`,
      ),
    );
  }
  const dropped = sortBytewise([...quarantined]);
  if (hasErrors(fatal)) return refused(fatal, dropped);
  if (!facts.state) {
    const missing = facts.stateProblems.length > 0
      ? facts.stateProblems
      : [error('cluster_state_missing', STATE_PATH, 'no cluster state ledger; run `cluster import` and `cluster apply` first')];
    return refused([...fatal, ...missing, ...startup], dropped);
  }
  const diagnostics = [...fatal];
  const profiles = verifiedProfiles(facts.state, quarantined, diagnostics);
  const graphs = checkResources(facts, facts.state, quarantined, profiles, diagnostics);
  if (graphs.length === 0) {
    diagnostics.push(
      quarantined.size > 0 && Object.keys(facts.state.applied_revision.resources).some((a) => a.startsWith('graph.'))
        ? error(
            'cluster_no_healthy_graphs',
            RECOVERIES_PATH,
            'all applied graphs are quarantined by startup safety checks; resolve the graph-specific diagnostics, then retry',
          )
        : error('cluster_empty', STATE_PATH, 'the applied revision records no graphs; apply a cluster with at least one graph before serving from it'),
    );
  }
  if (hasErrors(diagnostics)) return refused([...diagnostics, ...startup], dropped);
  return { boots: true, graphs, quarantined: dropped, diagnostics: startup };
}

function refused(diagnostics: Diagnostic[], quarantined: string[]): ServingVerdict {
  return { boots: false, graphs: [], quarantined, diagnostics };
}

function sortedEntries(state: ClusterState): [string, ResourceEntry][] {
  return Object.entries(state.applied_revision.resources).sort(([a], [b]) => compareBytes(a, b));
}

const graphOf = (address: string) => (address.startsWith('graph.') ? address.slice('graph.'.length) : null);
const isProvider = (address: string) => /^provider\.embedding\.[^.]+$/.test(address);

/** Provider profiles the served graphs need, each re-hashed against the digest the ledger binds. */
function verifiedProfiles(state: ClusterState, quarantined: ReadonlySet<string>, diagnostics: Diagnostic[]): Set<string> {
  const required = new Set<string>();
  for (const [address, entry] of sortedEntries(state)) {
    const graph = graphOf(address);
    if (graph !== null && !quarantined.has(graph) && entry.embedding_provider) required.add(entry.embedding_provider);
  }
  const verified = new Set<string>();
  for (const [address, entry] of sortedEntries(state)) {
    if (!isProvider(address) || !required.has(address)) continue;
    if (!entry.embedding_profile) {
      diagnostics.push(error('embedding_provider_profile_missing', address, 'no applied embedding provider profile recorded; re-run `cluster apply` to backfill'));
      continue;
    }
    const actual = embeddingProviderDigest(entry.embedding_profile);
    if (actual !== entry.digest) {
      diagnostics.push(
        error(
          'embedding_provider_digest_mismatch',
          address,
          `applied embedding provider profile does not match its recorded digest (actual sha256:${actual}); run \`cluster refresh\` then \`cluster apply\`, and restart`,
        ),
      );
      continue;
    }
    verified.add(address);
  }
  return verified;
}

/** Walks the ledger in address order as the loader does; returns the graphs that would serve. */
function checkResources(
  facts: ServingFacts,
  state: ClusterState,
  quarantined: ReadonlySet<string>,
  profiles: ReadonlySet<string>,
  diagnostics: Diagnostic[],
): string[] {
  const graphs: string[] = [];
  const index = ledgerQueryIndex(state);
  for (const [address, entry] of sortedEntries(state)) {
    const graph = graphOf(address);
    if (graph !== null) {
      if (quarantined.has(graph)) continue;
      checkProviderReference(address, entry, profiles, diagnostics);
      if (compositeFromLedger(state, graph, undefined, index) !== entry.digest) {
        diagnostics.push(
          error(
            'external_blob_policy_digest_mismatch',
            address,
            'the applied graph resource metadata is not bound by its composite digest; restore the cluster state ledger from a trusted copy before retrying',
          ),
        );
        continue;
      }
      graphs.push(graph);
    } else if (address.startsWith('query.')) {
      if (!quarantined.has(address.slice('query.'.length).split('.')[0] ?? '')) checkPayload(facts, address, entry, diagnostics);
    } else if (address.startsWith('policy.')) {
      if (!entry.applies_to) {
        diagnostics.push(
          error('policy_bindings_missing', address, 'no applied applies_to bindings recorded (ledger predates binding metadata); re-run `cluster apply` to backfill'),
        );
        continue;
      }
      const live = entry.applies_to.filter((b) => !b.startsWith('graph.') || !quarantined.has(b.slice('graph.'.length)));
      if (live.length > 0) checkPayload(facts, address, entry, diagnostics);
    }
  }
  return graphs;
}

function checkProviderReference(address: string, entry: ResourceEntry, profiles: ReadonlySet<string>, diagnostics: Diagnostic[]): void {
  const provider = entry.embedding_provider;
  if (!provider) return;
  if (!isProvider(provider)) {
    diagnostics.push(error('wrong_kind_reference', address, `graph embedding_provider expects \`provider.embedding.<name>\`, got \`${provider}\``));
  } else if (!profiles.has(provider)) {
    diagnostics.push(
      error('embedding_provider_missing', address, `graph references \`${provider}\`, but no applied embedding provider profile is available; re-run \`cluster apply\``),
    );
  }
}

function checkPayload(facts: ServingFacts, address: string, entry: ResourceEntry, diagnostics: Diagnostic[]): void {
  const read = facts.payload(address, entry.digest);
  if (!read) {
    diagnostics.push(error('catalog_payload_missing', address, 'resource kind has no payload'));
  } else if (read.text === null) {
    diagnostics.push(
      error(
        'catalog_payload_missing',
        address,
        `catalog blob '${read.display}' unreadable (${read.problem ?? 'not found'}); run \`cluster refresh\` then \`cluster apply\`, and restart`,
      ),
    );
  } else if (sha256hex(read.text) !== entry.digest) {
    diagnostics.push(
      error(
        'catalog_payload_digest_mismatch',
        address,
        `catalog blob '${read.display}' does not match its recorded digest; run \`cluster refresh\` then \`cluster apply\`, and restart`,
      ),
    );
  }
}
