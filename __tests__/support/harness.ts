import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { tmpdir } from 'node:os';
import { createCommands } from '../../src/engine/commands/index.js';
import type { ClusterCommands } from '../../src/engine/commands/api.js';
import type { CommandDeps } from '../../src/engine/ports/command-deps.js';
import type { Failpoints } from '../../src/engine/ports/failpoints.js';
import type { Clock, Ids, Storage } from '../../src/engine/ports/index.js';
import { EmbeddedGraphEngine } from '../../src/adapters/graph-engine/embedded/index.js';
import { OmnigraphClusterCommands } from '../../src/adapters/omnigraph-cluster/cluster-commands.js';
import { LocalSourceFiles } from '../../src/adapters/source/local-source-files.js';
import { LocalStorage } from '../../src/adapters/storage/local.js';

/** A clock that advances one second per call from a fixed instant. */
export function steppingClock(start = '2026-06-10T10:00:00.000Z'): Clock {
  let t = Date.parse(start);
  return { now: () => new Date((t += 1000)) };
}

/** ULID-shaped ids in creation order: 01TEST…0001, 01TEST…0002, … */
export function sequentialIds(prefix = '01TEST'): Ids {
  let n = 0;
  return { ulid: () => `${prefix}${String(++n).padStart(26 - prefix.length, '0')}` };
}

/** Failpoints that fire an `error` for the named points (`names` for a delegated run's environment). */
export function failAt(...names: string[]): Failpoints & { readonly names: readonly string[] } {
  return { hit: async (name) => names.includes(name), names };
}

export interface Harness {
  readonly commands: ClusterCommands;
  readonly deps: CommandDeps;
}

export type EngineKind = 'embedded' | 'omnigraph';
export const STANDIN_OMNIGRAPH = path.resolve('__tests__/support/bin/omnigraph');

export function harness(
  options: { failpoints?: Failpoints; clock?: Clock; ids?: Ids; storage?: (root: string) => Storage; engine?: EngineKind } = {},
): Harness {
  const clock = options.clock ?? steppingClock();
  const ids = options.ids ?? sequentialIds();
  const failpoints = options.failpoints ?? { hit: async () => false };
  const deps: CommandDeps = {
    sources: new LocalSourceFiles(),
    openStorage: (root) => (root.kind === 'local' ? (options.storage?.(root.path) ?? new LocalStorage(root.path)) : fail(`no S3 in this harness: ${root.uri}`)),
    graphEngine: (storage) => new EmbeddedGraphEngine({ storage, ids, clock, failpoints }),
    clock,
    ids,
    logger: { debug: () => {}, info: () => {}, warn: () => {} },
    failpoints,
    pid: 4242,
  };
  if (options.engine === 'omnigraph') {
    // Delegated to the stand-in binary, which runs in its own process with the real clock and ids.
    const names = (failpoints as { names?: readonly string[] }).names ?? [];
    const env = { PATH: process.env.PATH, OMNIGRAPH_HOME: path.join(path.sep, 'nonexistent-omnigraph-home'), ...(names.length > 0 ? { OMNIGRAPH_FAILPOINTS: names.join(',') } : {}) };
    const serving = createCommands(deps).serving;
    return { commands: new OmnigraphClusterCommands({ binary: STANDIN_OMNIGRAPH, env, serving }), deps };
  }
  return { commands: createCommands(deps), deps };
}

function fail(message: string): never {
  throw new Error(message);
}

export const CLI_BUNDLE = path.resolve('dist/cli/index.js');

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  json<T = Record<string, unknown>>(): T;
}

/** The CLI's validation and code caches for test runs: never the user's real ~/.cache. */
export function testCacheEnv(): { OMNIGRAPH_CLUSTER_CACHE_DIR: string; OMNIGRAPH_CLUSTER_CODE_CACHE: string } {
  return {
    OMNIGRAPH_CLUSTER_CACHE_DIR: process.env.OMNIGRAPH_CLUSTER_CACHE_DIR ?? path.join(tmpdir(), 'og-cluster-test-cache'),
    OMNIGRAPH_CLUSTER_CODE_CACHE: process.env.OMNIGRAPH_CLUSTER_CODE_CACHE ?? path.join(tmpdir(), 'og-cluster-test-code-cache'),
  };
}

/** Runs the bundled CLI as a user would. */
export function runCli(args: readonly string[], env: NodeJS.ProcessEnv = {}): CliRun {
  const child = spawnSync(process.execPath, [CLI_BUNDLE, ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...testCacheEnv(), ...env },
    timeout: 60_000,
  });
  return {
    code: child.status,
    stdout: child.stdout,
    stderr: child.stderr,
    json: <T>() => JSON.parse(child.stdout) as T,
  };
}
