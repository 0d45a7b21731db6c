/**
 * The help texts: the general usage, and each command's own usage with examples
 * (`omnigraph-cluster help <command>`, `<command> --help`).
 */
export type CommandName = 'validate' | 'plan' | 'apply' | 'status' | 'refresh' | 'import' | 'force-unlock' | 'approve' | 'targets';

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
  approve <RESOURCE>       approve a gated change, e.g. a graph delete (needs --as or operator.actor)
  targets                  list the clusters that patterns select and a change set affects,
                           as text or as a GitHub Actions matrix (--json)
  help <command>           show a command's own usage and examples

Options:
  --config PATH            config directory containing cluster.yaml, or cluster.yaml itself (default: .);
                           for targets a pattern (*, ?, **), repeatable (default: **/cluster.yaml)
  --root DIR               how far paths in cluster.yaml may reach (default: the git top-level
                           holding the config directory, else the config directory itself)
  --changed-files FILE|-   targets: the changed files, one per line (- reads stdin)
  --json                   print the JSON output (same as --format json)
  --format text|json|markdown
                           markdown prints the PR comment (plan, apply) or summary (status, refresh, import)
  --as ACTOR               actor recorded by apply and approve (fallback: operator.actor in
                           $OMNIGRAPH_HOME/config.yaml or ~/.omnigraph/config.yaml)
  --engine embedded|omnigraph
                           embedded (default): our own engine; omnigraph: run every command as
                           \`omnigraph cluster <command> --json\` (needs omnigraph 0.7.0 or newer)
  --omnigraph-bin PATH     the omnigraph binary for --engine omnigraph (default: $OMNIGRAPH_BIN or PATH)
  --gate-destructive       plan, apply, approve: schema drops and query deletes also need an approval
  -v, --verbose            log each step (lock, sweep, graph operations, state write) on stderr
  --cache-dir DIR          where parse and type-check results are cached by content digest
                           (default: $OMNIGRAPH_CLUSTER_CACHE_DIR, else $XDG_CACHE_HOME/omnigraph-cluster,
                           else ~/.cache/omnigraph-cluster)
  --no-cache               check every source again; read and write no validation cache
  -h, --help               show this help
  -V, --version            show the version

Environment:
  OMNIGRAPH_CLUSTER_CODE_CACHE
                           where the CLI keeps V8's compiled code between runs, so it starts faster
                           (default: $XDG_CACHE_HOME/omnigraph-cluster-code, else
                           ~/.cache/omnigraph-cluster-code; off turns it off; never changes output)

Exit codes: 0 ok (warnings included), 1 the command reported errors (output printed first), 2 usage error.
`;

interface CommandHelp {
  readonly synopsis: string;
  /** The options part of the usage line, when not the shared one. */
  readonly options?: string;
  /** Options only this command takes, shown after the common ones. */
  readonly extra?: string;
  readonly summary: string;
  readonly formats: string;
  readonly examples: readonly string[];
}

const COMMON_FORMATS = '--json | --format text|json';
const MARKDOWN_FORMATS = '--json | --format text|json|markdown';

const COMMAND_HELP: Record<CommandName, CommandHelp> = {
  validate: {
    synopsis: 'validate',
    extra: '[--no-cache | --cache-dir DIR]',
    summary: 'Checks cluster.yaml and every schema, query and policy file it names. Reads no state.',
    formats: COMMON_FORMATS,
    examples: [`${TOOL} validate --config cluster`, `${TOOL} validate --config cluster/cluster.yaml --json`],
  },
  plan: {
    synopsis: 'plan',
    extra: '[--gate-destructive] [--no-cache | --cache-dir DIR]',
    summary: 'Shows what apply would change, with approval gates and migration steps. Changes nothing.',
    formats: MARKDOWN_FORMATS,
    examples: [`${TOOL} plan --config cluster`, `${TOOL} plan --config cluster --format markdown > comment.md`],
  },
  apply: {
    synopsis: '[--as ACTOR] apply',
    extra: '[--gate-destructive] [--no-cache | --cache-dir DIR]',
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
    extra: '[--gate-destructive]',
    summary: 'Approves a pending graph delete (with --gate-destructive also a held schema drop or query delete). The approver is --as, or operator.actor in $OMNIGRAPH_HOME/config.yaml.',
    formats: COMMON_FORMATS,
    examples: [`${TOOL} --as alice approve graph.knowledge --config cluster`],
  },
  targets: {
    synopsis: 'targets',
    options: "[--config PATTERN]... [--changed-files FILE|-] [--root DIR] [--json | --format text|json]",
    summary:
      'Lists the clusters the patterns select (a directory holding cluster.yaml, or the cluster.yaml itself) and every file each one reads. With --changed-files, only the clusters a changed file affects: its cluster.yaml, a schema, query or policy file it names (shared ones too), or a file in a query folder it reads. --json adds a GitHub Actions matrix. Reads no state.',
    formats: COMMON_FORMATS,
    examples: [
      `${TOOL} targets --config 'clusters/*'`,
      `git diff --name-only origin/main... | ${TOOL} targets --config 'clusters/*' --changed-files - --json`,
    ],
  },
};

/** One command's usage: synopsis, what it does, its options and examples. */
export function commandUsage(command: CommandName): string {
  const help = COMMAND_HELP[command];
  return [
    `Usage: ${TOOL} ${help.synopsis} ${help.options ?? `[--config PATH] [--root DIR] [${help.formats}] [--engine embedded|omnigraph] [--verbose]${help.extra === undefined ? '' : ` ${help.extra}`}`}`,
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
