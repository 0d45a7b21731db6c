import { error, warning, type Diagnostic } from '../diagnostics/index.js';
import { toPrettyJson } from '../json.js';
import { rfc3339, type Clock } from '../ports/clock.js';
import type { Storage } from '../ports/storage.js';
import type { CommandDeps } from './deps.js';
import { errorText as text } from '../error-text.js';
import type { LockMetadata, ObservationsBuilder } from './observations.js';
import type { Session } from './session.js';
import { lockSchema, type LockFile } from './state-schema.js';

export const LOCK_KEY = '__cluster/lock.json';
const LOCK_PATH = '__cluster/lock.json';

export type LockOperation = 'plan' | 'apply' | 'refresh' | 'import' | 'approve';

/** The outcome of taking the state lock: contention is a value, never an exception. */
export interface HeldLock {
  readonly ok: boolean;
  /** Our lock id; null when locking is disabled or the lock was not taken. */
  readonly lockId: string | null;
  readonly diagnostics: Diagnostic[];
}

const DISABLED: Record<LockOperation, string> = {
  plan: 'state.lock is false; plan read state without acquiring the cluster state lock',
  apply: 'state.lock is false; apply wrote state without acquiring the cluster state lock',
  refresh: 'state.lock is false; refresh wrote state without acquiring the cluster state lock',
  import: 'state.lock is false; import wrote state without acquiring the cluster state lock',
  approve: 'state.lock is false; approve ran without acquiring the cluster state lock',
};

type ParsedLock = { kind: 'ok'; lock: LockFile } | { kind: 'invalid'; message: string } | { kind: 'unsupported'; version: number };

function parseLock(textValue: string): ParsedLock {
  let json: unknown;
  try {
    json = JSON.parse(textValue);
  } catch (e) {
    return { kind: 'invalid', message: text(e) };
  }
  const parsed = lockSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { kind: 'invalid', message: issue?.code === 'unrecognized_keys' ? `unknown field \`${issue.keys[0]}\`` : (issue?.message ?? 'invalid lock') };
  }
  if (parsed.data.version !== 1) return { kind: 'unsupported', version: parsed.data.version };
  return { kind: 'ok', lock: parsed.data };
}

/**
 * RFC 3339 date-time: seconds and an offset are mandatory. `Date.parse` alone also accepts
 * `…T10:00` and offset-less times (read as local time), which the reference refuses (§4.3).
 */
const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;

function metadata(lock: LockFile, clock: Clock): LockMetadata {
  const created = Date.parse(lock.created_at);
  const age = Number.isNaN(created) || !RFC3339.test(lock.created_at) ? undefined : Math.max(0, Math.floor((clock.now().getTime() - created) / 1000));
  return { lock_id: lock.lock_id, lock_operation: lock.operation, lock_created_at: lock.created_at, lock_pid: lock.pid, lock_age_seconds: age };
}

/** §4.3 (HEAD): create-if-absent of lock.json; a held lock reports its holder. */
export async function takeLock(deps: CommandDeps, storage: Storage, session: Session, operation: LockOperation, obs: ObservationsBuilder): Promise<HeldLock> {
  if (session.loaded.config?.state?.lock === false) {
    return { ok: true, lockId: null, diagnostics: [warning('state_lock_disabled', 'state.lock', DISABLED[operation])] };
  }
  const lock: LockFile = { version: 1, lock_id: deps.ids.ulid(), operation, created_at: rfc3339(deps.clock.now()), pid: deps.pid };
  try {
    const created = await storage.writeIfAbsent(LOCK_KEY, toPrettyJson(lock));
    if (created.ok) {
      obs.lockAcquired = true;
      obs.acquiredLockId = lock.lock_id;
      return { ok: true, lockId: lock.lock_id, diagnostics: [] };
    }
  } catch (e) {
    return { ok: false, lockId: null, diagnostics: [error('state_lock_error', LOCK_PATH, `could not write state lock: ${text(e)}`)] };
  }
  obs.locked = true;
  let holder: LockFile | null = null;
  try {
    const existing = await storage.read(LOCK_KEY);
    const parsed = existing ? parseLock(existing.text) : null;
    if (parsed?.kind === 'ok') holder = parsed.lock;
  } catch {
    // Best effort: the holder's metadata only enriches the message.
  }
  if (holder) obs.recordForeignLock(metadata(holder, deps.clock));
  const message = holder
    ? `cluster state lock already exists (lock id ${holder.lock_id}); run \`omnigraph cluster force-unlock ${holder.lock_id}\` only after confirming no cluster operation is active`
    : 'cluster state lock already exists; remove it only after confirming no cluster operation is active';
  return { ok: false, lockId: null, diagnostics: [error('state_lock_held', LOCK_PATH, message)] };
}

/** §4.4 (HEAD): delete only a lock that still parses and is ours. */
export async function releaseLock(storage: Storage, lock: HeldLock): Promise<void> {
  if (!lock.lockId) return;
  try {
    const current = await storage.read(LOCK_KEY);
    const parsed = current ? parseLock(current.text) : null;
    if (parsed?.kind === 'ok' && parsed.lock.lock_id === lock.lockId) await storage.delete(LOCK_KEY);
  } catch {
    // A lock we cannot remove stays visible to `status` and `force-unlock`.
  }
}

/** §4.6: status observes the lock without taking it; problems are warnings. */
export async function observeLock(storage: Storage, obs: ObservationsBuilder, clock: Clock): Promise<Diagnostic[]> {
  let existing;
  try {
    existing = await storage.read(LOCK_KEY);
  } catch (e) {
    obs.locked = true;
    return [warning('state_lock_read_error', LOCK_PATH, `could not read state lock: ${text(e)}`)];
  }
  if (!existing) return [];
  obs.locked = true;
  const parsed = parseLock(existing.text);
  if (parsed.kind === 'invalid') return [warning('invalid_state_lock', LOCK_PATH, `could not parse state lock: ${parsed.message}`)];
  if (parsed.kind === 'unsupported') return [warning('unsupported_state_lock_version', LOCK_PATH, `unsupported cluster state lock version ${parsed.version}`)];
  obs.recordForeignLock(metadata(parsed.lock, clock));
  return [];
}

/** §4.7 (HEAD): exact-id removal; `locked` is set after a successful parse and cleared after removal. */
export async function forceUnlockLock(
  storage: Storage,
  lockId: string,
  obs: ObservationsBuilder,
  clock: Clock,
): Promise<{ removed: boolean; diagnostics: Diagnostic[] }> {
  let existing;
  try {
    existing = await storage.read(LOCK_KEY);
  } catch (e) {
    return { removed: false, diagnostics: [error('state_lock_read_error', LOCK_PATH, `could not read state lock: ${text(e)}`)] };
  }
  if (!existing) return { removed: false, diagnostics: [error('state_lock_missing', LOCK_PATH, 'no cluster state lock is present')] };
  const parsed = parseLock(existing.text);
  if (parsed.kind === 'invalid') return { removed: false, diagnostics: [error('invalid_state_lock', LOCK_PATH, `could not parse state lock: ${parsed.message}`)] };
  if (parsed.kind === 'unsupported') {
    return { removed: false, diagnostics: [error('unsupported_state_lock_version', LOCK_PATH, `unsupported cluster state lock version ${parsed.version}`)] };
  }
  obs.recordForeignLock(metadata(parsed.lock, clock));
  if (parsed.lock.lock_id !== lockId) {
    return {
      removed: false,
      diagnostics: [
        error(
          'state_lock_id_mismatch',
          LOCK_PATH,
          `lock id mismatch: held lock is ${parsed.lock.lock_id}, refusing to remove (pass the exact id from \`cluster status\`)`,
        ),
      ],
    };
  }
  try {
    await storage.delete(LOCK_KEY);
  } catch (e) {
    return { removed: false, diagnostics: [error('state_lock_error', LOCK_PATH, `could not remove state lock: ${text(e)}`)] };
  }
  obs.locked = false;
  return { removed: true, diagnostics: [] };
}
