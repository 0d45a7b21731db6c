import { markApprovalsConsumed } from '../approvals/store.js';
import { hasErrors, type Diagnostic } from '../diagnostics/index.js';
import type { LockOperation } from '../lock/index.js';
import type { CommandDeps } from '../ports/command-deps.js';
import type { Storage } from '../ports/storage.js';
import { sidecarKey } from '../recovery/sidecar-store.js';
import { readState, writeState, type ClusterState } from '../state/index.js';
import { releaseLock, takeLock } from './lock-io.js';
import type { ObservationsBuilder } from './observations.js';
import type { Session } from './session.js';

/** What a command that reads state under the lock brings along. */
export interface LockedOp<T> {
  readonly deps: CommandDeps;
  readonly session: Session;
  readonly storage: Storage;
  readonly operation: LockOperation;
  readonly obs: ObservationsBuilder;
  /** The command's diagnostics; lock, read and write problems are appended here. */
  readonly diagnostics: Diagnostic[];
  /** The command's answer when the lock was not taken or the state could not be read. */
  readonly refused: () => T;
}

/** Work to do once the new ledger is safely published (or nothing needed publishing). */
export interface Retirement {
  /** Recovery sidecar operation ids whose effect the ledger now records. */
  readonly completedSidecars: readonly string[];
  /** approval id → consumed_at, mirrored onto the artifacts. */
  readonly consumedApprovals: ReadonlyMap<string, string>;
}

export interface LockedState {
  /** The ledger as read under the lock; null when there is no state file. */
  readonly state: ClusterState | null;
  /** CAS token of the state file as read (null = no file): the expected token of the write. */
  readonly cas: string | null;
  /** CAS-writes `next` over what was read; a refusal is appended as a diagnostic and yields false. */
  write(next: ClusterState): Promise<boolean>;
  /** Retires sidecars and consumes approvals; call only after the write landed (or none was due). */
  retire(retirement: Retirement): Promise<void>;
}

/**
 * Takes the state lock (or honours `state.lock: false`), reads the ledger, runs `body`, and always
 * releases. Every state-reading command goes through here so the lock, the single read whose CAS
 * fences the write, and the post-write retirement happen in one order everywhere.
 */
export async function withLockedState<T>(op: LockedOp<T>, body: (locked: LockedState) => Promise<T>): Promise<T> {
  const { deps, storage, obs, diagnostics } = op;
  deps.logger.info(`waiting for the state lock (${op.operation})`);
  const lock = await takeLock(deps, storage, op.session, op.operation, obs);
  diagnostics.push(...lock.diagnostics);
  if (!lock.ok) return op.refused();
  if (lock.lockId) deps.logger.info(`acquired lock ${lock.lockId}`);
  try {
    const read = await readState(storage);
    obs.recordState(read.state, read.cas);
    diagnostics.push(...read.diagnostics);
    if (hasErrors(diagnostics)) return op.refused();
    return await body({
      state: read.state,
      cas: read.cas,
      write: async (next) => {
        deps.logger.info(`writing state revision ${next.state_revision}`);
        const written = await writeState(storage, next, read.cas);
        if (!written.ok) {
          diagnostics.push(written.diagnostic);
          return false;
        }
        obs.recordState(next, written.cas);
        return true;
      },
      retire: async ({ completedSidecars, consumedApprovals }) => {
        for (const operationId of completedSidecars) await storage.delete(sidecarKey(operationId)).catch(() => {});
        await markApprovalsConsumed(storage, consumedApprovals);
      },
    });
  } finally {
    await releaseLock(storage, lock);
    if (lock.lockId) deps.logger.debug(`released lock ${lock.lockId}`);
  }
}
