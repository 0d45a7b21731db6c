import { error, hasErrors, type Diagnostic } from '../diagnostics/index.js';
import { sortedRecord } from '../../base/json.js';
import type { RefreshOutput } from '../model/outputs.js';
import { markApprovalsConsumed } from '../approvals/store.js';
import { verifyPayloadsAndHeal } from './payload-heal.js';
import { observeGraphs } from '../observe/observe-graphs.js';
import { unboundGraphEntries } from '../observe/composite.js';
import { sidecarKey } from '../recovery/sidecar-store.js';
import { sweepRecoveries } from '../recovery/sweep.js';
import type { CommandOptions } from './api.js';
import type { CommandDeps } from '../ports/command-deps.js';
import { cloneState, emptyState, type ClusterState } from '../state/index.js';
import { readState, writeState } from '../state/index.js';
import { releaseLock, takeLock } from './lock-io.js';
import { ObservationsBuilder } from './observations.js';
import { displayClusterPath, openSession } from './session.js';

/**
 * `refresh` and `import` (spec/cluster.md §6.5, one algorithm): sweep, verify payloads with
 * self-heal, observe every declared graph, then one CAS write (import: revision 1, only when
 * error-free; refresh: previous + 1, always).
 */
export async function refreshOrImport(deps: CommandDeps, options: CommandOptions, operation: 'refresh' | 'import'): Promise<RefreshOutput> {
  const session = openSession(deps, options.configDir, { loadResources: true });
  const diagnostics: Diagnostic[] = session.diagnostics;
  const obs = new ObservationsBuilder(displayClusterPath(session, 'state.json'), displayClusterPath(session, 'lock.json'));
  const desired = session.desired;
  const desiredDigests = desired ? sortedRecord(new Map([...desired.resources].map(([a, r]) => [a, r.digest]))) : {};
  const result = (ledger: ClusterState | null, digests?: Record<string, string>): RefreshOutput => ({
    ok: !hasErrors(diagnostics),
    operation,
    config_dir: options.configDir,
    state_observations: obs.toJson(),
    resource_digests: digests ?? (ledger ? ledgerDigests(ledger) : desiredDigests),
    resource_statuses: ledger ? sortedRecord(ledger.resource_statuses) : {},
    observations: ledger ? sortedRecord(ledger.observations) : {},
    diagnostics,
  });
  const storage = session.storage;
  if (!desired || !storage || hasErrors(diagnostics)) return result(null);

  const lock = await takeLock(deps, storage, session, operation, obs);
  diagnostics.push(...lock.diagnostics);
  if (!lock.ok) return result(null);
  try {
    const read = await readState(storage);
    obs.recordState(read.state, read.cas);
    diagnostics.push(...read.diagnostics);
    if (hasErrors(diagnostics)) return result(null);
    if (operation === 'refresh' && !read.state) {
      diagnostics.push(error('state_missing', '__cluster/state.json', 'refresh requires an existing state.json; run `cluster import` to bootstrap state'));
      return result(null, {});
    }
    if (operation === 'import' && read.state) {
      diagnostics.push(
        error(
          'state_already_exists',
          '__cluster/state.json',
          'import creates initial state only when state.json is missing; use `cluster refresh` for an existing state ledger',
        ),
      );
      return result(read.state);
    }
    const ledger = read.state ? cloneState(read.state) : emptyState(desired.configDigest);
    for (const address of unboundGraphEntries(ledger)) {
      diagnostics.push(
        error(
          'external_blob_policy_digest_mismatch',
          address,
          'the applied graph resource metadata is not bound by its composite digest; restore the cluster state ledger from a trusted copy before retrying',
        ),
      );
    }
    if (hasErrors(diagnostics)) return result(ledger);
    const engine = deps.graphEngine(storage);
    const sweep = await sweepRecoveries(ledger, { storage, engine, clock: deps.clock });
    diagnostics.push(...sweep.diagnostics);
    diagnostics.push(...(await verifyPayloadsAndHeal(storage, ledger)));
    diagnostics.push(...(await observeGraphs(ledger, desired, { storage, engine, clock: deps.clock })));
    if (operation === 'import' && hasErrors(diagnostics)) return result(ledger);

    ledger.state_revision = operation === 'import' ? 1 : (read.state?.state_revision ?? 0) + 1;
    const write = await writeState(storage, ledger, read.cas);
    if (!write.ok) {
      diagnostics.push(write.diagnostic);
      return result(ledger);
    }
    obs.recordState(ledger, write.cas);
    for (const op of sweep.completedSidecars) await storage.delete(sidecarKey(op)).catch(() => {});
    await markApprovalsConsumed(storage, sweep.consumedApprovals);
    return result(ledger);
  } finally {
    await releaseLock(storage, lock);
  }
}

function ledgerDigests(ledger: ClusterState): Record<string, string> {
  return sortedRecord(Object.fromEntries(Object.entries(ledger.applied_revision.resources).map(([a, e]) => [a, e.digest])));
}
