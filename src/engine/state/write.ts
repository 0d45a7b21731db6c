import { error, type Diagnostic } from '../diagnostics/index.js';
import { casToken } from '../../base/hash.js';
import type { Storage } from '../ports/storage.js';
import { errorText } from '../../base/error-text.js';
import { revisionOverflow, STATE_KEY } from './read.js';
import type { ClusterState } from './schema.js';
import { stateText } from './serialize.js';

export type StateWrite = { readonly ok: true; readonly cas: string } | { readonly ok: false; readonly diagnostic: Diagnostic };

const CAS_MISMATCH = 'state.json changed while the command was running; re-run the command against the latest state';

/**
 * docs/contract/state.md#writing: re-read, compare the content CAS with the one the command captured when it first
 * read state (`null` = there was no file), then publish with the storage's conditional write —
 * create-if-absent for a first ledger, replace-if-version with the token of the re-read otherwise
 * — so a writer that slips in between the re-read and the write loses instead of overwriting.
 * Returns the CAS of the bytes written.
 */
export async function writeState(storage: Storage, state: ClusterState, expectedCas: string | null): Promise<StateWrite> {
  // A revision past 2^53 - 1 would be written rounded, and every later command would refuse it.
  if (!Number.isSafeInteger(state.state_revision) || state.state_revision < 0) {
    return { ok: false, diagnostic: revisionOverflow(`state_revision would become ${state.state_revision}, past the largest revision this build counts exactly (${Number.MAX_SAFE_INTEGER}); nothing was written`) };
  }
  let current;
  try {
    current = await storage.read(STATE_KEY);
  } catch (e) {
    return fail('state_write_error', `could not read state file before write: ${errorText(e)}`);
  }
  const currentCas = current === null ? null : casToken(current.text);
  if (currentCas !== expectedCas) return fail('state_cas_mismatch', CAS_MISMATCH);
  const body = stateText(state);
  let outcome;
  try {
    outcome = current === null ? await storage.writeIfAbsent(STATE_KEY, body) : await storage.writeIfMatch(STATE_KEY, body, current.token);
  } catch (e) {
    return fail('state_write_error', `could not ${current === null ? 'create' : 'replace'} state.json: ${errorText(e)}`);
  }
  if (!outcome.ok) return fail('state_cas_mismatch', CAS_MISMATCH);
  return { ok: true, cas: casToken(body) };
}

function fail(code: 'state_write_error' | 'state_cas_mismatch', message: string): StateWrite {
  return { ok: false, diagnostic: error(code, STATE_KEY, message) };
}
