import type { ApplyOutput, ResourceStatus } from '../../engine/model/outputs.js';
import type { RenderContext } from '../kinds.js';
import { line, table, type Block, type Doc, type Section } from '../markup/blocks.js';
import { code, escapeText } from '../markup/escape.js';
import { changesSection, dispositionCounts } from './change-panels.js';
import { minimalLine, countsBySeverity, diagnosticsSection, essential, footerSection, hasCode, heading, lockHolder, nameList, optional, plural, restNote, sharedBanners } from './common.js';
import { firstErrors, isInvalidConfig } from './plan-comment.js';
import { APPLY_DISPOSITION_LABELS } from './reasons.js';

function applyTitle(out: ApplyOutput): [string, string] {
  const obs = out.state_observations;
  if (hasCode(out.diagnostics, 'state_lock_held')) {
    const since = obs.lock_created_at === undefined ? '' : ` since ${escapeText(obs.lock_created_at, 40)}`;
    const op = obs.lock_operation === undefined ? '' : ` by ${code(obs.lock_operation, 40)}`;
    return ['🔒', `Not applied: state locked${op}${since}`];
  }
  if (hasCode(out.diagnostics, 'state_cas_mismatch')) return ['❌', 'Not applied: state changed concurrently'];
  if (!out.ok && out.changes.length === 0 && isInvalidConfig(out.diagnostics)) return ['❌', 'Not applied: invalid config'];
  if (!out.ok) return out.applied_count > 0 && out.state_written ? ['❌', `Apply failed partway (${out.applied_count} applied, ${out.deferred_count} deferred/blocked)`] : ['❌', 'Apply failed'];
  const held = out.deferred_count;
  if (held > 0) return ['⚠️', `Partially applied (${held} deferred/blocked)`];
  if (!out.converged) return ['⚠️', `Applied, not converged (revision ${obs.state_revision})`];
  if (out.changes.length === 0) return ['✅', `No changes (revision ${obs.state_revision})`];
  return ['✅', `Applied (revision ${obs.state_revision}, converged)`];
}

function countsLine(out: ApplyOutput): string {
  const d = dispositionCounts(out.changes);
  const { errors, warnings } = countsBySeverity(out.diagnostics);
  const actor = out.actor === undefined ? '' : ` — by ${code(out.actor, 80)}`;
  return [
    `**${d.applied}** applied · **${d.derived}** derived · **${d.deferred}** deferred · **${d.blocked}** blocked`,
    `state ${out.state_written ? 'written' : 'not written'}, ${out.converged ? 'converged' : 'not converged'}`,
    `${plural(errors, 'error')}, ${plural(warnings, 'warning')}${actor}`,
  ].join(' — ');
}

function applyBanners(out: ApplyOutput, ctx: RenderContext): Block[] {
  const blocks: Block[] = [];
  if (!out.ok && !hasCode(out.diagnostics, 'state_lock_held', 'state_cas_mismatch')) blocks.push(...firstErrors(out.diagnostics, '❌ **Errors**:'));
  blocks.push(...sharedBanners(out.diagnostics, out.state_observations, ctx));
  const blocked = out.changes.filter((c) => c.disposition === 'blocked').map((c) => c.resource);
  if (blocked.length > 0) blocks.push(line(`> ⛔ **${blocked.length} blocked**: ${nameList(blocked)}.`));
  const waiting = out.changes.filter((c) => c.reason === 'approval_required').map((c) => c.resource);
  if (waiting.length > 0) blocks.push(line(`> ⏳ **Waiting for approval**: ${nameList(waiting)}.`));
  if (out.ok && !out.converged) blocks.push(line('> ⚠️ **Not converged**: state still differs from the config; the next apply picks up the rest.'));
  const holder = lockHolder(out.state_observations);
  if (holder !== null && !hasCode(out.diagnostics, 'state_lock_held')) blocks.push(line(`> 🔒 A lock was observed ${holder}.`));
  return blocks;
}

/** Resource statuses that need attention (not `applied`), as recorded. */
export function statusesSection(statuses: Readonly<Record<string, ResourceStatus>>, title: string): Section {
  return optional((level) => {
    if (level === 'headline') return [];
    const rows = Object.entries(statuses)
      .filter(([, s]) => s.status !== 'applied')
      .map(([address, s]) => [code(address, 200), statusWord(s.status), (s.conditions ?? []).map((c) => code(c, 60)).join(' '), escapeText(s.message ?? '', 500)]);
    if (rows.length === 0) return [];
    return [line(`#### ${title} (${rows.length})`), table(['Resource', 'Status', 'Condition', 'Message'], rows, 'statuses')];
  });
}

export function statusWord(status: ResourceStatus['status']): string {
  switch (status) {
    case 'applied':
      return '✅ applied';
    case 'drifted':
      return '🌊 drifted';
    case 'blocked':
      return '⛔ blocked';
    case 'error':
      return '❌ error';
    case 'pending':
    case 'planned':
    case 'applying':
      return `⏳ ${status}`;
  }
}

/** The apply document (comment status update and job summary). */
export function applyDoc(out: ApplyOutput, ctx: RenderContext, marker: string | undefined): Doc {
  const [emoji, title] = applyTitle(out);
  return {
    marker,
    minimal: minimalLine(emoji, title, countsLine(out)),
    rest: restNote(ctx, 'status'),
    sections: [
      essential(() => [...heading(emoji, title, ctx), line(countsLine(out)), ...applyBanners(out, ctx)]),
      changesSection(out.changes, APPLY_DISPOSITION_LABELS),
      statusesSection(out.resource_statuses, 'Resources needing attention'),
      diagnosticsSection(out.diagnostics, ctx),
      footerSection(out.state_observations, ctx),
    ],
  };
}
