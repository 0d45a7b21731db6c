/**
 * Content-addressed payload keys (docs/contract/payloads.md#paths): only queries and policies have
 * payloads, and the extension is fixed per kind whatever the source file was called.
 */
export type PayloadKind = 'query' | 'policy';

export function payloadKind(address: string): PayloadKind | null {
  if (address.startsWith('query.')) return 'query';
  if (address.startsWith('policy.')) return 'policy';
  return null;
}

/** `__cluster/resources/query/<graph>/<name>/<digest>.gq` or `…/policy/<name>/<digest>.yaml`; null for other kinds. */
export function payloadKey(address: string, digest: string): string | null {
  switch (payloadKind(address)) {
    case 'query': {
      // Graph ids and query names are identifiers (no dots), so the first dot splits them.
      const rest = address.slice('query.'.length);
      const dot = rest.indexOf('.');
      if (dot <= 0 || dot === rest.length - 1) return null;
      return `__cluster/resources/query/${rest.slice(0, dot)}/${rest.slice(dot + 1)}/${digest}.gq`;
    }
    case 'policy': {
      const name = address.slice('policy.'.length);
      return name === '' ? null : `__cluster/resources/policy/${name}/${digest}.yaml`;
    }
    default:
      return null;
  }
}
