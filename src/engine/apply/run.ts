import type { DesiredState } from '../config/desired.js';
import type { Diagnostic } from '../diagnostics/index.js';
import type { GraphEngine, Storage } from '../ports/index.js';
import type { CommandDeps } from '../commands/deps.js';
import type { Ledger } from '../commands/ledger.js';

/** What failed in this run, per graph: decides the demotion reasons (§5.7). */
export type GraphFailure = 'create' | 'schema_apply' | 'delete';

/** Shared state of one apply run while its phases execute. */
export interface ApplyRun {
  readonly deps: CommandDeps;
  readonly storage: Storage;
  readonly engine: GraphEngine;
  readonly desired: DesiredState;
  /** The post-sweep ledger (never mutated by the phases). */
  readonly ledger: Ledger;
  readonly expectedCas: string | null;
  readonly actor: string | null;
  readonly diagnostics: Diagnostic[];
  readonly failures: Map<string, GraphFailure>;
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
