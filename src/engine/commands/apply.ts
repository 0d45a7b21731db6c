import type { ApprovalArtifact } from '../approvals/artifact.js';
import type { DesiredState } from '../config/desired.js';
import { hasErrors, warning, error, type Diagnostic } from '../diagnostics/index.js';
import { casToken } from '../../base/hash.js';
import { sortedRecord } from '../../base/json.js';
import { rfc3339 } from '../ports/clock.js';
import type { ApplyOutput } from '../model/outputs.js';
import { createGraph } from '../apply/graph-create.js';
import { deleteGraph } from '../apply/graph-delete.js';
import { buildNewLedger } from '../apply/new-state.js';
import { publishPayloads } from '../apply/payload-publish.js';
import { RunAborted, failpointFired, type ApplyRun } from '../apply/run.js';
import { applySchema } from '../apply/schema-apply.js';
import { sweepRecoveries, type SweepResult } from '../recovery/sweep.js';
import { approvalGates, approvalInvariantViolated, classify, demote, destructiveChanges, holdDestructive, type Change } from '../plan/index.js';
import { unboundGraphErrors } from '../observe/composite.js';
import type { ActorOptions } from './api.js';
import { changeJson, desiredChanges, resolveApprovals } from './changes.js';
import { checkMigrations } from './migration-check.js';
import type { CommandDeps } from '../ports/command-deps.js';
import type { GraphEngine, Storage } from '../ports/index.js';
import { cloneState, sameStateText, stateText, stateTextsDiffer, type ClusterState } from '../state/index.js';
import { withLockedState, type LockedState } from './locked-state.js';
import { observationsFor, openSession } from './session.js';

/** What the output reports so far; the phases update it as they learn more. */
interface Progress {
  changes: Change[];
  statuses: ClusterState['resource_statuses'];
}

/** The classified change list of the swept ledger, with the approvals that cover it. */
interface Prepared {
  readonly sweep: SweepResult;
  readonly changes: Change[];
  readonly approved: ReadonlySet<string>;
  readonly artifacts: ApprovalArtifact[];
}

type Counts = Pick<ApplyOutput, 'applied_count' | 'deferred_count' | 'converged'>;

/**
 * `apply` (docs/contract/commands.md#apply): recompute under the lock, sweep, then creates → schema applies
 * → payloads → approved deletes → one CAS write of the new ledger. Each graph-moving step is
 * fenced by a recovery sidecar, retired only after the write lands.
 */
export async function apply(deps: CommandDeps, options: ActorOptions): Promise<ApplyOutput> {
  const session = openSession(deps, options.configDir, { loadResources: true, root: options.root });
  const diagnostics: Diagnostic[] = session.diagnostics;
  const obs = observationsFor(session);
  const { desired, storage } = session;
  const progress: Progress = { changes: [], statuses: {} };
  const result = (extra: Partial<ApplyOutput> = {}): ApplyOutput => ({
    ok: !hasErrors(diagnostics),
    config_dir: options.configDir,
    actor: options.actor ?? undefined,
    desired_revision: desired ? { config_digest: desired.configDigest } : {},
    state_observations: obs.toJson(),
    changes: progress.changes.map(changeJson),
    applied_count: 0,
    deferred_count: 0,
    converged: false,
    state_written: false,
    resource_statuses: sortedRecord(progress.statuses),
    diagnostics,
    ...extra,
  });
  if (!desired || !storage || hasErrors(diagnostics)) return result();

  return withLockedState({ deps, session, storage, operation: 'apply', obs, diagnostics, refused: result }, async (locked) => {
    if (locked.state) progress.statuses = locked.state.resource_statuses;
    const asRead = authoritativeLedger(locked, diagnostics);
    if (!asRead) return result();
    const ledger = cloneState(asRead);
    const engine = deps.graphEngine(storage);
    const prepared = await prepare(deps, { storage, engine, ledger, desired, diagnostics });
    progress.statuses = ledger.resource_statuses;
    progress.changes = prepared.changes;
    if (unapprovedExecutable(prepared, diagnostics)) return result();
    // Same refusal as plan, before anything moves; an unavailable preview is left to the schema
    // apply itself, which reports it as `schema_apply_failed` with the engine's own error.
    const migrations = await checkMigrations(engine, storage, desired, progress.changes, desired.dependencies);
    const gated = options.gateDestructive ? destructiveChanges(migrations.changes, migrations.previews) : new Map<string, string>();
    progress.changes = holdDestructive(migrations.changes, gated, prepared.approved, desired.dependencies);
    diagnostics.push(...migrations.diagnostics);

    const run: ApplyRun = {
      deps,
      storage,
      engine,
      desired,
      ledger,
      expectedCas: locked.cas,
      actor: options.actor,
      diagnostics,
      failures: new Map(),
      completedSidecars: [],
      executedDeletes: new Map(),
    };
    if (!(await executePhases(run, prepared, progress))) return result();
    return result(await commit(run, locked, asRead, prepared.sweep, progress));
  });
}

/** The ledger apply may act on: present, and with every graph digest bound to its metadata. */
function authoritativeLedger(locked: LockedState, diagnostics: Diagnostic[]): ClusterState | null {
  if (!locked.state) {
    diagnostics.push(error('state_missing', '__cluster/state.json', 'apply requires an existing state.json; run `cluster import` to bootstrap state'));
    return null;
  }
  diagnostics.push(...unboundGraphErrors(locked.state));
  return hasErrors(diagnostics) ? null : locked.state;
}

/** Sweep, then one diff of the swept ledger for approvals and classification (neither mutates it). */
async function prepare(
  deps: CommandDeps,
  context: { storage: Storage; engine: GraphEngine; ledger: ClusterState; desired: DesiredState; diagnostics: Diagnostic[] },
): Promise<Prepared> {
  const { storage, engine, ledger, desired, diagnostics } = context;
  const sweep = await sweepRecoveries(ledger, { storage, engine, clock: deps.clock, logger: deps.logger });
  diagnostics.push(...sweep.diagnostics);
  const pending = desiredChanges(ledger, desired);
  const approvals = await resolveApprovals(storage, ledger, pending, desired.configDigest);
  diagnostics.push(...approvals.diagnostics);
  const changes = classify(pending, { dependencies: desired.dependencies, pendingGraphs: sweep.pendingGraphs, approved: approvals.approved });
  return { sweep, changes, approved: approvals.approved, artifacts: approvals.artifacts };
}

/** The classifier let an unapproved delete through: apply must not touch any graph then. */
function unapprovedExecutable(prepared: Prepared, diagnostics: Diagnostic[]): boolean {
  if (!approvalInvariantViolated(prepared.changes, approvalGates(prepared.changes, prepared.approved))) return false;
  diagnostics.push(error('apply_approval_invariant_violation', 'changes', 'an executable change requires approval; refusing to apply'));
  return true;
}

/**
 * Creates → schema applies → payloads → approved deletes, demoting in `progress.changes` what a
 * failed graph blocks. False when the run must stop before the state write.
 */
async function executePhases(run: ApplyRun, prepared: Prepared, progress: Progress): Promise<boolean> {
  const dependencies = run.desired.dependencies;
  const applied = (prefix: string, operation: Change['operation']) => progress.changes.filter((c) => isApplied(c, prefix, operation));
  try {
    for (const c of applied('graph.', 'create')) await createGraph(run, c.resource.slice('graph.'.length));
    for (const c of applied('schema.', 'update')) await applySchema(run, c.resource.slice('schema.'.length));
    if (run.failures.size > 0) progress.changes = demote(progress.changes, run.failures, dependencies);
    warnUnapplied(progress.changes, run.diagnostics);
    if ((await publishPayloads(run, progress.changes)) > 0) return false;
    if (await failpointFired(run.deps.failpoints, run.diagnostics, 'after_payload_phase')) return false;
    for (const c of applied('graph.', 'delete')) await deleteGraph(run, c.resource.slice('graph.'.length), prepared.artifacts);
    if ([...run.failures.values()].includes('delete')) progress.changes = demote(progress.changes, run.failures, dependencies);
    return true;
  } catch (e) {
    if (e instanceof RunAborted) return false;
    throw e;
  }
}

function warnUnapplied(changes: readonly Change[], diagnostics: Diagnostic[]): void {
  for (const c of changes) {
    if (c.disposition === 'deferred') {
      diagnostics.push(warning('apply_unsupported_change', c.resource, 'graph/schema changes are not applied in this stage; they are deferred to the graph-lifecycle phase'));
    } else if (c.disposition === 'blocked') {
      diagnostics.push(warning('apply_dependency_blocked', c.resource, `blocked by an unapplied or missing dependency (${c.reason ?? 'unknown'})`));
    }
  }
}

/** Builds the new ledger and writes it when it differs from what was read; then retires. */
async function commit(
  run: ApplyRun,
  locked: LockedState,
  asRead: ClusterState,
  sweep: SweepResult,
  progress: Progress,
): Promise<Counts & { state_written: boolean }> {
  const { desired, diagnostics } = run;
  const changes = progress.changes;
  const built = buildNewLedger(run.ledger, changes, desired, run.executedDeletes, { at: rfc3339(run.deps.clock.now()), actor: run.actor });
  const next = built.ledger;
  const converged = desiredChanges(next, desired).length === 0;
  if (converged) next.applied_revision.config_digest = desired.configDigest;
  const counts: Counts = {
    applied_count: changes.filter((c) => c.disposition === 'applied').length,
    deferred_count: changes.filter((c) => c.disposition === 'deferred' || c.disposition === 'blocked').length,
    converged,
  };
  let written = false;
  if (changedSinceRead(next, asRead, locked.cas)) {
    next.state_revision = asRead.state_revision + 1;
    if (await failpointFired(run.deps.failpoints, diagnostics, 'before_state_write')) return { ...counts, state_written: false };
    if (!(await locked.write(next))) return { ...counts, state_written: false };
    written = true;
  }
  await locked.retire({
    completedSidecars: [...sweep.completedSidecars, ...run.completedSidecars],
    consumedApprovals: new Map([...sweep.consumedApprovals, ...built.consumedApprovals]),
  });
  progress.statuses = next.resource_statuses;
  return { ...counts, state_written: written };
}

function isApplied(change: Change, prefix: string, operation: Change['operation']): boolean {
  return change.disposition === 'applied' && change.operation === operation && change.resource.startsWith(prefix);
}

/**
 * docs/contract/state.md#revisions: compare as-read and new state in their canonical serialization, ignoring the revision bump.
 * Serializing a 100k-resource ledger costs over a second, so the common cases are settled without
 * text: a no-op by comparing the two ledgers part by part in the form they would be written
 * (`sameStateText`), a run that created or deleted something by the entries it changed
 * (`stateTextsDiffer`). Only when neither can tell are the texts built and compared.
 */
function changedSinceRead(next: ClusterState, asRead: ClusterState, readCas: string | null): boolean {
  const atReadRevision = { ...next, state_revision: asRead.state_revision };
  if (sameStateText(atReadRevision, asRead)) return false;
  // Certainly different texts also differ from the bytes read: those parse to `asRead`, which
  // holds the same addresses, digests and statuses as they do.
  if (stateTextsDiffer(atReadRevision, asRead)) return true;
  // Both at the read revision, so this is the comparison "ignoring the revision bump".
  const text = stateText(atReadRevision);
  if (readCas !== null && casToken(text) === readCas) return false;
  return text !== stateText(asRead);
}

