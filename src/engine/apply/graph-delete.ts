import { errorText } from '../../base/error-text.js';
import type { ApprovalArtifact } from '../approvals/artifact.js';
import { error, warning } from '../diagnostics/index.js';
import type { ExportExclusion } from '../ports/graph-engine.js';
import { graphRoot } from '../observe/graph-root.js';
import { fencedGraphOp } from './fenced-op.js';
import { anyGraphFailed, type ApplyRun } from './run.js';

/**
 * Approved graph delete (docs/contract/approvals.md#delete): runs last, fenced by a sidecar that carries the
 * approval, and removes the whole root prefix through the Storage port.
 */
export async function deleteGraph(run: ApplyRun, graphId: string, artifacts: readonly ApprovalArtifact[]): Promise<void> {
  const address = `graph.${graphId}`;
  const fail = () => run.failures.set(graphId, 'delete');
  if (anyGraphFailed(run)) {
    run.diagnostics.push(warning('graph_delete_skipped', address, 'skipped after an earlier graph-moving operation failed in this run'));
    return void fail();
  }
  const approval = artifacts.find((a) => a.resource === address && a.bound_config_digest === run.desired.configDigest) ?? null;
  const root = graphRoot(run.storage, graphId);
  let exclusion: ExportExclusion;
  try {
    exclusion = await run.engine.reserveExportRootExclusion(root);
  } catch (e) {
    run.diagnostics.push(error('graph_delete_export_in_progress', address, `cannot remove graph root '${root.uri}' while an immutable export owns it: ${errorText(e)}`));
    return void fail();
  }
  try {
    let observed: number | null = null;
    try {
      observed = (await run.engine.openReadOnly(root)).manifestVersion;
    } catch {
      observed = null; // partial roots are still deleted
    }
    const deleted = await fencedGraphOp(run, {
      kind: 'graph_delete',
      graphId,
      root,
      facts: { observed_manifest_version: observed, desired_schema_digest: '', approval_id: approval?.approval_id ?? null },
      move: async () => {
        try {
          await run.storage.deletePrefix(root.key);
          return true;
        } catch (e) {
          run.diagnostics.push(error('graph_delete_failed', address, `could not remove graph root '${root.uri}': ${errorText(e)}`));
          return false;
        }
      },
    });
    if (deleted) run.executedDeletes.set(graphId, approval?.approval_id ?? null);
  } finally {
    await exclusion.release().catch(() => {});
  }
}
