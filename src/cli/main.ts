import { diagnosticJson } from '../engine/diagnostics/index.js';
import { toPrettyJson } from '../base/json.js';
import type { ClusterCommands } from '../engine/commands/api.js';
import type { Logger } from '../engine/ports/logger.js';
import type { RenderKind } from '../render/index.js';
import type { ServingOutput } from '../engine/serving/status.js';
import { parseArgs, USAGE, type CliArgs, type CommandName } from './args.js';
import { configDirOf } from './config-path.js';
import { containmentRoot } from './root.js';
import { runTargets } from './targets.js';
import { operatorActor } from './operator.js';
import { commandUsage, TOOL } from './usage.js';

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: NodeJS.ProcessEnv;
  /** The whole of stdin (`targets --changed-files -`); absent: stdin is empty. */
  readonly readStdin?: () => Promise<string>;
  /** The directory `targets` patterns are written from (default: the process's). */
  readonly cwd?: string;
}

export type CommandsFactory = (args: CliArgs, logger?: Logger) => ClusterCommands;

export const VERSION = '0.1.0';

/** Runs one CLI invocation and returns the exit code (0 ok, 1 not ok, 2 usage). */
export async function runCli(argv: readonly string[], io: CliIo, makeCommands: CommandsFactory): Promise<number> {
  const parsed = parseArgs(argv);
  switch (parsed.kind) {
    case 'help':
      io.stdout(parsed.command === null ? USAGE : commandUsage(parsed.command));
      return 0;
    case 'version':
      io.stdout(`${TOOL} ${VERSION}\n`);
      return 0;
    case 'usage-error':
      return usageError(io, parsed.message, parsed.command);
    case 'run':
      break;
  }
  if (parsed.args.command === 'targets') {
    const run = await runTargets(parsed.args, { stdout: io.stdout, readStdin: io.readStdin ?? (() => Promise.resolve('')), cwd: io.cwd });
    return run.ok ? run.code : usageError(io, run.usage, 'targets');
  }
  const config = configDirOf(parsed.args.configDir);
  if (!config.ok) return usageError(io, config.message, parsed.args.command);
  const root = containmentRoot(parsed.args.root, config.configDir);
  if (!root.ok) return usageError(io, root.message, parsed.args.command);
  const args: CliArgs = { ...parsed.args, configDir: config.configDir, root: root.root };
  const actor = args.actor ?? (args.command === 'apply' || args.command === 'approve' ? operatorActor(io.env) : null);
  if (args.command === 'approve' && actor === null) {
    io.stderr(
      'error: approve needs an approver: pass --as ACTOR, or set operator.actor in $OMNIGRAPH_HOME/config.yaml (default ~/.omnigraph/config.yaml)\n',
    );
    return 2;
  }
  const commands = makeCommands(args, args.verbose ? stderrLogger(io) : undefined);
  if (args.serving) {
    const verdict = await commands.serving({ configDir: args.configDir, root: args.root });
    io.stdout(await renderServingFor(args, verdict));
    return verdict.ok ? 0 : 1;
  }
  const output = await dispatch(commands, args, actor);
  io.stdout(await render(args, output));
  return output.ok ? 0 : 1;
}

/** One line and where to read more: the whole usage would bury the error. */
function usageError(io: CliIo, message: string, command: CommandName | null): number {
  const help = command === null ? `${TOOL} --help` : `${TOOL} help ${command}`;
  io.stderr(`error: ${message}\nhint: run '${help}'\n`);
  return 2;
}

/** `--verbose`: progress lines on stderr, so `--json` stdout stays byte-exact. */
function stderrLogger(io: CliIo): Logger {
  return {
    debug: (message) => io.stderr(`debug: ${message}\n`),
    info: (message) => io.stderr(`${message}\n`),
    warn: (message) => io.stderr(`warning: ${message}\n`),
  };
}

type AnyOutput = Awaited<ReturnType<ClusterCommands[keyof ClusterCommands]>>;

function dispatch(commands: ClusterCommands, args: CliArgs, actor: string | null): Promise<AnyOutput> {
  const at = { configDir: args.configDir, root: args.root };
  switch (args.command) {
    case 'validate':
      return commands.validate(at);
    case 'plan':
      return commands.plan(at);
    case 'apply':
      return commands.apply({ ...at, actor });
    case 'status':
      return commands.status(at);
    case 'refresh':
      return commands.refresh(at);
    case 'import':
      return commands.importState(at);
    case 'force-unlock':
      return commands.forceUnlock({ ...at, lockId: args.target as string });
    case 'approve':
      return commands.approve({ ...at, actor, resource: args.target as string });
    case 'targets':
      throw new Error('targets is run before the engine commands are built');
  }
}

async function renderServingFor(args: CliArgs, output: ServingOutput): Promise<string> {
  if (args.format === 'json') return `${toPrettyJson({ ...output, diagnostics: output.diagnostics.map(diagnosticJson) })}\n`;
  const { renderServingMarkdown, renderServingText } = await import('../render/serving.js');
  return args.format === 'markdown' ? renderServingMarkdown(output) : renderServingText(output);
}

async function render(args: CliArgs, output: AnyOutput): Promise<string> {
  const kind = args.command as RenderKind;
  if (args.format === 'json') return `${toPrettyJson({ ...output, diagnostics: output.diagnostics.map(diagnosticJson) })}\n`;
  // The renderers are loaded only for the human formats: a --json run never evaluates them.
  const { renderComment, renderSummary, renderText } = await import('../render/index.js');
  switch (args.format) {
    case 'markdown': {
      // Paths in diagnostics read relative to where the command runs, as the action shows them relative to the checkout.
      const ctx = { configDir: args.configDir, label: '', sourceRoot: process.cwd() };
      const body = args.command === 'plan' || args.command === 'apply' ? renderComment(kind, output, ctx) : renderSummary(kind, output, ctx);
      return body.endsWith('\n') ? body : `${body}\n`;
    }
    case 'text': {
      const text = renderText(kind, output, { hintsFor: args.configDir });
      return text.endsWith('\n') ? text : `${text}\n`;
    }
  }
}
