import type { MigrationPlan, MigrationStep } from '../../lang/schema/planner/migration.js';

/**
 * The `GraphEngine` port: the operations of docs/contract/graph-engine.md#port-operations that the control plane needs.
 * Two adapters: the embedded TypeScript engine (default) and the `omnigraph` binary.
 * Every method throws `GraphEngineError` (its message is surfaced verbatim in diagnostics and
 * observations); nothing else may escape.
 */

/** A graph root: `key` is the storage key prefix (`graphs/<id>.omni`), `uri` its display form. */
export interface GraphRoot {
  readonly key: string;
  readonly uri: string;
}

export type { MigrationPlan, MigrationStep } from '../../lang/schema/planner/migration.js';

export interface SchemaApplyResult {
  readonly supported: boolean;
  readonly applied: boolean;
  readonly graphManifestVersion: number;
  readonly steps: readonly MigrationStep[];
}

/** What an open graph tells the control plane. */
export interface OpenGraph {
  /** The accepted schema source text (`_schema.pg`); its sha256 is the live schema digest. */
  readonly schemaSource: string;
  /** Monotonic manifest version of branch `main`. */
  readonly manifestVersion: number;
}

export interface ExportExclusion {
  release(): Promise<void>;
}

export interface GraphEngine {
  /** Which adapter this is, for messages. */
  readonly name: string;
  /**
   * Creates a graph whose stored schema source is exactly `schemaSource`. Strict preflight:
   * refuses a root that already holds schema artifacts or a manifest. A failure after the
   * commit started may leave a partial root that later inits and opens refuse (the init gap);
   * the control plane never deletes it.
   */
  init(root: GraphRoot, schemaSource: string): Promise<void>;
  /**
   * Finishes an init that was killed part-way (docs/contract/graph-root.md#init), so the sweep classifies the root
   * instead of blocking every later apply on row 5: before the commit point the claim and schema
   * files are removed as a failed init removes them (`discarded`: the root was never created,
   * docs/contract/recovery.md#decision-matrix row 1); after it, a contract that reads back as the genesis manifest says only
   * lacked its claim release (`completed`: the root now opens). `none` leaves the root to a person.
   * Called under the cluster lock, with a `graph_create` sidecar proving the init was the
   * cluster's own. Optional: an engine without it leaves row 5 as it is.
   */
  finishInterruptedInit?(root: GraphRoot): Promise<'discarded' | 'completed' | 'none'>;
  /** Opens without writing anything; refuses roots that need recovery. */
  openReadOnly(root: GraphRoot): Promise<OpenGraph>;
  /** Opens read-write, completing any engine-side recovery first. */
  open(root: GraphRoot): Promise<OpenGraph>;
  /**
   * Plans a schema change without writing. An unsupported plan is returned with
   * `supported: false` (unlike the reference's preview, which refuses it) so that plan and apply
   * can block the change; throws for parse errors, invalid state, an unreachable graph.
   */
  previewSchemaApply(root: GraphRoot, schemaSource: string, options: { allowDataLoss: boolean }): Promise<MigrationPlan>;
  /**
   * Applies a schema change atomically within the graph. An empty plan writes nothing (the old
   * `_schema.pg` bytes stay) and returns `applied:false` with the current version.
   */
  applySchemaAs(
    root: GraphRoot,
    schemaSource: string,
    options: { allowDataLoss: boolean },
    actor: string | null,
  ): Promise<SchemaApplyResult>;
  /** Guards a root against deletion while an immutable export owns it. */
  reserveExportRootExclusion(root: GraphRoot): Promise<ExportExclusion>;
}

export class GraphEngineError extends Error {
  override readonly name = 'GraphEngineError';
}
