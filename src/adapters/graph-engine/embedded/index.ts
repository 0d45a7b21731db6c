import { z } from 'zod';
import { rfc3339, type Clock } from '../../../engine/ports/clock.js';
import type { Failpoints } from '../../../engine/ports/failpoints.js';
import {
  GraphEngineError,
  type ExportExclusion,
  type GraphEngine,
  type GraphRoot,
  type MigrationPlan,
  type OpenGraph,
  type SchemaApplyResult,
} from '../../../engine/ports/graph-engine.js';
import type { Ids } from '../../../engine/ports/ids.js';
import type { Storage } from '../../../engine/ports/storage.js';
import {
  parseSchema,
  planSchemaMigration,
  resolveSchemaIr,
  schemaIrToJson,
  schemaShapeHash,
  unsupportedPlanMessage,
  type SchemaIr,
} from '../../../lang/schema/index.js';
import { schemaStateFor, verifyContract } from './contract-files.js';
import {
  EXPORT_CLAIM,
  INIT_CLAIM,
  MANIFEST_VERSIONS,
  RECOVERY_DIR,
  SCHEMA_FILES,
  SCHEMA_IR,
  SCHEMA_PG,
  SCHEMA_STATE,
  STAGING,
  join,
  manifestName,
} from './layout.js';

export interface EmbeddedGraphEngineOptions {
  readonly storage: Storage;
  readonly ids: Ids;
  readonly clock: Clock;
  readonly failpoints: Failpoints;
}

const recoverySchema = z.strictObject({
  kind: z.literal('schema_apply'),
  operation_id: z.string(),
  target_version: z.number().int().positive(),
  started_at: z.string(),
  actor: z.string().nullable(),
});

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

  async init(root: GraphRoot, schemaSource: string): Promise<void> {
    await this.preflight(root);
    const compiled = this.compile(schemaSource, null);
    const claim = await this.guard(() =>
      this.o.storage.writeIfAbsent(join(root.key, INIT_CLAIM), JSON.stringify({ version: 1, attempt_id: this.o.ids.ulid() })),
    );
    if (!claim.ok) throw new GraphEngineError(`graph initialization at '${root.uri}' is claimed by '${INIT_CLAIM}'; another initialization is running or was interrupted`);
    await this.preflight(root);
    try {
      const created = await this.guard(() => this.o.storage.writeIfAbsent(join(root.key, SCHEMA_PG), schemaSource));
      if (!created.ok) throw alreadyInitialized(root);
      await this.guard(() => this.o.storage.write(join(root.key, SCHEMA_IR), schemaIrToJson(compiled.ir)));
      await this.guard(() => this.o.storage.write(join(root.key, SCHEMA_STATE), JSON.stringify(compiled.state, null, 2)));
    } catch (e) {
      // Nothing was committed: leave a clean root so a retry can succeed.
      for (const file of [...SCHEMA_FILES, INIT_CLAIM]) await this.o.storage.delete(join(root.key, file)).catch(() => {});
      throw e;
    }
    try {
      const committed = await this.guard(() => this.o.storage.writeIfAbsent(join(root.key, `${MANIFEST_VERSIONS}/${manifestName(1)}`), this.manifestEntry(1, 'init', compiled.ir)));
      if (!committed.ok) throw new GraphEngineError('a manifest already exists');
    } catch (e) {
      throw new GraphEngineError(
        `initialization of '${root.uri}' is indeterminate (${e instanceof Error ? e.message : String(e)}); schema artifacts and '${INIT_CLAIM}' were preserved; do not retry initialization or delete the root until it is inspected`,
      );
    }
    await this.o.storage.delete(join(root.key, INIT_CLAIM)).catch(() => {});
  }

  async openReadOnly(root: GraphRoot): Promise<OpenGraph> {
    return (await this.accepted(root, { readOnly: true })).open;
  }

  async open(root: GraphRoot): Promise<OpenGraph> {
    await this.recover(root);
    return (await this.accepted(root, { readOnly: false })).open;
  }

  async previewSchemaApply(root: GraphRoot, schemaSource: string, options: { allowDataLoss: boolean }): Promise<MigrationPlan> {
    const accepted = await this.accepted(root, { readOnly: true });
    const planned = this.plan(accepted.ir, schemaSource, options);
    const refusal = unsupportedPlanMessage(planned.plan);
    if (refusal) throw new GraphEngineError(refusal);
    return planned.plan;
  }

  /** `omnigraph schema plan`: like preview, but an unsupported plan is returned, not refused. */
  async planSchema(root: GraphRoot, schemaSource: string, options: { allowDataLoss: boolean }): Promise<MigrationPlan> {
    await this.recover(root);
    const accepted = await this.accepted(root, { readOnly: false });
    return this.plan(accepted.ir, schemaSource, options).plan;
  }

  async applySchemaAs(root: GraphRoot, schemaSource: string, options: { allowDataLoss: boolean }, actor: string | null): Promise<SchemaApplyResult> {
    await this.recover(root);
    const accepted = await this.accepted(root, { readOnly: false });
    const planned = this.plan(accepted.ir, schemaSource, options);
    const refusal = unsupportedPlanMessage(planned.plan);
    if (refusal) throw new GraphEngineError(refusal);
    const current = accepted.open.manifestVersion;
    if (planned.plan.steps.length === 0) {
      // Cosmetic-only change: nothing is written, the old _schema.pg bytes stay (engine.md §2.5).
      return { supported: true, applied: false, graphManifestVersion: current, steps: [] };
    }
    if (await this.o.failpoints.hit('schema_apply.before_staging_write')) {
      throw new GraphEngineError('injected failpoint triggered: schema_apply.before_staging_write');
    }
    const target = current + 1;
    const operationId = this.o.ids.ulid();
    const sidecarKey = join(root.key, `${RECOVERY_DIR}/${operationId}.json`);
    const sidecar = { kind: 'schema_apply', operation_id: operationId, target_version: target, started_at: rfc3339(this.o.clock.now()), actor };
    const shapeHash = schemaShapeHash(planned.ast);
    await this.guard(() => this.o.storage.write(sidecarKey, JSON.stringify(sidecar, null, 2)));
    await this.guard(() => this.o.storage.write(join(root.key, SCHEMA_PG + STAGING), schemaSource));
    await this.guard(() => this.o.storage.write(join(root.key, SCHEMA_IR + STAGING), schemaIrToJson(planned.desiredIr)));
    await this.guard(() =>
      this.o.storage.write(join(root.key, SCHEMA_STATE + STAGING), JSON.stringify(schemaStateFor(planned.desiredIr, shapeHash), null, 2)),
    );
    const committed = await this.guard(() =>
      this.o.storage.writeIfAbsent(join(root.key, `${MANIFEST_VERSIONS}/${manifestName(target)}`), this.manifestEntry(target, 'schema_apply', planned.desiredIr)),
    );
    if (!committed.ok) {
      await this.discardStaging(root, sidecarKey);
      throw new GraphEngineError('schema apply is already in progress');
    }
    if (await this.o.failpoints.hit('schema_apply.after_manifest_commit')) {
      throw new GraphEngineError('injected failpoint triggered: schema_apply.after_manifest_commit');
    }
    await this.promoteStaging(root, sidecarKey);
    return { supported: true, applied: true, graphManifestVersion: target, steps: planned.plan.steps };
  }

  async reserveExportRootExclusion(root: GraphRoot): Promise<ExportExclusion> {
    const claim = await this.guard(() => this.o.storage.read(join(root.key, EXPORT_CLAIM)));
    if (claim) throw new GraphEngineError(`an immutable export owns the root ('${EXPORT_CLAIM}' is present)`);
    return { release: async () => {} };
  }

  private compile(source: string, accepted: SchemaIr | null) {
    const ast = parseSchema(source);
    if (!ast.ok) throw new GraphEngineError(ast.error.message);
    const ir = resolveSchemaIr(source, accepted, this.o.ids.ulid());
    if (!ir.ok) throw new GraphEngineError(ir.error.message);
    return { ast: ast.value, ir: ir.value, state: schemaStateFor(ir.value, schemaShapeHash(ast.value)) };
  }

  private plan(accepted: SchemaIr, source: string, options: { allowDataLoss: boolean }) {
    const planned = planSchemaMigration(accepted, source, options);
    if (!planned.ok) throw new GraphEngineError(planned.error.message);
    const ast = parseSchema(source);
    if (!ast.ok) throw new GraphEngineError(ast.error.message);
    return { plan: planned.value.plan, desiredIr: planned.value.desiredIr, ast: ast.value };
  }

  private async preflight(root: GraphRoot): Promise<void> {
    const manifest = await this.guard(() => this.o.storage.existsPrefix(join(root.key, '__manifest')));
    let schemaFile = false;
    for (const file of SCHEMA_FILES) schemaFile ||= await this.guard(() => this.o.storage.exists(join(root.key, file)));
    if (manifest || schemaFile) throw alreadyInitialized(root);
  }

  /** The accepted contract and the main manifest version; read-only never writes and refuses pending recovery. */
  private async accepted(root: GraphRoot, mode: { readOnly: boolean }): Promise<Accepted> {
    const s = this.o.storage;
    const versions = (await this.guard(() => s.list(join(root.key, MANIFEST_VERSIONS)))).filter((n) => /^\d{20}\.json$/.test(n));
    const claim = await this.guard(() => s.exists(join(root.key, INIT_CLAIM)));
    if (versions.length === 0) {
      const anything = await this.guard(() => s.existsPrefix(root.key));
      if (!anything) throw new GraphEngineError(`graph not found at '${root.uri}'`);
      throw new GraphEngineError(`graph at '${root.uri}' is not initialized: no '__manifest' was committed${claim ? ` and '${INIT_CLAIM}' is present (an interrupted initialization)` : ''}`);
    }
    if (claim) throw new GraphEngineError(`graph initialization at '${root.uri}' did not complete ('${INIT_CLAIM}' is present); inspect the root before using it`);
    if (mode.readOnly) {
      const pending = (await this.guard(() => s.list(join(root.key, RECOVERY_DIR)))).filter((n) => n.endsWith('.json'));
      if (pending.length > 0) {
        const id = pending[0]!.replace(/\.json$/, '');
        throw new GraphEngineError(`recovery required for operation ${id}: a schema apply was interrupted; open the graph read-write to complete recovery`);
      }
    }
    const version = Number((versions[versions.length - 1] as string).slice(0, 20));
    const [pg, ir, state] = await Promise.all(SCHEMA_FILES.map((f) => this.guard(() => s.read(join(root.key, f)))));
    if (!pg) {
      throw new GraphEngineError(
        `graph at '${root.uri}' is missing its schema files: '${SCHEMA_PG}' was not found although '__manifest' is readable; restore it from a backup`,
      );
    }
    if (!ir || !state) throw new GraphEngineError('graph is missing the mandatory identity-bearing schema contract (_schema.ir.json, __schema_state.json)');
    const contract = verifyContract(pg.text, ir.text, state.text);
    return { open: { schemaSource: pg.text, manifestVersion: version }, ir: contract.ir };
  }

  /** Engine-side recovery (read-write opens only): roll a committed apply forward, else discard it. */
  private async recover(root: GraphRoot): Promise<void> {
    const s = this.o.storage;
    const names = (await this.guard(() => s.list(join(root.key, RECOVERY_DIR)))).filter((n) => n.endsWith('.json'));
    for (const name of names) {
      const key = join(root.key, `${RECOVERY_DIR}/${name}`);
      const stored = await this.guard(() => s.read(key));
      if (!stored) continue;
      let parsed;
      try {
        parsed = recoverySchema.safeParse(JSON.parse(stored.text));
      } catch {
        parsed = null;
      }
      if (!parsed?.success) throw new GraphEngineError(`recovery sidecar '${name}' is unreadable; inspect the root`);
      const committed = await this.guard(() => s.exists(join(root.key, `${MANIFEST_VERSIONS}/${manifestName(parsed.data.target_version)}`)));
      if (committed) await this.promoteStaging(root, key);
      else await this.discardStaging(root, key);
    }
  }

  private async promoteStaging(root: GraphRoot, sidecarKey: string): Promise<void> {
    const s = this.o.storage;
    for (const file of SCHEMA_FILES) {
      const staged = await this.guard(() => s.read(join(root.key, file + STAGING)));
      if (staged) await this.guard(() => s.write(join(root.key, file), staged.text));
    }
    for (const file of SCHEMA_FILES) await this.guard(() => s.delete(join(root.key, file + STAGING)));
    await this.guard(() => s.delete(sidecarKey));
  }

  private async discardStaging(root: GraphRoot, sidecarKey: string): Promise<void> {
    for (const file of SCHEMA_FILES) await this.guard(() => this.o.storage.delete(join(root.key, file + STAGING)));
    await this.guard(() => this.o.storage.delete(sidecarKey));
  }

  private manifestEntry(version: number, kind: 'init' | 'schema_apply', ir: SchemaIr): string {
    return JSON.stringify({ version, kind, committed_at: rfc3339(this.o.clock.now()), schema_identity_domain: ir.schema_identity_domain }, null, 2);
  }

  /** Storage failures surface as engine errors with the storage's own text. */
  private async guard<T>(fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (e) {
      if (e instanceof GraphEngineError) throw e;
      throw new GraphEngineError(e instanceof Error ? e.message : String(e));
    }
  }
}

function alreadyInitialized(root: GraphRoot): GraphEngineError {
  return new GraphEngineError(
    `graph already initialized or initialization metadata exists at '${root.uri}'; --force may replace only orphan schema files after proving that no __manifest exists`,
  );
}
