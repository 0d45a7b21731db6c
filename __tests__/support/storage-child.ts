/**
 * A racing writer in its own process, for the Storage contract suite:
 * `node --import ./__tests__/support/ts-loader.mjs storage-child.ts '<json ChildPlan>'`.
 * It builds the adapter from the recipe, joins the start barrier (see `awaitStart`), runs each
 * operation at its offset from the common start time, and prints one JSON line with every outcome.
 */
import { pathToFileURL } from 'node:url';
import type { ConditionalWrite, Storage } from '../../src/engine/ports/storage.js';

/** How a child process constructs the same adapter over the same root. */
export interface StorageRecipe {
  /** Absolute path of the module (a .ts source is fine: children run with the TS loader). */
  readonly module: string;
  /** The export to use: a class (`construct: 'new'`) or a factory function (`'call'`). */
  readonly exportName: string;
  readonly construct: 'new' | 'call';
  /** JSON-serialisable arguments. */
  readonly args: readonly unknown[];
  /** Extra environment for the child (endpoints, credentials). */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

export type ChildOp =
  | { readonly kind: 'absent'; readonly key: string; readonly text: string; readonly after: number }
  | { readonly kind: 'match'; readonly key: string; readonly text: string; readonly token: string; readonly after: number };

export interface ChildPlan {
  readonly recipe: StorageRecipe;
  readonly ops: readonly ChildOp[];
}

export type ChildOutcome = { readonly key: string; readonly result: ConditionalWrite } | { readonly key: string; readonly thrown: string };

export async function buildStorage(recipe: StorageRecipe): Promise<Storage> {
  const mod = (await import(pathToFileURL(recipe.module).href)) as Record<string, unknown>;
  const exported = mod[recipe.exportName];
  if (typeof exported !== 'function') throw new Error(`${recipe.module} has no export ${recipe.exportName}`);
  if (recipe.construct === 'new') return new (exported as new (...a: unknown[]) => Storage)(...recipe.args);
  return (exported as (...a: unknown[]) => Storage)(...recipe.args);
}

/**
 * The cross-process start barrier: say `ready` on stdout, then wait for the parent to send the
 * common start time (epoch ms) on stdin once every child is ready — so slow boots never skew a race.
 */
export function awaitStart(): Promise<number> {
  process.stdout.write('ready\n');
  return new Promise((resolve) => {
    let buffered = '';
    process.stdin.setEncoding('utf8');
    process.stdin.on('data', (chunk: string) => {
      buffered += chunk;
      if (buffered.includes('\n')) {
        process.stdin.pause();
        resolve(Number(buffered.trim()));
      }
    });
  });
}

export async function until(at: number): Promise<void> {
  const wait = at - Date.now();
  if (wait > 0) await new Promise((r) => setTimeout(r, wait));
}

async function main(raw: string): Promise<void> {
  const plan = JSON.parse(raw) as ChildPlan;
  const storage = await buildStorage(plan.recipe);
  const start = await awaitStart();
  const outcomes: ChildOutcome[] = [];
  for (const op of plan.ops) {
    await until(start + op.after);
    try {
      const result = op.kind === 'absent' ? await storage.writeIfAbsent(op.key, op.text) : await storage.writeIfMatch(op.key, op.text, op.token);
      outcomes.push({ key: op.key, result });
    } catch (e) {
      outcomes.push({ key: op.key, thrown: e instanceof Error ? e.message : String(e) });
    }
  }
  (storage as { destroy?: () => void }).destroy?.();
  process.stdout.write(`${JSON.stringify(outcomes)}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv[2] ?? '{}').catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(1);
  });
}
