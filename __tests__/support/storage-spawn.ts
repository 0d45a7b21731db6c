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

/** Runs a TypeScript script in a fresh `node` (with our TS loader) and collects its output. */
export function runTsChild(script: string, args: readonly string[], env: Readonly<Record<string, string | undefined>> = {}): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--no-warnings', '--import', TS_LOADER, script, ...args], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** The last non-empty stdout line as JSON; fails loudly with the child's stderr otherwise. */
export function lastJsonLine<T>(run: ChildRun): T {
  const line = run.stdout.trim().split('\n').pop();
  if (run.code !== 0 || !line) throw new Error(`child exited ${String(run.code)}: ${run.stderr || run.stdout}`);
  return JSON.parse(line) as T;
}
