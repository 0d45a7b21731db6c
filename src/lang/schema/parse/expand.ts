import { displayPropType, type PropType } from '../catalog.js';
import type { AstConstraint, AstProperty, InterfaceLink } from '../ast.js';
import { parseFailure } from './failure.js';
import { desugar, type LoweredDecl, type LoweredProperty } from './lower.js';

/**
 * Interface expansion (docs/contract/engine-schema.md#declarations), run for every node after all declarations are lowered:
 * each implemented interface's properties are either matched against a same-named node property
 * (types must be equal) or injected into the node, bringing their `@key/@unique/@index` along as
 * node constraints.
 */

export interface ExpandedNode {
  readonly properties: AstProperty[];
  readonly constraints: AstConstraint[];
}

export function samePropType(a: PropType, b: PropType): boolean {
  const scalarEq =
    typeof a.scalar === 'string' || typeof b.scalar === 'string' ? a.scalar === b.scalar : a.scalar.Vector === b.scalar.Vector;
  const enumEq =
    a.enumValues === null || b.enumValues === null
      ? a.enumValues === b.enumValues
      : a.enumValues.length === b.enumValues.length && a.enumValues.every((v, i) => v === b.enumValues?.[i]);
  return scalarEq && a.nullable === b.nullable && a.list === b.list && enumEq;
}

/** First declaration of each interface name, so expansion stays linear in the schema size. */
export function interfaceIndex(decls: readonly LoweredDecl[]): ReadonlyMap<string, Extract<LoweredDecl, { kind: 'interface' }>> {
  const map = new Map<string, Extract<LoweredDecl, { kind: 'interface' }>>();
  for (const d of decls) if (d.kind === 'interface' && !map.has(d.name)) map.set(d.name, d);
  return map;
}

export function expandNode(
  node: Extract<LoweredDecl, { kind: 'node' }>,
  interfaces: ReadonlyMap<string, Extract<LoweredDecl, { kind: 'interface' }>>,
): ExpandedNode {
  const properties: AstProperty[] = node.properties.map((p) => ({ ...p, declaredDirectly: true, satisfies: [] }));
  const constraints = [...node.constraints];
  const byName = new Map<string, number>();
  properties.forEach((p, i) => {
    if (!byName.has(p.name)) byName.set(p.name, i);
  });
  for (const impl of node.implements) {
    const iface = interfaces.get(impl.name);
    if (iface === undefined) {
      throw parseFailure(`node ${node.name} implements unknown interface '${impl.name}'`, impl);
    }
    for (const ip of iface.properties) {
      const link: InterfaceLink = { interfaceName: iface.name, propertyName: ip.name };
      const index = byName.get(ip.name);
      const existing = index === undefined ? undefined : properties[index];
      if (index !== undefined && existing !== undefined) {
        if (!samePropType(existing.type, ip.type)) {
          throw parseFailure(
            `node ${node.name} property '${ip.name}' has type ${displayPropType(existing.type)} but interface ${iface.name} declares it as ${displayPropType(ip.type)}`,
            existing,
          );
        }
        properties[index] = { ...existing, satisfies: [...existing.satisfies, link] };
        continue;
      }
      byName.set(ip.name, properties.length);
      properties.push(injected(ip, link));
      constraints.push(...desugar(ip, 'interface'));
    }
  }
  return { properties, constraints };
}

function injected(ip: LoweredProperty, link: InterfaceLink): AstProperty {
  return { ...ip, declaredDirectly: false, satisfies: [link] };
}
