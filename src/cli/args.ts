/**
 * `omnigraph-cluster [--as ACTOR] <command> [args] [--config PATH] [--root DIR] [--json | --format F]
 *  [--engine embedded|omnigraph] [--omnigraph-bin PATH] [--verbose]` (docs/contract/commands.md#cli);
 * `targets` takes `--config PATTERN` any number of times and `--changed-files FILE|-`
 * (docs/contract/targets.md#command).
 */
import { nearest } from './suggest.js';
import type { CommandName } from './usage.js';

export type { CommandName } from './usage.js';
export { USAGE } from './usage.js';
export type OutputFormat = 'text' | 'json' | 'markdown';

export interface CliArgs {
  readonly command: CommandName;
  readonly configDir: string;
  readonly format: OutputFormat;
  readonly actor: string | null;
  readonly engine: 'embedded' | 'omnigraph';
  readonly omnigraphBin: string | null;
  /** Step-by-step progress on stderr (stdout stays exactly the command's output). */
  readonly verbose: boolean;
  /** force-unlock's LOCK_ID or approve's RESOURCE. */
  readonly target: string | null;
  /** `status --serving`: the serving check instead of the ledger summary. */
  readonly serving: boolean;
  /** `--root DIR`: the containment root (docs/contract/config.md#containment); null: found from git. */
  readonly root: string | null;
  /** `targets`: every `--config` given, in order (empty: the default pattern). */
  readonly configPatterns: readonly string[];
  /** `targets --changed-files FILE|-`: where the changed-file list comes from; null: none. */
  readonly changedFiles: string | null;
  /** plan, apply, approve: gate destructive steps behind an approval (docs/contract/approvals.md#destructive-gates). */
  readonly gateDestructive: boolean;
  /** `--cache-dir DIR`: where check results are cached (default: see defaultCacheDir). */
  readonly cacheDir: string | null;
  /** `--no-cache`: run every check, read and write no cache. */
  readonly noCache: boolean;
}

export type ParsedArgs =
  | { readonly kind: 'run'; readonly args: CliArgs }
  /** `command` set: that command's own usage; null: the general usage. */
  | { readonly kind: 'help'; readonly command: CommandName | null }
  | { readonly kind: 'version' }
  /** `command` (when known) names the help the hint points at. */
  | { readonly kind: 'usage-error'; readonly message: string; readonly command: CommandName | null };

const COMMANDS: readonly CommandName[] = ['validate', 'plan', 'apply', 'status', 'refresh', 'import', 'force-unlock', 'approve', 'targets'];
const MARKDOWN_COMMANDS: readonly CommandName[] = ['plan', 'apply', 'status', 'refresh', 'import'];

const FLAGS = ['--config', '--json', '--format', '--as', '--engine', '--omnigraph-bin', '--verbose', '--serving', '--root', '--changed-files', '--gate-destructive', '--cache-dir', '--no-cache', '--help', '--version'];

// Long on purpose: one switch with a case per flag reads as the option table it implements.
export function parseArgs(argv: readonly string[]): ParsedArgs {
  let command: CommandName | null = null;
  let configDir = '.';
  let format: OutputFormat = 'text';
  let actor: string | null = null;
  let engine: 'embedded' | 'omnigraph' = 'embedded';
  let omnigraphBin: string | null = null;
  let verbose = false;
  let serving = false;
  let root: string | null = null;
  let changedFiles: string | null = null;
  const configPatterns: string[] = [];
  let gateDestructive = false;
  let cacheDir: string | null = null;
  let noCache = false;
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string | null => {
      if (inline !== undefined) return inline;
      const next = argv[i + 1];
      if (next === undefined) return null;
      i++;
      return next;
    };
    switch (flag) {
      case '-h':
      case '--help':
        return { kind: 'help', command: command ?? knownCommand(argv.slice(i + 1)) };
      case '-V':
      case '--version':
        return { kind: 'version' };
      case '--json':
        format = 'json';
        break;
      case '-v':
      case '--verbose':
        verbose = true;
        break;
      case '--serving':
        serving = true;
        break;
      case '--gate-destructive':
        gateDestructive = true;
        break;
      case '--no-cache':
        noCache = true;
        break;
      case '--cache-dir': {
        const v = value();
        if (v === null || v === '') return usage('--cache-dir expects a directory', command);
        cacheDir = v;
        break;
      }
      case '--format': {
        const v = value();
        if (v !== 'text' && v !== 'json' && v !== 'markdown') return usage(`--format expects text, json or markdown, got ${v ?? 'nothing'}`, command);
        format = v;
        break;
      }
      case '--config': {
        const v = value();
        if (v === null) return usage('--config expects a directory or the path of cluster.yaml', command);
        configDir = v;
        configPatterns.push(v);
        break;
      }
      case '--root': {
        const v = value();
        if (v === null || v === '') return usage('--root expects a directory', command);
        root = v;
        break;
      }
      case '--changed-files': {
        const v = value();
        if (v === null || v === '') return usage('--changed-files expects a file with one path per line, or - for stdin', command);
        changedFiles = v;
        break;
      }
      case '--as': {
        const v = value();
        if (v === null || v.trim() === '') return usage('--as expects an actor id', command);
        actor = v;
        break;
      }
      case '--engine': {
        const v = value();
        if (v !== 'embedded' && v !== 'omnigraph') return usage(`--engine expects embedded or omnigraph, got ${v ?? 'nothing'}`, command);
        engine = v;
        break;
      }
      case '--omnigraph-bin': {
        const v = value();
        if (v === null) return usage('--omnigraph-bin expects a path', command);
        omnigraphBin = v;
        break;
      }
      default:
        if (flag.startsWith('-')) return usage(withSuggestion(`unknown option ${flag}`, nearest(flag, FLAGS)), command);
        if (command === null && arg === 'help') return helpFor(argv.slice(i + 1));
        if (command === null) {
          if (!isCommand(arg)) return usage(withSuggestion(`unknown command ${arg}`, nearest(arg, COMMANDS)), null);
          command = arg;
        } else {
          positionals.push(arg);
        }
    }
  }
  if (command === null) return usage('missing command', null);
  const wantsTarget = command === 'force-unlock' || command === 'approve';
  if (wantsTarget && positionals.length !== 1) {
    return usage(command === 'force-unlock' ? 'force-unlock expects exactly one LOCK_ID' : 'approve expects exactly one RESOURCE', command);
  }
  if (!wantsTarget && positionals.length > 0) {
    // An unquoted `--config clusters/*` reaches us expanded by the shell: say so.
    const hint = command === 'targets' ? '; quote glob patterns so the shell does not expand them' : '';
    return usage(`${command} takes no positional arguments (got ${positionals.join(' ')})${hint}`, command);
  }
  const refusal = targetsRefusal(command, { changedFiles, format, engine, omnigraphBin, verbose });
  if (refusal !== null) return usage(refusal, command);
  if (actor !== null && command !== 'apply' && command !== 'approve') return usage(`--as is accepted only by apply and approve, not ${command}`, command);
  if (serving && command !== 'status') return usage(`--serving is accepted only by status, not ${command}`, command);
  if (gateDestructive && command !== 'plan' && command !== 'apply' && command !== 'approve') {
    return usage(`--gate-destructive is accepted only by plan, apply and approve, not ${command}`, command);
  }
  if (gateDestructive && engine === 'omnigraph') return usage('--gate-destructive needs --engine embedded: the omnigraph binary gates graph deletes only', command);
  if (format === 'markdown' && !MARKDOWN_COMMANDS.includes(command)) {
    return usage(`--format markdown is available for ${MARKDOWN_COMMANDS.join(', ')}`, command);
  }
  return {
    kind: 'run',
    args: {
      command,
      configDir,
      format,
      actor,
      engine,
      omnigraphBin,
      verbose,
      target: wantsTarget ? (positionals[0] as string) : null,
      serving,
      root,
      configPatterns,
      changedFiles,
      gateDestructive,
      cacheDir,
      noCache,
    },
  };
}

/** `targets` reads no state and runs no engine; `--changed-files` belongs to it alone. */
function targetsRefusal(
  command: CommandName,
  flags: { changedFiles: string | null; format: OutputFormat; engine: string; omnigraphBin: string | null; verbose: boolean },
): string | null {
  if (command !== 'targets') return flags.changedFiles !== null ? `--changed-files is accepted only by targets, not ${command}` : null;
  if (flags.format === 'markdown') return '--format markdown is not available for targets (use text or json)';
  if (flags.engine !== 'embedded' || flags.omnigraphBin !== null) return 'targets runs no engine: --engine and --omnigraph-bin do not apply';
  if (flags.verbose) return 'targets has no steps to log: --verbose does not apply';
  return null;
}

function usage(message: string, command: CommandName | null): ParsedArgs {
  return { kind: 'usage-error', message, command };
}

function withSuggestion(message: string, suggestion: string | null): string {
  return suggestion === null ? message : `${message} (did you mean ${suggestion}?)`;
}

function isCommand(word: string): word is CommandName {
  return (COMMANDS as readonly string[]).includes(word);
}

/** The command named after `--help` (`--help plan`), if any: help is asked for, so nothing else is an error. */
function knownCommand(rest: readonly string[]): CommandName | null {
  return rest.find(isCommand) ?? null;
}

/** `help`, `help <command>`: an unknown command is a usage error with a suggestion. */
function helpFor(rest: readonly string[]): ParsedArgs {
  const topic = rest.find((a) => !a.startsWith('-'));
  if (topic === undefined) return { kind: 'help', command: null };
  if (isCommand(topic)) return { kind: 'help', command: topic };
  return usage(withSuggestion(`unknown command ${topic}`, nearest(topic, COMMANDS)), null);
}
