import { isConfigCode, type Diagnostic } from '../../engine/diagnostics/index.js';
import type { PlanOutput } from '../../engine/model/outputs.js';
import type { RenderContext } from '../kinds.js';
import { line, type Block, type Doc, type Level } from '../markup/blocks.js';
import { code, escapeText, wrapCode } from '../markup/escape.js';
import {
  approvalBanner,
  blastRadiusSection,
  changesSection,
  destructiveSummary,
  dispositionCounts,
  migrationSection,
  operationCounts,
} from './change-panels.js';
import {
  BANNER_NAMES,
  cliCommand,
  minimalLine,
  countsBySeverity,
  diagnosticsSection,
  essential,
  footerSection,
  hasCode,
  heading,
  nameList,
  optional,
  plural,
  restNote,
  sharedBanners,
} from './common.js';
import { describeStep, isDestructiveStep } from './describe-step.js';
import { PLAN_DISPOSITION_LABELS, REASON_NEXT_STEPS, reasonSentence } from './reasons.js';

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

/** True when the plan ran against no ledger: nothing it lists can be applied before a bootstrap. */
function noLedger(out: PlanOutput): boolean {
  return out.ok && !out.state_observations.state_found;
}

function planTitle(out: PlanOutput): [string, string] {
  const ops = operationCounts(out.changes);
  if (hasCode(out.diagnostics, 'state_lock_held')) return ['🔒', 'Plan not run: state locked'];
  if (!out.ok) return isInvalidConfig(out.diagnostics) ? ['❌', 'Invalid config'] : ['❌', 'Plan failed'];
  if (noLedger(out)) return ['📭', out.changes.length === 0 ? 'No state yet' : `No state yet: ${plural(out.changes.length, 'change')} pending bootstrap`];
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
  if (out.changes.length > 0 && noLedger(out)) {
    const ops = operationCounts(out.changes);
    parts.unshift(`**${out.changes.length}** pending bootstrap (${ops.create} to create · ${ops.update} to update · ${ops.delete} to delete against an empty ledger)`);
  } else if (out.changes.length > 0) {
    parts.unshift(`**${d.applied}** will apply · **${d.derived}** derived · **${d.deferred}** deferred · **${d.blocked}** blocked`);
  }
  return parts.join(' — ');
}

/** Destructive changes first: deletes, then each data-losing migration step (bounded). */
function destructiveBanner(out: PlanOutput): Block[] {
  const { deletes, drops } = destructiveSummary(out.changes);
  if (deletes.length === 0 && drops.length === 0) return [];
  const items: string[] = [];
  if (deletes.length > 0) items.push(`> - deletes ${nameList(deletes)}`);
  const steps = out.changes.flatMap((c) => (c.migration?.steps ?? []).filter(isDestructiveStep).map((s) => `> - ${wrapCode(c.resource, 200)}: ${escapeText(describeStep(s), 300)}`));
  items.push(...steps.slice(0, BANNER_NAMES));
  if (steps.length > BANNER_NAMES) items.push(`> - …and ${steps.length - BANNER_NAMES} more destructive steps (see the migrations)`);
  return [line(['> ⚠️ **Destructive**: data or definitions may be lost.', '>', ...items].join('\n'))];
}

/** Blocked changes grouped by reason, each reason said once with what unblocks it. */
function blockedBanner(out: PlanOutput): Block[] {
  const blocked = out.changes.filter((c) => c.disposition === 'blocked');
  if (blocked.length === 0) return [];
  const byReason = new Map<string, string[]>();
  for (const c of blocked) {
    const key = c.reason ?? '';
    byReason.set(key, [...(byReason.get(key) ?? []), c.resource]);
  }
  const items = [...byReason.entries()].map(([reason, names]) => {
    const next = Object.hasOwn(REASON_NEXT_STEPS, reason) ? REASON_NEXT_STEPS[reason as keyof typeof REASON_NEXT_STEPS] : undefined;
    // The approval banner right below says what to do; here the reason is enough.
    const pendingGate = reason === 'approval_required' && out.approvals_required.some((g) => g.satisfied !== true);
    const why = reason === '' ? '' : pendingGate ? ': waiting for the approval below.' : `: ${escapeText(reasonSentence(reason))}${next === undefined ? '' : ` ${escapeText(next)}`}`;
    return `> - ${nameList(names)}${reason === '' ? '' : ` ${code(reason, 60)}`}${why}`;
  });
  return [line([`> ⛔ **${blocked.length} blocked**: apply will not run ${blocked.length === 1 ? 'it' : 'them'}.`, '>', ...items].join('\n'))];
}

function noLedgerBanner(out: PlanOutput, ctx: RenderContext): Block[] {
  if (!noLedger(out)) return [];
  return [
    line(
      `> 📭 **No state yet**: this cluster has no state ledger, so apply stops with ${code('state_missing')} and nothing below is applied as shown. ` +
        `Bootstrap it once with ${code(cliCommand(ctx, 'import'), 400)} against the cluster's storage (or set ${code('bootstrap-state: true')} on the apply workflow); ` +
        'import records the graphs that already exist, so the plan after it may list fewer creates.',
    ),
  ];
}

function planBanners(out: PlanOutput, ctx: RenderContext, level: Level): Block[] {
  const blocks: Block[] = [];
  // The diagnostics panel lists every error; only the headline level (no panel) repeats them here.
  const detail = level === 'headline';
  if (!out.ok && isInvalidConfig(out.diagnostics)) {
    const n = plural(countsBySeverity(out.diagnostics).errors, 'error');
    blocks.push(...(detail ? firstErrors(out.diagnostics, '❌ **Invalid config**: nothing was planned. Fix these and push again:') : [line(`> ❌ **Invalid config**: nothing was planned. Fix the ${n} below and push again.`)]));
  } else if (!out.ok && !hasCode(out.diagnostics, 'state_lock_held')) {
    blocks.push(...(detail ? firstErrors(out.diagnostics, '❌ **Plan failed**:') : [line('> ❌ **Plan failed**: see the diagnostics below.')]));
  }
  blocks.push(...sharedBanners(out.diagnostics, out.state_observations, ctx));
  blocks.push(...noLedgerBanner(out, ctx));
  blocks.push(...destructiveBanner(out));
  blocks.push(...blockedBanner(out));
  const stale = new Set(out.diagnostics.filter((d) => d.code === 'approval_stale').map((d) => d.path));
  blocks.push(...approvalBanner(out.approvals_required, stale, ctx));
  const unavailable = out.diagnostics.filter((d) => d.code === 'schema_preview_unavailable').map((d) => d.path);
  if (unavailable.length > 0) blocks.push(line(`> ⚠️ **Migration preview unavailable** for ${nameList(unavailable)}; the migration is checked again at apply.`));
  return blocks;
}

function nextStepsSection(out: PlanOutput): ReturnType<typeof optional> {
  return optional((level) => {
    if (!out.ok || out.changes.length === 0 || noLedger(out) || (level !== 'full' && level !== 'collapsed')) return [];
    return [
      line(
        '<sub>On merge the action re-plans under the state lock and applies only if the result still matches this plan (same fingerprint); otherwise it stops and shows what changed.</sub>',
      ),
    ];
  });
}

/**
 * The plan document, in the order a reviewer decides: headline and counts, then what is
 * destructive, blocked or waiting for approval, then the migration preview, the change list
 * (grouped by graph), the blast radius and the diagnostics.
 */
export function planDoc(out: PlanOutput, ctx: RenderContext, marker: string | undefined): Doc {
  const [emoji, title] = planTitle(out);
  const labels = noLedger(out) ? { ...PLAN_DISPOSITION_LABELS, applied: '⏳ pending bootstrap' } : PLAN_DISPOSITION_LABELS;
  return {
    marker,
    minimal: minimalLine(emoji, title, countsLine(out)),
    rest: restNote(ctx, 'plan'),
    sections: [
      essential((level) => [...heading(emoji, title, ctx), line(countsLine(out)), ...planBanners(out, ctx, level)]),
      migrationSection(out.changes, out.diagnostics),
      // The blocked banner explains the reasons of blocked changes; the legend says the rest.
      changesSection(out.changes, labels, new Set(out.changes.filter((c) => c.disposition === 'blocked' && c.reason !== undefined).map((c) => c.reason as string))),
      blastRadiusSection(out.blast_radius),
      diagnosticsSection(out.diagnostics, ctx),
      nextStepsSection(out),
      footerSection(out.state_observations, ctx),
    ],
  };
}
