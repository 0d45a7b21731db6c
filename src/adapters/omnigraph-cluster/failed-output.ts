import type { Diagnostic } from '../../engine/diagnostics/index.js';
import type {
  ApplyOutput,
  ApproveOutput,
  ForceUnlockOutput,
  PlanOutput,
  RefreshOutput,
  StateObservations,
  StatusOutput,
  ValidateOutput,
} from '../../engine/model/outputs.js';
import type { ClusterSubcommand } from './version.js';

export interface OutputBySubcommand {
  validate: ValidateOutput;
  plan: PlanOutput;
  apply: ApplyOutput;
  status: StatusOutput;
  refresh: RefreshOutput;
  import: RefreshOutput;
  'force-unlock': ForceUnlockOutput;
  approve: ApproveOutput;
}

// Nothing was observed: the binary never got as far as reading the ledger.
const NOTHING_OBSERVED: StateObservations = {
  state_path: '',
  lock_path: '',
  state_found: false,
  state_revision: 0,
  resource_count: 0,
  locked: false,
  lock_acquired: false,
};

/**
 * The output of a command the binary could not run (missing, too old, crashed, printed no JSON):
 * the same shape as a real one with `ok:false`, so renderers, the sticky comment and the failure
 * reasons treat it like any other failed command.
 */
export function failedOutput<C extends ClusterSubcommand>(command: C, configDir: string, diagnostic: Diagnostic): OutputBySubcommand[C] {
  const diagnostics = [diagnostic];
  const base = { ok: false, config_dir: configDir };
  const synced = { state_observations: NOTHING_OBSERVED, resource_digests: {}, resource_statuses: {}, observations: {}, diagnostics };
  const outputs: { [K in ClusterSubcommand]: () => OutputBySubcommand[K] } = {
    validate: () => ({ ...base, config_file: '', resource_digests: {}, resources: [], dependencies: [], diagnostics }),
    plan: () => ({
      ...base,
      desired_revision: {},
      resource_digests: {},
      dependencies: [],
      state_observations: NOTHING_OBSERVED,
      changes: [],
      blast_radius: [],
      approvals_required: [],
      diagnostics,
    }),
    apply: () => ({
      ...base,
      desired_revision: {},
      state_observations: NOTHING_OBSERVED,
      changes: [],
      applied_count: 0,
      deferred_count: 0,
      converged: false,
      state_written: false,
      resource_statuses: {},
      diagnostics,
    }),
    // Spread after the leading keys: JSON key order is the reference's field order.
    status: () => ({ ...base, ...synced }),
    refresh: () => ({ ok: false, operation: 'refresh', config_dir: configDir, ...synced }),
    import: () => ({ ok: false, operation: 'import', config_dir: configDir, ...synced }),
    'force-unlock': () => ({ ...base, state_observations: NOTHING_OBSERVED, lock_removed: false, diagnostics }),
    approve: () => ({ ...base, diagnostics }),
  };
  return outputs[command]();
}
