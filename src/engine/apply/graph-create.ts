import { error, warning } from '../diagnostics/index.js';
import { rfc3339 } from '../ports/clock.js';
import { graphRoot } from '../observe/graph-root.js';
import { sidecarKey, writeSidecar, type Sidecar } from '../recovery/sidecar-store.js';
import { RunAborted, anyGraphFailed, type ApplyRun } from './run.js';
import { recheckSource } from './source-check.js';

/**
 * Graph create (spec/cluster.md §8.2), fenced by a recovery sidecar written before `init`.
 * A failure marks the graph failed; later graph-moving work is skipped (loud partials).
 */
export async function createGraph(run: ApplyRun, graphId: string): Promise<void> {
  const address = `graph.${graphId}`;
  if (anyGraphFailed(run)) {
    run.diagnostics.push(warning('graph_create_skipped', address, 'skipped after an earlier graph create failed in this run'));
    run.failures.set(graphId, 'create');
    return;
  }
  const root = graphRoot(run.storage, graphId);
  const graph = run.desired.graphs.get(graphId);
  const sidecar: Sidecar = {
    schema_version: 1,
    operation_id: run.deps.ids.ulid(),
    started_at: rfc3339(run.deps.clock.now()),
    actor: run.actor,
    kind: 'graph_create',
    graph_id: graphId,
    graph_uri: root.uri,
    observed_manifest_version: null,
    expected_manifest_version: null,
    desired_schema_digest: graph?.schemaDigest ?? '',
    state_cas_base: run.expectedCas,
    approval_id: null,
  };
  const fail = () => run.failures.set(graphId, 'create');
  try {
    await writeSidecar(run.storage, sidecar);
  } catch (e) {
    run.diagnostics.push(error('recovery_sidecar_write_error', run.storage.displayPath(sidecarKey(sidecar.operation_id)), `could not write recovery sidecar: ${text(e)}`));
    return void fail();
  }
  if (await run.deps.failpoints.hit('cluster_apply.before_graph_create')) {
    run.diagnostics.push(error('injected_failpoint', 'cluster_apply.before_graph_create', 'injected failpoint triggered: cluster_apply.before_graph_create'));
    return void fail();
  }
  const check = recheckSource(run.deps.sources, graph?.schemaPath, graph?.schemaDigest ?? '');
  if (!check.ok) {
    if (check.problem === 'changed') {
      run.diagnostics.push(error('resource_content_changed', `schema.${graphId}`, 'schema source changed while apply was running; re-run `cluster apply`'));
    } else if (check.problem === 'no_source') {
      run.diagnostics.push(error('graph_create_failed', address, 'no schema source recorded for graph'));
    } else {
      run.diagnostics.push(error('graph_create_failed', address, `could not read schema source '${graph?.schemaPath}': ${check.message}`));
    }
    // Nothing moved: the intent can go at once.
    await run.storage.delete(sidecarKey(sidecar.operation_id)).catch(() => {});
    return void fail();
  }
  try {
    await run.engine.init(root, check.text);
  } catch (e) {
    run.diagnostics.push(error('graph_create_failed', address, `could not initialize graph at '${root.uri}': ${text(e)}`));
    return void fail(); // sidecar kept: the sweep decides between rows 1 and 5
  }
  try {
    const opened = await run.engine.openReadOnly(root);
    await writeSidecar(run.storage, { ...sidecar, expected_manifest_version: opened.manifestVersion });
  } catch {
    // Best effort: the pin is forensic; the sweep decides from the live schema.
  }
  if (await run.deps.failpoints.hit('cluster_apply.after_graph_create')) {
    run.diagnostics.push(error('injected_failpoint', 'cluster_apply.after_graph_create', 'injected failpoint triggered: cluster_apply.after_graph_create'));
    throw new RunAborted('cluster_apply.after_graph_create');
  }
  run.completedSidecars.push(sidecar.operation_id);
}

function text(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
