import type { LangResult } from '../errors.js';
import type { AstConstraint, AstProperty, SchemaAst } from './ast.js';
import type { Catalog, CatalogProperty, Constraint, EdgeType, EmbedSource, InterfaceType, NodeType } from './catalog.js';

/**
 * `build_catalog` (docs/contract/engine-schema.md#validation catalog-stage rules): what `cluster validate` and
 * `omnigraph lint --schema` run after parsing. Node checks run before edge checks; per edge the
 * order is duplicate, source, target, case-folding collision. Duplicate property names and
 * duplicate interfaces are deliberately not checked here (the shape stage does that).
 */
export function buildCatalog(ast: SchemaAst): LangResult<Catalog> {
  const interfaces = new Map<string, InterfaceType>();
  const nodes = new Map<string, NodeType>();
  const edges = new Map<string, EdgeType>();
  const fail = (message: string, at: { line: number; column: number }): LangResult<Catalog> => ({
    ok: false,
    error: { stage: 'catalog', message: `catalog error: ${message}`, line: at.line, column: at.column },
  });

  for (const d of ast.declarations) {
    if (d.kind === 'interface' && !interfaces.has(d.name)) {
      interfaces.set(d.name, { kind: 'interface', name: d.name, properties: propertyMap(d.properties) });
    }
  }
  for (const d of ast.declarations) {
    if (d.kind !== 'node') continue;
    if (nodes.has(d.name)) return fail(`duplicate node type: ${d.name}`, d);
    nodes.set(d.name, {
      kind: 'node',
      name: d.name,
      annotations: d.annotations,
      implements: d.implements,
      properties: propertyMap(d.properties),
      constraints: d.constraints.map(plainConstraint),
    });
  }
  const folded = new Map<string, string>();
  for (const d of ast.declarations) {
    if (d.kind !== 'edge') continue;
    if (edges.has(d.name)) return fail(`duplicate edge type: ${d.name}`, d);
    if (!nodes.has(d.fromType)) return fail(`edge ${d.name} references unknown source type: ${d.fromType}`, d);
    if (!nodes.has(d.toType)) return fail(`edge ${d.name} references unknown target type: ${d.toType}`, d);
    const lower = d.name.toLowerCase();
    const earlier = folded.get(lower);
    if (earlier !== undefined) return fail(`edge name collision after case folding: '${d.name}' conflicts with '${earlier}'`, d);
    folded.set(lower, d.name);
    edges.set(d.name, {
      kind: 'edge',
      name: d.name,
      fromType: d.fromType,
      toType: d.toType,
      cardinality: d.cardinality,
      annotations: d.annotations,
      properties: propertyMap(d.properties),
      constraints: d.constraints.map(plainConstraint),
    });
  }
  const findEdge = (name: string): EdgeType | undefined => {
    const exact = edges.get(name);
    if (exact !== undefined) return exact;
    const canonical = folded.get(name.toLowerCase());
    return canonical === undefined ? undefined : edges.get(canonical);
  };
  return { ok: true, value: { interfaces, nodes, edges, findEdge } };
}

/** The first declaration of a name wins; duplicates are a shape-stage error, not a catalog one. */
function propertyMap(props: readonly AstProperty[]): Map<string, CatalogProperty> {
  const map = new Map<string, CatalogProperty>();
  for (const p of props) {
    if (map.has(p.name)) continue;
    map.set(p.name, { name: p.name, type: p.type, annotations: p.annotations, embedSource: embedSource(p), declaredDirectly: p.declaredDirectly });
  }
  return map;
}

export function embedSource(p: AstProperty): EmbedSource | null {
  const embed = p.annotations.find((a) => a.name === 'embed');
  if (embed === undefined || embed.value === null) return null;
  const model = embed.kwargs.get('model');
  return {
    propertyName: String(embed.value.value),
    model: model === undefined ? null : String(model.value),
  };
}

export function plainConstraint(c: AstConstraint): Constraint {
  switch (c.kind) {
    case 'key':
    case 'unique':
    case 'index':
      return { kind: c.kind, columns: [...c.columns] };
    case 'range':
      return { kind: 'range', property: c.property, min: c.min, max: c.max };
    case 'check':
      return { kind: 'check', property: c.property, pattern: c.pattern };
  }
}
