import type { Failpoints } from '../../engine/ports/failpoints.js';

type Action = { kind: 'error' } | { kind: 'crash' } | { kind: 'sleep'; ms: number };

/** Exit code of a `crash` failpoint: the process dies at once, leaving lock and sidecars behind. */
export const CRASH_EXIT_CODE = 86;

/**
 * Failpoints from `OMNIGRAPH_FAILPOINTS` (docs/contract/failpoints.md#actions): `name` or `name=action`, comma
 * separated; actions `error` (default), `crash`, `sleep:<ms>`. Unset ⇒ inert.
 * Malformed entries are reported once through `onInvalid` and ignored.
 */
export function parseFailpoints(spec: string | undefined, onInvalid: (entry: string) => void = () => {}): Map<string, Action> {
  const out = new Map<string, Action>();
  if (!spec) return out;
  for (const raw of spec.split(',')) {
    const entry = raw.trim();
    if (entry === '') continue;
    const eq = entry.indexOf('=');
    const name = (eq < 0 ? entry : entry.slice(0, eq)).trim();
    const action = eq < 0 ? 'error' : entry.slice(eq + 1).trim();
    const sleep = /^sleep:(\d+)$/.exec(action);
    if (name === '') onInvalid(entry);
    else if (action === 'error' || action === 'return') out.set(name, { kind: 'error' });
    else if (action === 'crash') out.set(name, { kind: 'crash' });
    else if (sleep) out.set(name, { kind: 'sleep', ms: Number(sleep[1]) });
    else onInvalid(entry);
  }
  return out;
}

export function envFailpoints(env: NodeJS.ProcessEnv, exit: (code: number) => never = (code) => process.exit(code)): Failpoints {
  const actions = parseFailpoints(env.OMNIGRAPH_FAILPOINTS, (entry) =>
    process.stderr.write(`warning: ignoring malformed OMNIGRAPH_FAILPOINTS entry '${entry}'\n`),
  );
  return {
    async hit(name: string): Promise<boolean> {
      const action = actions.get(name);
      if (!action) return false;
      switch (action.kind) {
        case 'error':
          return true;
        case 'crash':
          return exit(CRASH_EXIT_CODE);
        case 'sleep':
          await new Promise((resolve) => setTimeout(resolve, action.ms));
          return false;
      }
    },
  };
}
