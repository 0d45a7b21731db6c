import type { Address } from '../model/change.js';

/** What an address names (docs/contract/digests.md#addresses). Anything the parser does not recognise is `unknown` (classified deferred). */
export type ParsedAddress =
  | { readonly kind: 'graph'; readonly graph: string }
  | { readonly kind: 'schema'; readonly graph: string }
  | { readonly kind: 'query'; readonly graph: string; readonly name: string }
  | { readonly kind: 'policy'; readonly name: string }
  | { readonly kind: 'embedding_provider'; readonly name: string }
  | { readonly kind: 'unknown' };

const UNKNOWN: ParsedAddress = { kind: 'unknown' };

export function parseAddress(address: Address): ParsedAddress {
  if (address.startsWith('graph.')) return { kind: 'graph', graph: address.slice('graph.'.length) };
  if (address.startsWith('schema.')) return { kind: 'schema', graph: address.slice('schema.'.length) };
  if (address.startsWith('policy.')) return { kind: 'policy', name: address.slice('policy.'.length) };
  if (address.startsWith('provider.embedding.')) return { kind: 'embedding_provider', name: address.slice('provider.embedding.'.length) };
  if (address.startsWith('query.')) {
    const rest = address.slice('query.'.length);
    // Graph ids cannot contain a dot, so the first one separates graph and query name.
    const dot = rest.indexOf('.');
    if (dot < 0) return UNKNOWN;
    return { kind: 'query', graph: rest.slice(0, dot), name: rest.slice(dot + 1) };
  }
  return UNKNOWN;
}

/** The graph a graph/schema/query address belongs to, or null for the others. */
export function graphOf(parsed: ParsedAddress): string | null {
  return parsed.kind === 'graph' || parsed.kind === 'schema' || parsed.kind === 'query' ? parsed.graph : null;
}
