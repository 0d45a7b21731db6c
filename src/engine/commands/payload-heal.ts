import { error, warning, type Diagnostic } from '../diagnostics/index.js';
import { sha256hex } from '../hash.js';
import { payloadKeyFor } from './payload-keys.js';
import type { Storage } from '../ports/storage.js';
import type { Ledger } from './ledger.js';
import { errorText as text } from '../error-text.js';

type Finding =
  | { kind: 'missing'; address: string }
  | { kind: 'mismatch'; address: string; actual: string }
  | { kind: 'read_error'; address: string; message: string };

/** §7.3: every recorded query/policy digest against its content-addressed blob, by address. */
async function verifyPayloads(storage: Storage, ledger: Ledger): Promise<Finding[]> {
  const findings: Finding[] = [];
  const entries = Object.entries(ledger.applied_revision.resources).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [address, entry] of entries) {
    const key = payloadKeyFor(address, entry.digest);
    if (key === null) continue;
    let stored;
    try {
      stored = await storage.read(key);
    } catch (e) {
      findings.push({ kind: 'read_error', address, message: `could not read catalog payload '${storage.displayPath(key)}': ${text(e)}` });
      continue;
    }
    if (stored === null) findings.push({ kind: 'missing', address });
    else {
      const actual = sha256hex(stored.text);
      if (actual !== entry.digest) findings.push({ kind: 'mismatch', address, actual });
    }
  }
  return findings;
}

const MISSING = 'catalog payload blob is missing; re-run `cluster apply` to republish';

function diagnosticFor(f: Finding): Diagnostic {
  switch (f.kind) {
    case 'missing':
      return warning('catalog_payload_missing', f.address, MISSING);
    case 'mismatch':
      return warning(
        'catalog_payload_mismatch',
        f.address,
        `catalog payload blob does not match the recorded digest (actual sha256:${f.actual}); re-run \`cluster apply\` to republish`,
      );
    case 'read_error':
      return error('catalog_payload_read_error', f.address, f.message);
  }
}

/** status: report only; an unverifiable catalog must not look healthy. */
export async function verifyPayloadsReadOnly(storage: Storage, ledger: Ledger): Promise<Diagnostic[]> {
  return (await verifyPayloads(storage, ledger)).map(diagnosticFor);
}

/**
 * refresh/import (§7.4): a missing or wrong blob drops its digest so the next plan re-creates it
 * and the next apply republishes; an unreadable blob keeps its digest (no spurious republish).
 */
export async function verifyPayloadsAndHeal(storage: Storage, ledger: Ledger): Promise<Diagnostic[]> {
  const findings = await verifyPayloads(storage, ledger);
  for (const f of findings) {
    if (f.kind === 'read_error') {
      ledger.resource_statuses[f.address] = { status: 'error', conditions: ['payload_read_error'], message: f.message };
      continue;
    }
    delete ledger.applied_revision.resources[f.address];
    ledger.resource_statuses[f.address] =
      f.kind === 'missing'
        ? { status: 'drifted', conditions: ['payload_missing'], message: MISSING }
        : {
            status: 'drifted',
            conditions: ['payload_mismatch'],
            message: 'catalog payload blob does not match the recorded digest; re-run `cluster apply` to republish',
          };
  }
  return findings.map(diagnosticFor);
}
