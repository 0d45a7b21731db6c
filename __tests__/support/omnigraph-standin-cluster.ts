/**
 * The stand-in's `omnigraph cluster …` (reference: crates/omnigraph-cli/src/cli.rs `ClusterCommand`,
 * main.rs `Command::Cluster`, output.rs `finish_cluster_*`). The JSON is this repository's own
 * embedded control plane, run as the bundled CLI (dist/cli/index.js, which check-dist keeps equal to
 * the sources) so a stand-in call costs a process start rather than transpiling the engine; argv,
 * refusals and exit codes are the reference's.
 */

const BUNDLED_CLI = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/cli/index.js');
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { toPrettyJson } from '../../src/base/json.js';
import { parseJsonLossless } from '../../src/base/lossless-json.js';
import { operatorActor } from '../../src/cli/operator.js';
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
  const actor = options.actor ?? operatorActor(process.env);
  if (sub === 'approve' && actor === null) {
    eyreError(
      '`cluster approve` requires an approver: pass the global --as <ACTOR> flag or set `operator.actor` in ~/.omnigraph/config.yaml — an approval without an approver is meaningless',
      'crates/omnigraph-cli/src/main.rs:1536',
    );
  }
  const argv = [
    BUNDLED_CLI,
    ...(actor !== null && (sub === 'apply' || sub === 'approve') ? ['--as', actor] : []),
    sub,
    ...(args.target === null ? [] : [args.target]),
    '--config',
    args.configDir,
    '--format',
    args.json ? 'json' : 'text',
    '--engine',
    'embedded',
  ];
  // The validation cache of these runs stays out of the user's real ~/.cache.
  const env = { ...process.env, OMNIGRAPH_CLUSTER_CACHE_DIR: process.env.OMNIGRAPH_CLUSTER_CACHE_DIR ?? path.join(tmpdir(), 'og-cluster-test-cache') };
  const run = spawnSync(process.execPath, argv, { encoding: 'utf8', env, maxBuffer: 1 << 30 });
  process.stderr.write(run.stderr);
  // A failpoint crash (exit 86) or a kill ends the stand-in the same way it ended the real process.
  if (run.status !== 0 && run.status !== 1) {
    process.stdout.write(run.stdout);
    return run.status ?? 137;
  }
  process.stdout.write(args.json && options.releasedDialect ? `${toPrettyJson(legacyObservationKeys(parseJsonLossless(run.stdout) as object))}\n` : run.stdout);
  return run.status;
}

/** ≤ 0.9 names a graph observation's version `manifest_version` (docs/contract/graph-engine.md#json-dialects). */
function legacyObservationKeys(output: object): object {
  const observations = (output as { observations?: Record<string, unknown> }).observations;
  if (!observations) return output;
  for (const [address, value] of Object.entries(observations)) {
    if (typeof value !== 'object' || value === null || !('graph_manifest_version' in value)) continue;
    observations[address] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k === 'graph_manifest_version' ? 'manifest_version' : k, v]));
  }
  return output;
}
