/**
 * Runtime schemas for the command outputs of outputs.ts, for JSON we did not produce ourselves:
 * `omnigraph cluster <cmd> --json` printed by a real binary (docs/contract/commands.md). The input comes from
 * the lossless reader (src/base/lossless-json.ts), so integers past 2^53 arrive as bigint and
 * fractional numbers as F64; the free-form parts (migration steps, observations) keep them as they
 * are so that re-printing is byte-faithful. Unknown keys are kept as well: a newer binary may add
 * fields our renderers ignore, and dropping them would make the JSON we re-print lie.
 */
import { z } from 'zod';
import type { DiagnosticCode } from '../diagnostics/codes.js';
import type { Diagnostic } from '../diagnostics/index.js';
import type { MigrationStep } from '../ports/graph-engine.js';
import type {
  ApplyOutput,
  ApproveOutput,
  ForceUnlockOutput,
  PlanOutput,
  RefreshOutput,
  StatusOutput,
  ValidateOutput,
} from './outputs.js';

const count = z.number().int().nonnegative();
const digestMap = z.record(z.string(), z.string());

// A newer binary may emit codes our catalogue does not know yet; renderers fall back to the code.
const diagnostic = z
  .object({ code: z.string().min(1), severity: z.enum(['error', 'warning']), path: z.string(), message: z.string() })
  .transform((d): Diagnostic => ({ ...d, code: d.code as DiagnosticCode }));
const diagnostics = z.array(diagnostic);

const stateObservations = z.looseObject({
  state_path: z.string(),
  lock_path: z.string(),
  state_found: z.boolean(),
  applied_config_digest: z.string().optional(),
  state_revision: count,
  state_cas: z.string().optional(),
  resource_count: count,
  locked: z.boolean(),
  lock_id: z.string().optional(),
  lock_acquired: z.boolean(),
  acquired_lock_id: z.string().optional(),
  lock_operation: z.string().optional(),
  lock_created_at: z.string().optional(),
  lock_pid: count.optional(),
  lock_age_seconds: count.optional(),
});

const dependency = z.object({ from: z.string(), to: z.string() });

// Step fields are free-form engine JSON (docs/contract/migration.md#steps); only `kind` is structural.
const migrationStep = z.looseObject({ kind: z.string() }).transform((s) => s as unknown as MigrationStep);
const migration = z.looseObject({ supported: z.boolean(), steps: z.array(migrationStep) });

const change = z.looseObject({
  resource: z.string(),
  operation: z.enum(['create', 'update', 'delete']),
  before_digest: z.string().optional(),
  after_digest: z.string().optional(),
  disposition: z.enum(['applied', 'derived', 'deferred', 'blocked']).optional(),
  reason: z
    .enum([
      'apply_unsupported_kind',
      'dependency_not_applied',
      'cluster_recovery_pending',
      'graph_create_failed',
      'approval_required',
      'schema_apply_failed',
      'graph_delete_failed',
    ])
    .optional(),
  binding_change: z.literal(true).optional(),
  metadata_change: z.enum(['policy_bindings', 'embedding_profile']).optional(),
  migration: migration.optional(),
});

const resourceStatus = z.looseObject({
  status: z.enum(['pending', 'planned', 'applying', 'applied', 'drifted', 'blocked', 'error']),
  conditions: z.array(z.string()).optional(),
  message: z.string().optional(),
});
const resourceStatuses = z.record(z.string(), resourceStatus);
const observations = z.record(z.string(), z.unknown());
const desiredRevision = z.looseObject({ config_digest: z.string().optional() });

export const validateOutputSchema = z.looseObject({
  ok: z.boolean(),
  config_dir: z.string(),
  config_file: z.string(),
  resource_digests: digestMap,
  resources: z.array(z.looseObject({ address: z.string(), kind: z.string(), digest: z.string(), path: z.string().optional() })),
  dependencies: z.array(dependency),
  diagnostics,
}) satisfies z.ZodType<ValidateOutput, unknown>;

export const planOutputSchema = z.looseObject({
  ok: z.boolean(),
  config_dir: z.string(),
  desired_revision: desiredRevision,
  resource_digests: digestMap,
  dependencies: z.array(dependency),
  state_observations: stateObservations,
  changes: z.array(change),
  blast_radius: z.array(z.looseObject({ resource: z.string(), affected: z.array(z.string()) })),
  approvals_required: z.array(z.looseObject({ resource: z.string(), reason: z.string(), satisfied: z.boolean() })),
  diagnostics,
}) satisfies z.ZodType<PlanOutput, unknown>;

export const applyOutputSchema = z.looseObject({
  ok: z.boolean(),
  config_dir: z.string(),
  actor: z.string().optional(),
  desired_revision: desiredRevision,
  state_observations: stateObservations,
  changes: z.array(change),
  applied_count: count,
  deferred_count: count,
  converged: z.boolean(),
  state_written: z.boolean(),
  resource_statuses: resourceStatuses,
  diagnostics,
}) satisfies z.ZodType<ApplyOutput, unknown>;

export const statusOutputSchema = z.looseObject({
  ok: z.boolean(),
  config_dir: z.string(),
  state_observations: stateObservations,
  resource_digests: digestMap,
  resource_statuses: resourceStatuses,
  observations,
  diagnostics,
}) satisfies z.ZodType<StatusOutput, unknown>;

export const refreshOutputSchema = z.looseObject({
  ok: z.boolean(),
  operation: z.enum(['refresh', 'import']),
  config_dir: z.string(),
  state_observations: stateObservations,
  resource_digests: digestMap,
  resource_statuses: resourceStatuses,
  observations,
  diagnostics,
}) satisfies z.ZodType<RefreshOutput, unknown>;

export const forceUnlockOutputSchema = z.looseObject({
  ok: z.boolean(),
  config_dir: z.string(),
  state_observations: stateObservations,
  lock_removed: z.boolean(),
  diagnostics,
}) satisfies z.ZodType<ForceUnlockOutput, unknown>;

export const approveOutputSchema = z.looseObject({
  ok: z.boolean(),
  config_dir: z.string(),
  approval_id: z.string().optional(),
  resource: z.string().optional(),
  operation: z.enum(['delete', 'update']).optional(),
  approved_by: z.string().optional(),
  diagnostics,
}) satisfies z.ZodType<ApproveOutput, unknown>;
