/**
 * The stand-in's clap and color-eyre surface (see omnigraph-standin.ts for the reference files).
 */

// Global options of crates/omnigraph-cli/src/cli.rs `Cli` that take a value, and the bare ones.
const GLOBAL_VALUE_FLAGS = ['--as', '--server', '--graph', '--profile', '--store', '--cluster'];
const GLOBAL_SWITCHES = ['--yes', '--quiet'];

export interface Globals {
  /** Everything that is not a global option, in order (`--` and what follows kept as is). */
  readonly args: string[];
  readonly actor: string | null;
  readonly quiet: boolean;
}

/** clap accepts a global option anywhere before `--`, as `--as X` or `--as=X`. */
export function parseGlobals(argv: readonly string[]): Globals {
  const args: string[] = [];
  let actor: string | null = null;
  let quiet = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') {
      args.push(...argv.slice(i));
      break;
    }
    const eq = arg.indexOf('=');
    const flag = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    if (GLOBAL_VALUE_FLAGS.includes(flag)) {
      const value = eq > 0 && flag !== arg ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined) clapError(`a value is required for '${flag} <${flag === '--as' ? 'ACTOR' : 'VALUE'}>' but none was supplied`, 'omnigraph [OPTIONS] <COMMAND>');
      if (flag === '--as') actor = value;
      continue;
    }
    if (GLOBAL_SWITCHES.includes(arg)) {
      if (arg === '--quiet') quiet = true;
      continue;
    }
    args.push(arg);
  }
  return { args, actor, quiet };
}

/** Removes `flag VALUE` (or `flag=VALUE`) from args and returns VALUE. */
export function take(args: string[], flag: string): string | null {
  const inline = args.findIndex((a) => a.startsWith(`${flag}=`));
  if (inline >= 0) {
    const [found] = args.splice(inline, 1);
    return (found as string).slice(flag.length + 1);
  }
  const i = args.indexOf(flag);
  if (i < 0) return null;
  const value = args[i + 1];
  if (value === undefined) clapError(`a value is required for '${flag} <${flag.slice(2).toUpperCase()}>' but none was supplied`, 'omnigraph [OPTIONS] <COMMAND>');
  args.splice(i, 2);
  return value;
}

/** clap's usage error: no colour when stderr is not a terminal, exit code 2. */
export function clapError(message: string, usage: string): never {
  process.stderr.write(`error: ${message}\n\nUsage: ${usage}\n\nFor more information, try '--help'.\n`);
  process.exit(2);
}

/** color-eyre's default report for an `Err` returned from main, exit code 1. */
export function eyreError(message: string, location: string): never {
  const plain = Boolean(process.env.NO_COLOR);
  const paint = (code: string, text: string) => (plain ? text : `\u001b[${code}m${text}\u001b[0m`);
  const [file, line] = location.split(':');
  process.stderr.write(
    `${paint('31', 'Error:')} \n   0: ${paint('91', message)}\n\nLocation:\n   ${paint('35', file ?? '')}:${paint('35', line ?? '')}\n\n` +
      `Backtrace omitted. Run with RUST_BACKTRACE=1 environment variable to display it.\n` +
      `Run with RUST_BACKTRACE=full to include source snippets.\n`,
  );
  process.exit(1);
}
