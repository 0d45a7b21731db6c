import type { Diagnostic } from '../diagnostics/index.js';
import { hasErrors, warning } from '../diagnostics/index.js';
import { sortedRecord } from '../../base/json.js';
import type { StatusOutput } from '../model/outputs.js';
import { pendingSidecarWarnings } from '../recovery/sidecar-store.js';
import type { CommandOptions } from './api.js';
import type { ClusterState } from '../state/index.js';
import type { CommandDeps } from '../ports/command-deps.js';
import { appliedDigests, readState } from '../state/index.js';
import { observeLock } from './lock-io.js';
import { verifyPayloadsReadOnly } from './payload-heal.js';
import { observationsFor, openSession } from './session.js';

const HEADER_CODES = new Set(['unsupported_cluster_config_version', 'empty_metadata_name', 'unsupported_state_backend', 'invalid_storage_root']);

/**
 * `status` (docs/contract/commands.md#status): read-only, never locks, reads no source files and opens no
 * graph. Reports the ledger, the lock and payload health. A missing ledger is a warning.
 */
export async function status(deps: CommandDeps, options: CommandOptions): Promise<StatusOutput> {
  const session = openSession(deps, options.configDir, { loadResources: false, root: options.root });
  const obs = observationsFor(session);
  // Header checks are reported after the lock and sidecar observations here (docs/contract/commands.md#status).
  const header = session.diagnostics.filter((d) => HEADER_CODES.has(d.code));
  const diagnostics: Diagnostic[] = session.diagnostics.filter((d) => !HEADER_CODES.has(d.code));
  let ledger: ClusterState | null = null;
  // The lock is observed even when cluster.yaml is broken (docs/contract/commands.md#status): at the config dir by default.
  const dirMissing = session.diagnostics.some((d) => d.code === 'config_dir_not_found');
  const storage = session.storage ?? (!dirMissing && session.displayRoot.kind === 'local' ? deps.openStorage(session.displayRoot) : null);
  if (storage) {
    diagnostics.push(...(await observeLock(storage, obs, deps.clock)));
    diagnostics.push(...(await pendingSidecarWarnings(storage)));
  }
  diagnostics.push(...header);
  if (session.storage && !hasErrors(diagnostics)) {
    const read = await readState(session.storage);
    obs.recordState(read.state, read.cas);
    diagnostics.push(...read.diagnostics);
    ledger = read.state;
    if (!read.found && !hasErrors(read.diagnostics)) {
      diagnostics.push(warning('state_missing', '__cluster/state.json', 'state.json is missing; no applied cluster revision has been recorded'));
    } else if (ledger) {
      diagnostics.push(...(await verifyPayloadsReadOnly(session.storage, ledger)));
    }
  }
  return {
    ok: !hasErrors(diagnostics),
    config_dir: options.configDir,
    state_observations: obs.toJson(),
    resource_digests: ledger ? sortedRecord(appliedDigests(ledger)) : {},
    resource_statuses: ledger ? sortedRecord(ledger.resource_statuses) : {},
    observations: ledger ? sortedRecord(ledger.observations) : {},
    diagnostics,
  };
}
