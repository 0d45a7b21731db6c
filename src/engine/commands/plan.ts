import { resourceDigests } from '../config/desired.js';
import { hasErrors, warning, type Diagnostic } from '../diagnostics/index.js';
import { sortedRecord } from '../../base/json.js';
import type { PlanOutput } from '../model/outputs.js';
import { pendingSidecarWarnings } from '../recovery/sidecar-store.js';
import { approvalGates, blastRadius, classify } from '../plan/index.js';
import type { CommandOptions } from './api.js';
import type { CommandDeps } from '../ports/command-deps.js';
import { changeJson, desiredChanges, resolveApprovals } from './changes.js';
import { checkMigrations } from './migration-check.js';
import { readState } from '../state/index.js';
import { releaseLock, takeLock } from './lock-io.js';
import { observationsFor, openSession } from './session.js';

/**
 * `plan` (docs/contract/commands.md#plan): a preview. Takes the lock only for a consistent read, never
 * writes state, never sweeps; embeds the engine's migration preview for every schema update.
 */
export async function plan(deps: CommandDeps, options: CommandOptions): Promise<PlanOutput> {
  const session = openSession(deps, options.configDir, { loadResources: true, root: options.root });
  const diagnostics: Diagnostic[] = session.diagnostics;
  const obs = observationsFor(session);
  const desired = session.desired;
  const output = (extra: Partial<Pick<PlanOutput, 'changes' | 'blast_radius' | 'approvals_required'>> = {}): PlanOutput => ({
    ok: !hasErrors(diagnostics),
    config_dir: options.configDir,
    desired_revision: desired ? { config_digest: desired.configDigest } : {},
    resource_digests: desired ? sortedRecord(resourceDigests(desired)) : {},
    dependencies: desired ? desired.dependencies.map((d) => ({ from: d.from, to: d.to })) : [],
    state_observations: obs.toJson(),
    changes: (extra.changes ?? []).map(changeJson),
    blast_radius: extra.blast_radius ?? [],
    approvals_required: extra.approvals_required ?? [],
    diagnostics,
  });
  const storage = session.storage;
  if (!desired || !storage || hasErrors(diagnostics)) return output();

  const lock = await takeLock(deps, storage, session, 'plan', obs);
  diagnostics.push(...lock.diagnostics);
  try {
    if (!lock.ok) return output();
    diagnostics.push(...(await pendingSidecarWarnings(storage)));
    const read = await readState(storage);
    obs.recordState(read.state, read.cas);
    diagnostics.push(...read.diagnostics);
    if (hasErrors(diagnostics)) return output();

    const changes = desiredChanges(read.state, desired);
    const approvals = await resolveApprovals(storage, read.state, changes, desired.configDigest);
    diagnostics.push(...approvals.diagnostics);
    const planned = classify(changes, { dependencies: desired.dependencies, pendingGraphs: new Set(), approved: approvals.approved });
    const check = await checkMigrations(deps.graphEngine(storage), storage, desired, planned, desired.dependencies);
    const classified = check.changes;
    for (const change of classified) {
      const preview = check.previews.get(change.resource);
      if (preview) change.migration = preview;
      const why = check.unavailable.get(change.resource);
      if (why !== undefined) diagnostics.push(warning('schema_preview_unavailable', change.resource, `could not preview the schema migration: ${why}`));
    }
    diagnostics.push(...check.diagnostics);
    return output({
      changes: classified,
      blast_radius: blastRadius(classified, desired.dependencies),
      approvals_required: approvalGates(classified, approvals.approved),
    });
  } finally {
    await releaseLock(storage, lock);
  }
}
