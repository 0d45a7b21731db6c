import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import {
  GraphEngineError,
  type ExportExclusion,
  type GraphEngine,
  type GraphRoot,
  type MigrationPlan,
  type MigrationStep,
  type OpenGraph,
  type SchemaApplyResult,
} from '../../engine/ports/graph-engine.js';

/**
 * `GraphEngine` over a real `omnigraph` binary (engine.md §6): `init`, `snapshot --json`,
 * `schema show --json`, `schema plan --json`, `schema apply --json`. Arguments are always an argv
 * array (never a shell). Both the released (≤0.9) and the current JSON key names are accepted.
 * Verified only against the scripted stand-in in __tests__/support, not against a real binary.
 */
export const MIN_SUPPORTED_VERSION = '0.7.0';

const stepSchema = z.looseObject({ kind: z.string() });
const planJson = z.looseObject({ supported: z.boolean(), steps: z.array(stepSchema) });
const applyJson = z.looseObject({
  supported: z.boolean(),
  applied: z.boolean(),
  steps: z.array(stepSchema),
  graph_manifest_version: z.number().int().optional(),
  manifest_version: z.number().int().optional(),
});
const snapshotJson = z.looseObject({ graph_manifest_version: z.number().int().optional(), manifest_version: z.number().int().optional() });
const schemaShowJson = z.looseObject({ schema_source: z.string() });

export interface OmnigraphCliOptions {
  readonly binary: string;
  readonly env: NodeJS.ProcessEnv;
  /** Milliseconds before a hung binary is killed. */
  readonly timeoutMs?: number;
}

export class OmnigraphCliEngine implements GraphEngine {
  readonly name = 'omnigraph';

  private version: Promise<unknown> | null = null;

  constructor(private readonly options: OmnigraphCliOptions) {}

  /** Every operation first proves, once, that the binary exists and is new enough. */
  private ready(): Promise<unknown> {
    this.version ??= this.checkVersion();
    return this.version;
  }

  /** `omnigraph version` → the semver; refuses versions older than we support. */
  async checkVersion(): Promise<{ version: string; internalSchema: number | null }> {
    const out = await this.run(['version']);
    const version = /omnigraph\s+v?(\d+\.\d+\.\d+\S*)/.exec(out)?.[1];
    if (!version) throw new GraphEngineError(`could not read the omnigraph version from \`omnigraph version\`: ${firstLines(out)}`);
    if (compareSemver(version, MIN_SUPPORTED_VERSION) < 0) {
      throw new GraphEngineError(`omnigraph ${version} is older than ${MIN_SUPPORTED_VERSION}, the oldest version this action supports; upgrade omnigraph`);
    }
    const internal = /internal-schema\s+(\d+)/.exec(out)?.[1];
    return { version, internalSchema: internal ? Number(internal) : null };
  }

  async init(root: GraphRoot, schemaSource: string): Promise<void> {
    await this.ready();
    await this.withSchemaFile(schemaSource, (file) => this.run(['init', '--schema', file, root.uri]));
  }

  async openReadOnly(root: GraphRoot): Promise<OpenGraph> {
    await this.ready();
    const snapshot = parseJson(snapshotJson, await this.run(['snapshot', '--json', root.uri]), 'snapshot');
    const version = snapshot.graph_manifest_version ?? snapshot.manifest_version;
    if (version === undefined) throw new GraphEngineError('`omnigraph snapshot --json` printed no manifest version');
    const shown = parseJson(schemaShowJson, await this.run(['schema', 'show', '--json', root.uri]), 'schema show');
    return { schemaSource: shown.schema_source, manifestVersion: version };
  }

  open(root: GraphRoot): Promise<OpenGraph> {
    // The binary has no read-only mode: every open already runs the engine's recovery.
    return this.openReadOnly(root);
  }

  async previewSchemaApply(root: GraphRoot, schemaSource: string, options: { allowDataLoss: boolean }): Promise<MigrationPlan> {
    await this.ready();
    const args = (file: string) => ['schema', 'plan', '--schema', file, ...(options.allowDataLoss ? ['--allow-data-loss'] : []), '--json', root.uri];
    const plan = parseJson(planJson, await this.withSchemaFile(schemaSource, (file) => this.run(args(file))), 'schema plan');
    const steps = plan.steps as MigrationStep[];
    // `supported` is recomputed from the steps rather than trusted: the port's callers block on it.
    return { supported: plan.supported && !steps.some((s) => s.kind === 'unsupported_change'), steps };
  }

  async applySchemaAs(root: GraphRoot, schemaSource: string, options: { allowDataLoss: boolean }, actor: string | null): Promise<SchemaApplyResult> {
    await this.ready();
    const args = (file: string) => [
      ...(actor ? ['--as', actor] : []),
      'schema',
      'apply',
      '--schema',
      file,
      ...(options.allowDataLoss ? ['--allow-data-loss'] : []),
      '--json',
      root.uri,
    ];
    const result = parseJson(applyJson, await this.withSchemaFile(schemaSource, (file) => this.run(args(file))), 'schema apply');
    const version = result.graph_manifest_version ?? result.manifest_version;
    if (version === undefined) throw new GraphEngineError('`omnigraph schema apply --json` printed no manifest version');
    return { supported: result.supported, applied: result.applied, graphManifestVersion: version, steps: result.steps as MigrationStep[] };
  }

  async reserveExportRootExclusion(): Promise<ExportExclusion> {
    // The CLI exposes no export exclusion; exports are not coordinated through the binary.
    return { release: async () => {} };
  }

  private async withSchemaFile<T>(source: string, use: (file: string) => Promise<T>): Promise<T> {
    const dir = await mkdtemp(path.join(tmpdir(), 'omnigraph-schema-'));
    const file = path.join(dir, 'schema.pg');
    try {
      await writeFile(file, source, 'utf8');
      return await use(file);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  private run(args: readonly string[]): Promise<string> {
    const command = `omnigraph ${args.join(' ')}`;
    return new Promise((resolve, reject) => {
      execFile(
        this.options.binary,
        [...args],
        { env: this.options.env, timeout: this.options.timeoutMs ?? 300_000, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' },
        (err, stdout, stderr) => {
          if (!err) return resolve(stdout);
          const code = (err as NodeJS.ErrnoException).code;
          if (code === 'ENOENT') return reject(new GraphEngineError(`omnigraph binary not found at '${this.options.binary}'`));
          if (code === 'EACCES') return reject(new GraphEngineError(`omnigraph binary at '${this.options.binary}' is not executable`));
          const exit = typeof code === 'number' ? `exited with code ${code}` : err.killed ? 'was killed (timeout)' : 'failed';
          reject(new GraphEngineError(`\`${command}\` ${exit}: ${firstLines(stderr || stdout) || err.message}`));
        },
      );
    });
  }
}

function parseJson<T>(schema: z.ZodType<T>, text: string, what: string): T {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new GraphEngineError(`\`omnigraph ${what}\` printed output that is not JSON: ${firstLines(text)}`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new GraphEngineError(`\`omnigraph ${what}\` printed unexpected JSON: ${parsed.error.issues[0]?.message ?? ''}`);
  return parsed.data;
}


const ANSI = new RegExp(String.raw`\u001b\[[0-9;]*[A-Za-z]`, 'g');

export function firstLines(text: string, count = 5): string {
  return text.replace(ANSI, '').trim().split('\n').slice(0, count).join('\n');
}

function compareSemver(a: string, b: string): number {
  const pa = a.split(/[.-]/).slice(0, 3).map(Number);
  const pb = b.split(/[.-]/).slice(0, 3).map(Number);
  for (let i = 0; i < 3; i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
