import { error, warning, type Diagnostic } from '../diagnostics/index.js';
import { printable, ulidProblem } from '../model/names.js';
import type { Clock } from '../ports/clock.js';
import type { Storage } from '../ports/storage.js';
import { errorText } from '../../base/error-text.js';
import { LOCK_KEY, parseLock, type LockParse } from './file.js';
import { lockMetadata, type LockObservation } from './metadata.js';

/**
 * docs/contract/lock.md#observing: status observes without taking the lock. A present file means `locked`, whatever its
 * content; problems with it are warnings so status stays ok.
 */
export async function observeLock(storage: Storage, clock: Clock): Promise<{ observation: LockObservation; diagnostics: Diagnostic[] }> {
  let stored;
  try {
    stored = await storage.read(LOCK_KEY);
  } catch (e) {
    // Something is at the lock's key (a read of an absent lock returns null): it counts as locked.
    return { observation: { locked: true }, diagnostics: [warning('state_lock_read_error', LOCK_KEY, `could not read state lock: ${errorText(e)}`)] };
  }
  if (stored === null) return { observation: { locked: false }, diagnostics: [] };
  const parsed = parseLock(stored.text);
  if (parsed.kind === 'ok') return { observation: { locked: true, ...lockMetadata(parsed.lock, clock.now()) }, diagnostics: [] };
  return { observation: { locked: true }, diagnostics: [parseProblem(parsed, 'warning')] };
}

export interface ForceUnlock {
  readonly removed: boolean;
  readonly observation: LockObservation;
  readonly diagnostics: Diagnostic[];
}

/**
 * docs/contract/lock.md#force-unlock: remove the lock only when its id is exactly the one given. `locked` is set once
 * the file parsed and cleared after the removal; the holder's metadata is reported either way.
 * No liveness or age check: a human decided.
 */
export async function forceUnlock(storage: Storage, lockId: string, clock: Clock): Promise<ForceUnlock> {
  let stored;
  try {
    stored = await storage.read(LOCK_KEY);
  } catch (e) {
    return refused({ locked: false }, error('state_lock_read_error', LOCK_KEY, `could not read state lock: ${errorText(e)}`));
  }
  if (stored === null) return refused({ locked: false }, error('state_lock_missing', LOCK_KEY, 'no cluster state lock is present'));
  const parsed = parseLock(stored.text);
  if (parsed.kind !== 'ok') return refused({ locked: false }, parseProblem(parsed, 'error'));
  const held = { locked: true, ...lockMetadata(parsed.lock, clock.now()) };
  const badArgument = ulidProblem('requested lock id', lockId);
  if (badArgument !== null) return refused(held, error('unsafe_state_name', LOCK_KEY, `${badArgument}; nothing was unlocked`));
  if (parsed.lock.lock_id !== lockId) {
    return refused(
      held,
      error(
        'state_lock_id_mismatch',
        LOCK_KEY,
        `lock id mismatch: held lock is ${printable(parsed.lock.lock_id)}, refusing to remove (pass the exact id from \`cluster status\`)`,
      ),
    );
  }
  try {
    await storage.delete(LOCK_KEY);
  } catch (e) {
    return refused(held, error('state_lock_error', LOCK_KEY, `could not remove state lock: ${errorText(e)}`));
  }
  return { removed: true, observation: { ...held, locked: false }, diagnostics: [] };
}

function refused(observation: LockObservation, diagnostic: Diagnostic): ForceUnlock {
  return { removed: false, observation, diagnostics: [diagnostic] };
}

function parseProblem(parsed: Exclude<LockParse, { kind: 'ok' }>, severity: 'error' | 'warning'): Diagnostic {
  const make = severity === 'error' ? error : warning;
  return parsed.kind === 'invalid'
    ? make('invalid_state_lock', LOCK_KEY, `could not parse state lock: ${parsed.message}`)
    : make('unsupported_state_lock_version', LOCK_KEY, `unsupported cluster state lock version ${parsed.version}`);
}
