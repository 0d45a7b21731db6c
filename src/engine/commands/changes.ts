import { resourceDigests, type DesiredState } from '../config/desired.js';
import { warning, type Diagnostic } from '../diagnostics/index.js';
import type { ApprovalArtifact } from '../approvals/artifact.js';
import { listApprovals } from '../approvals/store.js';
import { bindApprovals } from '../approvals/binding.js';
import { diffResources, metadataChanges, type Change } from '../plan/index.js';
import type { Storage } from '../ports/storage.js';
import { appliedDigests, type ClusterState } from '../state/index.js';

/** Diff of the ledger against the desired state, with the HEAD metadata-only passes (docs/contract/classifier.md#metadata-passes). */
export function desiredChanges(ledger: ClusterState | null, desired: DesiredState): Change[] {
  const prior = appliedDigests(ledger);
  const digests = resourceDigests(desired);
  const content = diffResources(prior, digests);
  if (!ledger) return content;
  return metadataChanges(content, {
    ledger: ledger.applied_revision.resources,
    desiredDigests: digests,
    policyBindings: desired.policyBindings,
    providerProfiles: desired.providerProfiles,
  });
}

/**
 * Which changes a valid approval covers (docs/contract/approvals.md#binding). Artifacts already consumed — on file or in the
 * ledger's `approval_records` — authorize nothing.
 */
export async function resolveApprovals(
  storage: Storage,
  ledger: ClusterState | null,
  changes: readonly Change[],
  configDigest: string,
): Promise<{ approved: Set<string>; artifacts: ApprovalArtifact[]; diagnostics: Diagnostic[] }> {
  const listed = await listApprovals(storage);
  const consumed = ledger?.approval_records ?? {};
  const artifacts = listed.artifacts.filter((a) => a.consumed_at === null && !(a.approval_id in consumed));
  const bound = bindApprovals(changes, artifacts, configDigest);
  const diagnostics = [
    ...listed.diagnostics,
    ...bound.stale.map((address) =>
      warning(
        'approval_stale',
        address,
        'an approval artifact exists but its bound digests no longer match the plan; re-run `cluster approve`',
      ),
    ),
  ];
  return { approved: bound.approved, artifacts, diagnostics };
}

/** A change record in the reference's field order (docs/contract/classifier.md#change-record), whatever order it was built in. */
export function changeJson(c: Change & { migration?: unknown }): Change {
  return {
    resource: c.resource,
    operation: c.operation,
    before_digest: c.before_digest,
    after_digest: c.after_digest,
    disposition: c.disposition,
    reason: c.reason,
    binding_change: c.binding_change,
    metadata_change: c.metadata_change,
    ...(c.migration !== undefined ? { migration: c.migration } : {}),
  } as Change;
}
