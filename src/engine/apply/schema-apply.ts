import { errorText } from '../../base/error-text.js';
import { error, warning } from '../diagnostics/index.js';
import { sha256hex } from '../../base/hash.js';
import type { OpenGraph } from '../ports/graph-engine.js';
import { graphRoot } from '../observe/graph-root.js';
import { sidecarKey, type Sidecar } from '../recovery/sidecar-store.js';
import { fencedGraphOp } from './fenced-op.js';
import { anyGraphFailed, type ApplyRun } from './run.js';
import { recheckSource } from './source-check.js';
import { unsupportedPlanMessage } from '../../lang/schema/index.js';

/**
 * Schema apply (docs/contract/migration.md#schema-apply): no sidecar for any pre-movement rejection; a sidecar
 * fences the engine apply; a failed apply whose graph provably did not move retires it at once.
 */
export async function applySchema(run: ApplyRun, graphId: string): Promise<void> {
  const address = `schema.${graphId}`;
  const fail = () => run.failures.set(graphId, 'schema_apply');
  if (anyGraphFailed(run)) {
    run.diagnostics.push(warning('schema_apply_skipped', address, 'skipped after an earlier graph-moving operation failed in this run'));
    return void fail();
  }
  const root = graphRoot(run.storage, graphId);
  const graph = run.desired.graphs.get(graphId);
  const failed = (message: string) => {
    run.diagnostics.push(error('schema_apply_failed', address, message));
    fail();
  };
  let opened: OpenGraph;
  try {
    opened = await run.engine.open(root);
  } catch (e) {
    return failed(`could not open graph at '${root.uri}': ${errorText(e)}`);
  }
  const check = recheckSource(run.deps.sources, graph?.schemaPath, graph?.schemaDigest ?? '');
  if (!check.ok) {
    if (check.problem === 'changed') {
      run.diagnostics.push(error('resource_content_changed', address, 'schema source changed while apply was running; re-run `cluster apply`'));
      return void fail();
    }
    if (check.problem === 'no_source') return failed('no schema source recorded for graph');
    return failed(`could not read schema source '${graph?.schemaPath}': ${check.message}`);
  }
  try {
    const preview = await run.engine.previewSchemaApply(root, check.text, { allowDataLoss: false });
    // Classification already blocked unsupported plans; this catches a graph that moved since.
    if (!preview.supported) return failed(`schema apply is not supported on '${root.uri}': ${unsupportedPlanMessage(preview) ?? ''}`);
  } catch (e) {
    return failed(`schema apply is not supported on '${root.uri}': ${errorText(e)}`);
  }
  const recorded = run.ledger.applied_revision.resources[address]?.digest ?? null;
  await fencedGraphOp(run, {
    kind: 'schema_apply',
    graphId,
    root,
    facts: { observed_manifest_version: opened.manifestVersion, desired_schema_digest: graph?.schemaDigest ?? '', approval_id: null },
    move: async (fence) => {
      try {
        const result = await run.engine.applySchemaAs(root, check.text, { allowDataLoss: false }, run.actor);
        await fence.pin(result.graphManifestVersion);
        return true;
      } catch (e) {
        run.diagnostics.push(error('schema_apply_failed', address, `schema apply failed on '${root.uri}': ${errorText(e)}`));
        await retireIfNothingMoved(run, graphId, fence.sidecar, recorded);
        return false;
      }
    },
  });
}

/** docs/contract/migration.md#schema-apply step 8: same manifest version and the recorded schema ⇒ nothing moved; retire the sidecar now. */
async function retireIfNothingMoved(run: ApplyRun, graphId: string, sidecar: Sidecar, recorded: string | null): Promise<void> {
  const root = graphRoot(run.storage, graphId);
  let unmoved = false;
  try {
    const fresh = await run.engine.openReadOnly(root);
    unmoved = fresh.manifestVersion === sidecar.observed_manifest_version && sha256hex(fresh.schemaSource) === recorded;
  } catch {
    unmoved = false;
  }
  if (!unmoved) return;
  try {
    await run.storage.delete(sidecarKey(sidecar.operation_id));
  } catch (e) {
    run.diagnostics.push(
      warning(
        'recovery_sidecar_cleanup_failed',
        run.storage.objectUri(sidecarKey(sidecar.operation_id)),
        `could not delete the stale recovery sidecar after a pre-movement schema-apply rejection; graph \`${graphId}\` stays quarantined until a state-mutating cluster command sweeps it: ${errorText(e)}`,
      ),
    );
  }
}
