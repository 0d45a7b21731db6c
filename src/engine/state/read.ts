import { errorText } from '../../base/error-text.js';
import { describeZodIssue } from '../config/zod-issues.js';
import { error, type Diagnostic } from '../diagnostics/index.js';
import { casToken } from '../../base/hash.js';
import type { Storage } from '../ports/storage.js';
import { canonicalizeObservations } from './canonicalize.js';
import { clusterStateSchema, STATE_VERSION, type ClusterState } from './schema.js';

export const STATE_KEY = '__cluster/state.json';

/**
 * One read of the ledger. `found` and `cas` describe the raw file and are set even when parsing
 * then fails (§3.5); `state` is null whenever a diagnostic was produced.
 */
export interface StateRead {
  readonly found: boolean;
  /** `sha256:<hex>` of the exact text read; the expected CAS for a later write. */
  readonly cas: string | null;
  readonly state: ClusterState | null;
  readonly diagnostics: Diagnostic[];
}

export type StateParse = { readonly ok: true; readonly state: ClusterState } | { readonly ok: false; readonly diagnostic: Diagnostic };

/** §3.5: missing ⇒ no state; unreadable or non-UTF-8 ⇒ `state_read_error` with nothing found. */
export async function readState(storage: Storage): Promise<StateRead> {
  let stored;
  try {
    stored = await storage.read(STATE_KEY);
  } catch (e) {
    return { found: false, cas: null, state: null, diagnostics: [error('state_read_error', STATE_KEY, `could not read state file: ${errorText(e)}`)] };
  }
  if (stored === null) return { found: false, cas: null, state: null, diagnostics: [] };
  const cas = casToken(stored.text);
  const parsed = parseState(stored.text);
  return parsed.ok ? { found: true, cas, state: parsed.state, diagnostics: [] } : { found: true, cas, state: null, diagnostics: [parsed.diagnostic] };
}

/** Text ⇒ ledger: JSON, the closed schema, the version, then HEAD observation canonicalisation. */
export function parseState(text: string): StateParse {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, diagnostic: invalid(errorText(e)) };
  }
  const parsed = clusterStateSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, diagnostic: invalid(issue ? describeZodIssue(issue, null).message : 'invalid state') };
  }
  const state = parsed.data;
  if (state.version !== STATE_VERSION) {
    return {
      ok: false,
      diagnostic: error('unsupported_state_version', 'state.version', `unsupported cluster state version ${state.version}; this build supports version 1`),
    };
  }
  const conflict = canonicalizeObservations(state);
  return conflict ? { ok: false, diagnostic: conflict } : { ok: true, state };
}

/** The `state_observations` fields a successful read or write fills (§3.5, §3.6 step 5). */
export function stateSummary(state: ClusterState): { applied_config_digest?: string; state_revision: number; resource_count: number } {
  return {
    applied_config_digest: state.applied_revision.config_digest ?? undefined,
    state_revision: state.state_revision,
    resource_count: Object.keys(state.applied_revision.resources).length,
  };
}

function invalid(detail: string): Diagnostic {
  return error('invalid_state_json', STATE_KEY, `could not parse state JSON: ${detail}`);
}
