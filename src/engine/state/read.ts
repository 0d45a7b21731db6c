import { errorText } from '../../base/error-text.js';
import { describeZodIssue } from '../config/zod-issues.js';
import { error, type Diagnostic } from '../diagnostics/index.js';
import { casToken } from '../../base/hash.js';
import { mapBounded, STORAGE_CONCURRENCY } from '../../base/bounded.js';
import { isU64, parseJsonLossless } from '../../base/lossless-json.js';
import { UnsafePathError, type Storage } from '../ports/storage.js';
import { listApprovals } from '../approvals/store.js';
import { addressProblem, ulidProblem, unsafeName } from '../model/names.js';
import { loadSidecars } from '../recovery/sidecar-store.js';
import { canonicalizeObservations } from './canonicalize.js';
import { clusterStateSchema, STATE_VERSION, type ClusterState } from './schema.js';

export const STATE_KEY = '__cluster/state.json';

/**
 * One read of the ledger. `found` and `cas` describe the raw file and are set even when parsing
 * then fails (docs/contract/state.md#reading); `state` is null whenever a diagnostic was produced.
 */
export interface StateRead {
  readonly found: boolean;
  /** `sha256:<hex>` of the exact text read; the expected CAS for a later write. */
  readonly cas: string | null;
  readonly state: ClusterState | null;
  readonly diagnostics: Diagnostic[];
}

export type StateParse = { readonly ok: true; readonly state: ClusterState } | { readonly ok: false; readonly diagnostic: Diagnostic };

/** docs/contract/state.md#reading: missing ⇒ no state; unreadable or non-UTF-8 ⇒ `state_read_error` with nothing found. */
export async function readState(storage: Storage): Promise<StateRead> {
  let stored;
  try {
    stored = await storage.read(STATE_KEY);
  } catch (e) {
    return { found: false, cas: null, state: null, diagnostics: [error('state_read_error', STATE_KEY, `could not read state file: ${errorText(e)}`)] };
  }
  if (stored === null) {
    const untrusted = await untrustedLayoutDiagnostics(storage, null);
    return { found: false, cas: null, state: null, diagnostics: untrusted };
  }
  const cas = casToken(stored.text);
  const parsed = parseState(stored.text);
  if (!parsed.ok) return { found: true, cas, state: null, diagnostics: [parsed.diagnostic] };
  const untrusted = await untrustedLayoutDiagnostics(storage, parsed.state);
  return { found: true, cas, state: untrusted.length > 0 ? null : parsed.state, diagnostics: untrusted };
}

/**
 * Text ⇒ ledger: JSON, the closed schema, the version, then HEAD observation canonicalisation.
 * The JSON reader is lossless, so a rewrite keeps every key (even `__proto__`), every digit of an
 * integer past 2^53 and the `.0` of a float inside free-JSON records.
 */
export function parseState(text: string): StateParse {
  let json: unknown;
  try {
    json = parseJsonLossless(text);
  } catch (e) {
    return { ok: false, diagnostic: invalid(errorText(e)) };
  }
  const revision = (json as { state_revision?: unknown } | null)?.state_revision;
  if (typeof revision === 'bigint' && isU64(revision)) {
    return { ok: false, diagnostic: revisionOverflow(`state_revision ${revision} is beyond the largest revision this build counts exactly (${Number.MAX_SAFE_INTEGER})`) };
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
  const unsafe = ledgerNameProblem(state);
  if (unsafe !== null) return { ok: false, diagnostic: unsafeName(STATE_KEY, `state.json: ${unsafe}`) };
  const conflict = canonicalizeObservations(state);
  return conflict ? { ok: false, diagnostic: conflict } : { ok: true, state };
}

/**
 * Ledger addresses become graph roots, payload keys and recursive deletes (`graph.<id>` planned as
 * a delete removes `graphs/<id>.omni`), so every address key must have the docs/contract/digests.md#addresses grammar and every
 * record id the id grammar of docs/contract/conventions.md#ids before the ledger is used at all.
 */
function ledgerNameProblem(state: ClusterState): string | null {
  const addressMaps = [state.applied_revision.resources, state.resource_statuses, state.observations];
  for (const map of addressMaps) {
    for (const address of Object.keys(map)) {
      const problem = addressProblem(address);
      if (problem !== null) return problem;
    }
  }
  for (const [what, map] of [['approval_records id', state.approval_records], ['recovery_records id', state.recovery_records]] as const) {
    for (const id of Object.keys(map)) {
      const problem = ulidProblem(what, id);
      if (problem !== null) return problem;
    }
  }
  return null;
}

/**
 * The rest of what a state-reading command will turn into keys: the names in sidecars and approval
 * artifacts, and the directories it writes into (a symlink there is refused by the adapter). A
 * forged name or a planted link stops every command here, at its state read, before anything is
 * written, instead of surfacing halfway through an apply.
 */
async function untrustedLayoutDiagnostics(storage: Storage, state: ClusterState | null): Promise<Diagnostic[]> {
  const [sidecars, approvals] = await Promise.all([loadSidecars(storage), listApprovals(storage)]);
  const found = [...sidecars.diagnostics, ...approvals.diagnostics].filter((d) => d.code === 'unsafe_state_name');
  const graphRoots = Object.keys(state?.applied_revision.resources ?? {})
    .filter((address) => address.startsWith('graph.'))
    .map((address) => `graphs/${address.slice('graph.'.length)}.omni`);
  // One probe per graph root (a LIST each on S3): overlapped, bounded, reported in prefix order.
  // Only a refusal matters, not the answer: `exists` resolves the same components as
  // `existsPrefix` (a link at the prefix or above it is refused) without listing what is below.
  const refused = await mapBounded(['__cluster/resources', 'graphs', ...graphRoots], STORAGE_CONCURRENCY, async (prefix) => {
    try {
      await storage.exists(prefix);
      return null;
    } catch (e) {
      return e instanceof UnsafePathError ? unsafeName(storage.displayPath(prefix), errorText(e)) : null;
    }
  });
  return [...found, ...refused.filter((d): d is Diagnostic => d !== null)];
}
/** The `state_observations` fields a successful read or write fills (docs/contract/state.md#reading, docs/contract/state.md#writing step 5). */
export function stateSummary(state: ClusterState): { applied_config_digest?: string; state_revision: number; resource_count: number } {
  return {
    applied_config_digest: state.applied_revision.config_digest ?? undefined,
    state_revision: state.state_revision,
    resource_count: Object.keys(state.applied_revision.resources).length,
  };
}

export function revisionOverflow(message: string): Diagnostic {
  return error('state_revision_overflow', STATE_KEY, `${message}; restore state.json from a trusted copy`);
}

function invalid(detail: string): Diagnostic {
  return error('invalid_state_json', STATE_KEY, `could not parse state JSON: ${detail}`);
}
