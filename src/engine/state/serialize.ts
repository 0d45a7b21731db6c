import { sortedRecord, toPrettyJson } from '../../base/json.js';
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
      resources: mapValues(state.applied_revision.resources, entryJson),
    },
    resource_statuses: mapValues(state.resource_statuses, statusJson),
    approval_records: sortedRecord(state.approval_records),
    recovery_records: sortedRecord(state.recovery_records),
    observations: sortedRecord(state.observations),
  })}\n`;
}

function mapValues<T, U>(record: Record<string, T>, f: (v: T) => U): Record<string, U> {
  return sortedRecord(Object.fromEntries(Object.entries(record).map(([k, v]) => [k, f(v)])));
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
