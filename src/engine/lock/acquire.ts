import { errorText } from '../../base/error-text.js';
import { error, warning, type Diagnostic } from '../diagnostics/index.js';
import { rfc3339, type Clock } from '../ports/clock.js';
import { isUlid } from '../model/names.js';
import type { Ids } from '../ports/ids.js';
import type { Storage } from '../ports/storage.js';
import { LOCK_KEY, LOCK_VERSION, lockText, parseLock, type LockFile, type LockOperation } from './file.js';
import { lockMetadata, type LockMetadata } from './metadata.js';

export interface LockRequest {
  readonly operation: LockOperation;
  readonly ids: Ids;
  readonly clock: Clock;
  /** Written into the lock for humans; no liveness check ever uses it (docs/contract/lock.md#force-unlock). */
  readonly pid: number;
}

/** Taking the lock: contention and storage failure are values, never exceptions. */
export type LockAcquire =
  | { readonly kind: 'acquired'; readonly lock: LockFile }
  /** `holder` is whatever of the foreign lock parsed (empty when it did not); `locked` is true. */
  | { readonly kind: 'held'; readonly holder: LockMetadata; readonly diagnostic: Diagnostic }
  | { readonly kind: 'error'; readonly diagnostic: Diagnostic };

/**
 * docs/contract/lock.md#acquire: create-if-absent of lock.json, so exactly one of any number of racing processes
 * (or machines, on S3) wins and nobody ever sees a half-written lock.
 */
export async function acquireLock(storage: Storage, request: LockRequest): Promise<LockAcquire> {
  const lock: LockFile = {
    version: LOCK_VERSION,
    lock_id: request.ids.ulid(),
    operation: request.operation,
    created_at: rfc3339(request.clock.now()),
    pid: request.pid,
  };
  try {
    const created = await storage.writeIfAbsent(LOCK_KEY, lockText(lock));
    if (created.ok) return { kind: 'acquired', lock };
  } catch (e) {
    return { kind: 'error', diagnostic: error('state_lock_error', LOCK_KEY, `could not write state lock: ${errorText(e)}`) };
  }
  const holder = await readHolder(storage, request.clock);
  return { kind: 'held', holder, diagnostic: error('state_lock_held', LOCK_KEY, lockHeldMessage(holder.lock_id)) };
}

/** Best effort: the holder's metadata only enriches the refusal. */
async function readHolder(storage: Storage, clock: Clock): Promise<LockMetadata> {
  try {
    const stored = await storage.read(LOCK_KEY);
    const parsed = stored ? parseLock(stored.text) : null;
    return parsed?.kind === 'ok' ? lockMetadata(parsed.lock, clock.now()) : {};
  } catch {
    return {};
  }
}

/**
 * The suggested command is copied into shells: it is offered only for an id with the lock-id
 * grammar, never for whatever a forged lock.json holds.
 */
export function lockHeldMessage(lockId: string | undefined): string {
  return lockId === undefined || !isUlid(lockId)
    ? 'cluster state lock already exists; remove it only after confirming no cluster operation is active'
    : `cluster state lock already exists (lock id ${lockId}); run \`omnigraph cluster force-unlock ${lockId}\` only after confirming no cluster operation is active`;
}

const DISABLED_VERB: Record<LockOperation, string> = {
  plan: 'plan read state',
  apply: 'apply wrote state',
  refresh: 'refresh wrote state',
  import: 'import wrote state',
  approve: 'approve ran',
};

/** docs/contract/lock.md#acquire: `state.lock: false` skips the lock and says so. */
export function lockDisabledWarning(operation: LockOperation): Diagnostic {
  return warning('state_lock_disabled', 'state.lock', `state.lock is false; ${DISABLED_VERB[operation]} without acquiring the cluster state lock`);
}
