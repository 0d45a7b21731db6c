import type { Diagnostic } from '../../engine/diagnostics/index.js';
import { toCompactJson } from '../../base/json.js';
import { DESTRUCTIVE_MIGRATION_PREFIX, DESTRUCTIVE_QUERY_REASON } from '../../engine/model/change.js';
import type { ApprovalGate, BlastRadius, Disposition, Operation, PlanChange } from '../../engine/model/outputs.js';
import type { RenderContext } from '../kinds.js';
import { codeBlock, details, line, table, type Block, type Section } from '../markup/blocks.js';
import { code, escapeText } from '../markup/escape.js';
import { BANNER_NAMES, approveCommand, nameList, optional, plural } from './common.js';
import { describeStep, isDestructiveStep } from './describe-step.js';
import { GATED_UPDATE_NEXT_STEP, GATED_UPDATE_SENTENCE, REASON_NEXT_STEPS, REASON_SENTENCES, reasonSentence } from './reasons.js';

const OPERATION_LABELS: Readonly<Record<Operation, string>> = { create: '➕ create', update: '✏️ update', delete: '🗑️ delete' };

export function operationCounts(changes: readonly PlanChange[]): Record<Operation, number> {
  const counts: Record<Operation, number> = { create: 0, update: 0, delete: 0 };
  for (const c of changes) counts[c.operation]++;
  return counts;
}

export function dispositionCounts(changes: readonly PlanChange[]): Record<Disposition, number> {
  const counts: Record<Disposition, number> = { applied: 0, derived: 0, deferred: 0, blocked: 0 };
  for (const c of changes) if (c.disposition !== undefined) counts[c.disposition]++;
  return counts;
}

/** Notes for one change: why it is not applied (and what unblocks it), metadata, migration size. */
function changeNotes(change: PlanChange): string {
  const notes: string[] = [];
  if (change.reason !== undefined) {
    const gatedUpdate = change.reason === 'approval_required' && change.operation !== 'delete';
    const next = gatedUpdate ? GATED_UPDATE_NEXT_STEP : Object.hasOwn(REASON_SENTENCES, change.reason) ? REASON_NEXT_STEPS[change.reason] : undefined;
    const sentence = gatedUpdate ? GATED_UPDATE_SENTENCE : reasonSentence(change.reason);
    notes.push(`${escapeText(sentence)} ${code(change.reason, 60)}${next === undefined ? '' : ` ${escapeText(next)}`}`);
  }
  if (change.metadata_change === 'policy_bindings' || change.binding_change === true) notes.push('policy bindings changed');
  if (change.metadata_change === 'embedding_profile') notes.push('embedding profile changed');
  if (change.disposition === 'derived') notes.push('graph digest follows its schema and queries');
  if (change.migration !== undefined) notes.push(plural(change.migration.steps.length, 'migration step'));
  return notes.join('<br>');
}

/** The change list: one row per change, kept down to the `list` level (rows capped there). */
export function changesSection(changes: readonly PlanChange[], labels: Readonly<Record<Disposition, string>>): Section {
  return optional((level) => {
    if (level === 'headline' || changes.length === 0) return [];
    const rows = changes.map((c) => [
      code(c.resource, 200),
      OPERATION_LABELS[c.operation],
      c.disposition === undefined ? '' : labels[c.disposition],
      level === 'list' ? (c.reason === undefined ? '' : code(c.reason, 60)) : changeNotes(c),
    ]);
    return [line(`#### Changes (${changes.length})`), table(['Resource', 'Change', 'Disposition', level === 'list' ? 'Reason' : 'Notes'], rows, 'changes')];
  });
}

export function schemaUpdates(changes: readonly PlanChange[]): PlanChange[] {
  return changes.filter((c) => c.operation === 'update' && c.resource.startsWith('schema.'));
}

export function destructiveSummary(changes: readonly PlanChange[]): { deletes: string[]; drops: string[] } {
  return {
    deletes: changes.filter((c) => c.operation === 'delete').map((c) => c.resource),
    drops: changes.filter((c) => c.migration?.steps.some(isDestructiveStep) === true).map((c) => c.resource),
  };
}

/**
 * The migration preview per schema update: a step table (with the raw step JSON folded under
 * it at full detail), one line per schema at `no-steps`, nothing below that. A preview that
 * could not be made is always said, never silently dropped.
 */
export function migrationSection(changes: readonly PlanChange[], diagnostics: readonly Diagnostic[]): Section {
  const updates = schemaUpdates(changes);
  const unavailable = new Map(diagnostics.filter((d) => d.code === 'schema_preview_unavailable').map((d) => [d.path, d.message]));
  return optional((level) => {
    if (updates.length === 0 || level === 'list' || level === 'headline') return [];
    const blocks: Block[] = [line('#### Schema migrations')];
    for (const change of updates) {
      const name = code(change.resource, 200);
      const migration = change.migration;
      if (migration === undefined) {
        const why = unavailable.get(change.resource);
        blocks.push(line(`${name}: ⚠️ preview unavailable${why === undefined ? '' : `: ${escapeText(why, 1000)}`}`));
        continue;
      }
      const destructive = migration.steps.filter(isDestructiveStep).length;
      const flags = [migration.supported ? '' : ' · ⛔ **unsupported**', destructive > 0 ? ` · ⚠️ ${destructive} destructive` : ''].join('');
      const head = `${name}: ${plural(migration.steps.length, 'step')}${flags}`;
      if (level === 'no-steps' || migration.steps.length === 0) {
        blocks.push(line(migration.steps.length === 0 ? `${name}: no schema steps (digest-only change)` : head));
        continue;
      }
      blocks.push(line(head));
      const rows = migration.steps.map((step, i) => {
        const mark = step.kind === 'unsupported_change' ? '⛔ ' : isDestructiveStep(step) ? '⚠️ ' : '';
        return [String(i + 1), `${mark}${escapeText(describeStep(step), 1000)}`];
      });
      blocks.push(table(['#', 'Step'], rows, 'steps'));
      if (level === 'full') blocks.push(details('Step JSON', [codeBlock(migration.steps.map((s) => toCompactJson(s)).join('\n'), 'json')]));
    }
    return blocks;
  });
}

/** Blast radius: what depends on each change. Folded when shrinking, gone at `list`. */
export function blastRadiusSection(radius: readonly BlastRadius[]): Section {
  return optional((level) => {
    if (radius.length === 0 || level === 'list' || level === 'headline') return [];
    const rows = radius.map((r) => [code(r.resource, 200), nameList(r.affected)]);
    const t = table(['Change', 'Affects'], rows, 'entries');
    return level === 'full' ? [line('#### Blast radius'), t] : [details(`Blast radius (${radius.length})`, [t])];
  });
}

function gateStatus(gate: ApprovalGate): string {
  if (gate.satisfied === true) return '✅ approved';
  return '⏳ pending';
}

/** Approval gates and their state; kept down to `list`. */
export function approvalsSection(gates: readonly ApprovalGate[], stale: ReadonlySet<string>): Section {
  return optional((level) => {
    if (gates.length === 0 || level === 'headline') return [];
    const rows = gates.map((g) => [
      code(g.resource, 200),
      escapeText(g.reason),
      `${gateStatus(g)}${stale.has(g.resource) && g.satisfied !== true ? ' (an earlier approval is stale)' : ''}`,
    ]);
    return [line('#### Approval gates'), table(['Resource', 'Why', 'Status'], rows, 'gates')];
  });
}

/** The pending-approval banner with one exact approve command per gate (bounded). */
export function approvalBanner(gates: readonly ApprovalGate[], ctx: RenderContext): Block[] {
  const waiting = gates.filter((g) => g.satisfied !== true);
  const pending = waiting.map((g) => g.resource);
  if (pending.length === 0) return [];
  // A destructive-gate change is an update or a query delete: apply "runs" it rather than "deletes" it.
  const gatedStep = (g: ApprovalGate) => g.reason === DESTRUCTIVE_QUERY_REASON || g.reason.startsWith(DESTRUCTIVE_MIGRATION_PREFIX);
  const verb = waiting.some(gatedStep) ? 'runs' : 'deletes';
  const commands = pending.slice(0, BANNER_NAMES).map((r) => approveCommand(ctx, r));
  if (pending.length > BANNER_NAMES) commands.push(`# ... and ${pending.length - BANNER_NAMES} more (see the approval gates)`);
  return [
    line(`> ⏳ **${plural(pending.length, 'approval')} needed** before apply ${verb} ${nameList(pending)}. Approve with (an approval binds to this config; any later edit makes it stale):`),
    codeBlock(commands.join('\n'), 'sh'),
  ];
}
