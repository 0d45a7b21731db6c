import type { ApplyOutput, Disposition, PlanChange, PlanOutput } from '../../engine/model/outputs.js';
import { describeStep, isDestructiveStep } from '../markdown/describe-step.js';
import { DISPOSITION_WORDS, OPERATION_WORDS, reasonSentence } from '../markdown/reasons.js';
import { shellWord } from './hints.js';

const DETAIL_INDENT = '      ';
const STEP_INDENT = '        ';

/** How a planned change's disposition reads before anything ran. */
const PLAN_DISPOSITION_WORDS: Readonly<Record<Disposition, string>> = { applied: 'Will apply', derived: 'Derived', deferred: 'Deferred', blocked: 'Blocked' };

/**
 * `cluster plan` text (docs/contract/text-output.md). Ours, not the reference's: each change with
 * its disposition and, when it will not simply apply, why; migration steps as the same sentences
 * as the PR comment; the approval gates and whether each is satisfied.
 */
export function planText(out: PlanOutput, hintsFor?: string): string[] {
  if (!out.ok) return ['cluster plan failed'];
  const lines = [`cluster plan: ${out.changes.length} change(s), ${out.approvals_required.length} approval gate(s)`];
  for (const change of out.changes) {
    lines.push(`  ${changeHead(change)}${dispositionSuffix(change, PLAN_DISPOSITION_WORDS)}`);
    if (change.reason !== undefined && change.disposition !== 'applied') lines.push(`${DETAIL_INDENT}why: ${reasonSentence(change.reason)}`);
    if (change.migration !== undefined) lines.push(...migrationLines(change.migration));
  }
  if (out.changes.length === 0) lines.push('  no changes');
  if (out.approvals_required.length > 0) {
    lines.push('  approval gates:');
    for (const gate of out.approvals_required) {
      lines.push(`    ${gate.resource}: ${gate.satisfied ? 'satisfied' : 'NOT satisfied'} (${gate.reason})`);
      if (!gate.satisfied && hintsFor !== undefined) lines.push(`${DETAIL_INDENT}approve: omnigraph-cluster --as <you> approve ${shellWord(gate.resource)} --config ${shellWord(hintsFor)}`);
    }
  }
  return lines;
}

/** A schema update's migration: a head line, then each step as a numbered sentence. */
function migrationLines(migration: NonNullable<PlanChange['migration']>): string[] {
  const count = `${migration.steps.length} step(s)`;
  const head = migration.supported ? `migration: ${count}` : `migration UNSUPPORTED (apply will refuse it): ${count}`;
  if (migration.steps.length === 0) return [`${DETAIL_INDENT}migration: no schema steps (digest-only change)`];
  const steps = migration.steps.map((step, i) => `${STEP_INDENT}${i + 1}. ${describeStep(step)}${step.kind !== 'unsupported_change' && isDestructiveStep(step) ? ' [destructive]' : ''}`);
  return [`${DETAIL_INDENT}${head}`, ...steps];
}

/** `cluster apply` text (docs/contract/text-output.md): the change list prints even when apply failed. */
export function applyText(out: ApplyOutput): string[] {
  const lines = [out.ok ? `cluster apply: ${out.applied_count} applied, ${out.deferred_count} deferred/blocked` : 'cluster apply failed'];
  for (const change of out.changes) lines.push(`  ${changeHead(change)}${dispositionSuffix(change, DISPOSITION_WORDS)}`);
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

function dispositionSuffix(change: PlanChange, words: Readonly<Record<Disposition, string>>): string {
  if (change.disposition === undefined) return '';
  const word = words[change.disposition];
  return change.reason === undefined ? ` [${word}]` : ` [${word}: ${change.reason}]`;
}
