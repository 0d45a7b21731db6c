import type { Storage } from '../ports/storage.js';
import { errorText } from '../../base/error-text.js';
import { LOCK_KEY, parseLock } from './file.js';

/** `released`: we deleted our lock; `absent`/`not_ours`: nothing to do; `error`: it may remain. */
export type LockRelease =
  | { readonly kind: 'released' }
  | { readonly kind: 'absent' }
  | { readonly kind: 'not_ours' }
  | { readonly kind: 'error'; readonly message: string };

/**
 * docs/contract/lock.md#release: delete the lock only if it still parses and carries our id, so a command whose
 * lock was force-unlocked and re-taken by someone else never removes theirs.
 */
export async function releaseLock(storage: Storage, lockId: string): Promise<LockRelease> {
  try {
    const stored = await storage.read(LOCK_KEY);
    if (stored === null) return { kind: 'absent' };
    const parsed = parseLock(stored.text);
    if (parsed.kind !== 'ok' || parsed.lock.lock_id !== lockId) return { kind: 'not_ours' };
    await storage.delete(LOCK_KEY);
    return { kind: 'released' };
  } catch (e) {
    return { kind: 'error', message: errorText(e) };
  }
}
