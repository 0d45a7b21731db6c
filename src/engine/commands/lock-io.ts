import type { Diagnostic } from '../diagnostics/index.js';
import type { Clock } from '../ports/clock.js';
import type { Storage } from '../ports/storage.js';
import {
  acquireLock,
  forceUnlock,
  lockDisabledWarning,
  observeLock as observe,
  releaseLock as release,
  type LockObservation,
  type LockOperation,
} from '../lock/index.js';
import type { CommandDeps } from '../ports/command-deps.js';
import type { ObservationsBuilder } from './observations.js';
import type { Session } from './session.js';

/**
 * The commands' side of the state lock (src/engine/lock owns the file and its rules): take it or
 * honour `state.lock: false`, and keep `state_observations` in step with what was seen.
 */
export interface HeldLock {
  readonly ok: boolean;
  /** Our lock id; null when locking is disabled or the lock was not taken. */
  readonly lockId: string | null;
  readonly diagnostics: Diagnostic[];
}

export async function takeLock(deps: CommandDeps, storage: Storage, session: Session, operation: LockOperation, obs: ObservationsBuilder): Promise<HeldLock> {
  if (session.loaded.config?.state?.lock === false) return { ok: true, lockId: null, diagnostics: [lockDisabledWarning(operation)] };
  const taken = await acquireLock(storage, { operation, ids: deps.ids, clock: deps.clock, pid: deps.pid });
  switch (taken.kind) {
    case 'acquired':
      obs.lockAcquired = true;
      obs.acquiredLockId = taken.lock.lock_id;
      return { ok: true, lockId: taken.lock.lock_id, diagnostics: [] };
    case 'held':
      obs.recordForeignLock(taken.holder);
      return { ok: false, lockId: null, diagnostics: [taken.diagnostic] };
    case 'error':
      return { ok: false, lockId: null, diagnostics: [taken.diagnostic] };
  }
}

/** Best effort: a lock we cannot remove stays visible to `status` and `force-unlock`. */
export async function releaseLock(storage: Storage, lock: HeldLock): Promise<void> {
  if (lock.lockId) await release(storage, lock.lockId);
}

function record(obs: ObservationsBuilder, observation: LockObservation): void {
  // The holder's metadata is reported whenever the lock parsed, even after force-unlock removed it.
  const { locked, ...metadata } = observation;
  if (metadata.lock_id !== undefined) obs.recordForeignLock(metadata);
  obs.locked = locked;
}

export async function observeLock(storage: Storage, obs: ObservationsBuilder, clock: Clock): Promise<Diagnostic[]> {
  const seen = await observe(storage, clock);
  record(obs, seen.observation);
  return seen.diagnostics;
}

export async function forceUnlockLock(storage: Storage, lockId: string, obs: ObservationsBuilder, clock: Clock): Promise<{ removed: boolean; diagnostics: Diagnostic[] }> {
  const result = await forceUnlock(storage, lockId, clock);
  record(obs, result.observation);
  return { removed: result.removed, diagnostics: result.diagnostics };
}
