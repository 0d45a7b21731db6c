import type { ApproveOutput, ForceUnlockOutput, RefreshOutput, StatusOutput, ValidateOutput } from '../../engine/model/outputs.js';
import { lockSummary } from '../../engine/lock/index.js';

export function validateText(out: ValidateOutput): string[] {
  return [out.ok ? `cluster config valid: ${out.resources.length} resource(s), ${out.dependencies.length} dependency edge(s)` : 'cluster config invalid'];
}

export function statusText(out: StatusOutput): string[] {
  if (!out.ok) return ['cluster status failed'];
  const obs = out.state_observations;
  if (!obs.state_found) return ['cluster state missing'];
  const lines = [`cluster state: revision ${obs.state_revision}, ${obs.resource_count} resource(s)`];
  if (obs.applied_config_digest !== undefined) lines.push(`  applied config: ${obs.applied_config_digest}`);
  lines.push(obs.locked ? `  lock: held (${lockSummary(obs)})` : '  lock: not held');
  return lines;
}

/**
 * `cluster refresh` / `cluster import` text. Quirk C3 fixed: the reference printed
 * `lock: not acquired` after a normal run that did acquire its lock (it looked at the foreign
 * `locked` flag); we report the lock this run took, and a foreign lock as held.
 */
export function refreshText(out: RefreshOutput): string[] {
  if (!out.ok) return [`cluster ${out.operation} failed`];
  const obs = out.state_observations;
  const lines = [`cluster ${out.operation}: revision ${obs.state_revision}, ${obs.resource_count} resource(s)`];
  if (obs.state_cas !== undefined) lines.push(`  state_cas: ${obs.state_cas}`);
  if (obs.lock_acquired) {
    lines.push(obs.acquired_lock_id === undefined ? '  lock: acquired' : `  lock: acquired (id=${obs.acquired_lock_id}, operation=${out.operation})`);
  } else if (obs.locked) {
    lines.push(`  lock: held (${lockSummary(obs)})`);
  } else {
    lines.push('  lock: not acquired');
  }
  return lines;
}

export function forceUnlockText(out: ForceUnlockOutput): string[] {
  const obs = out.state_observations;
  if (!out.ok) return obs.locked ? ['cluster force-unlock failed', `  lock: held (${lockSummary(obs)})`] : ['cluster force-unlock failed'];
  return [out.lock_removed ? `cluster force-unlock: removed lock (${lockSummary(obs)})` : 'cluster force-unlock: no lock removed'];
}

export function approveText(out: ApproveOutput): string[] {
  if (!out.ok) return ['cluster approve failed'];
  return [`cluster approve: ${out.operation ?? 'delete'} ${out.resource ?? ''} approved by ${out.approved_by ?? ''} (approval ${out.approval_id ?? ''})`];
}
