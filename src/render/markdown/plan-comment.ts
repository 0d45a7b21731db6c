import { isConfigCode, type Diagnostic } from '../../engine/diagnostics/index.js';
import type { PlanOutput } from '../../engine/model/outputs.js';
import type { RenderContext } from '../kinds.js';
import { line, type Block, type Doc } from '../markup/blocks.js';
import { code, escapeText } from '../markup/escape.js';
import {
  approvalBanner,
  approvalsSection,
  blastRadiusSection,
  changesSection,
  destructiveSummary,
  dispositionCounts,
  migrationSection,
  operationCounts,
} from './change-panels.js';
import { minimalLine, countsBySeverity, diagnosticsSection, essential, footerSection, hasCode, heading, nameList, optional, plural, restNote, sharedBanners } from './common.js';
import { PLAN_DISPOSITION_LABELS } from './reasons.js';

/** True when every error is a config error: the command stopped before touching state. */
export function isInvalidConfig(diagnostics: readonly Diagnostic[]): boolean {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  return errors.length > 0 && errors.every((d) => isConfigCode(d.code));
}

/** First few errors, for banners that must explain a failure on their own. */
export function firstErrors(diagnostics: readonly Diagnostic[], lead: string, max = 3): Block[] {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const items = errors.slice(0, max).map((d) => `> - ${code(d.code, 60)} ${code(d.path, 120)}: ${escapeText(d.message, 300)}`);
  if (errors.length > max) items.push(`> - …and ${errors.length - max} more`);
  // One block: the lead and its items stay one blockquote.
  return [line([`> ${lead}`, ...(items.length > 0 ? ['>', ...items] : [])].join('\n'))];
}

function planTitle(out: PlanOutput): [string, string] {
  const ops = operationCounts(out.changes);
  if (hasCode(out.diagnostics, 'state_lock_held')) return ['🔒', 'Plan not run: state locked'];
  if (!out.ok) return isInvalidConfig(out.diagnostics) ? ['❌', 'Invalid config'] : ['❌', 'Plan failed'];
  if (out.changes.length === 0) return ['✅', 'No changes'];
  const disp = dispositionCounts(out.changes);
  const pending = out.approvals_required.some((g) => g.satisfied !== true);
  const emoji = disp.blocked > 0 ? '⛔' : pending ? '⏳' : '📝';
  return [emoji, `Plan: ${ops.create} to create · ${ops.update} to update · ${ops.delete} to delete`];
}

function countsLine(out: PlanOutput): string {
  const d = dispositionCounts(out.changes);
  const { errors, warnings } = countsBySeverity(out.diagnostics);
  const gates = out.approvals_required;
  const satisfied = gates.filter((g) => g.satisfied === true).length;
  const parts = [`${plural(errors, 'error')}, ${plural(warnings, 'warning')}`];
  if (gates.length > 0) parts.unshift(`approvals: ${satisfied}/${gates.length} satisfied`);
  if (out.changes.length > 0) parts.unshift(`**${d.applied}** will apply · **${d.derived}** derived · **${d.deferred}** deferred · **${d.blocked}** blocked`);
  return parts.join(' — ');
}

function planBanners(out: PlanOutput, ctx: RenderContext): Block[] {
  const blocks: Block[] = [];
  if (!out.ok && isInvalidConfig(out.diagnostics)) {
    blocks.push(...firstErrors(out.diagnostics, '❌ **Invalid config**: nothing was planned. Fix these and push again:'));
  } else if (!out.ok && !hasCode(out.diagnostics, 'state_lock_held')) {
    blocks.push(...firstErrors(out.diagnostics, '❌ **Plan failed**:'));
  }
  blocks.push(...sharedBanners(out.diagnostics, out.state_observations, ctx));
  const blocked = out.changes.filter((c) => c.disposition === 'blocked').map((c) => c.resource);
  if (blocked.length > 0) blocks.push(line(`> ⛔ **${blocked.length} blocked**: ${nameList(blocked)}. Apply will not run ${blocked.length === 1 ? 'it' : 'them'}; see the reasons below.`));
  const { deletes, drops } = destructiveSummary(out.changes);
  if (deletes.length > 0 || drops.length > 0) {
    const parts = [deletes.length > 0 ? `deletes ${nameList(deletes)}` : '', drops.length > 0 ? `drops schema members in ${nameList(drops)}` : ''];
    blocks.push(line(`> ⚠️ **Destructive**: ${parts.filter((p) => p !== '').join('; ')}.`));
  }
  blocks.push(...approvalBanner(out.approvals_required, ctx));
  const stale = out.diagnostics.filter((d) => d.code === 'approval_stale').map((d) => d.path);
  if (stale.length > 0) blocks.push(line(`> ⚠️ **Approval stale** for ${nameList(stale)}: the config changed after approval; approve again.`));
  const unavailable = out.diagnostics.filter((d) => d.code === 'schema_preview_unavailable').map((d) => d.path);
  if (unavailable.length > 0) blocks.push(line(`> ⚠️ **Migration preview unavailable** for ${nameList(unavailable)}; the migration is checked again at apply.`));
  return blocks;
}

function nextStepsSection(out: PlanOutput): ReturnType<typeof optional> {
  return optional((level) => {
    if (!out.ok || out.changes.length === 0 || (level !== 'full' && level !== 'collapsed')) return [];
    return [
      line(
        '<sub>On merge the action re-plans under the state lock and applies only if the result still matches this plan (same fingerprint); otherwise it stops and shows what changed.</sub>',
      ),
    ];
  });
}

/** The plan document: headline, change list, migrations, blast radius, gates, diagnostics. */
export function planDoc(out: PlanOutput, ctx: RenderContext, marker: string | undefined): Doc {
  const stale = new Set(out.diagnostics.filter((d) => d.code === 'approval_stale').map((d) => d.path));
  const [emoji, title] = planTitle(out);
  return {
    marker,
    minimal: minimalLine(emoji, title, countsLine(out)),
    rest: restNote(ctx, 'plan'),
    sections: [
      essential(() => [...heading(emoji, title, ctx), line(countsLine(out)), ...planBanners(out, ctx)]),
      changesSection(out.changes, PLAN_DISPOSITION_LABELS),
      migrationSection(out.changes, out.diagnostics),
      approvalsSection(out.approvals_required, stale),
      blastRadiusSection(out.blast_radius),
      diagnosticsSection(out.diagnostics),
      nextStepsSection(out),
      footerSection(out.state_observations, ctx),
    ],
  };
}
