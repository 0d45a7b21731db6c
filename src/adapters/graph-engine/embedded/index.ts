import { sha256hex } from '../../../base/hash.js';
import { rfc3339 } from '../../../engine/ports/clock.js';
import {
  GraphEngineError,
  type ExportExclusion,
  type GraphEngine,
  type GraphRoot,
  type MigrationPlan,
  type OpenGraph,
  type SchemaApplyResult,
} from '../../../engine/ports/graph-engine.js';
import type { Storage } from '../../../engine/ports/storage.js';
import { parseSchema, planSchemaMigration, schemaIrHash, schemaIrToJson, schemaShapeHash, unsupportedPlanMessage, type SchemaIr } from '../../../lang/schema/index.js';
import { readLiveContract, renderSchemaState, schemaStateFor, type ContractTexts } from './contract-files.js';
import { asEngineError, guard } from './guard.js';
import { finishInterruptedInit, initRoot } from './init.js';
import { EXPORT_CLAIM, INIT_CLAIM, join } from './layout.js';
import { committedVersions, manifestKey, readManifestEntry, renderManifestEntry, type ManifestEntry } from './manifest.js';
import type { EmbeddedGraphEngineOptions } from './options.js';
import { discardStaging, pendingOperations, promote, recoverRoot, sidecarKey, writeStaging, type RootRecoverySidecar } from './recovery.js';

export type { EmbeddedGraphEngineOptions } from './options.js';

interface Accepted {
  readonly open: OpenGraph;
  readonly ir: SchemaIr;
}

/**
 * Our own graph engine: schema, identity IR, contract state and a manifest whose version grows by
 * one per commit — no row data. Every byte goes through the `Storage` port, so roots work on S3.
 * The commit point of every change is a create-if-absent of the next manifest version.
 */
export class EmbeddedGraphEngine implements GraphEngine {
  readonly name = 'embedded';

  constructor(private readonly o: EmbeddedGraphEngineOptions) {}

  private get s(): Storage {
    return this.o.storage;
  }

  async init(root: GraphRoot, schemaSource: string): Promise<void> {
    await initRoot(this.o, root, schemaSource);
  }

  async finishInterruptedInit(root: GraphRoot): Promise<'discarded' | 'completed' | 'none'> {
    return finishInterruptedInit(this.s, root);
  }

  async openReadOnly(root: GraphRoot): Promise<OpenGraph> {
    return (await this.accepted(root, { readOnly: true })).open;
  }

  async open(root: GraphRoot): Promise<OpenGraph> {
    await recoverRoot(this.s, root);
    return (await this.accepted(root, { readOnly: false })).open;
  }

  async previewSchemaApply(root: GraphRoot, schemaSource: string, options: { allowDataLoss: boolean }): Promise<MigrationPlan> {
    const accepted = await this.accepted(root, { readOnly: true });
    return this.plan(accepted.ir, schemaSource, options).plan;
  }

  /** `omnigraph schema plan`: like preview, but completes recovery first (a read-write open). */
  async planSchema(root: GraphRoot, schemaSource: string, options: { allowDataLoss: boolean }): Promise<MigrationPlan> {
    await recoverRoot(this.s, root);
    const accepted = await this.accepted(root, { readOnly: false });
    return this.plan(accepted.ir, schemaSource, options).plan;
  }

  async applySchemaAs(root: GraphRoot, schemaSource: string, options: { allowDataLoss: boolean }, actor: string | null): Promise<SchemaApplyResult> {
    await recoverRoot(this.s, root);
    const accepted = await this.accepted(root, { readOnly: false });
    const planned = this.plan(accepted.ir, schemaSource, options);
    const refusal = unsupportedPlanMessage(planned.plan);
    if (refusal) throw new GraphEngineError(refusal);
    const current = accepted.open.manifestVersion;
    if (planned.plan.steps.length === 0) {
      // Cosmetic-only change: nothing is written, the old _schema.pg bytes stay (docs/contract/migration.md#entry-points).
      return { supported: true, applied: false, graphManifestVersion: current, steps: [] };
    }
    if (await this.o.failpoints.hit('schema_apply.before_staging_write')) {
      throw new GraphEngineError('injected failpoint triggered: schema_apply.before_staging_write');
    }
    const target = current + 1;
    const operationId = this.o.ids.ulid();
    const texts: ContractTexts = {
      pg: schemaSource,
      ir: schemaIrToJson(planned.desiredIr),
      state: renderSchemaState(schemaStateFor(planned.desiredIr, schemaShapeHash(planned.ast))),
    };
    const now = rfc3339(this.o.clock.now());
    const sidecar = sidecarKey(root.key, operationId);
    const record: RootRecoverySidecar = { kind: 'schema_apply', operation_id: operationId, target_version: target, started_at: now, actor };
    try {
      await guard(() => this.s.write(sidecar, JSON.stringify(record, null, 2)));
      await writeStaging(this.s, root, texts);
    } catch (e) {
      // Before the commit point: leave nothing behind.
      await discardStaging(this.s, root, sidecar).catch(() => {});
      throw asEngineError(e);
    }
    const entry: ManifestEntry = {
      version: target,
      kind: 'schema_apply',
      operation_id: operationId,
      committed_at: now,
      schema_identity_domain: planned.desiredIr.schema_identity_domain,
      schema_ir_hash: schemaIrHash(planned.desiredIr),
      schema_source_sha256: sha256hex(schemaSource),
    };
    await this.commit(root, entry, sidecar);
    if (await this.o.failpoints.hit('schema_apply.after_manifest_commit')) {
      throw new GraphEngineError('injected failpoint triggered: schema_apply.after_manifest_commit');
    }
    try {
      // From memory, not from staging: a rival that lost the commit race may have overwritten staging.
      await promote(this.s, root, texts, sidecar);
    } catch (e) {
      throw new GraphEngineError(
        `schema apply committed manifest version ${target} but could not replace the schema files (${asEngineError(e).message}); a read-write open completes operation ${operationId}`,
      );
    }
    return { supported: true, applied: true, graphManifestVersion: target, steps: planned.plan.steps };
  }

  /** We have no exports: the exclusion is refused only while a (test-planted) export claim exists. */
  async reserveExportRootExclusion(root: GraphRoot): Promise<ExportExclusion> {
    if (await guard(() => this.s.exists(join(root.key, EXPORT_CLAIM)))) {
      throw new GraphEngineError(`an immutable export owns the root '${root.uri}' ('${EXPORT_CLAIM}' is present)`);
    }
    return { release: async () => {} };
  }

  /** The commit point of an apply. A lost race or a write that provably did not land leaves nothing behind. */
  private async commit(root: GraphRoot, entry: ManifestEntry, sidecar: string): Promise<void> {
    const key = manifestKey(root.key, entry.version);
    const text = renderManifestEntry(entry);
    let failure: string;
    try {
      const written = await this.s.writeIfAbsent(key, text);
      if (written.ok) return;
      await discardStaging(this.s, root, sidecar);
      throw new GraphEngineError('schema apply is already in progress');
    } catch (e) {
      if (e instanceof GraphEngineError) throw e;
      failure = asEngineError(e).message;
    }
    const stored = await this.s.read(key).then(
      (found) => ({ known: true, text: found?.text ?? null }),
      () => ({ known: false, text: null }),
    );
    if (stored.text === text) return;
    if (stored.known) await discardStaging(this.s, root, sidecar).catch(() => {});
    throw new GraphEngineError(
      stored.known
        ? failure
        : `schema apply of operation ${entry.operation_id} has an unknown outcome (${failure}); a read-write open completes or discards it`,
    );
  }

  private plan(accepted: SchemaIr, source: string, options: { allowDataLoss: boolean }) {
    const planned = planSchemaMigration(accepted, source, options);
    if (!planned.ok) throw new GraphEngineError(planned.error.message);
    const ast = parseSchema(source);
    if (!ast.ok) throw new GraphEngineError(ast.error.message);
    return { plan: planned.value.plan, desiredIr: planned.value.desiredIr, ast: ast.value };
  }

  /** The accepted contract and the main manifest version; read-only never writes and refuses pending recovery. */
  private async accepted(root: GraphRoot, mode: { readOnly: boolean }): Promise<Accepted> {
    const versions = await committedVersions(this.s, root.key);
    const claim = await guard(() => this.s.exists(join(root.key, INIT_CLAIM)));
    if (versions.length === 0) {
      if (!(await guard(() => this.s.existsPrefix(root.key)))) throw new GraphEngineError(`graph not found at '${root.uri}'`);
      throw new GraphEngineError(
        `graph at '${root.uri}' is not initialized: no '__manifest' was committed${claim ? ` and '${INIT_CLAIM}' is present (an interrupted initialization)` : ''}`,
      );
    }
    if (claim) throw new GraphEngineError(`graph initialization at '${root.uri}' did not complete ('${INIT_CLAIM}' is present); inspect the root before using it`);
    if (mode.readOnly) {
      const [pending] = await pendingOperations(this.s, root.key);
      if (pending !== undefined) {
        throw new GraphEngineError(`recovery required for operation ${pending}: a schema apply was interrupted; open the graph read-write to complete recovery`);
      }
    }
    const version = versions[versions.length - 1] as number;
    const entry = await readManifestEntry(this.s, root.key, version);
    if (!entry) throw new GraphEngineError(`manifest version ${version} disappeared while opening '${root.uri}'; retry`);
    const contract = await readLiveContract(this.s, root, entry);
    return { open: { schemaSource: contract.texts.pg, manifestVersion: version }, ir: contract.ir };
  }
}
