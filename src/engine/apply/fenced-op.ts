import { errorText } from '../../base/error-text.js';
import { error } from '../diagnostics/index.js';
import type { GraphFailureOrigin } from '../model/change.js';
import { rfc3339 } from '../ports/clock.js';
import type { GraphRoot } from '../ports/graph-engine.js';
import { sidecarKey, writeSidecar, type Sidecar, type SidecarKind } from '../recovery/sidecar-store.js';
import { RunAborted, failpointFired, type ApplyRun } from './run.js';

/** The operation-specific fields of a recovery sidecar (docs/contract/recovery.md#sidecar). */
export type SidecarFacts = Pick<Sidecar, 'observed_manifest_version' | 'desired_schema_digest' | 'approval_id'>;

/** What the graph-moving call may do with the sidecar that fences it. */
export interface Fence {
  readonly sidecar: Sidecar;
  /** Best effort: records the manifest version the move produced (forensic; the sweep decides from the live graph). */
  pin(expectedManifestVersion: number): Promise<void>;
  /** Deletes the sidecar at once, for a failure that provably moved nothing. */
  retire(): Promise<void>;
}

export interface FencedStep {
  readonly kind: SidecarKind;
  readonly graphId: string;
  readonly root: GraphRoot;
  readonly facts: SidecarFacts;
  /** The graph-moving call; false when it failed (having recorded its own diagnostic). */
  readonly move: (fence: Fence) => Promise<boolean>;
}

const FAILURE: Record<SidecarKind, GraphFailureOrigin> = { graph_create: 'create', schema_apply: 'schema_apply', graph_delete: 'delete' };
const PROGRESS: Record<SidecarKind, string> = { graph_create: 'creating graph', schema_apply: 'applying schema to graph', graph_delete: 'deleting graph' };

/**
 * One graph-moving operation fenced as docs/contract/recovery.md#graph-create requires: the sidecar is written before anything
 * moves, the `before_*` failpoint can stop it with nothing moved, an `after_*` failpoint aborts
 * the whole run with the sidecar left for the sweep, and success queues the sidecar for
 * retirement after the state write. Returns whether the graph moved as planned.
 */
export async function fencedGraphOp(run: ApplyRun, step: FencedStep): Promise<boolean> {
  const fail = (): false => {
    run.failures.set(step.graphId, FAILURE[step.kind]);
    return false;
  };
  const sidecar: Sidecar = {
    schema_version: 1,
    operation_id: run.deps.ids.ulid(),
    started_at: rfc3339(run.deps.clock.now()),
    actor: run.actor,
    kind: step.kind,
    graph_id: step.graphId,
    graph_uri: step.root.uri,
    observed_manifest_version: step.facts.observed_manifest_version,
    expected_manifest_version: null,
    desired_schema_digest: step.facts.desired_schema_digest,
    state_cas_base: run.expectedCas,
    approval_id: step.facts.approval_id,
  };
  const key = sidecarKey(sidecar.operation_id);
  try {
    await writeSidecar(run.storage, sidecar);
  } catch (e) {
    run.diagnostics.push(error('recovery_sidecar_write_error', run.storage.displayPath(key), `could not write recovery sidecar: ${errorText(e)}`));
    return fail();
  }
  if (await failpointFired(run.deps.failpoints, run.diagnostics, `before_${step.kind}`)) return fail();
  run.deps.logger.info(`${PROGRESS[step.kind]} ${step.graphId}`);
  const fence: Fence = {
    sidecar,
    pin: (version) => writeSidecar(run.storage, { ...sidecar, expected_manifest_version: version }).catch(() => {}),
    retire: () => run.storage.delete(key).catch(() => {}),
  };
  if (!(await step.move(fence))) return fail();
  if (await failpointFired(run.deps.failpoints, run.diagnostics, `after_${step.kind}`)) throw new RunAborted(`cluster_apply.after_${step.kind}`);
  run.completedSidecars.push(sidecar.operation_id);
  return true;
}
