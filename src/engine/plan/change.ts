import type { Change, Disposition, ReasonCode } from '../model/change.js';

/**
 * A copy of `change` with the given disposition and reason, rebuilt in docs/contract/classifier.md#change-record field order so JSON
 * output never depends on how the change was assembled. A previous reason is dropped.
 */
export function withDisposition<C extends Change>(change: C, disposition: Disposition, reason?: ReasonCode): C & { disposition: Disposition } {
  const out: Change = { resource: change.resource, operation: change.operation };
  if (change.before_digest !== undefined) out.before_digest = change.before_digest;
  if (change.after_digest !== undefined) out.after_digest = change.after_digest;
  out.disposition = disposition;
  if (reason !== undefined) out.reason = reason;
  if (change.binding_change) out.binding_change = true;
  if (change.metadata_change !== undefined) out.metadata_change = change.metadata_change;
  if (change.migration !== undefined) out.migration = change.migration;
  return out as C & { disposition: Disposition };
}
