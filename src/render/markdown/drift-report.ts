import type { PlanChange, PlanOutput, RefreshOutput, ResourceStatus, StatusOutput } from '../../engine/model/outputs.js';
import type { RenderContext } from '../kinds.js';
import { codeBlock, line, table, type Block, type Doc } from '../markup/blocks.js';
import { code, escapeText, safeUrl } from '../markup/escape.js';
import { driftedResources, isDrifted, unobservedResources } from '../pr/drift.js';
import { cliCommand, essential, heading, optional, plural, restNote } from './common.js';
import { OPERATION_WORDS, PLAN_DISPOSITION_LABELS, reasonSentence } from './reasons.js';

/** What a scheduled drift check ran: status first, then optionally refresh and a plan. */
export interface DriftParts {
  readonly status?: StatusOutput;
  readonly refresh?: RefreshOutput;
  readonly plan?: PlanOutput;
}

/** What the report knows beyond the outputs. */
export interface DriftReportExtra {
  /** When this drift was first detected (ISO 8601), carried across runs by the drift issue. */
  readonly since?: string;
  /** The run compared the recorded ledger only (`drift-refresh: false`): live graphs were not observed. */
  readonly readOnly?: boolean;
}

/** Drift as pr/drift.ts defines it, on the latest ledger view (refresh over status). */
export function driftDetected(parts: DriftParts): boolean {
  return isDrifted((parts.refresh ?? parts.status)?.resource_statuses, parts.plan);
}

/** A drift condition in words, and what repairs it. Unknown conditions show their code. */
const CONDITIONS: Readonly<Record<string, { readonly what: string; readonly fix: string }>> = {
  graph_missing: {
    what: 'graph root missing',
    fix: 'The graph root is gone from storage (deleted, moved, or the storage root changed). Restore it if its data matters; apply re-creates it empty.',
  },
  schema_mismatch: {
    what: 'schema differs',
    fix: 'The live schema is not the configured one. Apply migrates it back; if the live schema is the one you want, change the config to match in a pull request.',
  },
  payload_missing: { what: 'payload missing', fix: 'A published payload is gone. Apply republishes it from the config.' },
  payload_mismatch: { what: 'payload differs', fix: 'A published payload was changed outside the cluster. Apply republishes it from the config.' },
};

const PENDING_FIX = 'The config has changes the cluster never received (a failed or partial apply, or a merge the apply workflow did not run for).';

function conditionsOf(status: ResourceStatus): readonly string[] {
  return status.conditions !== undefined && status.conditions.length > 0 ? status.conditions : ['drifted'];
}

/**
 * The drift report (job summary and drift issue body): the verdict and since when, what drifted
 * and why, the changes the config still has pending, and what fixes it. It is not a plan comment:
 * nothing here is reviewed or merged, so it carries no merge footer.
 */
export function driftDoc(parts: DriftParts, ctx: RenderContext, marker: string | undefined, extra: DriftReportExtra = {}): Doc {
  const ledger = parts.refresh ?? parts.status;
  const statuses = ledger?.resource_statuses ?? {};
  const drifted = driftedResources(statuses);
  const unobserved = unobservedResources(statuses);
  const pending = parts.plan?.changes ?? [];
  const detected = driftDetected(parts);
  const conditions = [...new Set(drifted.flatMap((address) => conditionsOf(statuses[address] as ResourceStatus)))];

  const verdict = essential(() => {
    if (!detected) return [...heading('✅', 'No drift', ctx), ...checkedLine(ctx, extra, false)];
    const counts = [drifted.length > 0 ? `${plural(drifted.length, 'resource')} drifted` : '', pending.length > 0 ? `${plural(pending.length, 'change')} not applied` : '']
      .filter((s) => s !== '')
      .join(' · ');
    return [...heading('🌊', 'Drift detected', ctx), line(counts), ...checkedLine(ctx, extra, true)];
  });
  const sections = [verdict];
  if (extra.readOnly === true) {
    sections.push(
      essential(() => [
        line(
          `> ℹ️ Read-only check (\`drift-refresh: false\`): the recorded ledger and the config were compared, the live graphs were not observed. Run ${code(cliCommand(ctx, 'refresh'), 400)} to record their state.`,
        ),
      ]),
    );
  }
  if (drifted.length > 0) {
    sections.push(
      optional((level) => {
        if (level === 'headline') return [];
        const rows = drifted.map((address) => {
          const status = statuses[address] as ResourceStatus;
          const what = conditionsOf(status).map((c) => CONDITIONS[c]?.what ?? c);
          return [code(address, 200), escapeText(what.join(', '), 200), escapeText(status.message ?? '', 500)];
        });
        return [line(`#### What drifted (${drifted.length})`), table(['Resource', 'What', 'Detail'], rows, 'resources')];
      }),
    );
  }
  if (pending.length > 0) {
    sections.push(
      optional((level) => {
        if (level === 'headline') return [];
        const head = [line(`#### Not applied yet (${pending.length})`)];
        if (drifted.length > 0) head.push(line('What apply would change now: the repair of the drift above, and any config change not applied yet.'));
        return [...head, table(['Resource', 'Change', 'Disposition'], pending.map(pendingRow), 'changes')];
      }),
    );
  }
  if (unobserved.length > 0) {
    sections.push(
      optional((level) => {
        if (level === 'headline') return [];
        const rows = unobserved.map((address) => [code(address, 200), escapeText((statuses[address] as ResourceStatus).message ?? '', 500)]);
        return [line(`#### Could not observe (${unobserved.length})`), line('Not counted as drift: an observation that failed proves nothing about the live state.'), table(['Resource', 'Error'], rows, 'resources')];
      }),
    );
  }
  // Pending changes that only repair the drift need no explanation of their own.
  if (detected) sections.push(essential(() => fixBlocks(ctx, conditions, pending.length > 0 && drifted.length === 0)));
  const minimal = detected ? '### 🌊 Drift detected' : '### ✅ No drift';
  return { marker, minimal, rest: restNote(ctx, 'status'), sections };
}

function checkedLine(ctx: RenderContext, extra: DriftReportExtra, detected: boolean): Block[] {
  const url = safeUrl(ctx.runUrl);
  const by = url === null ? '' : `checked by [this run](${url})`;
  const since = detected && extra.since !== undefined ? `drifting since ${escapeText(readableInstant(extra.since), 40)}` : '';
  const text = [since, by].filter((s) => s !== '').join(' · ');
  return text === '' ? [] : [line(`<sub>${text.charAt(0).toUpperCase()}${text.slice(1)}</sub>`)];
}

/** `2026-11-28T06:00:00.000Z` → `2026-11-28 06:00:00 UTC`. */
function readableInstant(iso: string): string {
  return iso.replace('T', ' ').replace(/(\.\d+)?Z$/, ' UTC');
}

function pendingRow(change: PlanChange): string[] {
  const disposition = change.disposition === undefined ? '' : PLAN_DISPOSITION_LABELS[change.disposition];
  const why = change.reason === undefined || change.disposition === 'applied' ? '' : ` — ${escapeText(reasonSentence(change.reason), 300)}`;
  return [code(change.resource, 200), OPERATION_WORDS[change.operation].toLowerCase(), `${disposition}${why}`];
}

function fixBlocks(ctx: RenderContext, conditions: readonly string[], pending: boolean): Block[] {
  const reasons = conditions.map((c) => CONDITIONS[c]?.fix ?? `Condition ${c}: see the ledger with ${cliCommand(ctx, 'status')}.`);
  if (pending) reasons.push(PENDING_FIX);
  return [
    line('#### How to fix'),
    line(reasons.map((r) => `- ${escapeText(r, 400)}`).join('\n')),
    line(
      'Repair it through review: open a pull request (an empty commit will do when the config is right) so the plan is reviewed, then merge; the apply workflow applies it. Or, with the state credentials:',
    ),
    codeBlock([cliCommand(ctx, 'plan'), cliCommand(ctx, 'apply')].join('\n'), 'sh'),
    line('This issue closes itself on the first scheduled check that finds no drift.'),
  ];
}
