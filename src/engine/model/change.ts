import type { MigrationPlan } from '../../lang/schema/planner/migration.js';

/** A resource address such as `graph.knowledge` or `query.knowledge.find_person` (docs/contract/digests.md#addresses). */
export type Address = string;

export type Operation = 'create' | 'update' | 'delete';

export type Disposition = 'applied' | 'derived' | 'deferred' | 'blocked';

/** The complete set of docs/contract/classifier.md#reason-codes, plus `migration_unsupported` (README, compatibility). */
export type ReasonCode =
  | 'apply_unsupported_kind'
  | 'dependency_not_applied'
  | 'cluster_recovery_pending'
  | 'graph_create_failed'
  | 'approval_required'
  | 'schema_apply_failed'
  | 'graph_delete_failed'
  /** Ours, not the reference's: the planner marked the schema migration `supported: false`. */
  | 'migration_unsupported';

/** Why a metadata-only `update` exists (docs/contract/classifier.md#metadata-passes). */
export type MetadataChange = 'policy_bindings' | 'embedding_profile';

/** `from` depends on `to` (docs/contract/classifier.md#dependencies). */
export interface Dependency {
  readonly from: Address;
  readonly to: Address;
}

/**
 * One entry of the change list (docs/contract/classifier.md#change-record). Field declaration order is the JSON order; absent optional
 * fields are left out of the object rather than set to `undefined`. `disposition` is absent only
 * before classification; `migration` is attached by plan for schema updates.
 */
export interface Change {
  resource: Address;
  operation: Operation;
  before_digest?: string;
  after_digest?: string;
  disposition?: Disposition;
  reason?: ReasonCode;
  binding_change?: true;
  metadata_change?: MetadataChange;
  migration?: MigrationPlan;
}

/** A change after the classifier ran: it always carries a disposition. */
export type ClassifiedChange = Change & { disposition: Disposition };

/**
 * What failed for a graph in this apply run, or (`migration_unsupported`) what plan and apply
 * know will fail before running it; decides the demotion reasons (docs/contract/classifier.md#demotion).
 */
/** `destructive_gate`: a schema update held by the optional destructive gate (plan/destructive.ts). */
export type GraphFailureOrigin = 'create' | 'schema_apply' | 'delete' | 'migration_unsupported' | 'destructive_gate';

/** `blast_radius[]` of the plan output (docs/contract/classifier.md#blast-radius). */
export interface BlastRadius {
  readonly resource: Address;
  readonly affected: readonly Address[];
}

/** `approvals_required[]` of the plan output (docs/contract/classifier.md#approval-gates: `satisfied` always present). */
export interface ApprovalGate {
  readonly resource: Address;
  readonly reason: string;
  readonly satisfied: boolean;
}

/** The `reason` of every approval gate and of the artifact `approve` writes (docs/contract/approvals.md#artifact). */
export const APPROVAL_REASON = 'delete may remove deployed graph or schema definition';

/** Gate reasons of the optional destructive gates (plan/destructive.ts). */
export const DESTRUCTIVE_QUERY_REASON = 'query delete removes a deployed query';
export const DESTRUCTIVE_MIGRATION_PREFIX = 'destructive migration: ';
