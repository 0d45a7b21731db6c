import type { Change, Dependency, Operation } from '../../../src/engine/plan/index.js';

/** A change as the diff would produce it, with made-up digests per operation. */
export function ch(resource: string, operation: Operation): Change {
  if (operation === 'create') return { resource, operation, after_digest: `${resource}:new` };
  if (operation === 'delete') return { resource, operation, before_digest: `${resource}:old` };
  return { resource, operation, before_digest: `${resource}:old`, after_digest: `${resource}:new` };
}

/** Edges of docs/contract/classifier.md#dependencies for graph `g` with query `q`, and policy `p` bound to `g` (sorted like validate). */
export function edges(g: string): Dependency[] {
  return [
    { from: 'policy.p', to: `graph.${g}` },
    { from: `query.${g}.q`, to: `graph.${g}` },
    { from: `query.${g}.q`, to: `schema.${g}` },
    { from: `schema.${g}`, to: `graph.${g}` },
  ];
}
