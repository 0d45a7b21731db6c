import { error, type Diagnostic } from '../diagnostics/index.js';
import { compareBytes } from '../../base/json.js';
import type { ExternalBlobPolicy } from '../digest/resource-digests.js';

const SCHEMES = ['s3', 'gs', 'az', 'https', 'http', 'file'] as const;
const SCOPE_ORDER = { server_safe: 0, embedded_only: 1 } as const;

interface Base {
  readonly base: string;
  readonly scope: 'server_safe' | 'embedded_only';
}

/**
 * `graphs.<id>.external_blobs.allow` → the normalized policy (§1.7 step 2.2, §2.2). Any error
 * makes the effective policy Deny. Bases must be absolute URIs with a host (or an absolute
 * file path); each normalizes to a lower-case scheme and a trailing `/`.
 */
export function normalizeExternalBlobs(graphId: string, allow: readonly Base[] | null | undefined): { policy: ExternalBlobPolicy; diagnostics: Diagnostic[] } {
  if (!allow || allow.length === 0) return { policy: { mode: 'deny' }, diagnostics: [] };
  const diagnostics: Diagnostic[] = [];
  const bases: { uri: string; scope: Base['scope'] }[] = [];
  allow.forEach((entry, i) => {
    const normalized = normalizeBase(entry.base);
    if (typeof normalized === 'object') {
      diagnostics.push(error('invalid_external_blob_base', `graphs.${graphId}.external_blobs.allow[${i}].base`, normalized.error));
    } else {
      bases.push({ uri: normalized, scope: entry.scope });
    }
  });
  if (diagnostics.length === 0) {
    const overlap = findOverlap(bases.map((b) => b.uri));
    if (overlap) {
      diagnostics.push(
        error(
          'invalid_external_blob_policy',
          `graphs.${graphId}.external_blobs.allow`,
          `external blob bases '${overlap[0]}' and '${overlap[1]}' overlap; declare each prefix once`,
        ),
      );
    }
  }
  if (diagnostics.length > 0) return { policy: { mode: 'deny' }, diagnostics };
  bases.sort((a, b) => compareBytes(a.uri, b.uri) || SCOPE_ORDER[a.scope] - SCOPE_ORDER[b.scope]);
  return { policy: { mode: 'allow', bases }, diagnostics };
}

function normalizeBase(raw: string): string | { error: string } {
  const m = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/(.*)$/.exec(raw.trim());
  if (!m) return { error: `external blob base '${raw}' must be an absolute URI such as s3://bucket/prefix/` };
  const scheme = (m[1] as string).toLowerCase();
  const rest = m[2] as string;
  if (!(SCHEMES as readonly string[]).includes(scheme)) {
    return { error: `external blob base '${raw}' uses unsupported scheme '${scheme}' (expected one of ${SCHEMES.join(', ')})` };
  }
  if (scheme === 'file' ? !rest.startsWith('/') : rest === '' || rest.startsWith('/')) {
    return { error: `external blob base '${raw}' must name a ${scheme === 'file' ? 'absolute path' : 'bucket or host'}` };
  }
  if (/[?#]/.test(rest)) return { error: `external blob base '${raw}' must not carry a query or fragment` };
  return `${scheme}://${rest.endsWith('/') ? rest : `${rest}/`}`;
}

function findOverlap(uris: readonly string[]): [string, string] | null {
  for (let i = 0; i < uris.length; i++) {
    for (let j = i + 1; j < uris.length; j++) {
      const a = uris[i] as string;
      const b = uris[j] as string;
      if (a.startsWith(b) || b.startsWith(a)) return [a, b];
    }
  }
  return null;
}
