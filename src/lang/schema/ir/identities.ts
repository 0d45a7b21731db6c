import { compareBytes } from '../../../base/json.js';
import type { SchemaShape } from '../shape/shape.js';
import type { SchemaIr } from './types.js';

/**
 * Identity resolution (docs/contract/engine-schema.md#stable-identity): which accepted type/property each desired one continues,
 * and fresh ids from the shared counter for the rest, allocated types first (interface < node <
 * edge, by name), then properties (by owner type_id, name), then table incarnations (by type_id).
 */

export type TypeKind = 'interface' | 'node' | 'edge';
const KIND_ORDER: readonly TypeKind[] = ['interface', 'node', 'edge'];

export interface RenameHints {
  /** `kind:Name` → accepted name it continues. */
  readonly types: ReadonlyMap<string, string>;
  /** `kind:Type.prop` → accepted property name under the same owner. */
  readonly properties: ReadonlyMap<string, string>;
}

export interface ResolvedType {
  readonly typeId: number;
  readonly incarnationId: number | null;
  /** Accepted name, or null for a new type. */
  readonly acceptedName: string | null;
  readonly propertyIds: ReadonlyMap<string, number>;
}

export interface Identities {
  /** Keyed by `kind:DesiredName`. */
  readonly types: ReadonlyMap<string, ResolvedType>;
  readonly nextIdentityId: number;
}

interface AcceptedType {
  readonly kind: TypeKind;
  readonly name: string;
  readonly typeId: number;
  readonly incarnationId: number | null;
  readonly properties: ReadonlyMap<string, number>;
}

function acceptedTypes(ir: SchemaIr | null): AcceptedType[] {
  if (ir === null) return [];
  const props = (list: readonly { name: string; property_id: number }[]) => new Map(list.map((p) => [p.name, p.property_id]));
  return [
    ...ir.interfaces.map((t) => ({ kind: 'interface' as const, name: t.name, typeId: t.type_id, incarnationId: null, properties: props(t.properties) })),
    ...ir.nodes.map((t) => ({ kind: 'node' as const, name: t.name, typeId: t.type_id, incarnationId: t.table_incarnation_id, properties: props(t.properties) })),
    ...ir.edges.map((t) => ({ kind: 'edge' as const, name: t.name, typeId: t.type_id, incarnationId: t.table_incarnation_id, properties: props(t.properties) })),
  ];
}

/** Returns the identities or the resolution failure's message (without the outer prefix). */
// Long on purpose: the successive matching passes share the claimed/matched maps they build up.
export function resolveIdentities(shape: SchemaShape, accepted: SchemaIr | null, hints: RenameHints): Identities | string {
  const desired = KIND_ORDER.flatMap((kind) => {
    const list = kind === 'interface' ? shape.interfaces : kind === 'node' ? shape.nodes : shape.edges;
    return list.map((t) => ({ kind, name: t.name, properties: t.properties.map((p) => p.name) }));
  });
  const olds = acceptedTypes(accepted);
  const oldByKey = new Map(olds.map((o) => [`${o.kind}:${o.name}`, o]));
  const claimed = new Set<AcceptedType>();
  const match = new Map<string, AcceptedType>();
  for (const d of desired) {
    const exact = oldByKey.get(`${d.kind}:${d.name}`);
    if (exact !== undefined && !claimed.has(exact)) {
      claimed.add(exact);
      match.set(`${d.kind}:${d.name}`, exact);
    }
  }
  if (accepted !== null) {
    for (const d of desired) {
      const key = `${d.kind}:${d.name}`;
      const old = hints.types.get(key);
      if (match.has(key) || old === undefined || d.kind === 'interface') continue;
      const named = olds.filter((o) => o.name === old);
      if (named.length === 0) return `${d.kind} '${d.name}' declares @rename_from("${old}") but no accepted declaration has that name`;
      const same = named.find((o) => o.kind === d.kind);
      if (same === undefined) return `cannot rename accepted '${old}' across declaration kinds`;
      if (claimed.has(same)) return `${d.kind} '${d.name}' declares @rename_from("${old}") but accepted ${d.kind} '${old}' is already matched by another declaration`;
      claimed.add(same);
      match.set(key, same);
    }
  }

  let next = accepted?.next_identity_id ?? 1;
  const typeIds = new Map<string, number>();
  for (const d of desired) {
    const key = `${d.kind}:${d.name}`;
    typeIds.set(key, match.get(key)?.typeId ?? next++);
  }

  const propertyIds = new Map<string, Map<string, number>>();
  const fresh: { key: string; owner: number; name: string }[] = [];
  for (const d of desired) {
    const key = `${d.kind}:${d.name}`;
    const owner = match.get(key);
    const ids = new Map<string, number>();
    propertyIds.set(key, ids);
    const taken = new Set<number>();
    for (const p of d.properties) {
      const exact = owner?.properties.get(p);
      if (exact !== undefined && !taken.has(exact)) {
        ids.set(p, exact);
        taken.add(exact);
      }
    }
    for (const p of d.properties) {
      if (ids.has(p)) continue;
      const old = owner === undefined ? undefined : hints.properties.get(`${d.kind}:${d.name}.${p}`);
      if (owner !== undefined && old !== undefined) {
        const id = owner.properties.get(old);
        const qualified = `property '${d.name}.${p}' declares @rename_from("${old}")`;
        if (id === undefined) {
          const elsewhere = olds.some((o) => o !== owner && o.properties.has(old));
          return elsewhere
            ? `${qualified}: property moves across stable owners are not supported`
            : `${qualified} but no accepted property with that name exists under the stable owner`;
        }
        if (taken.has(id)) return `${qualified} but accepted property '${owner.name}.${old}' is already matched`;
        ids.set(p, id);
        taken.add(id);
        continue;
      }
      fresh.push({ key, owner: typeIds.get(key) ?? 0, name: p });
    }
  }
  fresh.sort((a, b) => a.owner - b.owner || compareBytes(a.name, b.name));
  for (const f of fresh) propertyIds.get(f.key)?.set(f.name, next++);

  const incarnations = new Map<string, number>();
  const needIncarnation = desired
    .filter((d) => d.kind !== 'interface')
    .map((d) => `${d.kind}:${d.name}`)
    .filter((key) => match.get(key)?.incarnationId == null)
    .sort((a, b) => (typeIds.get(a) ?? 0) - (typeIds.get(b) ?? 0));
  for (const key of needIncarnation) incarnations.set(key, next++);

  const types = new Map<string, ResolvedType>();
  for (const d of desired) {
    const key = `${d.kind}:${d.name}`;
    const m = match.get(key);
    types.set(key, {
      typeId: typeIds.get(key) ?? 0,
      incarnationId: d.kind === 'interface' ? null : (m?.incarnationId ?? incarnations.get(key) ?? 0),
      acceptedName: m?.name ?? null,
      propertyIds: propertyIds.get(key) ?? new Map(),
    });
  }
  return { types, nextIdentityId: next };
}
