/**
 * The diagnostic catalogue (docs/contract/diagnostics.md, plus the codes marked "ours"): every code
 * with the stage that raises it, a short title, and (ours, optional) a hint saying what to do.
 * Renderers, annotations and the action's failure reasons all read this one table. The JSON
 * `message` of a diagnostic keeps the reference's text; the hint is only ever shown beside it.
 * Names are permanent: tests, renderers and users match on them. Add, never rename; one entry
 * per line so concurrent additions merge cleanly.
 */

/**
 * Where a code comes from. `config` codes mean the command stopped before touching state (the
 * action reports them as `validation-failed`, the plan comment as "invalid config").
 */
export type DiagnosticStage = 'config' | 'state' | 'lock' | 'plan' | 'apply' | 'recovery' | 'approval' | 'payload' | 'engine';

export interface DiagnosticInfo {
  readonly stage: DiagnosticStage;
  readonly title: string;
  readonly hint?: string;
}

export const DIAGNOSTIC_CODES = {
  // config parse (docs/contract/config.md#parse-pipeline)
  config_dir_not_found: { stage: 'config', title: 'config directory not found' },
  cluster_config_read_error: { stage: 'config', title: 'cluster.yaml unreadable' },
  duplicate_yaml_key: { stage: 'config', title: 'duplicate YAML key' },
  future_phase_field: { stage: 'config', title: 'reserved top-level key' },
  removed_streaming_declaration: { stage: 'config', title: 'removed `streaming` key' },
  invalid_cluster_yaml: { stage: 'config', title: 'cluster.yaml does not parse' },
  unsupported_cluster_config_version: { stage: 'config', title: 'unsupported config version' },
  empty_metadata_name: { stage: 'config', title: 'blank metadata.name' },
  unsupported_state_backend: { stage: 'config', title: 'unsupported state backend' },
  invalid_storage_root: { stage: 'config', title: 'invalid storage root' },
  storage_root_invalid: { stage: 'state', title: 'storage root cannot be used' },
  // ours: a config path that leaves the config directory (directly, via `..`, or via a symlink)
  config_path_outside_dir: { stage: 'config', title: 'path leaves the config directory' },
  // ours: `targets` and the action's `config-dir` list (docs/contract/targets.md#patterns)
  target_pattern_invalid: { stage: 'config', title: 'config pattern refused', hint: 'Write patterns relative to the repository root, without `..`.' },
  target_pattern_no_match: { stage: 'config', title: 'config pattern selects no cluster' },
  // resource loading (docs/contract/config.md#loading-order)
  invalid_resource_id: { stage: 'config', title: 'invalid identifier' },
  invalid_embedding_provider: { stage: 'config', title: 'invalid embedding provider' },
  embedding_api_key_inline: { stage: 'config', title: 'inline embedding api_key' },
  embedding_api_key_required: { stage: 'config', title: 'missing embedding api_key' },
  invalid_external_blob_base: { stage: 'config', title: 'invalid external blob base' },
  invalid_external_blob_policy: { stage: 'config', title: 'invalid external blob policy' },
  dangling_embedding_provider_reference: { stage: 'config', title: 'undeclared embedding provider' },
  wrong_kind_reference: { stage: 'config', title: 'reference of the wrong kind' },
  schema_file_missing: { stage: 'config', title: 'schema file unreadable' },
  schema_parse_error: { stage: 'config', title: 'schema does not parse' },
  schema_catalog_error: { stage: 'config', title: 'schema catalog error' },
  query_dir_unreadable: { stage: 'config', title: 'query directory unreadable' },
  query_dir_empty: { stage: 'config', title: 'query directory empty' },
  query_file_missing: { stage: 'config', title: 'query file unreadable' },
  query_parse_error: { stage: 'config', title: 'query does not parse' },
  duplicate_query_name: { stage: 'config', title: 'query declared twice' },
  query_key_mismatch: { stage: 'config', title: 'query name not declared in its file' },
  query_typecheck_error: { stage: 'config', title: 'query type error' },
  query_typecheck_skipped: { stage: 'config', title: 'query type-check skipped' },
  policy_missing_applies_to: { stage: 'config', title: 'policy binds nothing' },
  dangling_graph_reference: { stage: 'config', title: 'undeclared graph' },
  policy_mixed_binding_kinds: { stage: 'config', title: 'policy binds cluster and graphs' },
  duplicate_policy_binding: { stage: 'config', title: 'binding owned twice' },
  policy_file_missing: { stage: 'config', title: 'policy file unreadable' },
  policy_invalid: { stage: 'config', title: 'policy file invalid' },
  external_blob_ingress_default_deny: { stage: 'config', title: 'external blobs denied by default' },
  // state ledger (docs/contract/state.md)
  state_read_error: { stage: 'state', title: 'state unreadable' },
  invalid_state_json: { stage: 'state', title: 'state does not parse' },
  unsupported_state_version: { stage: 'state', title: 'unsupported state version' },
  conflicting_graph_manifest_observation: { stage: 'state', title: 'conflicting manifest observation' },
  state_write_error: { stage: 'state', title: 'state write failed' },
  state_cas_mismatch: { stage: 'state', title: 'state changed concurrently', hint: 'State changed while this command ran; re-run it against the latest state.' },
  state_missing: { stage: 'state', title: 'no state ledger', hint: 'No state ledger yet: run `omnigraph-cluster import --config <dir>` once (or set `bootstrap-state` on the apply workflow).' },
  state_already_exists: { stage: 'state', title: 'state already exists', hint: 'State already exists: run `omnigraph-cluster refresh --config <dir>` instead of `import`.' },
  // lock (docs/contract/lock.md)
  state_lock_held: { stage: 'lock', title: 'state lock held', hint: 'Another cluster command holds the state lock; wait for it, or run `omnigraph-cluster force-unlock <lock-id> --config <dir>` once you are sure it is not running.' },
  state_lock_error: { stage: 'lock', title: 'state lock failure' },
  state_lock_missing: { stage: 'lock', title: 'no state lock' },
  state_lock_id_mismatch: { stage: 'lock', title: 'lock id mismatch' },
  state_lock_read_error: { stage: 'lock', title: 'state lock unreadable' },
  invalid_state_lock: { stage: 'lock', title: 'state lock does not parse' },
  unsupported_state_lock_version: { stage: 'lock', title: 'unsupported lock version' },
  state_lock_disabled: { stage: 'lock', title: 'state locking disabled', hint: 'Locking is off for this cluster: concurrent commands are not fenced.' },
  // plan / apply (docs/contract/diagnostics.md#plan-and-apply-codes)
  schema_preview_unavailable: { stage: 'plan', title: 'migration preview unavailable', hint: 'The migration could not be previewed; it is still planned and will be checked again at apply.' },
  // ours: the engine's migration plan for a schema update has unsupported steps (plan and apply block it)
  schema_migration_unsupported: { stage: 'plan', title: 'schema migration not supported', hint: 'Change the schema so every migration step is supported, or migrate the graph outside the cluster.' },
  apply_approval_invariant_violation: { stage: 'approval', title: 'approval invariant violated' },
  apply_unsupported_change: { stage: 'plan', title: 'change deferred', hint: 'Deferred: not executed in this stage.' },
  apply_dependency_blocked: { stage: 'plan', title: 'change blocked', hint: 'Blocked until its dependency is applied.' },
  graph_create_skipped: { stage: 'apply', title: 'graph create skipped' },
  schema_apply_skipped: { stage: 'apply', title: 'schema apply skipped' },
  graph_delete_skipped: { stage: 'apply', title: 'graph delete skipped' },
  graph_create_failed: { stage: 'apply', title: 'graph create failed' },
  schema_apply_failed: { stage: 'apply', title: 'schema apply failed' },
  resource_content_changed: { stage: 'apply', title: 'source changed during apply', hint: 'A source file changed during apply; re-run apply.' },
  resource_payload_write_error: { stage: 'payload', title: 'payload write failed' },
  recovery_sidecar_write_error: { stage: 'recovery', title: 'recovery sidecar write failed' },
  recovery_sidecar_cleanup_failed: { stage: 'recovery', title: 'recovery sidecar cleanup failed' },
  graph_delete_export_in_progress: { stage: 'apply', title: 'export in progress' },
  graph_delete_failed: { stage: 'apply', title: 'graph delete failed' },
  external_blob_policy_digest_mismatch: { stage: 'state', title: 'ledger graph digest mismatch', hint: 'Restore the state ledger from a trusted copy before retrying.' },
  catalog_payload_missing: { stage: 'payload', title: 'payload missing', hint: 'Re-run apply to republish the payload.' },
  catalog_payload_mismatch: { stage: 'payload', title: 'payload mismatch', hint: 'Re-run apply to republish the payload.' },
  catalog_payload_read_error: { stage: 'payload', title: 'payload unreadable' },
  graph_observation_error: { stage: 'engine', title: 'graph observation failed' },
  cluster_recovery_pending: { stage: 'recovery', title: 'recovery pending', hint: 'An interrupted graph operation is waiting for the next apply to recover it.' },
  cluster_recovery_rolled_forward: { stage: 'recovery', title: 'recovery rolled forward', hint: 'A previously interrupted operation was completed.' },
  graph_create_incomplete: { stage: 'recovery', title: 'graph create incomplete', hint: 'A graph root exists but cannot be opened; remove it and re-run `omnigraph-cluster apply --config <dir>`.' },
  graph_delete_incomplete: { stage: 'recovery', title: 'graph delete incomplete', hint: 'A graph delete did not finish; re-run apply.' },
  invalid_recovery_sidecar: { stage: 'recovery', title: 'recovery sidecar invalid' },
  unsupported_recovery_sidecar_version: { stage: 'recovery', title: 'unsupported recovery sidecar' },
  recovery_sidecar_read_error: { stage: 'recovery', title: 'recovery sidecars unreadable' },
  approval_stale: { stage: 'approval', title: 'approval stale', hint: 'The config changed since the approval; approve again (`/omnigraph approve <resource>` on the PR, or `omnigraph-cluster approve <resource> --config <dir>`).' },
  approval_read_error: { stage: 'approval', title: 'approvals unreadable' },
  invalid_approval_artifact: { stage: 'approval', title: 'approval artifact invalid' },
  unsupported_approval_version: { stage: 'approval', title: 'unsupported approval artifact' },
  approval_not_required: { stage: 'approval', title: 'approval not required', hint: 'Nothing pending for this resource needs approval; check `omnigraph-cluster plan --config <dir>`.' },
  approval_write_error: { stage: 'approval', title: 'approval write failed' },
  injected_failpoint: { stage: 'engine', title: 'injected failpoint', hint: 'A test failpoint fired (OMNIGRAPH_FAILPOINTS is set).' },
  // serving check (reference crates/omnigraph-cluster/src/serve.rs): why a server would refuse to boot
  cluster_recovery_unattributed: { stage: 'recovery', title: 'recovery sidecar without a graph', hint: 'Run apply to sweep it before serving.' },
  cluster_state_missing: { stage: 'state', title: 'no applied state', hint: 'Import and apply the cluster before serving it.' },
  embedding_provider_profile_missing: { stage: 'state', title: 'provider profile not recorded', hint: 'Re-run apply to backfill it.' },
  embedding_provider_digest_mismatch: { stage: 'state', title: 'provider profile digest mismatch', hint: 'Refresh, apply, then restart the server.' },
  embedding_provider_missing: { stage: 'state', title: 'provider profile unavailable', hint: 'Re-run apply.' },
  catalog_payload_digest_mismatch: { stage: 'payload', title: 'payload digest mismatch', hint: 'Refresh, apply, then restart the server.' },
  policy_bindings_missing: { stage: 'state', title: 'policy bindings not recorded', hint: 'Re-run apply to backfill them.' },
  cluster_no_healthy_graphs: { stage: 'recovery', title: 'no healthy graphs', hint: 'Every graph is quarantined; resolve the graph diagnostics first.' },
  cluster_empty: { stage: 'state', title: 'no graphs applied', hint: 'Apply at least one graph before serving.' },
  // ours: a name read from a state file (sidecar, approval artifact, ledger address, lock id), a symlink or FIFO under the storage root, or a command argument fails the grammar the spec gives it; nothing is written, the file stays (docs/security.md)
  unsafe_state_name: { stage: 'state', title: 'name unsafe to use as a path', hint: 'a file under the storage root was forged or corrupted; inspect the named file (docs/security.md) and restore it from a trusted copy' },
  // ours: a ledger counter (state_revision) would pass the largest integer this build counts exactly
  state_revision_overflow: { stage: 'state', title: 'state revision overflow', hint: 'restore state.json from a trusted copy; no real cluster reaches this revision' },
  // ours: the graph engine itself could not be used (e.g. the omnigraph binary is missing)
  graph_engine_unavailable: { stage: 'engine', title: 'graph engine unavailable' },
  // ours: `engine: omnigraph` delegates to `omnigraph cluster …` (docs/contract/commands.md)
  omnigraph_version_unsupported: { stage: 'engine', title: 'omnigraph binary too old', hint: 'Install omnigraph 0.7.0 or newer (README: the omnigraph engine).' },
  omnigraph_command_failed: { stage: 'engine', title: 'omnigraph command failed' },
  omnigraph_output_invalid: { stage: 'engine', title: 'omnigraph output not understood' },
} as const satisfies Record<string, DiagnosticInfo>;

export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;

/** The catalogue entry of a code; codes from a newer producer (unknown here) get a generic one. */
export function diagnosticInfo(code: string): DiagnosticInfo {
  if (Object.hasOwn(DIAGNOSTIC_CODES, code)) return DIAGNOSTIC_CODES[code as DiagnosticCode];
  return { stage: 'engine', title: code.replace(/_/g, ' ') };
}

/** True for codes raised while loading the config, before any state is read. */
export function isConfigCode(code: string): boolean {
  return Object.hasOwn(DIAGNOSTIC_CODES, code) && DIAGNOSTIC_CODES[code as DiagnosticCode].stage === 'config';
}
