/**
 * The help texts: the general usage, and each command's own usage with examples
 * (`omnigraph-cluster help <command>`, `<command> --help`).
 */
export type CommandName = 'validate' | 'plan' | 'apply' | 'status' | 'refresh' | 'import' | 'force-unlock' | 'approve';

export const TOOL = 'omnigraph-cluster';

export const USAGE = `Usage: ${TOOL} [--as ACTOR] <command> [args] [options]

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
  help <command>           show a command's own usage and examples

Options:
  --config PATH            config directory containing cluster.yaml, or cluster.yaml itself (default: .)
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
  --cache-dir DIR          where parse and type-check results are cached by content digest
                           (default: $OMNIGRAPH_CLUSTER_CACHE_DIR, else $XDG_CACHE_HOME/omnigraph-cluster,
                           else ~/.cache/omnigraph-cluster)
  --no-cache               check every source again; read and write no cache
  -h, --help               show this help
  -V, --version            show the version

Exit codes: 0 ok (warnings included), 1 the command reported errors (output printed first), 2 usage error.
`;

interface CommandHelp {
  readonly synopsis: string;
  readonly summary: string;
  readonly formats: string;
  readonly examples: readonly string[];
}

const COMMON_FORMATS = '--json | --format text|json';
const MARKDOWN_FORMATS = '--json | --format text|json|markdown';

const COMMAND_HELP: Record<CommandName, CommandHelp> = {
  validate: {
    synopsis: 'validate',
    summary: 'Checks cluster.yaml and every schema, query and policy file it names. Reads no state.',
    formats: COMMON_FORMATS,
    examples: [`${TOOL} validate --config cluster`, `${TOOL} validate --config cluster/cluster.yaml --json`],
  },
  plan: {
    synopsis: 'plan',
    summary: 'Shows what apply would change, with approval gates and migration steps. Changes nothing.',
    formats: MARKDOWN_FORMATS,
    examples: [`${TOOL} plan --config cluster`, `${TOOL} plan --config cluster --format markdown > comment.md`],
  },
  apply: {
    synopsis: '[--as ACTOR] apply',
    summary: 'Applies the config and writes the state ledger. Needs state: run import once first.',
    formats: MARKDOWN_FORMATS,
    examples: [`${TOOL} import --config cluster   # once, to create the state ledger`, `${TOOL} --as alice apply --config cluster`],
  },
  status: {
    synopsis: 'status [--serving]',
    summary: 'Shows the state ledger and the lock. Read-only; takes no lock. --serving: would a server boot from the applied ledger, and which graphs it drops.',
    formats: MARKDOWN_FORMATS,
    examples: [`${TOOL} status --config cluster`, `${TOOL} status --serving --config cluster --json`],
  },
  refresh: {
    synopsis: 'refresh',
    summary: 'Observes the live graphs and payloads and records them in the existing state ledger.',
    formats: MARKDOWN_FORMATS,
    examples: [`${TOOL} refresh --config cluster`],
  },
  import: {
    synopsis: 'import',
    summary: 'Creates the first state ledger from the live graphs. Refuses when state already exists.',
    formats: MARKDOWN_FORMATS,
    examples: [`${TOOL} import --config cluster`],
  },
  'force-unlock': {
    synopsis: 'force-unlock <LOCK_ID>',
    summary: 'Removes a stale state lock. LOCK_ID must be the exact id shown by status.',
    formats: COMMON_FORMATS,
    examples: [`${TOOL} status --config cluster            # shows the lock id`, `${TOOL} force-unlock 01JABCDEF0123456789ABCDEFG --config cluster`],
  },
  approve: {
    synopsis: '[--as ACTOR] approve <RESOURCE>',
    summary: 'Approves a pending graph delete. The approver is --as, or operator.actor in $OMNIGRAPH_HOME/config.yaml.',
    formats: COMMON_FORMATS,
    examples: [`${TOOL} --as alice approve graph.knowledge --config cluster`],
  },
};

/** One command's usage: synopsis, what it does, its options and examples. */
export function commandUsage(command: CommandName): string {
  const help = COMMAND_HELP[command];
  return [
    `Usage: ${TOOL} ${help.synopsis} [--config PATH] [${help.formats}] [--engine embedded|omnigraph] [--verbose]`,
    '',
    help.summary,
    '',
    'Examples:',
    ...help.examples.map((e) => `  ${e}`),
    '',
    `Run '${TOOL} --help' for the options shared by every command.`,
    '',
  ].join('\n');
}
