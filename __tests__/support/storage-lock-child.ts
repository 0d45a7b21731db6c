/**
 * One of several processes racing for the state lock on a LocalStorage root:
 * `node --import ts-loader.mjs storage-lock-child.ts '<json LockRacePlan>'`. After the start
 * barrier it tries once per round; a winner holds the lock for `holdMs`, then releases it.
 */
import { pathToFileURL } from 'node:url';
import { ulid } from 'ulid';
import { LocalStorage } from '../../src/adapters/storage/local.js';
import { acquireLock, releaseLock, type LockMetadata } from '../../src/engine/lock/index.js';
import { awaitStart, until } from './storage-child.js';

export interface LockRacePlan {
  readonly root: string;
  readonly rounds: number;
  readonly roundMs: number;
  readonly holdMs: number;
}

export type LockRaceOutcome =
  | { readonly round: number; readonly kind: 'acquired'; readonly lockId: string; readonly pid: number; readonly released: string }
  | { readonly round: number; readonly kind: 'held'; readonly holder: LockMetadata; readonly message: string }
  | { readonly round: number; readonly kind: 'error'; readonly message: string };

async function main(plan: LockRacePlan): Promise<void> {
  const storage = new LocalStorage(plan.root);
  const start = await awaitStart();
  const outcomes: LockRaceOutcome[] = [];
  for (let round = 0; round < plan.rounds; round++) {
    await until(start + round * plan.roundMs);
    const got = await acquireLock(storage, { operation: 'apply', ids: { ulid }, clock: { now: () => new Date() }, pid: process.pid });
    if (got.kind === 'acquired') {
      await new Promise((r) => setTimeout(r, plan.holdMs));
      const released = await releaseLock(storage, got.lock.lock_id);
      outcomes.push({ round, kind: 'acquired', lockId: got.lock.lock_id, pid: process.pid, released: released.kind });
    } else if (got.kind === 'held') {
      outcomes.push({ round, kind: 'held', holder: got.holder, message: got.diagnostic.message });
    } else {
      outcomes.push({ round, kind: 'error', message: got.diagnostic.message });
    }
  }
  process.stdout.write(`${JSON.stringify(outcomes)}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(JSON.parse(process.argv[2] ?? '{}') as LockRacePlan).catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(1);
  });
}
