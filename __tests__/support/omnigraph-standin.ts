/**
 * A stand-in `omnigraph` binary for tests, run through bin/omnigraph. Written from the reference
 * (github.com/ModernRelay/omnigraph at 62a9c3fe, 0.10.0-dev, and the tags v0.7.0 … v0.9.0):
 *
 * - argv: crates/omnigraph-cli/src/cli.rs (clap). `--as`, `--quiet` and the addressing flags are
 *   global (accepted before or after the subcommand); `cluster <validate|plan|apply|approve|status|
 *   refresh|import|force-unlock>` take `--config DIR` (default `.`) and `--json`; `--` ends options.
 *   clap usage errors print `error: …`, a `Usage:` line and `For more information, try '--help'.`
 *   on stderr and exit 2. `approve` is absent before v0.7.0 (pre-release builds that report 0.6.2),
 *   so there it is clap's `unrecognized subcommand`.
 * - version: main.rs `Command::Version` prints `omnigraph <v>` plus `internal-schema <n>` from
 *   0.8.0 (manifest stamp 3 in 0.7, 4 in 0.8, 6 from 0.9); `-v`/`--version` is clap's version flag
 *   and prints the first line only.
 * - refusals: main.rs `Command::Init` and `SchemaCommand::Apply` bail when the URI has the shape
 *   `<root>/graphs/<id>.omni` and `<root>/__cluster/state.json` exists
 *   (crates/omnigraph-cluster/src/serve.rs `cluster_root_for_graph_uri`; the root is shown as an
 *   absolute path, store.rs `for_config_dir`). Every release from v0.7.0 refuses.
 * - errors: color-eyre's report on stderr (`Error:`, numbered cause, `Location:`, backtrace hint),
 *   coloured unless NO_COLOR is set, exit 1.
 * - cluster: output.rs `finish_cluster_*` print the JSON first and exit 1 when `ok` is false; the
 *   JSON itself comes from this repository's embedded control plane, whose outputs follow the same
 *   contract. Released versions (< 0.10) name graph observations' version `manifest_version`.
 *
 * The version is simulated with OMNIGRAPH_STANDIN_VERSION (default 0.10.0).
 */
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { clapError, eyreError, parseGlobals, take } from './omnigraph-standin-cli.js';

// The engine and the control plane load only for the commands that need them, so `version`
// (asked before every delegated command) answers without transpiling half the repository.

const VERSION = process.env.OMNIGRAPH_STANDIN_VERSION || '0.10.0';
const [major = 0, minor = 0] = VERSION.split('.').map(Number);
const atLeast = (maj: number, min: number) => major > maj || (major === maj && minor >= min);
const RELEASED_DIALECT = !atLeast(0, 10);

function internalSchema(): number | null {
  if (atLeast(0, 9)) return 6;
  if (atLeast(0, 8)) return 4;
  return null;
}

async function engineFor(uri: string) {
  const { EmbeddedGraphEngine } = await import('../../src/adapters/graph-engine/embedded/index.js');
  const { envFailpoints } = await import('../../src/adapters/failpoints/env-failpoints.js');
  const { LocalStorage } = await import('../../src/adapters/storage/local.js');
  const { systemClock, ulidIds } = await import('../../src/adapters/system/system.js');
  const local = uri.replace(/^file:\/\//, '');
  const storage = new LocalStorage(path.dirname(path.resolve(local)));
  const engine = new EmbeddedGraphEngine({ storage, ids: ulidIds, clock: systemClock, failpoints: envFailpoints(process.env) });
  return { engine, root: { key: path.basename(local), uri } };
}

/** serve.rs `cluster_root_for_graph_uri`: the cluster root when `uri` is a graph inside one. */
function clusterRootFor(uri: string): string | null {
  if (!atLeast(0, 7)) return null;
  const rest = uri.replace(/\/+$/, '').replace(/\.omni$/, '');
  if (rest === uri.replace(/\/+$/, '')) return null;
  const at = rest.lastIndexOf('/graphs/');
  if (at < 0) return null;
  const root = rest.slice(0, at);
  const id = rest.slice(at + '/graphs/'.length);
  if (root === '' || id === '' || id.includes('/')) return null;
  const local = root.replace(/^file:\/\//, '');
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(local)) return null;
  const absolute = rustAbsolute(local);
  return existsSync(path.join(absolute, '__cluster', 'state.json')) ? absolute : null;
}

/** std::path::absolute on Unix: joins the cwd and drops `.` components but keeps `..`. */
function rustAbsolute(p: string): string {
  const joined = p.startsWith('/') ? p : `${process.cwd()}/${p}`;
  const parts = joined.split('/').filter((s) => s !== '' && s !== '.');
  return `/${parts.join('/')}`;
}

function print(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

async function init(argv: string[]): Promise<void> {
  const args = argv.filter((a) => a !== '--force');
  const schema = take(args, '--schema') ?? clapError('the following required arguments were not provided:\n  --schema <SCHEMA>', 'omnigraph init --schema <SCHEMA> <URI>');
  const uri = args[0] ?? clapError('the following required arguments were not provided:\n  <URI>', 'omnigraph init --schema <SCHEMA> <URI>');
  const root = clusterRootFor(uri);
  if (root !== null) {
    eyreError(
      `\`${uri}\` is inside cluster \`${root}\`. Graphs in a cluster are created by \`cluster apply\` (which records ledger, recovery, and approvals), not \`init\`. Declare the graph in cluster.yaml and run \`cluster apply\`.`,
      'crates/omnigraph-cli/src/main.rs:317',
    );
  }
  const { engine, root: graph } = await engineFor(uri);
  await engine.init(graph, readFileSync(schema, 'utf8'));
  process.stdout.write(`initialized ${uri}\n`);
}

async function schemaCommand(sub: string | undefined, rest: string[], actor: string | null, quiet: boolean): Promise<void> {
  if (sub === 'show' || sub === 'get') {
    const uri = rest.filter((a) => a !== '--json')[0] ?? clapError('a graph URI is required', `omnigraph schema ${sub} [URI]`);
    const { engine, root } = await engineFor(uri);
    print({ schema_source: (await engine.open(root)).schemaSource });
    return;
  }
  if (sub !== 'plan' && sub !== 'apply') clapError(`unrecognized subcommand '${sub ?? ''}'`, 'omnigraph schema <COMMAND>');
  const schema = take(rest, '--schema') ?? clapError('the following required arguments were not provided:\n  --schema <SCHEMA>', `omnigraph schema ${sub} --schema <SCHEMA> [URI]`);
  const allowDataLoss = rest.includes('--allow-data-loss');
  const uri = rest.filter((a) => !a.startsWith('--'))[0] ?? clapError('a graph URI is required', `omnigraph schema ${sub} --schema <SCHEMA> [URI]`);
  const { engine, root } = await engineFor(uri);
  const source = readFileSync(schema, 'utf8');
  if (sub === 'plan') {
    const plan = await engine.planSchema(root, source, { allowDataLoss });
    print({ uri, supported: plan.supported, step_count: plan.steps.length, steps: plan.steps });
    return;
  }
  const clusterRoot = clusterRootFor(uri);
  if (clusterRoot !== null) {
    eyreError(
      `\`${uri}\` is inside cluster \`${clusterRoot}\`. A graph in a cluster evolves via \`cluster apply\` (which records ledger, recovery, and approvals), not \`schema apply\`. Update the schema in cluster.yaml and run \`cluster apply\`.`,
      'crates/omnigraph-cli/src/main.rs:886',
    );
  }
  if (!quiet) process.stderr.write(`omnigraph schema apply → ${uri} (direct, local)\n`);
  const result = await engine.applySchemaAs(root, source, { allowDataLoss }, actor);
  const version = RELEASED_DIALECT ? { manifest_version: result.graphManifestVersion } : { graph_manifest_version: result.graphManifestVersion };
  print({ uri, supported: result.supported, applied: result.applied, step_count: result.steps.length, ...version, steps: result.steps });
}

async function snapshot(rest: string[]): Promise<void> {
  take(rest, '--branch');
  const uri = rest.filter((a) => a !== '--json')[0] ?? clapError('a graph URI is required', 'omnigraph snapshot [URI]');
  const { engine, root } = await engineFor(uri);
  const open = await engine.open(root);
  const stamp = internalSchema() ?? undefined;
  print(
    RELEASED_DIALECT
      ? { branch: 'main', manifest_version: open.manifestVersion, internal_schema_version: stamp, tables: [] }
      : { graph_branch: 'main', graph_manifest_version: open.manifestVersion, internal_schema_version: stamp, datasets: [] },
  );
}

async function main(argv: string[]): Promise<void> {
  if (argv.includes('-v') || argv.includes('--version')) {
    process.stdout.write(`omnigraph ${VERSION}\n`);
    return;
  }
  const { args, actor, quiet } = parseGlobals(argv);
  const [command, sub, ...rest] = args;
  switch (command) {
    case 'version': {
      const stamp = internalSchema();
      process.stdout.write(`omnigraph ${VERSION}\n${stamp === null ? '' : `internal-schema ${stamp}\n`}`);
      return;
    }
    case 'init':
      return init(args.slice(1));
    case 'snapshot':
      return snapshot(args.slice(1));
    case 'schema':
      return schemaCommand(sub, rest, actor, quiet);
    case 'cluster': {
      const { runStandinCluster } = await import('./omnigraph-standin-cluster.js');
      process.exitCode = await runStandinCluster(sub, rest, { actor, version: VERSION, hasApprove: atLeast(0, 7), releasedDialect: RELEASED_DIALECT });
      return;
    }
    case undefined:
      clapError("'omnigraph' requires a subcommand but one was not provided", 'omnigraph [OPTIONS] <COMMAND>');
      break;
    default:
      clapError(`unrecognized subcommand '${command}'`, 'omnigraph [OPTIONS] <COMMAND>');
  }
}

main(process.argv.slice(2)).catch((e: unknown) => eyreError(e instanceof Error ? e.message : String(e), 'crates/omnigraph-cli/src/main.rs:131'));
