import type { z } from 'zod';
import { JsonSyntaxError, parseJsonLossless } from '../../base/lossless-json.js';
import { error, type Diagnostic } from '../../engine/diagnostics/index.js';
import {
  applyOutputSchema,
  approveOutputSchema,
  forceUnlockOutputSchema,
  planOutputSchema,
  refreshOutputSchema,
  statusOutputSchema,
  validateOutputSchema,
} from '../../engine/model/output-schemas.js';
import { failedOutput, type OutputBySubcommand } from './failed-output.js';
import { describeExit, firstLines, type BinaryRun } from './run-binary.js';
import type { ClusterSubcommand } from './version.js';

const SCHEMAS: { readonly [C in ClusterSubcommand]: z.ZodType<OutputBySubcommand[C], unknown> } = {
  validate: validateOutputSchema,
  plan: planOutputSchema,
  apply: applyOutputSchema,
  status: statusOutputSchema,
  refresh: refreshOutputSchema,
  import: refreshOutputSchema,
  'force-unlock': forceUnlockOutputSchema,
  approve: approveOutputSchema,
};

export interface Invocation<C extends ClusterSubcommand> {
  readonly command: C;
  readonly configDir: string;
  /** How the user would retype it: `omnigraph cluster plan --config DIR --json`. */
  readonly display: string;
  readonly timeoutMs: number | undefined;
}

/**
 * Turns one finished `omnigraph cluster <cmd> --json` into our output object. The reference
 * prints the JSON and then exits 1 when `ok` is false (crates/omnigraph-cli/src/output.rs,
 * `finish_cluster_*`), so a non-zero exit with valid JSON is an ordinary failed command; no JSON
 * at all (clap usage error, color-eyre report, crash, kill) becomes one diagnostic carrying the
 * exit and the first lines of stderr.
 */
export function interpretRun<C extends ClusterSubcommand>(inv: Invocation<C>, run: BinaryRun): OutputBySubcommand[C] {
  const exit = describeExit(run, inv.timeoutMs);
  let json: unknown;
  try {
    json = parseJsonLossless(run.stdout);
  } catch (e) {
    if (run.exitCode !== 0 || run.signal) return fail(inv, noJsonDiagnostic(inv, run, exit));
    const why = e instanceof JsonSyntaxError ? e.message : String(e);
    return fail(inv, invalid(`\`${inv.display}\` printed output that is not JSON (${why}): ${firstLines(run.stdout, 3)}`));
  }
  const parsed = SCHEMAS[inv.command].safeParse(canonicalObservationKeys(json));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
    return fail(inv, invalid(`\`${inv.display}\` printed JSON this action does not understand${where}: ${issue?.message ?? 'invalid'}`));
  }
  const output = parsed.data;
  if (run.exitCode === 0 && !run.signal) return output;
  if (!output.ok) return output;
  // `ok:true` with a failing exit: the process died after printing, so nothing proves it finished.
  const late = error('omnigraph_command_failed', 'omnigraph', `\`${inv.display}\` printed ok:true but ${exit}: ${firstLines(run.stderr)}`);
  return { ...output, ok: false, diagnostics: [...output.diagnostics, late] };
}

function noJsonDiagnostic(inv: Invocation<ClusterSubcommand>, run: BinaryRun, exit: string): Diagnostic {
  const stderr = firstLines(run.stderr || run.stdout);
  if (/unrecognized subcommand/.test(stderr)) {
    return error('omnigraph_version_unsupported', 'omnigraph', `this omnigraph binary has no \`cluster ${inv.command}\` (${exit}): ${stderr}`);
  }
  return error('omnigraph_command_failed', 'omnigraph', `\`${inv.display}\` ${exit}${stderr ? `: ${stderr}` : ' and printed nothing'}`);
}

function invalid(message: string): Diagnostic {
  return error('omnigraph_output_invalid', 'omnigraph', message);
}

function fail<C extends ClusterSubcommand>(inv: Invocation<C>, diagnostic: Diagnostic): OutputBySubcommand[C] {
  return failedOutput(inv.command, inv.configDir, diagnostic);
}

/**
 * Released binaries (≤ 0.9) name a graph observation's version `manifest_version`; HEAD and our
 * renderers say `graph_manifest_version` (docs/contract/graph-engine.md#json-dialects). Renamed in place, so the key keeps the
 * position the reference's struct gives it.
 */
export function canonicalObservationKeys(json: unknown): unknown {
  if (!isObject(json) || !isObject(json.observations)) return json;
  const observations = json.observations;
  for (const address of Object.keys(observations)) {
    const observation = observations[address];
    if (!isObject(observation) || !Object.hasOwn(observation, 'manifest_version') || Object.hasOwn(observation, 'graph_manifest_version')) continue;
    const renamed: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    for (const [key, value] of Object.entries(observation)) renamed[key === 'manifest_version' ? 'graph_manifest_version' : key] = value;
    observations[address] = renamed;
  }
  return json;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
