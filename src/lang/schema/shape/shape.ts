import { compareBytes, F64, sortBytewise, toCompactJson } from '../../../base/json.js';
import { sha256hex } from '../../../base/hash.js';
import type { AstConstraint, AstProperty, SchemaAst } from '../ast.js';
import type { Annotation, LiteralValue, PropType, RangeBound } from '../catalog.js';
import { embedSource } from '../build-catalog.js';

/**
 * The canonical SchemaShape (docs/contract/engine-schema.md#canonical-form): the normal form that ignores comments, whitespace,
 * declaration/property/annotation/enum order and `@rename_from` hints. Field names are the JSON
 * names so that the compact JSON is a straight walk; range bounds stay numbers here and become
 * F64 only when serialized.
 */

export interface PropTypeJson {
  readonly scalar: string | { readonly Vector: number };
  readonly nullable: boolean;
  readonly list: boolean;
  readonly enum_values: readonly string[] | null;
}

export interface ShapeAnnotation {
  readonly name: string;
  readonly value: string | null;
  /** Present only when non-empty, keys in byte order. */
  readonly kwargs?: Readonly<Record<string, string>>;
}

export type ShapeConstraint =
  | { readonly Key: readonly string[] }
  | { readonly Unique: readonly string[] }
  | { readonly Index: readonly string[] }
  | { readonly Range: { readonly property: string; readonly min: RangeBound | null; readonly max: RangeBound | null } }
  | { readonly Check: { readonly property: string; readonly pattern: string } };

export type PropertyConstraintKind = 'key' | 'unique' | 'index';

export interface ShapeProperty {
  readonly name: string;
  readonly prop_type: PropTypeJson;
  readonly annotations: readonly ShapeAnnotation[];
  readonly property_constraints: readonly PropertyConstraintKind[];
  readonly embed_source: { readonly property_name: string; readonly model: string | null } | null;
  readonly declared_directly: boolean;
  readonly satisfies_interface_properties: readonly { readonly owner_name: string; readonly property_name: string }[];
}

export interface ShapeInterface {
  readonly name: string;
  readonly properties: readonly ShapeProperty[];
}

export interface ShapeNode {
  readonly name: string;
  readonly annotations: readonly ShapeAnnotation[];
  readonly implements: readonly string[];
  readonly properties: readonly ShapeProperty[];
  readonly constraints: readonly ShapeConstraint[];
}

export interface ShapeEdge {
  readonly name: string;
  readonly from_type: string;
  readonly to_type: string;
  readonly cardinality: { readonly min: number; readonly max: number | null };
  readonly annotations: readonly ShapeAnnotation[];
  readonly properties: readonly ShapeProperty[];
  readonly constraints: readonly ShapeConstraint[];
}

export interface SchemaShape {
  readonly interfaces: readonly ShapeInterface[];
  readonly nodes: readonly ShapeNode[];
  readonly edges: readonly ShapeEdge[];
}

const NOT_METADATA = new Set(['rename_from', 'embed', 'key', 'unique', 'index']);
const PROPERTY_CONSTRAINT_ORDER: readonly PropertyConstraintKind[] = ['key', 'unique', 'index'];

const byName = <T extends { readonly name: string }>(a: T, b: T): number => compareBytes(a.name, b.name);

export function propTypeJson(t: PropType): PropTypeJson {
  return { scalar: t.scalar, nullable: t.nullable, list: t.list, enum_values: t.enumValues };
}

export function literalText(v: LiteralValue): string {
  return typeof v.value === 'boolean' ? String(v.value) : v.value;
}

/** Drops hints and constraint/embed markers; sorts by compact JSON and de-duplicates. */
export function shapeAnnotations(annotations: readonly Annotation[]): ShapeAnnotation[] {
  if (annotations.length === 0) return [];
  const out = new Map<string, ShapeAnnotation>();
  for (const a of annotations) {
    if (NOT_METADATA.has(a.name)) continue;
    const kwargs = [...a.kwargs.entries()].sort((x, y) => compareBytes(x[0], y[0]));
    const entry: ShapeAnnotation = {
      name: a.name,
      value: a.value === null ? null : literalText(a.value),
      ...(kwargs.length > 0 ? { kwargs: Object.fromEntries(kwargs.map(([k, v]) => [k, literalText(v)])) } : {}),
    };
    out.set(toCompactJson(entry), entry);
  }
  return sortedValues(out);
}

function shapeProperty(p: AstProperty, owner: 'interface' | 'node' | 'edge'): ShapeProperty {
  const present = new Set(p.annotations.map((a) => a.name));
  const source = embedSource(p);
  return {
    name: p.name,
    prop_type: propTypeJson(p.type),
    annotations: shapeAnnotations(p.annotations),
    property_constraints: PROPERTY_CONSTRAINT_ORDER.filter((k) => present.has(k)),
    embed_source: source === null ? null : { property_name: source.propertyName, model: source.model },
    declared_directly: owner !== 'node' || p.declaredDirectly,
    // Most properties satisfy nothing: no list to map, key and sort for them.
    satisfies_interface_properties:
      owner === 'node' && p.satisfies.length > 0
        ? dedupeSorted(p.satisfies.map((s) => ({ owner_name: s.interfaceName, property_name: s.propertyName })), (s) => `${s.owner_name}\u0000${s.property_name}`)
        : [],
  };
}

function dedupeSorted<T>(items: readonly T[], key: (t: T) => string): T[] {
  const map = new Map<string, T>();
  for (const item of items) map.set(key(item), item);
  return sortedValues(map);
}

/**
 * The values in byte-wise order of their keys. Sorting the keys, not [key, value] pairs: a
 * destructuring comparison per pair was slow before the JIT had warmed (one schema per graph).
 */
function sortedValues<T>(map: ReadonlyMap<string, T>): T[] {
  return sortBytewise([...map.keys()]).map((key) => map.get(key) as T);
}

/** Rust `{:?}` of `Option<RangeBound>`, part of the sort key. */
export function debugBound(b: RangeBound | null): string {
  if (b === null) return 'None';
  if ('Integer' in b) return `Some(Integer(${b.Integer}))`;
  const text = String(b.Float);
  return `Some(Float(${/[.eE]/.test(text) || !Number.isFinite(b.Float) ? text : `${text}.0`}))`;
}

export function shapeConstraintKey(c: ShapeConstraint): string {
  if ('Key' in c) return `key:${c.Key.join(',')}`;
  if ('Unique' in c) return `unique:${c.Unique.join(',')}`;
  if ('Index' in c) return `index:${c.Index.join(',')}`;
  if ('Range' in c) return `range:${c.Range.property}:${debugBound(c.Range.min)}:${debugBound(c.Range.max)}`;
  return `check:${c.Check.property}:${c.Check.pattern}`;
}

export function shapeConstraint(c: AstConstraint): ShapeConstraint {
  const cols = (): string[] => [...new Set(c.kind === 'key' || c.kind === 'unique' || c.kind === 'index' ? c.columns : [])].sort(compareBytes);
  switch (c.kind) {
    case 'key':
      return { Key: cols() };
    case 'unique':
      return { Unique: cols() };
    case 'index':
      return { Index: cols() };
    case 'range':
      return { Range: { property: c.property, min: c.min, max: c.max } };
    case 'check':
      return { Check: { property: c.property, pattern: c.pattern } };
  }
}

function shapeConstraints(list: readonly AstConstraint[]): ShapeConstraint[] {
  return dedupeSorted(list.map(shapeConstraint), shapeConstraintKey);
}

export function buildSchemaShape(ast: SchemaAst): SchemaShape {
  const interfaces: ShapeInterface[] = [];
  const nodes: ShapeNode[] = [];
  const edges: ShapeEdge[] = [];
  for (const d of ast.declarations) {
    const properties = d.properties.map((p) => shapeProperty(p, d.kind)).sort(byName);
    if (d.kind === 'interface') {
      interfaces.push({ name: d.name, properties });
    } else if (d.kind === 'node') {
      const impls = [...new Set(d.implements)].sort(compareBytes);
      nodes.push({ name: d.name, annotations: shapeAnnotations(d.annotations), implements: impls, properties, constraints: shapeConstraints(d.constraints) });
    } else {
      edges.push({
        name: d.name,
        from_type: d.fromType,
        to_type: d.toType,
        cardinality: d.cardinality,
        annotations: shapeAnnotations(d.annotations),
        properties,
        constraints: shapeConstraints(d.constraints),
      });
    }
  }
  return { interfaces: interfaces.sort(byName), nodes: nodes.sort(byName), edges: edges.sort(byName) };
}

/** Float range bounds print with a mandatory fraction, as serde does for f64. */
export function constraintJson(c: ShapeConstraint): unknown {
  if (!('Range' in c)) return c;
  const bound = (b: RangeBound | null): unknown => (b === null ? null : 'Integer' in b ? b : { Float: new F64(b.Float) });
  return { Range: { property: c.Range.property, min: bound(c.Range.min), max: bound(c.Range.max) } };
}

export function schemaShapeJson(shape: SchemaShape): string {
  const withConstraints = <T extends { constraints: readonly ShapeConstraint[] }>(t: T): unknown => ({ ...t, constraints: t.constraints.map(constraintJson) });
  return toCompactJson({ interfaces: shape.interfaces, nodes: shape.nodes.map(withConstraints), edges: shape.edges.map(withConstraints) });
}

export function schemaShapeHash(ast: SchemaAst): string {
  return `sha256:${sha256hex(schemaShapeJson(buildSchemaShape(ast)))}`;
}
