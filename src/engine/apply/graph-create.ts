import { errorText } from '../../base/error-text.js';
import { error, warning } from '../diagnostics/index.js';
import { graphRoot } from '../observe/graph-root.js';
import { fencedGraphOp } from './fenced-op.js';
import { anyGraphFailed, type ApplyRun } from './run.js';
import { recheckSource } from './source-check.js';

/**
 * Graph create (docs/contract/recovery.md#graph-create), fenced by a recovery sidecar written before `init`.
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
  await fencedGraphOp(run, {
    kind: 'graph_create',
    graphId,
    root,
    facts: { observed_manifest_version: null, desired_schema_digest: graph?.schemaDigest ?? '', approval_id: null },
    move: async (fence) => {
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
        await fence.retire();
        return false;
      }
      try {
        await run.engine.init(root, check.text);
      } catch (e) {
        run.diagnostics.push(error('graph_create_failed', address, `could not initialize graph at '${root.uri}': ${errorText(e)}`));
        return false; // sidecar kept: the sweep decides between rows 1 and 5
      }
      try {
        await fence.pin((await run.engine.openReadOnly(root)).manifestVersion);
      } catch {
        // Best effort: the pin is forensic; the sweep decides from the live schema.
      }
      return true;
    },
  });
}
