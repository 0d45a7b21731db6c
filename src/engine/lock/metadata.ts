import type { LockFile } from './file.js';

/** The lock fields of `state_observations`; each omitted when unknown. */
export interface LockMetadata {
  readonly lock_id?: string;
  readonly lock_operation?: string;
  readonly lock_created_at?: string;
  readonly lock_pid?: number;
  readonly lock_age_seconds?: number;
}

/** What a command saw of the lock: `locked` plus the holder's metadata when it parsed. */
export interface LockObservation extends LockMetadata {
  readonly locked: boolean;
}

export function lockMetadata(lock: LockFile, now: Date): LockMetadata {
  return {
    lock_id: lock.lock_id,
    lock_operation: lock.operation,
    lock_created_at: lock.created_at,
    lock_pid: lock.pid,
    lock_age_seconds: lockAgeSeconds(lock.created_at, now),
  };
}

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?(?:([Zz])|([+-])(\d{2}):(\d{2}))$/;

/**
 * Whole seconds since `created_at`, clamped at 0; undefined unless it is an RFC 3339 date-time
 * (seconds and an offset required, calendar fields in range). `Date.parse` alone is too lenient:
 * it reads offset-less times as local time and rolls Feb 30 over into March.
 */
export function lockAgeSeconds(createdAt: string, now: Date): number | undefined {
  const m = RFC3339.exec(createdAt);
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const offsetHours = m[9] ? Number(m[10]) : 0;
  const offsetMinutes = m[9] ? Number(m[11]) : 0;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth || hour > 23 || minute > 59 || second > 59) return undefined;
  if (offsetHours > 23 || offsetMinutes > 59) return undefined;
  const sign = m[9] === '-' ? -1 : 1;
  const fractionMs = m[7] ? Number(`0${m[7]}`) * 1000 : 0;
  const created = Date.UTC(year, month - 1, day, hour, minute, second) + fractionMs - sign * (offsetHours * 60 + offsetMinutes) * 60_000;
  return Math.max(0, Math.floor((now.getTime() - created) / 1000));
}

/**
 * The human lock summary body (docs/contract/text-output.md#lock-summary): `id=.., operation=.., pid=.., created_at=.., age_seconds=..`
 * with only the known parts; empty when no lock id is known. Callers add the parentheses.
 */
export function lockSummary(meta: LockMetadata): string {
  if (meta.lock_id === undefined) return '';
  const parts = [`id=${meta.lock_id}`];
  if (meta.lock_operation !== undefined) parts.push(`operation=${meta.lock_operation}`);
  if (meta.lock_pid !== undefined) parts.push(`pid=${meta.lock_pid}`);
  if (meta.lock_created_at !== undefined) parts.push(`created_at=${meta.lock_created_at}`);
  if (meta.lock_age_seconds !== undefined) parts.push(`age_seconds=${meta.lock_age_seconds}`);
  return parts.join(', ');
}
