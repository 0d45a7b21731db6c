/**
 * What the reviewer saw, per change, so a refused apply can list exactly which changes differ
 * (the marker's fingerprint only says *that* something differs). Each change is reduced to a
 * short hash of the same fields the plan fingerprint covers; volatile fields never enter.
 */
import { sha256hex } from '../base/hash.js';
import { toCompactJson } from '../base/json.js';
import type { PlanChange, PlanOutput } from '../engine/model/outputs.js';

export type ReviewRecord = Readonly<Record<string, string>>;

/** Beyond this the record would crowd the comment budget; the refusal then lists no detail. */
const MAX_RECORD_BYTES = 20_000;
const PREFIX = '<!-- omnigraph-cluster:review ';

export function changeKey(change: PlanChange): string {
  const inputs = {
    operation: change.operation,
    before_digest: change.before_digest ?? null,
    after_digest: change.after_digest ?? null,
    disposition: change.disposition ?? null,
    reason: change.reason ?? null,
    migration: change.migration ?? null,
  };
  return sha256hex(toCompactJson(inputs)).slice(0, 16);
}

export function reviewRecord(plan: PlanOutput): ReviewRecord {
  const record: Record<string, string> = {};
  for (const change of plan.changes) record[change.resource] = changeKey(change);
  return record;
}

/** A hidden HTML comment, or '' when the record is too big to carry. */
export function formatReviewRecord(record: ReviewRecord): string {
  // `--` cannot appear in addresses or hex, so the JSON cannot close the HTML comment early.
  const line = `${PREFIX}${JSON.stringify(record)} -->`;
  return Buffer.byteLength(line, 'utf8') <= MAX_RECORD_BYTES && !line.slice(PREFIX.length, -4).includes('--') ? line : '';
}

export function parseReviewRecord(body: string): ReviewRecord | null {
  const start = body.indexOf(PREFIX);
  if (start < 0) return null;
  const end = body.indexOf(' -->', start);
  if (end < 0) return null;
  try {
    const parsed: unknown = JSON.parse(body.slice(start + PREFIX.length, end));
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return null;
    const entries = Object.entries(parsed as Record<string, unknown>);
    return entries.every(([, v]) => typeof v === 'string') ? Object.fromEntries(entries as [string, string][]) : null;
  } catch {
    return null;
  }
}

/** Human lines naming every change that differs between the review and now. */
export function describeDifferences(reviewed: ReviewRecord | null, current: PlanOutput): string[] {
  if (reviewed === null) return ['the reviewed plan is too large to compare change by change; re-run the plan on the pull request to see it'];
  const now = reviewRecord(current);
  const lines: string[] = [];
  const operations = new Map(current.changes.map((c) => [c.resource, c.operation]));
  for (const address of [...new Set([...Object.keys(reviewed), ...Object.keys(now)])].sort()) {
    const before = reviewed[address];
    const after = now[address];
    if (before === after) continue;
    if (before === undefined) lines.push(`\`${address}\`: new since review (${operations.get(address) ?? 'change'})`);
    else if (after === undefined) lines.push(`\`${address}\`: reviewed but no longer planned`);
    else lines.push(`\`${address}\`: planned differently than reviewed (${operations.get(address) ?? 'change'})`);
  }
  if (lines.length === 0) lines.push('the changes match; the configuration digest or the approval gates differ');
  return lines;
}
