/**
 * Content-addressed payload keys (spec/cluster.md §7.1): queries and policies only; the
 * extension is fixed per kind whatever the source file was called.
 */
export function payloadKeyFor(address: string, digest: string): string | null {
  if (address.startsWith('query.')) {
    const rest = address.slice('query.'.length);
    const dot = rest.indexOf('.');
    if (dot <= 0) return null;
    return `__cluster/resources/query/${rest.slice(0, dot)}/${rest.slice(dot + 1)}/${digest}.gq`;
  }
  if (address.startsWith('policy.')) return `__cluster/resources/policy/${address.slice('policy.'.length)}/${digest}.yaml`;
  return null;
}
