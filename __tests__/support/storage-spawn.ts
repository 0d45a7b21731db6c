import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const TS_LOADER = path.join(here, 'ts-loader.mjs');

export interface ChildRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Spawns one TypeScript child per argument list, waits until every child has printed `ready`
 * (see `awaitStart` in storage-child.ts), then sends all of them the same start time a little in
 * the future, and collects their output.
 */
export async function runRacingChildren(
  script: string,
  argLists: readonly (readonly string[])[],
  env: Readonly<Record<string, string | undefined>> = {},
  leadMs = 300,
): Promise<ChildRun[]> {
  let readyCount = 0;
  let release: () => void = () => {};
  const allReady = new Promise<void>((r) => (release = r));
  const children = argLists.map((args) => {
    const child = spawn(process.execPath, ['--no-warnings', '--import', TS_LOADER, script, ...args], {
      env: { ...process.env, ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let ready = false;
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
      if (!ready && stdout.includes('ready\n')) {
        ready = true;
        if (++readyCount === argLists.length) release();
      }
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    // Writing the start time to a child that already died is not an error worth crashing for.
    child.stdin.on('error', () => {});
    const done = new Promise<ChildRun>((resolve, reject) => {
      child.on('error', reject);
      child.on('close', (code) => {
        // A child that dies before the barrier must not leave the others waiting forever.
        if (!ready) {
          ready = true;
          if (++readyCount === argLists.length) release();
        }
        resolve({ code, stdout, stderr });
      });
    });
    return { child, done };
  });
  await allReady;
  const start = Date.now() + leadMs;
  for (const { child } of children) if (child.stdin.writable) child.stdin.end(`${start}\n`);
  return Promise.all(children.map((c) => c.done));
}

/** The last non-empty stdout line as JSON; fails loudly with the child's stderr otherwise. */
export function lastJsonLine<T>(run: ChildRun): T {
  const line = run.stdout.trim().split('\n').pop();
  if (run.code !== 0 || !line) throw new Error(`child exited ${String(run.code)}: ${run.stderr || run.stdout}`);
  return JSON.parse(line) as T;
}
