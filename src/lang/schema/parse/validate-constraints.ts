import { displayPropType } from '../catalog.js';
import type { AstConstraint, AstProperty } from '../ast.js';
import { parseFailure } from './failure.js';

/** Constraint target validation (docs/contract/engine-schema.md#validation rule 8) over a type's effective constraints. */

const NUMERIC = new Set(['I32', 'I64', 'U32', 'U64', 'F32', 'F64']);

export function validateConstraints(kind: 'node' | 'edge', owner: string, properties: readonly AstProperty[], constraints: readonly AstConstraint[]): void {
  let keys = 0;
  const find = (label: string, name: string, at: AstConstraint): AstProperty => {
    const prop = properties.find((p) => p.name === name);
    if (prop === undefined) throw parseFailure(`@${label} on ${owner} references unknown property '${name}'`, at);
    return prop;
  };
  for (const c of constraints) {
    switch (c.kind) {
      case 'key': {
        if (kind === 'edge') throw parseFailure(`@key constraint is not supported on edges (edge ${owner})`, c);
        keys++;
        if (keys > 1) throw parseFailure(`node type ${owner} has multiple @key constraints; only one is supported`, c);
        for (const col of c.columns) {
          const p = find('key', col, c);
          const q = `${owner}.${p.name}`;
          if (p.type.nullable) throw parseFailure(`@key property ${q} cannot be nullable`, c);
          if (p.type.list) throw parseFailure(`@key is not supported on list property ${q}`, c);
          if (typeof p.type.scalar !== 'string') throw parseFailure(`@key is not supported on vector property ${q}`, c);
          if (p.type.scalar === 'Blob') throw parseFailure(`@key is not supported on blob property ${q}`, c);
        }
        break;
      }
      case 'unique':
      case 'index':
        for (const col of c.columns) {
          if (kind === 'edge' && (col === 'src' || col === 'dst') && !properties.some((p) => p.name === col)) continue;
          const p = find(c.kind, col, c);
          if (p.type.scalar === 'Blob') throw parseFailure(`@${c.kind} is not supported on blob property ${owner}.${p.name}`, c);
        }
        break;
      case 'range': {
        if (kind === 'edge') throw parseFailure(`@range constraint is not supported on edges (edge ${owner})`, c);
        const p = find('range', c.property, c);
        const scalar = p.type.scalar;
        if (typeof scalar !== 'string' || !NUMERIC.has(scalar) || p.type.list) {
          throw parseFailure(`@range on ${owner}.${p.name} requires a numeric type, got ${displayPropType(p.type)}`, c);
        }
        break;
      }
      case 'check': {
        if (kind === 'edge') throw parseFailure(`@check constraint is not supported on edges (edge ${owner})`, c);
        const p = find('check', c.property, c);
        if (p.type.scalar !== 'String' || p.type.list) {
          throw parseFailure(`@check on ${owner}.${p.name} requires String type, got ${displayPropType(p.type)}`, c);
        }
        break;
      }
    }
  }
}
