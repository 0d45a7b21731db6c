import type { PlanOutput, RefreshOutput, StatusOutput } from '../../engine/model/outputs.js';
import type { RenderContext } from '../kinds.js';
import { line, type Doc } from '../markup/blocks.js';
import { essential, heading, nameList, restNote } from './common.js';
import { planDoc } from './plan-comment.js';
import { statusDoc } from './state-summary.js';
import { driftedResources, isDrifted } from '../pr/drift.js';

/** What a scheduled drift check ran: status first, then optionally refresh and a plan. */
export interface DriftParts {
  readonly status?: StatusOutput;
  readonly refresh?: RefreshOutput;
  readonly plan?: PlanOutput;
}

/** Drift as pr/drift.ts defines it, on the latest ledger view (refresh over status). */
export function driftDetected(parts: DriftParts): boolean {
  return isDrifted((parts.refresh ?? parts.status)?.resource_statuses, parts.plan);
}

/** The drift report (job summary and drift issue body): a verdict, then each part in full. */
export function driftDoc(parts: DriftParts, ctx: RenderContext, marker: string | undefined): Doc {
  const ledger = parts.refresh ?? parts.status;
  const drifted = ledger === undefined ? [] : driftedResources(ledger.resource_statuses);
  const pending = parts.plan?.changes.map((c) => c.resource) ?? [];
  const verdict = essential(() => {
    if (!driftDetected(parts)) return [...heading('✅', 'No drift', ctx)];
    const blocks = [...heading('🌊', 'Drift detected', ctx)];
    if (drifted.length > 0) blocks.push(line(`> Live state differs for ${nameList(drifted)}.`));
    if (pending.length > 0) blocks.push(line(`> The config has ${pending.length} unapplied change(s): ${nameList(pending)}.`));
    return blocks;
  });
  const sections = [verdict];
  for (const doc of [ledger === undefined ? undefined : statusDoc(ledger, ctx, undefined), parts.plan === undefined ? undefined : planDoc(parts.plan, ctx, undefined)]) {
    if (doc !== undefined) sections.push(...doc.sections);
  }
  const minimal = driftDetected(parts) ? '### 🌊 Drift detected' : '### ✅ No drift';
  return { marker, minimal, rest: restNote(ctx, 'status'), sections };
}
