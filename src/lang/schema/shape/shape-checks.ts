import { toCompactJson } from '../../../base/json.js';
import type { LangError } from '../../errors.js';
import { locatedError, type DeclLocator } from '../ir/locate.js';
import type { SchemaShape, ShapeProperty } from './shape.js';

/**
 * Shape-stage checks (docs/contract/engine-schema.md#validation): what `init` and schema planning reject beyond parse and
 * catalog build. Duplicated node properties are left to the IR validation, as in the reference.
 * With a locator (load time), each failure points at the declaration it names.
 */
export function checkSchemaShape(shape: SchemaShape, locate: DeclLocator = () => undefined): LangError | null {
  const fail = (message: string, kind?: 'interface' | 'node' | 'edge', name?: string, which?: 'first' | 'last'): LangError =>
    locatedError(message, kind === undefined || name === undefined ? undefined : locate(kind, name, which));
  const dupProperty = (props: readonly ShapeProperty[]): boolean => props.some((p, i) => i > 0 && props[i - 1]?.name === p.name);

  for (let i = 0; i < shape.interfaces.length; i++) {
    const iface = shape.interfaces[i];
    if (iface === undefined) continue;
    if (shape.interfaces[i - 1]?.name === iface.name) return fail('duplicate interface name in schema shape', 'interface', iface.name, 'last');
    if (dupProperty(iface.properties)) return fail(`duplicate property in schema shape for '${iface.name}'`, 'interface', iface.name);
  }
  const interfaceProps = new Map<string, ShapeProperty>();
  for (const iface of shape.interfaces) for (const p of iface.properties) interfaceProps.set(`${iface.name}.${p.name}`, p);
  const nodeNames = new Set<string>();
  for (const node of shape.nodes) {
    if (nodeNames.has(node.name)) return fail('duplicate node name in schema shape', 'node', node.name, 'last');
    nodeNames.add(node.name);
    for (const p of node.properties) {
      if (p.satisfies_interface_properties.length < 2 || p.declared_directly) continue;
      const semantics = new Set(
        p.satisfies_interface_properties.map((link) => {
          const ip = interfaceProps.get(`${link.owner_name}.${link.property_name}`);
          return toCompactJson(ip === undefined ? null : [ip.prop_type, ip.annotations, ip.property_constraints, ip.embed_source]);
        }),
      );
      if (semantics.size > 1) return fail(`interfaces contributing '${node.name}.${p.name}' have incompatible property semantics`, 'node', node.name);
    }
  }
  const edgeNames = new Set<string>();
  for (const edge of shape.edges) {
    if (edgeNames.has(edge.name)) return fail(`duplicate edge name '${edge.name}' in schema shape`, 'edge', edge.name, 'last');
    edgeNames.add(edge.name);
    if (dupProperty(edge.properties)) return fail(`duplicate property in schema shape for '${edge.name}'`, 'edge', edge.name);
    if (!nodeNames.has(edge.from_type) || !nodeNames.has(edge.to_type)) return fail(`edge '${edge.name}' has an unresolved endpoint`, 'edge', edge.name);
  }
  return null;
}
