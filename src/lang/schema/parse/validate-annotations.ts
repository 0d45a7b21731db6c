import type { Annotation, LiteralValue } from '../catalog.js';
import type { AstProperty } from '../ast.js';
import { parseFailure } from './failure.js';

/**
 * Annotation validation (docs/contract/engine-schema.md#validation rules 4–6), one declaration at a time in file order.
 * Unknown annotation names are opaque metadata and pass.
 */

const PROPERTY_ONLY = new Set(['key', 'unique', 'index', 'embed']);

function nonEmptyString(value: LiteralValue | null): boolean {
  return value !== null && (value.kind === 'string' || value.kind === 'ident') && value.value.trim() !== '';
}

function checkDescription(a: Annotation, seen: Set<string>, target: string): void {
  if (seen.has(a.name)) throw parseFailure(`${target} declares @${a.name} multiple times`, a);
  seen.add(a.name);
  if (!nonEmptyString(a.value)) throw parseFailure(`@${a.name} on ${target} requires a non-empty value`, a);
}

function checkRenameFrom(a: Annotation, seen: Set<string>, target: string): void {
  if (seen.has(a.name)) throw parseFailure(`${target} declares @rename_from multiple times`, a);
  seen.add(a.name);
  if (!nonEmptyString(a.value)) throw parseFailure(`@rename_from on ${target} requires exactly one non-empty positional value`, a);
  if (a.kwargs.size > 0) throw parseFailure(`@rename_from on ${target} does not accept keyword arguments`, a);
}

export function validateTypeAnnotations(kind: 'node' | 'edge', name: string, annotations: readonly Annotation[]): void {
  const target = `${kind} ${name}`;
  const seen = new Set<string>();
  for (const a of annotations) {
    if (PROPERTY_ONLY.has(a.name)) {
      throw parseFailure(
        kind === 'node'
          ? `@${a.name} is only supported on node properties or as body constraint (node ${name})`
          : `@${a.name} is not supported on edges (edge ${name})`,
        a,
      );
    }
    if (a.name === 'description' || a.name === 'instruction') checkDescription(a, seen, target);
    else if (a.name === 'rename_from') checkRenameFrom(a, seen, target);
  }
}

/** `siblings` = the owner's effective properties, where `@embed` looks for its source. */
export function validatePropertyAnnotations(
  ownerKind: 'interface' | 'node' | 'edge',
  owner: string,
  prop: AstProperty,
  siblings: readonly AstProperty[],
): void {
  const qualified = `${owner}.${prop.name}`;
  const target = `property ${qualified}`;
  const early = new Set<string>();
  for (const a of prop.annotations) {
    if (a.name === 'description') checkDescription(a, early, target);
    else if (a.name === 'rename_from') checkRenameFrom(a, early, target);
  }
  const type = prop.type;
  const isVector = typeof type.scalar !== 'string';
  const seen = new Set<string>();
  for (const a of prop.annotations) {
    if (PROPERTY_ONLY.has(a.name)) {
      if (type.list) throw parseFailure(`@${a.name} is not supported on list property ${qualified}`, a);
      if (isVector && (a.name === 'key' || a.name === 'unique')) throw parseFailure(`@${a.name} is not supported on vector property ${qualified}`, a);
      if (type.scalar === 'Blob') throw parseFailure(`@${a.name} is not supported on blob property ${qualified}`, a);
    }
    if (a.name === 'instruction') throw parseFailure(`@instruction is only supported on node and edge types (property ${qualified})`, a);
    if (ownerKind === 'edge' && (a.name === 'key' || a.name === 'embed')) {
      throw parseFailure(`@${a.name} is not supported on edge properties (edge ${qualified})`, a);
    }
    if (a.name === 'key' || a.name === 'unique' || a.name === 'index') {
      if (seen.has(a.name)) throw parseFailure(`property ${qualified} declares @${a.name} multiple times`, a);
      seen.add(a.name);
    } else if (a.name === 'embed') {
      if (seen.has(a.name)) throw parseFailure(`property ${qualified} declares @embed multiple times`, a);
      seen.add(a.name);
      validateEmbed(a, owner, qualified, isVector, siblings);
    }
  }
}

function validateEmbed(a: Annotation, owner: string, qualified: string, isVector: boolean, siblings: readonly AstProperty[]): void {
  if (!isVector) throw parseFailure(`@embed is only supported on vector properties (${qualified})`, a);
  const value = a.value;
  if (value === null) throw parseFailure(`@embed on ${qualified} requires a source property name`, a);
  const source = value.kind === 'string' || value.kind === 'ident' ? value.value : '';
  if (source.trim() === '') throw parseFailure(`@embed on ${qualified} requires a non-empty source property name`, a);
  for (const key of a.kwargs.keys()) {
    if (key !== 'model') throw parseFailure(`@embed on ${qualified} has unknown argument '${key}=' (only 'model' is supported)`, a);
  }
  const sourceProp = siblings.find((p) => p.name === source);
  if (sourceProp === undefined) throw parseFailure(`@embed on ${qualified} references unknown source property ${source}`, a);
  if (sourceProp.type.scalar !== 'String' || sourceProp.type.list) {
    throw parseFailure(`@embed source property ${owner}.${source} must be String`, a);
  }
}
