import type { ApprovalArtifact } from '../approvals/artifact.js';
import { error, warning } from '../diagnostics/index.js';
import { rfc3339 } from '../ports/clock.js';
import type { ExportExclusion } from '../ports/graph-engine.js';
import { graphRoot } from '../observe/graph-root.js';
import { sidecarKey, writeSidecar, type Sidecar } from '../recovery/sidecar-store.js';
import { RunAborted, anyGraphFailed, type ApplyRun } from './run.js';

/**
 * Approved graph delete (spec/cluster.md §10.3): runs last, fenced by a sidecar that carries the
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
    run.diagnostics.push(error('graph_delete_export_in_progress', address, `cannot remove graph root '${root.uri}' while an immutable export owns it: ${text(e)}`));
    return void fail();
  }
  try {
    let observed: number | null = null;
    try {
      observed = (await run.engine.openReadOnly(root)).manifestVersion;
    } catch {
      observed = null; // partial roots are still deleted
    }
    const sidecar: Sidecar = {
      schema_version: 1,
      operation_id: run.deps.ids.ulid(),
      started_at: rfc3339(run.deps.clock.now()),
      actor: run.actor,
      kind: 'graph_delete',
      graph_id: graphId,
      graph_uri: root.uri,
      observed_manifest_version: observed,
      expected_manifest_version: null,
      desired_schema_digest: '',
      state_cas_base: run.expectedCas,
      approval_id: approval?.approval_id ?? null,
    };
    try {
      await writeSidecar(run.storage, sidecar);
    } catch (e) {
      run.diagnostics.push(error('recovery_sidecar_write_error', run.storage.displayPath(sidecarKey(sidecar.operation_id)), `could not write recovery sidecar: ${text(e)}`));
      return void fail();
    }
    if (await run.deps.failpoints.hit('cluster_apply.before_graph_delete')) {
      run.diagnostics.push(error('injected_failpoint', 'cluster_apply.before_graph_delete', 'injected failpoint triggered: cluster_apply.before_graph_delete'));
      return void fail();
    }
    try {
      await run.storage.deletePrefix(root.key);
    } catch (e) {
      run.diagnostics.push(error('graph_delete_failed', address, `could not remove graph root '${root.uri}': ${text(e)}`));
      return void fail();
    }
    if (await run.deps.failpoints.hit('cluster_apply.after_graph_delete')) {
      run.diagnostics.push(error('injected_failpoint', 'cluster_apply.after_graph_delete', 'injected failpoint triggered: cluster_apply.after_graph_delete'));
      throw new RunAborted('cluster_apply.after_graph_delete');
    }
    run.executedDeletes.set(graphId, approval?.approval_id ?? null);
    run.completedSidecars.push(sidecar.operation_id);
  } finally {
    await exclusion.release().catch(() => {});
  }
}

function text(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
