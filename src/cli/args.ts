/**
 * `omnigraph-cluster [--as ACTOR] <command> [args] [--config DIR] [--json | --format F]
 *  [--engine embedded|omnigraph] [--omnigraph-bin PATH] [--verbose]` (docs/contract/commands.md#cli).
 */
export type CommandName = 'validate' | 'plan' | 'apply' | 'status' | 'refresh' | 'import' | 'force-unlock' | 'approve';
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
}

export type ParsedArgs =
  | { readonly kind: 'run'; readonly args: CliArgs }
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  | { readonly kind: 'usage-error'; readonly message: string };

const COMMANDS: readonly CommandName[] = ['validate', 'plan', 'apply', 'status', 'refresh', 'import', 'force-unlock', 'approve'];
const MARKDOWN_COMMANDS: readonly CommandName[] = ['plan', 'apply', 'status', 'refresh', 'import'];

export const USAGE = `Usage: omnigraph-cluster [--as ACTOR] <command> [args] [options]

Commands:
  validate                 check cluster.yaml and every file it names
  plan                     show what apply would change (takes the lock for a consistent read)
  apply                    apply the config: publish payloads, create/migrate/delete graphs, write state
  status                   show the state ledger and the lock (read-only, no lock)
  status --serving         would a server boot from the applied ledger, and which graphs it drops
  refresh                  observe live graphs and payloads and record them in state
  import                   create the first state ledger from the live graphs
  force-unlock <LOCK_ID>   remove a stale state lock (exact id from \`status\`)
  approve <RESOURCE>       approve a pending graph delete (needs --as or operator.actor)

Options:
  --config DIR             config directory containing cluster.yaml (default: .)
  --json                   print the JSON output (same as --format json)
  --format text|json|markdown
                           markdown prints the PR comment (plan, apply) or summary (status, refresh, import)
  --as ACTOR               actor recorded by apply and approve (fallback: operator.actor in
                           $OMNIGRAPH_HOME/config.yaml or ~/.omnigraph/config.yaml)
  --engine embedded|omnigraph
                           embedded (default): our own engine; omnigraph: run every command as
                           \`omnigraph cluster <command> --json\` (needs omnigraph 0.7.0 or newer)
  --omnigraph-bin PATH     the omnigraph binary for --engine omnigraph (default: $OMNIGRAPH_BIN or PATH)
  -v, --verbose            log each step (lock, sweep, graph operations, state write) on stderr
  -h, --help               show this help
  -V, --version            show the version

Exit codes: 0 ok (warnings included), 1 the command reported errors (output printed first), 2 usage error.
`;

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
        return { kind: 'help' };
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
      case '--format': {
        const v = value();
        if (v !== 'text' && v !== 'json' && v !== 'markdown') return usage(`--format expects text, json or markdown, got ${v ?? 'nothing'}`);
        format = v;
        break;
      }
      case '--config': {
        const v = value();
        if (v === null) return usage('--config expects a directory');
        configDir = v;
        break;
      }
      case '--as': {
        const v = value();
        if (v === null || v.trim() === '') return usage('--as expects an actor id');
        actor = v;
        break;
      }
      case '--engine': {
        const v = value();
        if (v !== 'embedded' && v !== 'omnigraph') return usage(`--engine expects embedded or omnigraph, got ${v ?? 'nothing'}`);
        engine = v;
        break;
      }
      case '--omnigraph-bin': {
        const v = value();
        if (v === null) return usage('--omnigraph-bin expects a path');
        omnigraphBin = v;
        break;
      }
      default:
        if (flag.startsWith('-')) return usage(`unknown option ${flag}`);
        if (command === null) {
          if (!(COMMANDS as readonly string[]).includes(arg)) return usage(`unknown command ${arg}`);
          command = arg as CommandName;
        } else {
          positionals.push(arg);
        }
    }
  }
  if (command === null) return usage('missing command');
  const wantsTarget = command === 'force-unlock' || command === 'approve';
  if (wantsTarget && positionals.length !== 1) {
    return usage(command === 'force-unlock' ? 'force-unlock expects exactly one LOCK_ID' : 'approve expects exactly one RESOURCE');
  }
  if (!wantsTarget && positionals.length > 0) return usage(`${command} takes no positional arguments (got ${positionals.join(' ')})`);
  if (actor !== null && command !== 'apply' && command !== 'approve') return usage(`--as is accepted only by apply and approve, not ${command}`);
  if (serving && command !== 'status') return usage(`--serving is accepted only by status, not ${command}`);
  if (format === 'markdown' && !MARKDOWN_COMMANDS.includes(command)) {
    return usage(`--format markdown is available for ${MARKDOWN_COMMANDS.join(', ')}`);
  }
  return {
    kind: 'run',
    args: { command, configDir, format, actor, engine, omnigraphBin, verbose, target: wantsTarget ? (positionals[0] as string) : null, serving },
  };
}

function usage(message: string): ParsedArgs {
  return { kind: 'usage-error', message };
}
