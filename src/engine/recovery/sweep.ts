import type { Diagnostic } from '../diagnostics/index.js';
import { error, warning } from '../diagnostics/index.js';
import { errorText } from '../../base/error-text.js';
import { sha256hex } from '../../base/hash.js';
import { rfc3339, type Clock } from '../ports/clock.js';
import type { GraphEngine, GraphRoot } from '../ports/graph-engine.js';
import type { Logger } from '../ports/logger.js';
import type { Storage } from '../ports/storage.js';
import type { ClusterState } from '../state/index.js';
import { compositeFromLedger } from '../observe/composite.js';
import { graphRoot } from '../observe/graph-root.js';
import { recordApprovalConsumed, tombstoneGraph } from '../state/index.js';
import { decideRecovery, type RecoveryObservation } from './decide.js';
import { loadSidecars, type Sidecar } from './sidecar-store.js';

export interface SweepResult {
  /** Graphs whose sidecar was kept: graph-moving work on them is blocked this run (docs/contract/recovery.md#pending-graphs). */
  readonly pendingGraphs: Set<string>;
  /** Sidecar operation ids to delete once the command's state write lands. */
  readonly completedSidecars: string[];
  /** approval id → consumed_at, to mark on the artifacts after the write. */
  readonly consumedApprovals: Map<string, string>;
  readonly diagnostics: Diagnostic[];
}

/**
 * The roll-forward-only recovery sweep (docs/contract/recovery.md): classifies every surviving
 * sidecar by observation and mutates the in-memory ledger; the command's single CAS write persists
 * it. Never deletes a graph root, never guesses.
 */
export async function sweepRecoveries(
  ledger: ClusterState,
  ports: { storage: Storage; engine: GraphEngine; clock: Clock; logger: Logger },
): Promise<SweepResult> {
  const loaded = await loadSidecars(ports.storage);
  if (loaded.sidecars.length > 0) ports.logger.info(`sweeping ${loaded.sidecars.length} recovery sidecar(s)`);
  const result: SweepResult = {
    pendingGraphs: new Set(),
    completedSidecars: [],
    consumedApprovals: new Map(),
    diagnostics: [...loaded.diagnostics],
  };
  for (const sidecar of loaded.sidecars) {
    const observation = await observe(sidecar, ports);
    const decision = decideRecovery(sidecar, observation, {
      recordedSchemaDigest: ledger.applied_revision.resources[`schema.${sidecar.graph_id}`]?.digest ?? null,
      graphInState: `graph.${sidecar.graph_id}` in ledger.applied_revision.resources,
    });
    const at = rfc3339(ports.clock.now());
    const graphId = sidecar.graph_id;
    if (decision.outcome === 'roll_forward' && observation.open.ok) {
      const live = observation.open.liveSchemaDigest;
      const resources = ledger.applied_revision.resources;
      resources[`schema.${graphId}`] = { ...resources[`schema.${graphId}`], digest: live };
      resources[`graph.${graphId}`] = { ...resources[`graph.${graphId}`], digest: compositeFromLedger(ledger, graphId, live) };
      recordRollForward(ledger, sidecar, at);
    } else if (decision.outcome === 'tombstone') {
      tombstoneGraph(ledger, graphId, at, sidecar.approval_id, sidecar.actor);
      recordRollForward(ledger, sidecar, at);
      if (sidecar.approval_id) {
        recordApprovalConsumed(ledger, sidecar.approval_id, at, sidecar.operation_id);
        result.consumedApprovals.set(sidecar.approval_id, at);
      }
    }
    if (decision.statuses) {
      const record = decision.statuses.condition
        ? { status: decision.statuses.status, conditions: [decision.statuses.condition], message: decision.statuses.message }
        : { status: decision.statuses.status };
      ledger.resource_statuses[`graph.${graphId}`] = { ...record };
      ledger.resource_statuses[`schema.${graphId}`] = { ...record };
    }
    if (decision.diagnostic) {
      const d = decision.diagnostic;
      result.diagnostics.push(d.severity === 'error' ? error(d.code, d.path, d.message) : warning(d.code, d.path, d.message));
    }
    if (decision.sidecar === 'kept') result.pendingGraphs.add(graphId);
    else result.completedSidecars.push(sidecar.operation_id);
  }
  return result;
}

function recordRollForward(ledger: ClusterState, sidecar: Sidecar, at: string): void {
  ledger.recovery_records[sidecar.operation_id] = {
    kind: sidecar.kind,
    graph_id: sidecar.graph_id,
    outcome: 'rolled_forward',
    recovered_at: at,
    actor: sidecar.actor,
  };
}

async function observe(sidecar: Sidecar, ports: { storage: Storage; engine: GraphEngine }): Promise<RecoveryObservation> {
  const root = graphRoot(ports.storage, sidecar.graph_id);
  let rootExists: boolean;
  try {
    rootExists = await ports.storage.existsPrefix(root.key);
  } catch (e) {
    return { rootExists: true, graphUri: root.uri, open: { ok: false, error: errorText(e) } };
  }
  if (!rootExists) return { rootExists, graphUri: root.uri, open: { ok: false, error: `graph root '${root.uri}' does not exist` } };
  try {
    return { rootExists, graphUri: root.uri, open: { ok: true, liveSchemaDigest: await liveDigest(sidecar, root, ports.engine) } };
  } catch (e) {
    // A create killed inside the engine's init: let the engine finish what the init would have
    // done, then classify what is left (row 1 when nothing was committed).
    const finished = sidecar.kind === 'graph_create' ? await finishInterruptedInit(ports.engine, root) : 'none';
    if (finished === 'discarded') return { rootExists: false, graphUri: root.uri, open: { ok: false, error: `graph root '${root.uri}' does not exist` } };
    if (finished === 'completed') {
      try {
        return { rootExists, graphUri: root.uri, open: { ok: true, liveSchemaDigest: await liveDigest(sidecar, root, ports.engine) } };
      } catch (again) {
        return { rootExists, graphUri: root.uri, open: { ok: false, error: errorText(again) } };
      }
    }
    return { rootExists, graphUri: root.uri, open: { ok: false, error: errorText(e) } };
  }
}

async function liveDigest(sidecar: Sidecar, root: GraphRoot, engine: GraphEngine): Promise<string> {
  // A state-mutating command may complete the engine's own recovery of an interrupted schema
  // apply (its read-only open refuses such a root), so the sweep can then classify it (docs/contract/failpoints.md#names).
  const opened = sidecar.kind === 'schema_apply' ? await engine.open(root) : await engine.openReadOnly(root);
  return sha256hex(opened.schemaSource);
}

async function finishInterruptedInit(engine: GraphEngine, root: GraphRoot): Promise<'discarded' | 'completed' | 'none'> {
  try {
    return (await engine.finishInterruptedInit?.(root)) ?? 'none';
  } catch {
    return 'none'; // Row 5 then reports the root as it is.
  }
}
