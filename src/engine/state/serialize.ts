import { F64, sortedRecord, sortedRecordOf, toPrettyJson } from '../../base/json.js';
import type { ClusterState, ResourceEntry, StatusRecord } from './schema.js';

/**
 * The exact bytes of state.json (docs/contract/state.md#writing): fields in docs/contract/state.md#schema order, maps byte-wise sorted, optional
 * entry fields omitted when absent, `config_digest` null when absent, empty `conditions`
 * omitted, 2-space pretty JSON and a trailing newline. Free JSON keeps its own key order.
 */
export function stateText(state: ClusterState): string {
  return `${toPrettyJson({
    version: state.version,
    state_revision: state.state_revision,
    applied_revision: {
      config_digest: state.applied_revision.config_digest ?? null,
      resources: sortedRecordOf(state.applied_revision.resources, entryJson),
    },
    resource_statuses: sortedRecordOf(state.resource_statuses, statusJson),
    approval_records: sortedRecord(state.approval_records),
    recovery_records: sortedRecord(state.recovery_records),
    observations: sortedRecord(state.observations),
  })}\n`;
}

/**
 * True only when `stateText(a) === stateText(b)`, decided without building either text: a no-op
 * apply at 100k resources spent over a second and tens of MB of short-lived strings serializing
 * both ledgers just to find them equal. Each part is compared in the form `stateText` writes it
 * (entries and statuses through the same projections, maps regardless of key order because they
 * are written sorted, free JSON in its own order). Where the outputs could coincide through
 * different values (say `null` and `undefined`), it answers false and the caller compares text.
 */
export function sameStateText(a: ClusterState, b: ClusterState): boolean {
  return (
    a.version === b.version &&
    a.state_revision === b.state_revision &&
    (a.applied_revision.config_digest ?? null) === (b.applied_revision.config_digest ?? null) &&
    sameMap(a.applied_revision.resources, b.applied_revision.resources, (x, y) => sameJson(entryJson(x), entryJson(y))) &&
    sameMap(a.resource_statuses, b.resource_statuses, (x, y) => sameJson(statusJson(x), statusJson(y))) &&
    sameMap(a.approval_records, b.approval_records, sameJson) &&
    sameMap(a.recovery_records, b.recovery_records, sameJson) &&
    sameMap(a.observations, b.observations, sameJson)
  );
}

/**
 * True only when `stateText(a) !== stateText(b)` is certain from the cheap signals alone: the
 * version or config digest, which addresses the ledger and the statuses hold, and each entry's
 * digest and status. An apply that created or deleted anything differs in these, and deciding it
 * here spares building both 20 MB texts at 100k resources just to see them differ. False means
 * only "not certain": the caller then compares text. Every value read here is written verbatim
 * (a finite number, a string, or null in place of an absent config digest), so a difference in
 * it is a difference in the bytes.
 */
export function stateTextsDiffer(a: ClusterState, b: ClusterState): boolean {
  if (Number.isFinite(a.version) && Number.isFinite(b.version) && a.version !== b.version) return true;
  if ((a.applied_revision.config_digest ?? null) !== (b.applied_revision.config_digest ?? null)) return true;
  const entries = (x: ResourceEntry, y: ResourceEntry) => typeof x.digest === 'string' && typeof y.digest === 'string' && x.digest !== y.digest;
  const statuses = (x: StatusRecord, y: StatusRecord) => typeof x.status === 'string' && typeof y.status === 'string' && x.status !== y.status;
  return mapsDiffer(a.applied_revision.resources, b.applied_revision.resources, entries) || mapsDiffer(a.resource_statuses, b.resource_statuses, statuses);
}

/**
 * A key only one map holds (with an object value, which `stateText` always writes), or a shared
 * key whose values `differ` says are certainly written differently.
 */
function mapsDiffer<T>(a: Record<string, T>, b: Record<string, T>, differ: (x: T, y: T) => boolean): boolean {
  const onlyIn = (x: Record<string, T>, y: Record<string, T>) => {
    for (const key of Object.keys(x)) if (!Object.hasOwn(y, key) && isObjectValue(x[key])) return true;
    return false;
  };
  if (onlyIn(a, b) || onlyIn(b, a)) return true;
  for (const key of Object.keys(a)) {
    const x = a[key];
    const y = b[key];
    if (x !== undefined && y !== undefined && isObjectValue(x) && isObjectValue(y) && differ(x, y)) return true;
  }
  return false;
}

const isObjectValue = (v: unknown): boolean => typeof v === 'object' && v !== null;

function sameMap<T>(a: Record<string, T>, b: Record<string, T>, same: (x: T, y: T) => boolean): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) if (!Object.hasOwn(b, key) || !same(a[key] as T, b[key] as T)) return false;
  return true;
}

/** Same JSON text as `toPrettyJson` writes (keys in their own order), or false when unsure. */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a instanceof F64 || b instanceof F64) return a instanceof F64 && b instanceof F64 && a.value === b.value;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((item, i) => sameJson(item, other[i]));
  }
  const keys = Object.keys(a);
  const otherKeys = Object.keys(b);
  if (keys.length !== otherKeys.length) return false;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    if (key !== otherKeys[i] || !sameJson((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false;
  }
  return true;
}


function entryJson(e: ResourceEntry): ResourceEntry {
  const profile = e.embedding_profile;
  const policy = e.external_blob_policy;
  return {
    digest: e.digest,
    applies_to: e.applies_to,
    embedding_provider: e.embedding_provider,
    embedding_profile: profile && { kind: profile.kind, base_url: profile.base_url, model: profile.model, api_key: profile.api_key },
    external_blob_policy: policy && { mode: policy.mode, bases: policy.bases.map((b) => ({ uri: b.uri, scope: b.scope })) },
  };
}

function statusJson(s: StatusRecord): StatusRecord {
  return {
    status: s.status,
    conditions: s.conditions && s.conditions.length > 0 ? s.conditions : undefined,
    message: s.message,
  };
}
