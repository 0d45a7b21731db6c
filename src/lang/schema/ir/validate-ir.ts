import type { SchemaIr } from './types.js';

/**
 * Structural invariants of an identity IR (docs/contract/engine-schema.md#stable-identity): unique names per kind, unique
 * property names per owner, every id unique and below `next_identity_id`. Returns the first
 * violation, phrased to follow "invalid accepted SchemaIR: ".
 */
export function validateIr(ir: SchemaIr): string | null {
  const ids = new Set<number>();
  const claim = (value: number, what: string): string | null => {
    if (value <= 0 || value >= ir.next_identity_id) return `identity ${value} of ${what} is outside the allocated range`;
    if (ids.has(value)) return `identity ${value} is used more than once (${what})`;
    ids.add(value);
    return null;
  };
  const groups = [
    { kind: 'interface', list: ir.interfaces },
    { kind: 'node', list: ir.nodes },
    { kind: 'edge', list: ir.edges },
  ] as const;
  for (const { kind, list } of groups) {
    const names = new Set<string>();
    for (const t of list) {
      if (names.has(t.name)) return `duplicate ${kind} '${t.name}'`;
      names.add(t.name);
      const typeProblem = claim(t.type_id, `${kind} '${t.name}'`);
      if (typeProblem !== null) return typeProblem;
      if ('table_incarnation_id' in t) {
        const p = claim(t.table_incarnation_id, `${kind} '${t.name}' incarnation`);
        if (p !== null) return p;
      }
      const props = new Set<string>();
      for (const p of t.properties) {
        if (props.has(p.name)) return `duplicate property '${t.name}.${p.name}'`;
        props.add(p.name);
        const problem = claim(p.property_id, `property '${t.name}.${p.name}'`);
        if (problem !== null) return problem;
      }
    }
  }
  return null;
}
