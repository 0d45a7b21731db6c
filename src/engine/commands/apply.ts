import { hasErrors, warning, error, type Diagnostic } from '../diagnostics/index.js';
import { casToken } from '../../base/hash.js';
import { sortedRecord } from '../../base/json.js';
import { rfc3339 } from '../ports/clock.js';
import type { ApplyOutput } from '../model/outputs.js';
import { markApprovalsConsumed } from '../approvals/store.js';
import { createGraph } from '../apply/graph-create.js';
import { deleteGraph } from '../apply/graph-delete.js';
import { buildNewLedger } from '../apply/new-state.js';
import { publishPayloads } from '../apply/payload-publish.js';
import { RunAborted, type ApplyRun } from '../apply/run.js';
import { applySchema } from '../apply/schema-apply.js';
import { sidecarKey } from '../recovery/sidecar-store.js';
import { sweepRecoveries } from '../recovery/sweep.js';
import { approvalGates, approvalInvariantViolated, classify, demote, type Change } from '../plan/index.js';
import { unboundGraphEntries } from '../observe/composite.js';
import type { ActorOptions } from './api.js';
import { changeJson, desiredChanges, resolveApprovals } from './changes.js';
import { checkMigrations } from './migration-check.js';
import type { CommandDeps } from '../ports/command-deps.js';
import { cloneState, type ClusterState } from '../state/index.js';
import { readState, stateText, writeState } from '../state/index.js';
import { releaseLock, takeLock } from './lock-io.js';
import { ObservationsBuilder } from './observations.js';
import { displayClusterPath, openSession } from './session.js';

/**
 * `apply` (spec/cluster.md §6.3): recompute under the lock, sweep, then creates → schema applies
 * → payloads → approved deletes → one CAS write of the new ledger. Each graph-moving step is
 * fenced by a recovery sidecar, retired only after the write lands.
 */
export async function apply(deps: CommandDeps, options: ActorOptions): Promise<ApplyOutput> {
  const session = openSession(deps, options.configDir, { loadResources: true });
  const diagnostics: Diagnostic[] = session.diagnostics;
  const obs = new ObservationsBuilder(displayClusterPath(session, 'state.json'), displayClusterPath(session, 'lock.json'));
  const desired = session.desired;
  let changes: Change[] = [];
  let statuses: ClusterState['resource_statuses'] = {};
  const result = (extra: Partial<ApplyOutput> = {}): ApplyOutput => ({
    ok: !hasErrors(diagnostics),
    config_dir: options.configDir,
    actor: options.actor ?? undefined,
    desired_revision: desired ? { config_digest: desired.configDigest } : {},
    state_observations: obs.toJson(),
    changes: changes.map(changeJson),
    applied_count: 0,
    deferred_count: 0,
    converged: false,
    state_written: false,
    resource_statuses: sortedRecord(statuses),
    diagnostics,
    ...extra,
  });
  const storage = session.storage;
  if (!desired || !storage || hasErrors(diagnostics)) return result();

  const lock = await takeLock(deps, storage, session, 'apply', obs);
  diagnostics.push(...lock.diagnostics);
  if (!lock.ok) return result();
  try {
    const read = await readState(storage);
    obs.recordState(read.state, read.cas);
    diagnostics.push(...read.diagnostics);
    if (hasErrors(diagnostics)) return result();
    if (!read.state) {
      diagnostics.push(error('state_missing', '__cluster/state.json', 'apply requires an existing state.json; run `cluster import` to bootstrap state'));
      return result();
    }
    statuses = read.state.resource_statuses;
    for (const address of unboundGraphEntries(read.state)) {
      diagnostics.push(
        error(
          'external_blob_policy_digest_mismatch',
          address,
          'the applied graph resource metadata is not bound by its composite digest; restore the cluster state ledger from a trusted copy before retrying',
        ),
      );
    }
    if (hasErrors(diagnostics)) return result();

    const asRead = read.state;
    const ledger = cloneState(read.state);
    const engine = deps.graphEngine(storage);
    const sweep = await sweepRecoveries(ledger, { storage, engine, clock: deps.clock });
    diagnostics.push(...sweep.diagnostics);
    statuses = ledger.resource_statuses;

    // One diff of the swept ledger serves approvals and classification (neither mutates it).
    const pending = desiredChanges(ledger, desired);
    const approvals = await resolveApprovals(storage, ledger, pending, desired.configDigest);
    diagnostics.push(...approvals.diagnostics);
    changes = classify(pending, {
      dependencies: desired.dependencies,
      pendingGraphs: sweep.pendingGraphs,
      approved: approvals.approved,
    });
    if (approvalInvariantViolated(changes, approvalGates(changes, approvals.approved))) {
      diagnostics.push(error('apply_approval_invariant_violation', 'changes', 'an executable change requires approval; refusing to apply'));
      return result();
    }
    // Same refusal as plan, before anything moves; an unavailable preview is left to the schema
    // apply itself, which reports it as `schema_apply_failed` with the engine's own error.
    const migrations = await checkMigrations(engine, storage, desired, changes, desired.dependencies);
    changes = migrations.changes;
    diagnostics.push(...migrations.diagnostics);

    const run: ApplyRun = {
      deps,
      storage,
      engine,
      desired,
      ledger,
      expectedCas: read.cas,
      actor: options.actor,
      diagnostics,
      failures: new Map(),
      completedSidecars: [],
      executedDeletes: new Map(),
    };
    try {
      for (const c of changes) if (isApplied(c, 'graph.', 'create')) await createGraph(run, c.resource.slice('graph.'.length));
      for (const c of changes) if (isApplied(c, 'schema.', 'update')) await applySchema(run, c.resource.slice('schema.'.length));
      if (run.failures.size > 0) changes = demote(changes, run.failures, desired.dependencies);
      for (const c of changes) {
        if (c.disposition === 'deferred') {
          diagnostics.push(warning('apply_unsupported_change', c.resource, 'graph/schema changes are not applied in this stage; they are deferred to the graph-lifecycle phase'));
        } else if (c.disposition === 'blocked') {
          diagnostics.push(warning('apply_dependency_blocked', c.resource, `blocked by an unapplied or missing dependency (${c.reason ?? 'unknown'})`));
        }
      }
      if ((await publishPayloads(run, changes)) > 0) return result();
      if (await deps.failpoints.hit('cluster_apply.after_payload_phase')) {
        diagnostics.push(error('injected_failpoint', 'cluster_apply.after_payload_phase', 'injected failpoint triggered: cluster_apply.after_payload_phase'));
        return result();
      }
      for (const c of changes) if (isApplied(c, 'graph.', 'delete')) await deleteGraph(run, c.resource.slice('graph.'.length), approvals.artifacts);
      if ([...run.failures.values()].includes('delete')) changes = demote(changes, run.failures, desired.dependencies);
    } catch (e) {
      if (e instanceof RunAborted) return result();
      throw e;
    }

    const at = rfc3339(deps.clock.now());
    const built = buildNewLedger(ledger, changes, desired, run.executedDeletes, { at, actor: options.actor });
    const next = built.ledger;
    const converged = desiredChanges(next, desired).length === 0;
    if (converged) next.applied_revision.config_digest = desired.configDigest;
    const counts = {
      applied_count: changes.filter((c) => c.disposition === 'applied').length,
      deferred_count: changes.filter((c) => c.disposition === 'deferred' || c.disposition === 'blocked').length,
      converged,
    };
    let written = false;
    if (changedSinceRead(next, asRead, read.cas)) {
      next.state_revision = read.state.state_revision + 1;
      if (await deps.failpoints.hit('cluster_apply.before_state_write')) {
        diagnostics.push(error('injected_failpoint', 'cluster_apply.before_state_write', 'injected failpoint triggered: cluster_apply.before_state_write'));
        return result({ ...counts, state_written: false });
      }
      const write = await writeState(storage, next, read.cas);
      if (!write.ok) {
        diagnostics.push(write.diagnostic);
        return result({ ...counts, state_written: false });
      }
      obs.recordState(next, write.cas);
      written = true;
    }
    for (const op of [...sweep.completedSidecars, ...run.completedSidecars]) await storage.delete(sidecarKey(op)).catch(() => {});
    await markApprovalsConsumed(storage, new Map([...sweep.consumedApprovals, ...built.consumedApprovals]));
    statuses = next.resource_statuses;
    return result({ ...counts, state_written: written });
  } finally {
    await releaseLock(storage, lock);
  }
}

function isApplied(change: Change, prefix: string, operation: Change['operation']): boolean {
  return change.disposition === 'applied' && change.operation === operation && change.resource.startsWith(prefix);
}

/**
 * §3.7: compare as-read and new state in their canonical serialization, ignoring the revision bump.
 * Serializing a 10k-resource ledger is costly, so the no-op case first checks whether the new
 * ledger at the read revision is byte-for-byte the file that was read (its CAS token); a state
 * file in canonical form parses back to the same ledger, so that equality settles it.
 */
function changedSinceRead(next: ClusterState, asRead: ClusterState, readCas: string | null): boolean {
  if (readCas !== null && casToken(stateText({ ...next, state_revision: asRead.state_revision })) === readCas) return false;
  return withoutRevision(next) !== withoutRevision(asRead);
}

function withoutRevision(ledger: ClusterState): string {
  return stateText({ ...ledger, state_revision: 0 });
}
