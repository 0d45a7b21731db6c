import type { Catalog, CatalogProperty, EdgeType, NodeType, PropType, Scalar } from '../../../../src/lang/schema/catalog.js';

/**
 * A tiny Catalog builder for checker tests, independent of the schema parser: property types
 * are written as in `.pg` (`String`, `I32?`, `[String]`, `Vector(3)`, `enum(a, b)`), and a
 * trailing ` @embed(src)` marks an embedding source.
 */

type PropSpec = Record<string, string>;

export interface CatalogSpec {
  readonly nodes?: Record<string, PropSpec>;
  readonly edges?: Record<string, { readonly from: string; readonly to: string; readonly props?: PropSpec }>;
}

export function propType(text: string): PropType {
  const nullable = text.endsWith('?');
  const core = nullable ? text.slice(0, -1) : text;
  const enumMatch = /^enum\((.*)\)$/.exec(core);
  if (enumMatch) {
    const values = [...new Set((enumMatch[1] ?? '').split(',').map((v) => v.trim()))].sort();
    return { scalar: 'String', nullable, list: false, enumValues: values };
  }
  const list = core.startsWith('[');
  const inner = list ? core.slice(1, -1) : core;
  const vector = /^Vector\((\d+)\)$/.exec(inner);
  const scalar: Scalar = vector ? { Vector: Number(vector[1]) } : (inner as Scalar);
  return { scalar, nullable, list, enumValues: null };
}

function properties(spec: PropSpec | undefined): Map<string, CatalogProperty> {
  const out = new Map<string, CatalogProperty>();
  for (const [name, raw] of Object.entries(spec ?? {})) {
    const embed = /^(.*?)\s+@embed\((\w+)\)$/.exec(raw);
    const type = propType(embed ? (embed[1] ?? '') : raw);
    out.set(name, { name, type, annotations: [], embedSource: embed ? { propertyName: embed[2] ?? '', model: null } : null, declaredDirectly: true });
  }
  return out;
}

export function buildTestCatalog(spec: CatalogSpec): Catalog {
  const nodes = new Map<string, NodeType>();
  for (const [name, props] of Object.entries(spec.nodes ?? {})) {
    nodes.set(name, { kind: 'node', name, annotations: [], implements: [], properties: properties(props), constraints: [] });
  }
  const edges = new Map<string, EdgeType>();
  for (const [name, e] of Object.entries(spec.edges ?? {})) {
    edges.set(name, {
      kind: 'edge',
      name,
      fromType: e.from,
      toType: e.to,
      cardinality: { min: 0, max: null },
      annotations: [],
      properties: properties(e.props),
      constraints: [],
    });
  }
  return {
    interfaces: new Map(),
    nodes,
    edges,
    findEdge(name: string) {
      const exact = edges.get(name);
      if (exact) return exact;
      const lower = name.toLowerCase();
      return [...edges.values()].find((e) => e.name.toLowerCase() === lower);
    },
  };
}
