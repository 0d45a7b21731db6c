import type { MigrationStep } from '../../../engine/ports/graph-engine.js';
import { F64, type JsonValue } from '../../../engine/json.js';

/** The `schema plan` / `schema apply` human line for one step (engine.md §2.7), without `- `. */
export function describeStep(s: MigrationStep): string {
  const str = (key: string): string => String(s[key] ?? '');
  const tk = str('type_kind');
  const owner = str('type_name');
  switch (s.kind) {
    case 'add_type':
      return `add ${tk} type '${str('name')}'`;
    case 'rename_type':
      return `rename ${tk} type '${str('from')}' -> '${str('to')}'`;
    case 'add_property':
      return `add property '${owner}.${str('property_name')}' (${typeText(s.property_type)}) on ${tk} '${owner}'`;
    case 'rename_property':
      return `rename property '${owner}.${str('from')}' -> '${owner}.${str('to')}' on ${tk} '${owner}'`;
    case 'add_constraint':
      return `add constraint ${constraintText(s.constraint)} on ${tk} '${owner}'`;
    case 'extend_enum': {
      const added = Array.isArray(s.added_values) ? s.added_values.map((v) => `+${String(v)}`).join(', ') : '';
      return `extend enum '${owner}.${str('property_name')}' (${added}) on ${tk} '${owner}'`;
    }
    case 'update_type_metadata':
      return `update metadata on ${tk} '${str('name')}' (${annotationsText(s.annotations)})`;
    case 'update_property_metadata':
      return `update metadata on property '${owner}.${str('property_name')}' of ${tk} '${owner}' (${annotationsText(s.annotations)})`;
    case 'drop_type':
      return `drop ${tk} type '${str('name')}' (${str('mode')} mode)`;
    case 'drop_property':
      return `drop property '${owner}.${str('property_name')}' of ${tk} '${owner}' (${str('mode')} mode)`;
    case 'unsupported_change': {
      const code = s.code;
      if (typeof code !== 'string') return `unsupported change on ${str('entity')}: ${str('reason')}`;
      const tier = code === 'OG-MF-106' ? 'destructive' : code === 'OG-MF-103' ? 'validated' : 'safe';
      return `unsupported change on ${str('entity')} [${code}, ${tier}]: ${str('reason')}`;
    }
    default:
      return s.kind;
  }
}

function record(v: JsonValue | undefined): Record<string, JsonValue | undefined> {
  return v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof F64) ? v : {};
}

function typeText(v: JsonValue | undefined): string {
  const t = record(v);
  const scalar = t.scalar;
  const base = typeof scalar === 'string' ? scalar : `Vector(${String(record(scalar).Vector)})`;
  const core = Array.isArray(t.enum_values) ? `Enum(${t.enum_values.map(String).join('|')})` : t.list === true ? `[${base}]` : base;
  return t.nullable === true ? `${core}?` : core;
}

function boundText(v: JsonValue | undefined): string {
  const b = record(v);
  const n = b.Integer ?? b.Float;
  return n instanceof F64 ? String(n.value) : n === undefined ? '' : String(n);
}

function constraintText(v: JsonValue | undefined): string {
  const c = record(v);
  const [tag, body] = Object.entries(c)[0] ?? ['', null];
  if (Array.isArray(body)) return `@${tag.toLowerCase()}(${body.map(String).join(', ')})`;
  const inner = record(body);
  if (tag === 'Range') return `@range(${String(inner.property)}, ${boundText(inner.min)}..${boundText(inner.max)})`;
  return `@check(${String(inner.property)}, ${JSON.stringify(inner.pattern)})`;
}

function annotationsText(v: JsonValue | undefined): string {
  if (!Array.isArray(v)) return '';
  return v
    .map((a) => {
      const r = record(a);
      return r.value === null || r.value === undefined ? `@${String(r.name)}` : `@${String(r.name)}(${JSON.stringify(r.value)})`;
    })
    .join(', ');
}
