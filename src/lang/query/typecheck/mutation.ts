import type { CatalogProperty, EdgeType, NodeType, PropType } from '../../schema/catalog.js';
import type { Mutation, PropAssign, WherePredicate } from '../ast.js';
import { fail, scalarType } from './prop-types.js';
import { checkMutationValue } from './values.js';

/**
 * Mutation statements (T10–T14, T16). A name that is both a node and an edge type resolves to
 * the node. Insert checks duplicates (T13) before the target; update refuses edges (T16) first.
 */

type Params = ReadonlyMap<string, PropType>;
const ENDPOINT = scalarType('String');

export function checkMutation(m: Mutation, nodes: ReadonlyMap<string, NodeType>, findEdge: (n: string) => EdgeType | undefined, params: Params): void {
  switch (m.kind) {
    case 'insert': {
      if (m.assignments.length === 0) throw fail('T10: insert mutation requires at least one assignment', m);
      noDuplicates(m.assignments);
      const node = nodes.get(m.typeName);
      if (node) return insertNode(m.typeName, node, m.assignments, params, m);
      const edge = edgeNamed(m.typeName, findEdge);
      if (edge) return insertEdge(m.typeName, edge, m.assignments, params, m);
      throw fail(`T10: unknown node/edge type \`${m.typeName}\``, m);
    }
    case 'update': {
      const node = nodes.get(m.typeName);
      if (!node) {
        if (edgeNamed(m.typeName, findEdge)) throw fail(`T16: update mutation for edge type \`${m.typeName}\` is not supported`, m);
        throw fail(`T10: unknown node/edge type \`${m.typeName}\``, m);
      }
      if (m.assignments.length === 0) throw fail('T10: update mutation requires at least one assignment', m);
      noDuplicates(m.assignments);
      for (const a of m.assignments) checkMutationValue(a.value, property(m.typeName, node.properties, a).type, a.property, params);
      return checkWhere(m.typeName, node.properties, m.where, params);
    }
    case 'delete': {
      const node = nodes.get(m.typeName);
      if (node) return checkWhere(m.typeName, node.properties, m.where, params);
      const edge = edgeNamed(m.typeName, findEdge);
      if (!edge) throw fail(`T10: unknown node/edge type \`${m.typeName}\``, m);
      if (m.where.property === 'from' || m.where.property === 'to') return checkMutationValue(m.where.value, ENDPOINT, m.where.property, params);
      return checkWhere(m.typeName, edge.properties, m.where, params);
    }
  }
}

/** Mutations name types exactly; the case-insensitive fallback is for traversal edge idents only. */
function edgeNamed(name: string, findEdge: (n: string) => EdgeType | undefined): EdgeType | undefined {
  const edge = findEdge(name);
  return edge?.name === name ? edge : undefined;
}

function noDuplicates(assignments: readonly PropAssign[]): void {
  const seen = new Set<string>();
  for (const a of assignments) {
    if (seen.has(a.property)) throw fail(`T13: duplicate assignment for property \`${a.property}\``, a);
    seen.add(a.property);
  }
}

function property(typeName: string, props: ReadonlyMap<string, CatalogProperty>, a: { property: string; line: number; column: number }): CatalogProperty {
  const prop = props.get(a.property);
  if (!prop) throw fail(`T11: type \`${typeName}\` has no property \`${a.property}\``, a);
  return prop;
}

function insertNode(typeName: string, node: NodeType, assignments: readonly PropAssign[], params: Params, at: Mutation): void {
  for (const a of assignments) checkMutationValue(a.value, property(typeName, node.properties, a).type, a.property, params);
  const assigned = new Set(assignments.map((a) => a.property));
  for (const [name, prop] of node.properties) {
    if (prop.type.nullable || assigned.has(name)) continue;
    const source = prop.embedSource?.propertyName;
    if (source !== undefined) {
      if (assigned.has(source)) continue;
      throw fail(`T12: insert for \`${typeName}\` must provide non-nullable property \`${name}\` or @embed source \`${source}\``, at);
    }
    throw fail(`T12: insert for \`${typeName}\` must provide non-nullable property \`${name}\``, at);
  }
}

function insertEdge(typeName: string, edge: EdgeType, assignments: readonly PropAssign[], params: Params, at: Mutation): void {
  for (const a of assignments) {
    const expected = a.property === 'from' || a.property === 'to' ? ENDPOINT : property(typeName, edge.properties, a).type;
    checkMutationValue(a.value, expected, a.property, params);
  }
  const assigned = new Set(assignments.map((a) => a.property));
  for (const endpoint of ['from', 'to']) {
    if (!assigned.has(endpoint)) throw fail(`T12: insert for \`${typeName}\` must provide required endpoint \`${endpoint}\``, at);
  }
  for (const [name, prop] of edge.properties) {
    if (!prop.type.nullable && !assigned.has(name)) throw fail(`T12: insert for \`${typeName}\` must provide non-nullable property \`${name}\``, at);
  }
}

function checkWhere(typeName: string, props: ReadonlyMap<string, CatalogProperty>, where: WherePredicate, params: Params): void {
  const prop = property(typeName, props, where);
  if (prop.type.scalar === 'Blob') throw fail(`T11: blob property \`${where.property}\` cannot be used in WHERE predicates`, where);
  checkMutationValue(where.value, prop.type, where.property, params);
}
