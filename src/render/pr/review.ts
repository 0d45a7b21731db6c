import { sha256hex, sha256hexOfPieces } from '../../base/hash.js';
import { F64, compareBytes, sortBytewise, toCompactJson, type JsonValue } from '../../base/json.js';
import type { PlanChange, PlanOutput } from '../../engine/model/outputs.js';
import { code } from '../markup/escape.js';
import { formatHidden, parseHidden } from './hidden.js';

/**
 * What a reviewer approved when they approved a plan (docs/action.md#apply-bound-to-the-reviewed-plan), in one projection
 * shared by the plan fingerprint and the per-change review record: the desired config digest,
 * every change's address, operation, digests, disposition, reason and migration (plus the
 * metadata flags, which say what an update with equal digests changes), and the approval gates.
 * Never the state revision, CAS, lock or time: `refresh` bumps the revision on every run and
 * must not make a reviewed plan "change".
 */
export interface ReviewedChange {
  readonly resource: string;
  readonly operation: string;
  readonly before_digest: string | null;
  readonly after_digest: string | null;
  readonly disposition: string | null;
  readonly reason: string | null;
  readonly binding_change: boolean;
  readonly metadata_change: string | null;
  readonly migration: JsonValue;
}

export interface ReviewedPlan {
  readonly config_digest: string | null;
  readonly changes: readonly ReviewedChange[];
  readonly approvals: readonly { readonly resource: string; readonly reason: string; readonly satisfied: boolean | null }[];
}

export function reviewedChange(c: PlanChange): ReviewedChange {
  return {
    resource: c.resource,
    operation: c.operation,
    before_digest: c.before_digest ?? null,
    after_digest: c.after_digest ?? null,
    disposition: c.disposition ?? null,
    reason: c.reason ?? null,
    binding_change: c.binding_change === true,
    metadata_change: c.metadata_change ?? null,
    migration: c.migration === undefined ? null : canonical(c.migration as unknown as JsonValue),
  };
}

export function reviewedPlan(plan: PlanOutput): ReviewedPlan {
  const changes = plan.changes.map(reviewedChange).sort((a, b) => compareBytes(a.resource, b.resource) || compareBytes(a.operation, b.operation));
  const approvals = plan.approvals_required
    .map((g) => ({ resource: g.resource, reason: g.reason, satisfied: g.satisfied ?? null }))
    .sort((a, b) => compareBytes(a.resource, b.resource));
  return { config_digest: plan.desired_revision.config_digest ?? null, changes, approvals };
}

/** sha256 (lowercase hex) of the canonical compact JSON of what a review covers. */
export function planFingerprint(plan: PlanOutput): string {
  const reviewed = reviewedPlan(plan);
  return hasPlainFields(reviewed) ? sha256hexOfPieces(canonicalPlanPieces(reviewed)) : sha256hex(canonicalJson(reviewed as unknown as JsonValue));
}

const isText = (v: unknown): boolean => v === null || typeof v === 'string';

/**
 * Whether every field but `migration` has the type the model promises (a string, boolean or
 * null): an output that breaks its types (an object where a name should be) takes the general
 * path, which would sort that object's keys where `canonicalPlanJson` does not.
 */
function hasPlainFields(reviewed: ReviewedPlan): boolean {
  return (
    isText(reviewed.config_digest) &&
    reviewed.changes.every(
      (c) =>
        typeof c.resource === 'string' &&
        typeof c.operation === 'string' &&
        typeof c.binding_change === 'boolean' &&
        isText(c.before_digest) &&
        isText(c.after_digest) &&
        isText(c.disposition) &&
        isText(c.reason) &&
        isText(c.metadata_change),
    ) &&
    reviewed.approvals.every((a) => typeof a.resource === 'string' && typeof a.reason === 'string' && (a.satisfied === null || typeof a.satisfied === 'boolean'))
  );
}

/**
 * `toCompactJson(canonical(reviewed))` without `canonical`: the reviewed projection has fixed
 * keys, so each object is built with its keys already in sorted order (spelled out below), and
 * every field but `migration` is a string, boolean or null, which has no keys to sort.
 * `migration` is already canonical (reviewedChange made it so); toCompactJson still prints its
 * F64 values as `1.0`. Skips the general key sort of every change (issue 22: about a third of a
 * 10,000-change comment's time).
 */
export function canonicalPlanJson(reviewed: ReviewedPlan): string {
  return [...canonicalPlanPieces(reviewed)].join('');
}

/** Changes per piece: about 60 KB of JSON, small enough to encode while still in cache. */
const CHANGES_PER_PIECE = 256;

/**
 * `canonicalPlanJson` in pieces that each end between two JSON values (never inside a string),
 * so the fingerprint hashes them one by one: one 2.5 MB JSON string of a 10,000-change plan cost
 * more to flatten for the hash than to build.
 */
export function* canonicalPlanPieces(reviewed: ReviewedPlan): Generator<string> {
  const approvals = reviewed.approvals.map((a) => ({ reason: a.reason, resource: a.resource, satisfied: a.satisfied }));
  yield `{"approvals":${toCompactJson(approvals)},"changes":[`;
  const { changes } = reviewed;
  for (let start = 0; start < changes.length; start += CHANGES_PER_PIECE) {
    const json = toCompactJson(changes.slice(start, start + CHANGES_PER_PIECE).map(sortedKeys));
    // The array's inner text: its brackets belong to the whole list.
    yield `${start === 0 ? '' : ','}${json.slice(1, -1)}`;
  }
  yield `],"config_digest":${toCompactJson(reviewed.config_digest)}}`;
}

/** A reviewed change with its keys in byte-wise order. */
function sortedKeys(c: ReviewedChange): ReviewedChange {
  return {
    after_digest: c.after_digest,
    before_digest: c.before_digest,
    binding_change: c.binding_change,
    disposition: c.disposition,
    metadata_change: c.metadata_change,
    migration: c.migration,
    operation: c.operation,
    reason: c.reason,
    resource: c.resource,
  };
}

/** The general form of `canonicalPlanJson`, kept as its reference in tests. */
export function canonicalJson(value: JsonValue): string {
  return toCompactJson(canonical(value));
}

/**
 * The review record: per change address, a short hash of its reviewed fields. The marker's
 * fingerprint only says *that* a plan differs; the record lets a refused apply say *which*
 * changes differ without carrying the whole reviewed plan in the comment.
 */
export type ReviewRecord = Readonly<Record<string, string>>;

/** Beyond this the record would crowd the comment budget; the refusal then lists no detail. */
const MAX_RECORD_BYTES = 20_000;
const RECORD_PREFIX = '<!-- omnigraph-cluster:review ';

function changeKey(c: PlanChange): string {
  const { resource: _resource, ...fields } = reviewedChange(c);
  return sha256hex(toCompactJson(fields as unknown as JsonValue)).slice(0, 16);
}

export function reviewRecord(plan: PlanOutput): ReviewRecord {
  const record: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const change of plan.changes) record[change.resource] = changeKey(change);
  return record;
}

/** The record as a hidden HTML comment, or '' when it is too big to carry. */
export function formatReviewRecord(record: ReviewRecord): string {
  const text = formatHidden(RECORD_PREFIX, record);
  return Buffer.byteLength(text, 'utf8') <= MAX_RECORD_BYTES ? text : '';
}

/** The record line of a body we wrote, verbatim ('' when absent), to carry it across rewrites. */
export function reviewRecordLine(body: string): string {
  return body.split('\n').find((l) => l.startsWith(RECORD_PREFIX)) ?? '';
}

export function parseReviewRecord(body: string): ReviewRecord | null {
  const parsed = parseHidden(body, RECORD_PREFIX);
  if (parsed === null || !Object.values(parsed).every((v) => typeof v === 'string')) return null;
  return parsed as Record<string, string>;
}

/** Markdown lines (addresses escaped) naming every change that differs between the review and now. */
export function describeDifferences(reviewed: ReviewRecord | null, current: PlanOutput): string[] {
  // No record: it was too large, or left out so the comment's summary fit its size limit.
  if (reviewed === null) return ['the plan differs from the reviewed one (the comment kept no per-change record to say which changes); re-run the plan on the pull request to see it'];
  const now = reviewRecord(current);
  const operations = new Map(current.changes.map((c) => [c.resource, c.operation]));
  const lines: string[] = [];
  for (const address of sortBytewise([...new Set([...Object.keys(reviewed), ...Object.keys(now)])])) {
    const before = reviewed[address];
    const after = now[address];
    if (before === after) continue;
    const what = code(address, 200);
    if (before === undefined) lines.push(`${what}: new since review (${operations.get(address) ?? 'change'})`);
    else if (after === undefined) lines.push(`${what}: reviewed but no longer planned`);
    else lines.push(`${what}: planned differently than reviewed (${operations.get(address) ?? 'change'})`);
  }
  if (lines.length === 0) lines.push('the changes match; the configuration digest or the approval gates differ');
  return lines;
}

/** Objects with byte-wise sorted keys (undefined dropped), arrays in order: one JSON per value. */
function canonical(value: JsonValue): JsonValue {
  if (value === null || typeof value !== 'object' || value instanceof F64) return value;
  if (Array.isArray(value)) return value.map(canonical);
  const out: { [key: string]: JsonValue } = {};
  for (const key of sortBytewise(Object.keys(value))) {
    const v = value[key];
    if (v !== undefined) out[key] = canonical(v);
  }
  return out;
}
