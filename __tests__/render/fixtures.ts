import { error, warning, type Diagnostic } from '../../src/engine/diagnostics/index.js';
import type { ApplyOutput, PlanChange, PlanOutput, StateObservations, StatusOutput, RefreshOutput } from '../../src/engine/model/outputs.js';
import type { MigrationStep } from '../../src/engine/ports/graph-engine.js';
import type { RenderContext } from '../../src/render/index.js';

/** Output fixtures built from the rules of docs/contract/classifier.md to docs/contract/commands.md (not captured from a run). */
export const CTX: RenderContext = { configDir: 'clusters/prod', label: '' };
export const D1 = 'a'.repeat(64);
export const D2 = 'b'.repeat(64);
export const D3 = 'c'.repeat(64);
export const CONFIG = '1f'.repeat(32);

export function obs(overrides: Partial<StateObservations> = {}): StateObservations {
  return {
    state_path: '/work/clusters/prod/__cluster/state.json',
    lock_path: '/work/clusters/prod/__cluster/lock.json',
    state_found: true,
    applied_config_digest: '0e'.repeat(32),
    state_revision: 7,
    state_cas: `sha256:${'5a'.repeat(32)}`,
    resource_count: 6,
    locked: false,
    lock_acquired: true,
    acquired_lock_id: '01JLOCKPLAN00000000000000',
    ...overrides,
  };
}

export function plan(changes: PlanChange[], overrides: Partial<PlanOutput> = {}): PlanOutput {
  return {
    ok: true,
    config_dir: 'clusters/prod',
    desired_revision: { config_digest: CONFIG },
    resource_digests: {},
    dependencies: [],
    state_observations: obs(),
    changes,
    blast_radius: [],
    approvals_required: [],
    diagnostics: [],
    ...overrides,
  };
}

export function apply(changes: PlanChange[], overrides: Partial<ApplyOutput> = {}): ApplyOutput {
  const applied = changes.filter((c) => c.disposition === 'applied').length;
  const held = changes.filter((c) => c.disposition === 'deferred' || c.disposition === 'blocked').length;
  return {
    ok: true,
    config_dir: 'clusters/prod',
    actor: 'octocat',
    desired_revision: { config_digest: CONFIG },
    state_observations: obs({ state_revision: 8 }),
    changes,
    applied_count: applied,
    deferred_count: held,
    converged: held === 0,
    state_written: true,
    resource_statuses: {},
    diagnostics: [],
    ...overrides,
  };
}

export function status(overrides: Partial<StatusOutput> = {}): StatusOutput {
  return {
    ok: true,
    config_dir: 'clusters/prod',
    state_observations: obs({ lock_acquired: false, acquired_lock_id: undefined }),
    resource_digests: { 'graph.knowledge': D1, 'schema.knowledge': D2 },
    resource_statuses: { 'graph.knowledge': { status: 'applied' }, 'schema.knowledge': { status: 'applied' } },
    observations: {},
    diagnostics: [],
    ...overrides,
  };
}

export function refresh(overrides: Partial<RefreshOutput> = {}): RefreshOutput {
  return { ...status(), operation: 'refresh', state_observations: obs({ state_revision: 8 }), ...overrides };
}

export const create = (resource: string, extra: Partial<PlanChange> = {}): PlanChange => ({
  resource,
  operation: 'create',
  after_digest: D1,
  disposition: 'applied',
  ...extra,
});
export const update = (resource: string, extra: Partial<PlanChange> = {}): PlanChange => ({
  resource,
  operation: 'update',
  before_digest: D1,
  after_digest: D2,
  disposition: 'applied',
  ...extra,
});
export const remove = (resource: string, extra: Partial<PlanChange> = {}): PlanChange => ({
  resource,
  operation: 'delete',
  before_digest: D1,
  disposition: 'applied',
  ...extra,
});

export const ADD_BIO: MigrationStep = {
  kind: 'add_property',
  type_kind: 'node',
  type_name: 'Person',
  property_name: 'bio',
  property_type: { scalar: 'String', nullable: true, list: false, enum_values: null },
};
export const DROP_AGE: MigrationStep = { kind: 'drop_property', type_kind: 'node', type_name: 'Person', property_name: 'age', mode: 'soft' };
export const ADD_INDEX: MigrationStep = { kind: 'add_constraint', type_kind: 'node', type_name: 'Person', constraint: { Index: ['name'] } };

export const lockHeld: Diagnostic = error(
  'state_lock_held',
  '__cluster/lock.json',
  'cluster state lock is held by apply (lock_id=01JAPPLY0000000000000000, pid=4242); confirm no operation is active, then run `cluster force-unlock 01JAPPLY0000000000000000`',
);
export const casMismatch: Diagnostic = error('state_cas_mismatch', '__cluster/state.json', 'state.json changed while the command was running; re-run the command against the latest state');
export const previewUnavailable = (address: string, why: string): Diagnostic =>
  warning('schema_preview_unavailable', address, `could not preview the schema migration: ${why}`);
