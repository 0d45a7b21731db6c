/**
 * The JSON outputs of every command (docs/contract/commands.md), field for field. Declaration order is
 * the JSON order; `?:` fields are omitted when absent, `| null` fields are emitted as null.
 * Commands build these objects and the CLI prints them with toPrettyJson (diagnostics reduced to
 * their four JSON keys).
 */
import type { Diagnostic } from '../diagnostics/index.js';

import type { ApprovalGate, BlastRadius, Change, Dependency, Disposition, Operation, ReasonCode } from './change.js';

export type { ApprovalGate, BlastRadius, Dependency, Disposition, Operation, ReasonCode };

export interface DiagnosticJson {
  readonly code: string;
  readonly severity: 'error' | 'warning';
  readonly path: string;
  readonly message: string;
}

export interface StateObservations {
  readonly state_path: string;
  readonly lock_path: string;
  readonly state_found: boolean;
  readonly applied_config_digest?: string;
  readonly state_revision: number;
  readonly state_cas?: string;
  readonly resource_count: number;
  readonly locked: boolean;
  readonly lock_id?: string;
  readonly lock_acquired: boolean;
  readonly acquired_lock_id?: string;
  readonly lock_operation?: string;
  readonly lock_created_at?: string;
  readonly lock_pid?: number;
  readonly lock_age_seconds?: number;
}

/** A change record as the outputs carry it (docs/contract/classifier.md#change-record). */
export type PlanChange = Readonly<Change>;

export interface ResourceStatus {
  readonly status: 'pending' | 'planned' | 'applying' | 'applied' | 'drifted' | 'blocked' | 'error';
  readonly conditions?: readonly string[];
  readonly message?: string;
}

export interface ValidateOutput {
  readonly ok: boolean;
  readonly config_dir: string;
  readonly config_file: string;
  readonly resource_digests: Readonly<Record<string, string>>;
  readonly resources: readonly { readonly address: string; readonly kind: string; readonly digest: string; readonly path?: string }[];
  readonly dependencies: readonly Dependency[];
  readonly diagnostics: readonly Diagnostic[];
}

export interface PlanOutput {
  readonly ok: boolean;
  readonly config_dir: string;
  readonly desired_revision: { readonly config_digest?: string };
  readonly resource_digests: Readonly<Record<string, string>>;
  readonly dependencies: readonly Dependency[];
  readonly state_observations: StateObservations;
  readonly changes: readonly PlanChange[];
  readonly blast_radius: readonly BlastRadius[];
  readonly approvals_required: readonly ApprovalGate[];
  readonly diagnostics: readonly Diagnostic[];
}

export interface ApplyOutput {
  readonly ok: boolean;
  readonly config_dir: string;
  readonly actor?: string;
  readonly desired_revision: { readonly config_digest?: string };
  readonly state_observations: StateObservations;
  readonly changes: readonly PlanChange[];
  readonly applied_count: number;
  readonly deferred_count: number;
  readonly converged: boolean;
  readonly state_written: boolean;
  readonly resource_statuses: Readonly<Record<string, ResourceStatus>>;
  readonly diagnostics: readonly Diagnostic[];
}

export interface StatusOutput {
  readonly ok: boolean;
  readonly config_dir: string;
  readonly state_observations: StateObservations;
  readonly resource_digests: Readonly<Record<string, string>>;
  readonly resource_statuses: Readonly<Record<string, ResourceStatus>>;
  readonly observations: Readonly<Record<string, unknown>>;
  readonly diagnostics: readonly Diagnostic[];
}

export interface RefreshOutput {
  readonly ok: boolean;
  readonly operation: 'refresh' | 'import';
  readonly config_dir: string;
  readonly state_observations: StateObservations;
  readonly resource_digests: Readonly<Record<string, string>>;
  readonly resource_statuses: Readonly<Record<string, ResourceStatus>>;
  readonly observations: Readonly<Record<string, unknown>>;
  readonly diagnostics: readonly Diagnostic[];
}

export interface ForceUnlockOutput {
  readonly ok: boolean;
  readonly config_dir: string;
  readonly state_observations: StateObservations;
  readonly lock_removed: boolean;
  readonly diagnostics: readonly Diagnostic[];
}

export interface ApproveOutput {
  readonly ok: boolean;
  readonly config_dir: string;
  readonly approval_id?: string;
  readonly resource?: string;
  readonly operation?: 'delete' | 'update';
  readonly approved_by?: string;
  readonly diagnostics: readonly Diagnostic[];
}

export type CommandOutput = ValidateOutput | PlanOutput | ApplyOutput | StatusOutput | RefreshOutput | ForceUnlockOutput | ApproveOutput;
