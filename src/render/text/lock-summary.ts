import type { StateObservations } from '../../engine/model/outputs.js';

/**
 * The `(id=.., operation=.., pid=.., created_at=.., age_seconds=..)` body of a lock line: only
 * the known parts, in that order; empty when no lock id was observed (spec/cluster.md §12).
 */
export function lockSummary(obs: StateObservations): string {
  if (obs.lock_id === undefined) return '';
  const parts = [`id=${obs.lock_id}`];
  if (obs.lock_operation !== undefined) parts.push(`operation=${obs.lock_operation}`);
  if (obs.lock_pid !== undefined) parts.push(`pid=${obs.lock_pid}`);
  if (obs.lock_created_at !== undefined) parts.push(`created_at=${obs.lock_created_at}`);
  if (obs.lock_age_seconds !== undefined) parts.push(`age_seconds=${obs.lock_age_seconds}`);
  return parts.join(', ');
}
