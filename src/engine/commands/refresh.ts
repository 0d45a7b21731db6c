import { resourceDigests } from '../config/desired.js';
import { error, hasErrors, type Diagnostic } from '../diagnostics/index.js';
import { sortedRecord } from '../../base/json.js';
import type { RefreshOutput } from '../model/outputs.js';
import { verifyPayloadsAndHeal } from './payload-heal.js';
import { observeGraphs } from '../observe/observe-graphs.js';
import { unboundGraphErrors } from '../observe/composite.js';
import { sweepRecoveries } from '../recovery/sweep.js';
import type { CommandOptions } from './api.js';
import type { CommandDeps } from '../ports/command-deps.js';
import { appliedDigests, cloneState, emptyState, type ClusterState } from '../state/index.js';
import { withLockedState } from './locked-state.js';
import { observationsFor, openSession } from './session.js';

/**
 * `refresh` and `import` (docs/contract/commands.md#refresh-and-import, one algorithm): sweep, verify payloads with
 * self-heal, observe every declared graph, then one CAS write (import: revision 1, only when
 * error-free; refresh: previous + 1, always).
 */
export async function refreshOrImport(deps: CommandDeps, options: CommandOptions, operation: 'refresh' | 'import'): Promise<RefreshOutput> {
  const session = openSession(deps, options.configDir, { loadResources: true, root: options.root });
  const diagnostics: Diagnostic[] = session.diagnostics;
  const obs = observationsFor(session);
  const desired = session.desired;
  const desiredDigests = desired ? sortedRecord(resourceDigests(desired)) : {};
  const result = (ledger: ClusterState | null, digests?: Record<string, string>): RefreshOutput => ({
    ok: !hasErrors(diagnostics),
    operation,
    config_dir: options.configDir,
    state_observations: obs.toJson(),
    resource_digests: digests ?? (ledger ? sortedRecord(appliedDigests(ledger)) : desiredDigests),
    resource_statuses: ledger ? sortedRecord(ledger.resource_statuses) : {},
    observations: ledger ? sortedRecord(ledger.observations) : {},
    diagnostics,
  });
  const storage = session.storage;
  if (!desired || !storage || hasErrors(diagnostics)) return result(null);

  return withLockedState({ deps, session, storage, operation, obs, diagnostics, refused: () => result(null) }, async (locked) => {
    if (operation === 'refresh' && !locked.state) {
      diagnostics.push(error('state_missing', '__cluster/state.json', 'refresh requires an existing state.json; run `cluster import` to bootstrap state'));
      return result(null, {});
    }
    if (operation === 'import' && locked.state) {
      diagnostics.push(
        error(
          'state_already_exists',
          '__cluster/state.json',
          'import creates initial state only when state.json is missing; use `cluster refresh` for an existing state ledger',
        ),
      );
      return result(locked.state);
    }
    const ledger = locked.state ? cloneState(locked.state) : emptyState(desired.configDigest);
    diagnostics.push(...unboundGraphErrors(ledger));
    if (hasErrors(diagnostics)) return result(ledger);
    const engine = deps.graphEngine(storage);
    const sweep = await sweepRecoveries(ledger, { storage, engine, clock: deps.clock, logger: deps.logger });
    diagnostics.push(...sweep.diagnostics);
    diagnostics.push(...(await verifyPayloadsAndHeal(storage, ledger)));
    diagnostics.push(...(await observeGraphs(ledger, desired, { storage, engine, clock: deps.clock })));
    if (operation === 'import' && hasErrors(diagnostics)) return result(ledger);

    ledger.state_revision = operation === 'import' ? 1 : (locked.state?.state_revision ?? 0) + 1;
    if (await locked.write(ledger)) await locked.retire(sweep);
    return result(ledger);
  });
}
