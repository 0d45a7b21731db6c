import type { Address, Change } from '../model/change.js';
import type { ApprovalArtifact } from './artifact.js';

/** The artifact fields binding reads (docs/contract/approvals.md#artifact). */
export type BindableArtifact = Pick<
  ApprovalArtifact,
  'resource' | 'operation' | 'bound_config_digest' | 'bound_before_digest' | 'bound_after_digest' | 'consumed_at'
>;

export interface ApprovalBinding {
  /** Addresses with at least one unconsumed artifact bound to exactly this plan. */
  readonly approved: Set<Address>;
  /** Addresses (in change order) whose unconsumed artifacts all bind other digests: one `approval_stale` warning each. */
  readonly stale: Address[];
}

/**
 * Binds approval artifacts to the change list (docs/contract/approvals.md#binding). An artifact approves a change only when
 * its config digest, before digest and after digest all equal the current ones (absent digests
 * compare as null), so any config edit invalidates every approval. There is no wall-clock expiry.
 */
export function bindApprovals(
  changes: readonly Change[],
  artifacts: readonly BindableArtifact[],
  desiredConfigDigest: string,
): ApprovalBinding {
  const candidates = new Map<Address, BindableArtifact[]>();
  for (const artifact of artifacts) {
    if (artifact.consumed_at !== null) continue;
    const list = candidates.get(artifact.resource);
    if (list) list.push(artifact);
    else candidates.set(artifact.resource, [artifact]);
  }
  const approved = new Set<Address>();
  const stale: Address[] = [];
  for (const change of changes) {
    const forChange = candidates.get(change.resource);
    if (!forChange) continue;
    // A destructive-gate `update` approval never authorizes a delete, nor the other way round.
    const operation = change.operation === 'delete' ? 'delete' : 'update';
    const bound = forChange.some(
      (a) =>
        a.operation === operation &&
        a.bound_config_digest === desiredConfigDigest &&
        a.bound_before_digest === (change.before_digest ?? null) &&
        a.bound_after_digest === (change.after_digest ?? null),
    );
    if (bound) approved.add(change.resource);
    else stale.push(change.resource);
  }
  return { approved, stale };
}
