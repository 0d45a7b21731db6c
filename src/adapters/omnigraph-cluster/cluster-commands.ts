import type { ActorOptions, ClusterCommands, CommandOptions } from '../../engine/commands/api.js';
import { error, type Diagnostic } from '../../engine/diagnostics/index.js';
import { silentLogger, type Logger } from '../../engine/ports/index.js';
import type { ServingOutput } from '../../engine/serving/status.js';
import { failedOutput, type OutputBySubcommand } from './failed-output.js';
import { interpretRun } from './interpret.js';
import { firstLines, runBinary, describeExit } from './run-binary.js';
import { MIN_VERSION_FOR, compareVersions, parseVersionOutput, type BinaryVersion, type ClusterSubcommand } from './version.js';

/**
 * Generous, and only for commands that never write (`validate`, `status`): a hung binary should
 * not hold a CI job for hours, but nothing may cut `plan` (holds the lock), `apply`, `approve`,
 * `refresh`, `import` or `force-unlock` in the middle of a write.
 */
export const READ_ONLY_TIMEOUT_MS = 10 * 60 * 1000;
const READ_ONLY: ReadonlySet<ClusterSubcommand> = new Set(['validate', 'status']);

export interface OmnigraphClusterOptions {
  readonly binary: string;
  readonly env: NodeJS.ProcessEnv;
  readonly cwd?: string;
  readonly logger?: Logger;
  /**
   * The serving check reads the ledger and catalog only (no graph is opened), so it is the same
   * for every engine: the wiring hands in the embedded one.
   */
  readonly serving?: (o: CommandOptions) => Promise<ServingOutput>;
}

/**
 * The binary's environment: everything it may need (AWS_*, OMNIGRAPH_*, HOME, PATH), but not the
 * action's inputs (`INPUT_GITHUB-TOKEN`), runner tokens or a GitHub token it has no use for.
 */
export function binaryEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const secretLike = (key: string) => key.startsWith('INPUT_') || key.startsWith('ACTIONS_') || key === 'GITHUB_TOKEN' || key === 'GH_TOKEN';
  return Object.fromEntries(Object.entries(env).filter(([key]) => !secretLike(key.toUpperCase())));
}

/**
 * `engine: omnigraph`: every command is `omnigraph [--as A] cluster <cmd> --config DIR --json`
 * (docs/contract/commands.md). Real releases refuse `init` and `schema apply` inside a cluster root, so the
 * binary's own control plane does the graph-moving work, and its JSON (the same contract as ours)
 * goes to the same renderers, fingerprint, comment and failure reasons as the embedded engine's.
 */
export class OmnigraphClusterCommands implements ClusterCommands {
  private version: Promise<BinaryVersion | Diagnostic> | null = null;

  private readonly env: NodeJS.ProcessEnv;

  constructor(private readonly options: OmnigraphClusterOptions) {
    this.env = binaryEnv(options.env);
  }

  validate(o: CommandOptions) {
    return this.run('validate', o.configDir, null, []);
  }
  plan(o: CommandOptions) {
    return this.run('plan', o.configDir, null, []);
  }
  apply(o: ActorOptions) {
    return this.run('apply', o.configDir, o.actor, []);
  }
  status(o: CommandOptions) {
    return this.run('status', o.configDir, null, []);
  }
  refresh(o: CommandOptions) {
    return this.run('refresh', o.configDir, null, []);
  }
  importState(o: CommandOptions) {
    return this.run('import', o.configDir, null, []);
  }
  forceUnlock(o: CommandOptions & { readonly lockId: string }) {
    return this.run('force-unlock', o.configDir, null, [o.lockId]);
  }
  approve(o: ActorOptions & { readonly resource: string }) {
    return this.run('approve', o.configDir, o.actor, [o.resource]);
  }
  async serving(o: CommandOptions): Promise<ServingOutput> {
    if (this.options.serving) return this.options.serving(o);
    const why = error('graph_engine_unavailable', 'omnigraph', 'the serving check is not wired for this engine');
    return { ok: false, config_dir: o.configDir, serving: [], quarantined: [], diagnostics: [why] };
  }

  /** `omnigraph version`, asked once per instance. */
  binaryVersion(): Promise<BinaryVersion | Diagnostic> {
    this.version ??= this.readVersion();
    return this.version;
  }

  private async readVersion(): Promise<BinaryVersion | Diagnostic> {
    const run = await runBinary(this.options.binary, ['version'], { env: this.env, cwd: this.options.cwd, readOnlyTimeoutMs: 60_000 });
    if (run.kind === 'unusable') return error('graph_engine_unavailable', 'omnigraph', run.message);
    const parsed = run.exitCode === 0 ? parseVersionOutput(run.stdout) : null;
    if (parsed) return parsed;
    const why = run.exitCode === 0 ? firstLines(run.stdout, 3) : `${describeExit(run, 60_000)}: ${firstLines(run.stderr)}`;
    return error('graph_engine_unavailable', 'omnigraph', `could not read the version from \`omnigraph version\` at '${this.options.binary}': ${why}`);
  }

  private async run<C extends ClusterSubcommand>(command: C, configDir: string, actor: string | null, positionals: readonly string[]): Promise<OutputBySubcommand[C]> {
    const version = await this.binaryVersion();
    if ('code' in version) return failedOutput(command, configDir, version);
    const minimum = MIN_VERSION_FOR[command];
    if (compareVersions(version.version, minimum) < 0) {
      const message = `\`omnigraph cluster ${command}\` needs omnigraph ${minimum} or newer; '${this.options.binary}' is ${version.version}`;
      return failedOutput(command, configDir, error('omnigraph_version_unsupported', 'omnigraph', message));
    }
    // `--` ends clap's options: a lock id or address starting with `-` stays a positional.
    const args = [
      ...(actor ? ['--as', actor] : []),
      'cluster',
      command,
      '--config',
      configDir,
      '--json',
      ...(positionals.length > 0 ? ['--', ...positionals] : []),
    ];
    const display = `omnigraph ${args.join(' ')}`;
    const timeoutMs = READ_ONLY.has(command) ? READ_ONLY_TIMEOUT_MS : undefined;
    (this.options.logger ?? silentLogger).debug(`running ${display}`);
    const run = await runBinary(this.options.binary, args, { env: this.env, cwd: this.options.cwd, readOnlyTimeoutMs: timeoutMs });
    if (run.kind === 'unusable') return failedOutput(command, configDir, error('graph_engine_unavailable', 'omnigraph', run.message));
    return interpretRun({ command, configDir, display, timeoutMs }, run);
  }
}
