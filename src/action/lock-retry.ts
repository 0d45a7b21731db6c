/**
 * Bounded retry of a locking command while another operation holds the state lock. Plans lock
 * too, so PR plans contend with merges and each other; short waits absorb that. The action never
 * removes a lock it did not take: after the last attempt the caller reports it with lock-info.
 */
import type { Diagnostic } from '../engine/diagnostics/index.js';

export interface RetryOptions {
  readonly retries: number;
  readonly intervalMs: number;
  sleep(ms: number): Promise<void>;
  random(): number;
  log(message: string): void;
}

export function isLockHeld(output: { readonly diagnostics: readonly Diagnostic[] }): boolean {
  return output.diagnostics.some((d) => d.code === 'state_lock_held');
}

/** Jitter in [0.5, 1.5) × interval, so runners queued behind one lock do not retry in step. */
export function retryDelay(intervalMs: number, random: number): number {
  return Math.round(intervalMs * (0.5 + Math.min(Math.max(random, 0), 0.999999)));
}

export async function withLockRetry<T extends { readonly diagnostics: readonly Diagnostic[] }>(
  attempt: () => Promise<T>,
  options: RetryOptions,
): Promise<T> {
  let output = await attempt();
  for (let i = 1; i <= options.retries && isLockHeld(output); i++) {
    const delay = retryDelay(options.intervalMs, options.random());
    options.log(`cluster state lock is held; retry ${i} of ${options.retries} in ${(delay / 1000).toFixed(1)}s`);
    await options.sleep(delay);
    output = await attempt();
  }
  return output;
}
