import type { DesiredState } from '../config/desired.js';
import { error, type Diagnostic } from '../diagnostics/index.js';
import type { GraphFailureOrigin } from '../model/change.js';
import type { CommandDeps } from '../ports/command-deps.js';
import type { Failpoints, GraphEngine, Storage } from '../ports/index.js';
import type { ClusterState } from '../state/index.js';

/** Shared state of one apply run while its phases execute. */
export interface ApplyRun {
  readonly deps: CommandDeps;
  readonly storage: Storage;
  readonly engine: GraphEngine;
  readonly desired: DesiredState;
  /** The post-sweep ledger (never mutated by the phases). */
  readonly ledger: ClusterState;
  readonly expectedCas: string | null;
  readonly actor: string | null;
  readonly diagnostics: Diagnostic[];
  readonly failures: Map<string, GraphFailureOrigin>;
  /** Sidecars to delete once the state write lands. */
  readonly completedSidecars: string[];
  /** graph id → approval id consumed by an executed delete (null when none matched). */
  readonly executedDeletes: Map<string, string | null>;
}

/** An `after_*` failpoint fired: the run stops at once with nothing acknowledged. */
export class RunAborted extends Error {
  override readonly name = 'RunAborted';
}

export function anyGraphFailed(run: ApplyRun): boolean {
  return run.failures.size > 0;
}

/** Asks the failpoint `cluster_apply.<point>`; when it fires, the injected error is recorded. */
export async function failpointFired(failpoints: Failpoints, diagnostics: Diagnostic[], point: string): Promise<boolean> {
  const name = `cluster_apply.${point}`;
  if (!(await failpoints.hit(name))) return false;
  diagnostics.push(error('injected_failpoint', name, `injected failpoint triggered: ${name}`));
  return true;
}
