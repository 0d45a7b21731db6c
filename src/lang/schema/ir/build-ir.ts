import type { SchemaShape, ShapeConstraint, ShapeProperty } from '../shape/shape.js';
import type { Identities, ResolvedType, TypeKind } from './identities.js';
import type { IrConstraint, IrField, IrProperty, IrPropertyRef, IrTypeRef, SchemaIr } from './types.js';

/**
 * Assembles the IR from the canonical shape and resolved identities. Constraint columns named
 * `id` (and `src`/`dst` on edges) bind to the system columns, exactly as the reference does even
 * when a property of that name is declared (docs/contract/engine-schema.md#types); `keyOnSystemId` refuses a @key on
 * it before this runs.
 */
// Long on purpose: the small builders inside close over the resolved identities they all read.
export function buildIr(shape: SchemaShape, ids: Identities, domain: string): SchemaIr {
  const resolved = (kind: TypeKind, name: string): ResolvedType | undefined => ids.types.get(`${kind}:${name}`);
  const typeRef = (kind: TypeKind, name: string): IrTypeRef => ({ type_id: resolved(kind, name)?.typeId ?? 0, type_name: name });
  const propRef = (kind: TypeKind, owner: string, prop: string): IrPropertyRef => {
    const t = resolved(kind, owner);
    return { owner_type_id: t?.typeId ?? 0, owner_type_name: owner, property_id: t?.propertyIds.get(prop) ?? 0, property_name: prop };
  };
  const property = (kind: TypeKind, owner: string, p: ShapeProperty): IrProperty => ({
    property_id: resolved(kind, owner)?.propertyIds.get(p.name) ?? 0,
    name: p.name,
    prop_type: p.prop_type,
    annotations: p.annotations,
    property_constraints: p.property_constraints,
    embed_source: p.embed_source === null ? null : { source: propRef(kind, owner, p.embed_source.property_name), model: p.embed_source.model },
    declared_directly: p.declared_directly,
    satisfies_interface_properties: p.satisfies_interface_properties.map((s) => propRef('interface', s.owner_name, s.property_name)),
  });
  const field = (kind: 'node' | 'edge', owner: string, column: string): IrField => {
    if (column === 'id' || (kind === 'edge' && (column === 'src' || column === 'dst'))) {
      const t = resolved(kind, owner);
      return { kind: 'system', stable_table_id: t?.typeId ?? 0, table_type_name: owner, table_incarnation_id: t?.incarnationId ?? 0, role: column };
    }
    return { kind: 'property', ...propRef(kind, owner, column) };
  };
  const constraint = (kind: 'node' | 'edge', owner: string, c: ShapeConstraint): IrConstraint => {
    if ('Key' in c) return { kind: 'key', fields: c.Key.map((col) => field(kind, owner, col)) };
    if ('Unique' in c) return { kind: 'unique', fields: c.Unique.map((col) => field(kind, owner, col)) };
    if ('Index' in c) return { kind: 'index', fields: c.Index.map((col) => field(kind, owner, col)) };
    if ('Range' in c) return { kind: 'range', field: field(kind, owner, c.Range.property), min: c.Range.min, max: c.Range.max };
    return { kind: 'check', field: field(kind, owner, c.Check.property), pattern: c.Check.pattern };
  };

  return {
    ir_version: 2,
    schema_identity_domain: domain,
    next_identity_id: ids.nextIdentityId,
    interfaces: shape.interfaces.map((t) => ({
      type_id: resolved('interface', t.name)?.typeId ?? 0,
      name: t.name,
      properties: t.properties.map((p) => property('interface', t.name, p)),
    })),
    nodes: shape.nodes.map((t) => ({
      type_id: resolved('node', t.name)?.typeId ?? 0,
      table_incarnation_id: resolved('node', t.name)?.incarnationId ?? 0,
      name: t.name,
      annotations: t.annotations,
      implements: t.implements.map((i) => typeRef('interface', i)),
      properties: t.properties.map((p) => property('node', t.name, p)),
      constraints: t.constraints.map((c) => constraint('node', t.name, c)),
    })),
    edges: shape.edges.map((t) => ({
      type_id: resolved('edge', t.name)?.typeId ?? 0,
      table_incarnation_id: resolved('edge', t.name)?.incarnationId ?? 0,
      name: t.name,
      from_type: typeRef('node', t.from_type),
      to_type: typeRef('node', t.to_type),
      cardinality: t.cardinality,
      annotations: t.annotations,
      properties: t.properties.map((p) => property('edge', t.name, p)),
      constraints: t.constraints.map((c) => constraint('edge', t.name, c)),
    })),
  };
}
