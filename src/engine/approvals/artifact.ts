import { z } from 'zod';

/** `__cluster/approvals/<approval_id>.json` (docs/contract/approvals.md#artifact): closed, fields in this order. */
export const approvalArtifactSchema = z.strictObject({
  schema_version: z.number().int(),
  approval_id: z.string(),
  resource: z.string(),
  // `update`: an approval of the optional destructive gate (docs/contract/approvals.md#destructive-gates).
  operation: z.enum(['delete', 'update']),
  reason: z.string(),
  bound_config_digest: z.string(),
  bound_before_digest: z.string().nullable(),
  bound_after_digest: z.string().nullable(),
  approved_by: z.string(),
  created_at: z.string(),
  consumed_at: z.string().nullable(),
  consumed_by_operation: z.string().nullable(),
});

export type ApprovalArtifact = z.infer<typeof approvalArtifactSchema>;

export const APPROVALS_DIR = '__cluster/approvals';

/** Re-emits an artifact in the reference's field order. */
export function approvalArtifactJson(a: ApprovalArtifact): ApprovalArtifact {
  return {
    schema_version: a.schema_version,
    approval_id: a.approval_id,
    resource: a.resource,
    operation: a.operation,
    reason: a.reason,
    bound_config_digest: a.bound_config_digest,
    bound_before_digest: a.bound_before_digest,
    bound_after_digest: a.bound_after_digest,
    approved_by: a.approved_by,
    created_at: a.created_at,
    consumed_at: a.consumed_at,
    consumed_by_operation: a.consumed_by_operation,
  };
}
