import { resourceDigests } from '../config/desired.js';
import { errorText } from '../../base/error-text.js';
import type { ApprovalArtifact } from '../approvals/artifact.js';
import { APPROVAL_REASON } from '../model/change.js';
import { approvalKey, writeApproval } from '../approvals/store.js';
import { error, hasErrors, type Diagnostic } from '../diagnostics/index.js';
import { addressProblem, printable } from '../model/names.js';
import { rfc3339 } from '../ports/clock.js';
import type { ApproveOutput } from '../model/outputs.js';
import { approvalGates, diffResources, type Change } from '../plan/index.js';
import type { ActorOptions } from './api.js';
import type { CommandDeps } from '../ports/command-deps.js';
import { appliedDigests } from '../state/index.js';
import { withLockedState } from './locked-state.js';
import { observationsFor, openSession } from './session.js';

/**
 * `approve <RESOURCE>` (docs/contract/commands.md#approve): writes an approval artifact bound to the current
 * config digest and the change's digests. Never sweeps and never modifies state (quirk C12).
 */
export async function approve(deps: CommandDeps, options: ActorOptions & { readonly resource: string }): Promise<ApproveOutput> {
  const session = openSession(deps, options.configDir, { loadResources: true, root: options.root });
  const diagnostics: Diagnostic[] = session.diagnostics;
  const failed = (): ApproveOutput => ({ ok: false, config_dir: options.configDir, diagnostics });
  const desired = session.desired;
  const storage = session.storage;
  if (!desired || !storage || hasErrors(diagnostics)) return failed();
  // The CLI argument and the `/omnigraph approve` comment both arrive here: one check covers both.
  const badResource = addressProblem(options.resource);
  if (badResource !== null) {
    diagnostics.push(error('unsafe_state_name', printable(options.resource), `${badResource}; nothing was approved`));
    return failed();
  }
  if (options.actor === null) {
    // The CLI refuses before calling; the in-process API must still never write an anonymous approval.
    diagnostics.push(error('approval_write_error', options.resource, 'approve requires an approver (--as or operator.actor)'));
    return failed();
  }
  const obs = observationsFor(session);
  const actor = options.actor;
  return withLockedState({ deps, session, storage, operation: 'approve', obs, diagnostics, refused: failed }, async (locked) => {
    if (!locked.state) {
      diagnostics.push(error('state_missing', '__cluster/state.json', 'approve requires an existing state.json; run `cluster import` first'));
      return failed();
    }
    const prior = appliedDigests(locked.state);
    const changes = diffResources(prior, resourceDigests(desired));
    const gated = new Set(approvalGates(changes, new Set()).map((g) => g.resource));
    const change = changes.find((c) => c.resource === options.resource);
    if (!change || !gated.has(options.resource)) {
      diagnostics.push(
        error('approval_not_required', options.resource, 'no pending change for this resource requires approval (check `cluster plan`)'),
      );
      return failed();
    }
    const artifact = newArtifact(deps, change, desired.configDigest, actor);
    try {
      await writeApproval(storage, artifact);
    } catch (e) {
      diagnostics.push(
        error('approval_write_error', storage.displayPath(approvalKey(artifact.approval_id)), `could not write approval artifact: ${errorText(e)}`),
      );
      return failed();
    }
    return {
      ok: !hasErrors(diagnostics),
      config_dir: options.configDir,
      approval_id: artifact.approval_id,
      resource: artifact.resource,
      operation: 'delete',
      approved_by: artifact.approved_by,
      diagnostics,
    };
  });
}

/** An unconsumed approval bound to the current config digest and the change's digests (docs/contract/approvals.md#artifact). */
function newArtifact(deps: CommandDeps, change: Change, configDigest: string, actor: string): ApprovalArtifact {
  return {
    schema_version: 1,
    approval_id: deps.ids.ulid(),
    resource: change.resource,
    operation: 'delete',
    reason: APPROVAL_REASON,
    bound_config_digest: configDigest,
    bound_before_digest: change.before_digest ?? null,
    bound_after_digest: change.after_digest ?? null,
    approved_by: actor,
    created_at: rfc3339(deps.clock.now()),
    consumed_at: null,
    consumed_by_operation: null,
  };
}
