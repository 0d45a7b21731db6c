import { error, type Diagnostic } from '../diagnostics/index.js';
import { casToken } from '../hash.js';
import { sortedRecord, toPrettyJson } from '../json.js';
import { StorageError, type Storage } from '../ports/storage.js';
import type { Ledger, LedgerRead, ResourceEntry, StatusRecord } from './ledger.js';
import { stateSchema } from './state-schema.js';

export { observeLock, takeLock, releaseLock, forceUnlockLock } from './lock-io.js';
export { verifyPayloadsReadOnly } from './payload-heal.js';

export const STATE_KEY = '__cluster/state.json';
const STATE_PATH = '__cluster/state.json';

/** A read of state.json plus the version token a compare-and-swap write needs. */
export interface LedgerReadWithToken extends LedgerRead {
  readonly token: string | null;
}

/**
 * §3.5: missing ⇒ no state; the CAS is taken from the raw text before parsing; non-UTF-8 is a
 * read error; unknown keys, bad JSON and foreign versions are parse errors. Never writes.
 */
export async function ledgerRead(storage: Storage): Promise<LedgerReadWithToken> {
  let stored;
  try {
    stored = await storage.read(STATE_KEY);
  } catch (e) {
    return { found: false, cas: null, token: null, ledger: null, diagnostics: [error('state_read_error', STATE_PATH, `could not read state file: ${text(e)}`)] };
  }
  if (stored === null) return { found: false, cas: null, token: null, ledger: null, diagnostics: [] };
  const cas = casToken(stored.text);
  const base = { found: true, cas, token: stored.token };
  let json: unknown;
  try {
    json = JSON.parse(stored.text);
  } catch (e) {
    return { ...base, ledger: null, diagnostics: [error('invalid_state_json', STATE_PATH, `could not parse state JSON: ${text(e)}`)] };
  }
  const parsed = stateSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
    const what = issue?.code === 'unrecognized_keys' ? `unknown field \`${issue.keys[0]}\`` : (issue?.message ?? 'invalid state');
    return { ...base, ledger: null, diagnostics: [error('invalid_state_json', STATE_PATH, `could not parse state JSON: ${what}${where}`)] };
  }
  const ledger = parsed.data as Ledger;
  if (ledger.version !== 1) {
    return {
      ...base,
      ledger: null,
      diagnostics: [error('unsupported_state_version', 'state.version', `unsupported cluster state version ${ledger.version}; this build supports version 1`)],
    };
  }
  const diagnostics = canonicalizeObservations(ledger);
  return { ...base, ledger: diagnostics.length > 0 ? null : ledger, diagnostics };
}

/** HEAD renames the legacy `manifest_version` observation key (§3.1). */
function canonicalizeObservations(ledger: Ledger): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const [address, value] of Object.entries(ledger.observations)) {
    if (typeof value !== 'object' || value === null || Array.isArray(value) || !('manifest_version' in value)) continue;
    const obs = value as Record<string, unknown>;
    if ('graph_manifest_version' in obs && obs.graph_manifest_version !== obs.manifest_version) {
      out.push(
        error(
          'conflicting_graph_manifest_observation',
          `state.observations.${address}`,
          `cluster observation '${address}' contains conflicting legacy and canonical graph-manifest versions`,
        ),
      );
      continue;
    }
    const renamed: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(obs)) {
      if (k === 'manifest_version') {
        if (!('graph_manifest_version' in obs)) renamed.graph_manifest_version = v;
      } else {
        renamed[k] = v;
      }
    }
    ledger.observations[address] = renamed;
  }
  return out;
}

/** The exact bytes the reference writes: struct order, sorted maps, omitted-vs-null, 2-space + "\n". */
export function ledgerText(ledger: Ledger): string {
  return `${toPrettyJson({
    version: ledger.version,
    state_revision: ledger.state_revision,
    applied_revision: {
      config_digest: ledger.applied_revision.config_digest,
      resources: sortedRecord(Object.fromEntries(Object.entries(ledger.applied_revision.resources).map(([a, e]) => [a, entryJson(e)]))),
    },
    resource_statuses: sortedRecord(Object.fromEntries(Object.entries(ledger.resource_statuses).map(([a, s]) => [a, statusJson(s)]))),
    approval_records: sortedRecord(ledger.approval_records),
    recovery_records: sortedRecord(ledger.recovery_records),
    observations: sortedRecord(ledger.observations),
  })}\n`;
}

function entryJson(e: ResourceEntry): ResourceEntry {
  return {
    digest: e.digest,
    applies_to: e.applies_to,
    embedding_provider: e.embedding_provider,
    embedding_profile: e.embedding_profile
      ? { kind: e.embedding_profile.kind, base_url: e.embedding_profile.base_url, model: e.embedding_profile.model, api_key: e.embedding_profile.api_key }
      : undefined,
    external_blob_policy: e.external_blob_policy
      ? { mode: 'allow', bases: e.external_blob_policy.bases.map((b) => ({ uri: b.uri, scope: b.scope })) }
      : undefined,
  };
}

function statusJson(s: StatusRecord): StatusRecord {
  return { status: s.status, conditions: s.conditions && s.conditions.length > 0 ? s.conditions : undefined, message: s.message };
}

export type LedgerWrite = { ok: true; cas: string } | { ok: false; diagnostic: Diagnostic };

const CAS_MISMATCH = 'state.json changed while the command was running; re-run the command against the latest state';

/**
 * §3.6 (HEAD): compare-and-swap against the CAS captured when the command first read state,
 * then a conditional write (create-if-absent or replace-if-version) so a racing writer loses.
 */
export async function ledgerWrite(storage: Storage, ledger: Ledger, read: LedgerReadWithToken): Promise<LedgerWrite> {
  let current;
  try {
    current = await storage.read(STATE_KEY);
  } catch (e) {
    return { ok: false, diagnostic: error('state_write_error', STATE_PATH, `could not read state file before write: ${text(e)}`) };
  }
  const currentCas = current ? casToken(current.text) : null;
  if (currentCas !== read.cas) return { ok: false, diagnostic: error('state_cas_mismatch', STATE_PATH, CAS_MISMATCH) };
  const body = ledgerText(ledger);
  try {
    const outcome = current ? await storage.writeIfMatch(STATE_KEY, body, current.token) : await storage.writeIfAbsent(STATE_KEY, body);
    if (!outcome.ok) return { ok: false, diagnostic: error('state_cas_mismatch', STATE_PATH, CAS_MISMATCH) };
  } catch (e) {
    const verb = current ? 'replace' : 'create';
    return { ok: false, diagnostic: error('state_write_error', STATE_PATH, `could not ${verb} state.json: ${text(e)}`) };
  }
  return { ok: true, cas: casToken(body) };
}

export function text(e: unknown): string {
  if (e instanceof StorageError || e instanceof Error) return e.message;
  return String(e);
}
