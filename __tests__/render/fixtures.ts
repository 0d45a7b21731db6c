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

/**
 * The review scenarios of issue 18, shaped as the planner classifies them (docs/contract/classifier.md):
 * a 28-change plan across four graphs plus cluster-wide resources, with a 6-step migration (one
 * destructive drop), 3 deletes blocked behind 1 approval gate, and a name long enough to wrap.
 */
export const SIX_STEPS: MigrationStep[] = [
  { kind: 'add_type', type_kind: 'node', name: 'Topic' },
  ADD_BIO,
  { kind: 'rename_property', type_kind: 'node', type_name: 'Person', from: 'fullname', to: 'name' },
  ADD_INDEX,
  { kind: 'extend_enum', type_kind: 'node', type_name: 'Person', property_name: 'role', added_values: ['advisor', 'alumni'] },
  DROP_AGE,
];

export const LONG_QUERY = 'query.analytics.weekly_active_users_by_region_and_plan_tier';

export function reviewPlan28(overrides: Partial<PlanOutput> = {}): PlanOutput {
  const graph = (g: string, queries: string[]): PlanChange[] => [create(`graph.${g}`), create(`schema.${g}`), ...queries.map((q) => create(`query.${g}.${q}`))];
  const changes: PlanChange[] = [
    update('graph.knowledge', { disposition: 'derived' }),
    update('schema.knowledge', { migration: { supported: true, steps: SIX_STEPS } }),
    update('query.knowledge.find_person'),
    create('query.knowledge.topics'),
    create('query.knowledge.recent'),
    ...graph('people', ['by_email', 'by_team', 'managers', 'reports', 'search']),
    ...graph('tickets', ['open', 'by_assignee', 'stale', 'escalated']),
    create('graph.analytics'),
    create('schema.analytics'),
    create('query.analytics.daily'),
    create(LONG_QUERY),
    remove('graph.legacy', { disposition: 'blocked', reason: 'approval_required' }),
    remove('schema.legacy', { disposition: 'blocked', reason: 'approval_required' }),
    remove('query.legacy.top', { disposition: 'blocked', reason: 'approval_required' }),
    update('policy.base', { before_digest: D3, after_digest: D3, binding_change: true, metadata_change: 'policy_bindings' }),
    create('policy.support'),
    create('provider.embedding.openai'),
  ];
  return plan(changes, {
    approvals_required: [{ resource: 'graph.legacy', reason: 'delete may remove deployed graph or schema definition', satisfied: false }],
    blast_radius: [
      { resource: 'graph.knowledge', affected: ['policy.base', 'query.knowledge.find_person', 'query.knowledge.recent', 'query.knowledge.topics', 'schema.knowledge'] },
      { resource: 'schema.knowledge', affected: ['query.knowledge.find_person', 'query.knowledge.recent', 'query.knowledge.topics'] },
      { resource: 'graph.legacy', affected: ['query.legacy.top', 'schema.legacy'] },
      { resource: 'policy.base', affected: ['graph.knowledge', 'graph.people'] },
    ],
    ...overrides,
  });
}

/** 401 changes: twenty graphs of a graph, a schema and 18 queries each, and one policy. */
export function reviewPlan401(): PlanOutput {
  const changes: PlanChange[] = [];
  for (let g = 1; g <= 20; g++) {
    const id = `tenant_${String(g).padStart(2, '0')}`;
    changes.push(create(`graph.${id}`), create(`schema.${id}`));
    for (let q = 1; q <= 18; q++) changes.push(create(`query.${id}.report_${String(q).padStart(2, '0')}`));
  }
  changes.push(create('policy.tenants'));
  return plan(changes);
}

/** Where the action's checkout lives on a hosted runner; diagnostics carry absolute paths under it. */
export const WORKSPACE = '/home/runner/work/graphs/graphs';

/**
 * A config that does not load: a schema syntax error as the loader reports it (cursor.ts
 * `renderSyntaxError`: ` --> L:C`, the line, a caret, `= expected …`, then the absolute file
 * position, as `plan --json` prints it), and a dangling policy reference.
 */
export function invalidConfigPlan(): PlanOutput {
  const file = `${WORKSPACE}/clusters/prod/knowledge.pg`;
  const caret = ['parse error:  --> 3:5', '  |', '3 |     nme: String', '  |     ^---', '  |', `  = expected property or \`}\` (at ${file}:3:5)`].join('\n');
  return plan([], {
    ok: false,
    desired_revision: {},
    state_observations: obs({ state_found: false, lock_acquired: false, acquired_lock_id: undefined, state_revision: 0, resource_count: 0, applied_config_digest: undefined, state_cas: undefined }),
    diagnostics: [
      error('schema_parse_error', 'graphs.knowledge.schema', caret, { file, line: 3, column: 5 }),
      error('dangling_graph_reference', 'policies.base.applies_to[0]', 'policy references graph `nope`, but no graph with that id is declared'),
    ],
  });
}

/** No ledger yet (`import` never ran): the plan diffs against nothing, so everything is a create. */
export function noLedgerPlan(): PlanOutput {
  return plan([create('graph.knowledge'), create('schema.knowledge'), create('query.knowledge.find_person'), create('policy.base')], {
    state_observations: obs({ state_found: false, state_revision: 0, resource_count: 0, applied_config_digest: undefined, state_cas: undefined }),
  });
}
