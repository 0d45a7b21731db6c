import { toCompactJson } from '../../base/json.js';
import type { ApplyOutput, PlanChange, PlanOutput } from '../../engine/model/outputs.js';
import { DISPOSITION_WORDS, OPERATION_WORDS } from '../markdown/reasons.js';

const MIGRATION_INDENT = '      ';

/** `cluster plan` text (docs/contract/text-output.md): no dispositions, migration steps as compact JSON. */
export function planText(out: PlanOutput): string[] {
  if (!out.ok) return ['cluster plan failed'];
  const lines = [`cluster plan: ${out.changes.length} change(s), ${out.approvals_required.length} approval gate(s)`];
  for (const change of out.changes) {
    lines.push(`  ${changeHead(change)}`);
    if (change.migration === undefined) continue;
    if (!change.migration.supported) lines.push(`${MIGRATION_INDENT}migration UNSUPPORTED:`);
    for (const step of change.migration.steps) lines.push(`${MIGRATION_INDENT}${toCompactJson(step)}`);
  }
  if (out.changes.length === 0) lines.push('  no changes');
  return lines;
}

/** `cluster apply` text (docs/contract/text-output.md): the change list prints even when apply failed. */
export function applyText(out: ApplyOutput): string[] {
  const lines = [out.ok ? `cluster apply: ${out.applied_count} applied, ${out.deferred_count} deferred/blocked` : 'cluster apply failed'];
  for (const change of out.changes) lines.push(`  ${changeHead(change)}${dispositionSuffix(change)}`);
  // Without a ledger apply never diffed anything: "no changes" would read as "already converged".
  const diffed = !out.diagnostics.some((d) => d.code === 'state_missing');
  if (out.changes.length === 0 && diffed) lines.push('  no changes');
  if (out.ok) {
    lines.push(`  state: revision ${out.state_observations.state_revision}, converged: ${out.converged}, written: ${out.state_written}`);
    lines.push('  note: cluster-booted servers (--cluster) serve this on their next restart; omnigraph.yaml deployments are unaffected');
  }
  return lines;
}

function changeHead(change: PlanChange): string {
  return `${OPERATION_WORDS[change.operation]} ${change.resource}${change.binding_change === true ? ' [bindings]' : ''}`;
}

function dispositionSuffix(change: PlanChange): string {
  if (change.disposition === undefined) return '';
  const word = DISPOSITION_WORDS[change.disposition];
  return change.reason === undefined ? ` [${word}]` : ` [${word}: ${change.reason}]`;
}
