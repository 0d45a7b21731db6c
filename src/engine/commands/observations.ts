import type { LockMetadata } from '../lock/index.js';
import type { ClusterState } from '../state/index.js';

/**
 * Accumulates the `state_observations` fragment (docs/contract/commands.md) while a command runs and
 * emits it in the reference's field order.
 */
export class ObservationsBuilder {
  stateFound = false;
  appliedConfigDigest: string | undefined;
  stateRevision = 0;
  stateCas: string | undefined;
  resourceCount = 0;
  locked = false;
  lockAcquired = false;
  acquiredLockId: string | undefined;
  lock: LockMetadata = {};

  constructor(
    private readonly statePath: string,
    private readonly lockPath: string,
  ) {}

  recordState(ledger: ClusterState | null, cas: string | null): void {
    this.stateFound = cas !== null || ledger !== null;
    this.stateCas = cas ?? undefined;
    if (ledger) {
      this.appliedConfigDigest = ledger.applied_revision.config_digest ?? undefined;
      this.stateRevision = ledger.state_revision;
      this.resourceCount = Object.keys(ledger.applied_revision.resources).length;
    }
  }

  recordForeignLock(metadata: LockMetadata): void {
    this.locked = true;
    this.lock = metadata;
  }

  toJson() {
    return {
      state_path: this.statePath,
      lock_path: this.lockPath,
      state_found: this.stateFound,
      applied_config_digest: this.appliedConfigDigest,
      state_revision: this.stateRevision,
      state_cas: this.stateCas,
      resource_count: this.resourceCount,
      locked: this.locked,
      lock_id: this.lock.lock_id,
      lock_acquired: this.lockAcquired,
      acquired_lock_id: this.acquiredLockId,
      lock_operation: this.lock.lock_operation,
      lock_created_at: this.lock.lock_created_at,
      lock_pid: this.lock.lock_pid,
      lock_age_seconds: this.lock.lock_age_seconds,
    };
  }
}
