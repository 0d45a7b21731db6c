import type { Diagnostic } from '../diagnostics/index.js';
import { payloadKey } from '../catalog/index.js';
import type { Storage } from '../ports/storage.js';
import { loadSidecars, sidecarKey } from '../recovery/sidecar-store.js';
import { readState, errorText } from '../state/read.js';
import { servingVerdict, type PayloadRead, type ServingVerdict } from './verdict.js';

/**
 * Reads what the reference server reads at boot — recovery sidecars, the ledger, the recorded
 * query and policy payloads — without a lock and without writing, then asks `servingVerdict`.
 */
export async function checkServing(storage: Storage): Promise<ServingVerdict> {
  const loaded = await loadSidecars(storage);
  const sidecars = loaded.sidecars.map((s) => ({ path: storage.displayPath(sidecarKey(s.operation_id)), graphId: s.graph_id, operationId: s.operation_id }));
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
    sidecarProblems: loaded.diagnostics,
    state: read.state,
    stateProblems: read.diagnostics as Diagnostic[],
    payload: (address) => payloads.get(address) ?? null,
  });
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
