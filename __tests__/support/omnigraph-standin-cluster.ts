/**
 * The stand-in's `omnigraph cluster …` (reference: crates/omnigraph-cli/src/cli.rs `ClusterCommand`,
 * main.rs `Command::Cluster`, output.rs `finish_cluster_*`). The JSON is this repository's own
 * embedded control plane; argv, refusals and exit codes are the reference's.
 */
import { createClusterCommands } from '../../src/adapters/wiring.js';
import { toPrettyJson } from '../../src/base/json.js';
import { operatorActor } from '../../src/cli/operator.js';
import { diagnosticJson } from '../../src/engine/diagnostics/index.js';
import type { CommandOutput } from '../../src/engine/model/outputs.js';
import { renderText, type RenderKind } from '../../src/render/index.js';
import { clapError, eyreError } from './omnigraph-standin-cli.js';

export interface StandinClusterOptions {
  readonly actor: string | null;
  readonly version: string;
  readonly hasApprove: boolean;
  readonly releasedDialect: boolean;
}

const SUBCOMMANDS = ['validate', 'plan', 'apply', 'approve', 'status', 'refresh', 'import', 'force-unlock'];
const POSITIONAL: Readonly<Record<string, string>> = { approve: '<RESOURCE>', 'force-unlock': '<LOCK_ID>' };

interface ClusterArgs {
  readonly configDir: string;
  readonly json: boolean;
  readonly target: string | null;
}

function parseClusterArgs(sub: string, rest: readonly string[]): ClusterArgs {
  const usage = `omnigraph cluster ${sub} [OPTIONS]${POSITIONAL[sub] ? ` ${POSITIONAL[sub]}` : ''}`;
  let configDir = '.';
  let json = false;
  const positionals: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    if (arg === '--') {
      positionals.push(...rest.slice(i + 1));
      break;
    }
    if (arg === '--json') json = true;
    else if (arg === '--config' || arg.startsWith('--config=')) {
      const value = arg === '--config' ? rest[++i] : arg.slice('--config='.length);
      if (value === undefined) clapError("a value is required for '--config <CONFIG>' but none was supplied", usage);
      configDir = value;
    } else if (arg.startsWith('-')) clapError(`unexpected argument '${arg}' found`, usage);
    else positionals.push(arg);
  }
  const wanted = POSITIONAL[sub] ? 1 : 0;
  if (positionals.length < wanted) clapError(`the following required arguments were not provided:\n  ${POSITIONAL[sub]}`, usage);
  if (positionals.length > wanted) clapError(`unexpected argument '${positionals[wanted]}' found`, usage);
  return { configDir, json, target: positionals[0] ?? null };
}

/** Runs one `cluster` subcommand and returns the exit code (1 iff `ok` is false). */
export async function runStandinCluster(sub: string | undefined, rest: readonly string[], options: StandinClusterOptions): Promise<number> {
  const known = SUBCOMMANDS.filter((s) => s !== 'approve' || options.hasApprove);
  if (sub === undefined) clapError("'omnigraph cluster' requires a subcommand but one was not provided", 'omnigraph cluster <COMMAND>');
  if (!known.includes(sub)) clapError(`unrecognized subcommand '${sub}'`, 'omnigraph cluster <COMMAND>');
  const args = parseClusterArgs(sub, rest);
  const commands = createClusterCommands({ engine: 'embedded', env: process.env });
  const configDir = args.configDir;
  const actor = options.actor ?? operatorActor(process.env);
  let output: CommandOutput;
  switch (sub) {
    case 'validate':
      output = await commands.validate({ configDir });
      break;
    case 'plan':
      output = await commands.plan({ configDir });
      break;
    case 'apply':
      output = await commands.apply({ configDir, actor });
      break;
    case 'approve':
      if (actor === null) {
        eyreError(
          '`cluster approve` requires an approver: pass the global --as <ACTOR> flag or set `operator.actor` in ~/.omnigraph/config.yaml — an approval without an approver is meaningless',
          'crates/omnigraph-cli/src/main.rs:1536',
        );
      }
      output = await commands.approve({ configDir, actor, resource: args.target as string });
      break;
    case 'status':
      output = await commands.status({ configDir });
      break;
    case 'refresh':
      output = await commands.refresh({ configDir });
      break;
    case 'import':
      output = await commands.importState({ configDir });
      break;
    default:
      output = await commands.forceUnlock({ configDir, lockId: args.target as string });
  }
  const printable = { ...output, diagnostics: output.diagnostics.map(diagnosticJson) };
  if (options.releasedDialect) legacyObservationKeys(printable);
  process.stdout.write(args.json ? `${toPrettyJson(printable)}\n` : `${renderText(sub as RenderKind, output).trimEnd()}\n`);
  return output.ok ? 0 : 1;
}

/** ≤ 0.9 names a graph observation's version `manifest_version` (docs/contract/graph-engine.md#json-dialects). */
function legacyObservationKeys(output: object): void {
  const observations = (output as { observations?: Record<string, unknown> }).observations;
  if (!observations) return;
  for (const [address, value] of Object.entries(observations)) {
    if (typeof value !== 'object' || value === null || !('graph_manifest_version' in value)) continue;
    observations[address] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k === 'graph_manifest_version' ? 'manifest_version' : k, v]));
  }
}
