import type { Diagnostic } from '../diagnostics/index.js';
import { payloadKey } from '../catalog/index.js';
import type { Storage } from '../ports/storage.js';
import { listSidecarNames, loadSidecars, RECOVERIES_DIR, sidecarKey } from '../recovery/sidecar-store.js';
import { readState } from '../state/read.js';
import { errorText } from '../../base/error-text.js';
import { servingVerdict, type PayloadRead, type PendingSidecar, type ServingVerdict } from './verdict.js';

/**
 * Reads what the reference server reads at boot — recovery sidecars, the ledger, the recorded
 * query and policy payloads — without a lock and without writing, then asks `servingVerdict`.
 */
export async function checkServing(storage: Storage): Promise<ServingVerdict> {
  const loaded = await loadSidecars(storage);
  const sidecars: PendingSidecar[] = loaded.sidecars.map((s) => ({ path: storage.displayPath(sidecarKey(s.operation_id)), graphId: s.graph_id, operationId: s.operation_id }));
  const problems: Diagnostic[] = [];
  for (const d of loaded.diagnostics) {
    const blank = d.code === 'unsafe_state_name' ? await blankGraphSidecar(storage, d.path) : null;
    if (blank) sidecars.push(blank);
    else problems.push(d);
  }
  const read = await readState(storage);
  const payloads = new Map<string, PayloadRead>();
  if (read.state) {
    for (const [address, entry] of Object.entries(read.state.applied_revision.resources)) {
      const key = payloadKey(address, entry.digest);
      if (key !== null) payloads.set(address, await readPayload(storage, key));
    }
  }
  return servingVerdict({
    sidecars,
    sidecarProblems: problems,
    state: read.state,
    stateProblems: read.diagnostics as Diagnostic[],
    payload: (address) => payloads.get(address) ?? null,
  });
}

/**
 * Our sidecar loader refuses a blank graph id as an unsafe name; the reference server names that
 * case `cluster_recovery_unattributed`, so the serving check looks at such a file once more.
 */
async function blankGraphSidecar(storage: Storage, uri: string): Promise<PendingSidecar | null> {
  const { names } = await listSidecarNames(storage);
  const name = names.find((n) => storage.objectUri(`${RECOVERIES_DIR}/${n}`) === uri);
  if (name === undefined) return null;
  try {
    const text = (await storage.read(`${RECOVERIES_DIR}/${name}`))?.text;
    const json: unknown = text === undefined ? null : JSON.parse(text);
    const graphId = json !== null && typeof json === 'object' ? (json as { graph_id?: unknown }).graph_id : undefined;
    if (typeof graphId !== 'string' || graphId.trim() !== '') return null;
    return { path: storage.displayPath(`${RECOVERIES_DIR}/${name}`), graphId, operationId: '' };
  } catch {
    return null;
  }
}

async function readPayload(storage: Storage, key: string): Promise<PayloadRead> {
  const display = storage.displayPath(key);
  try {
    const stored = await storage.read(key);
    return stored ? { display, text: stored.text, problem: null } : { display, text: null, problem: 'not found' };
  } catch (e) {
    return { display, text: null, problem: errorText(e) };
  }
}
