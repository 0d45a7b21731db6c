import { F64, type JsonValue } from '../../../base/json.js';
import type { MigrationStep } from './migration.js';

/**
 * Human text for one migration step (docs/contract/migration.md#step-text wording), from the step's plain JSON. The
 * step comes from outside the renderer, so every field is read defensively and a malformed
 * step still yields a line. The result is plain text: callers escape it.
 */
export function describeStep(step: MigrationStep): string {
  const s = step as Readonly<Record<string, JsonValue | undefined>>;
  const text = (key: string): string => scalarText(s[key]);
  const kind = text('type_kind');
  const owner = text('type_name');
  switch (step.kind) {
    case 'add_type':
      return `add ${kind} type '${text('name')}'`;
    case 'rename_type':
      return `rename ${kind} type '${text('from')}' -> '${text('to')}'`;
    case 'add_property':
      return `add property '${owner}.${text('property_name')}' (${propertyType(s.property_type)}) on ${kind} '${owner}'`;
    case 'rename_property':
      return `rename property '${owner}.${text('from')}' -> '${owner}.${text('to')}' on ${kind} '${owner}'`;
    case 'add_constraint':
      return `add constraint ${constraint(s.constraint)} on ${kind} '${owner}'`;
    case 'extend_enum':
      return `extend enum '${owner}.${text('property_name')}' (${list(s.added_values).map((v) => `+${v}`).join(', ')}) on ${kind} '${owner}'`;
    case 'update_type_metadata':
      return `update metadata on ${kind} '${text('name')}' (${annotations(s.annotations)})`;
    case 'update_property_metadata':
      return `update metadata on property '${owner}.${text('property_name')}' of ${kind} '${owner}' (${annotations(s.annotations)})`;
    case 'drop_type':
      return `drop ${kind} type '${text('name')}' (${text('mode')} mode)`;
    case 'drop_property':
      return `drop property '${owner}.${text('property_name')}' of ${kind} '${owner}' (${text('mode')} mode)`;
    case 'unsupported_change': {
      const lint = s.code;
      if (typeof lint !== 'string') return `unsupported change on ${text('entity')}: ${text('reason')}`;
      return `unsupported change on ${text('entity')} [${lint}, ${lintTier(lint)}]: ${text('reason')}`;
    }
    default:
      // A newer engine may print a kind this build does not know; name it rather than drop it.
      return `${text('kind')} step`;
  }
}

/** The planner's tier for an unsupported-change lint code (docs/contract/migration.md#step-text). */
function lintTier(lint: string): 'safe' | 'validated' | 'destructive' {
  if (lint === 'OG-MF-106') return 'destructive';
  if (lint === 'OG-MF-103') return 'validated';
  return 'safe';
}

function scalarText(v: JsonValue | undefined): string {
  if (v === undefined || v === null) return '';
  if (v instanceof F64) return String(v.value);
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

function record(v: JsonValue | undefined): Readonly<Record<string, JsonValue | undefined>> {
  return v !== null && v !== undefined && typeof v === 'object' && !Array.isArray(v) && !(v instanceof F64) ? v : {};
}

function list(v: JsonValue | undefined): string[] {
  return Array.isArray(v) ? v.map(scalarText) : [];
}

function propertyType(v: JsonValue | undefined): string {
  const t = record(v);
  const scalar = t.scalar;
  const vector = record(scalar).Vector;
  const base = typeof scalar === 'string' ? scalar : vector !== undefined ? `Vector(${scalarText(vector)})` : scalarText(scalar);
  let core = base;
  if (Array.isArray(t.enum_values)) core = `Enum(${list(t.enum_values).join('|')})`;
  else if (t.list === true) core = `[${base}]`;
  return t.nullable === true ? `${core}?` : core;
}

function bound(v: JsonValue | undefined): string {
  const b = record(v);
  return scalarText(b.Integer ?? b.Float);
}

function constraint(v: JsonValue | undefined): string {
  const entries = Object.entries(record(v));
  const first = entries[0];
  if (first === undefined) return '@constraint()';
  const [tag, body] = first;
  if (Array.isArray(body)) return `@${tag.toLowerCase()}(${list(body).join(', ')})`;
  const inner = record(body);
  if (tag === 'Range') return `@range(${scalarText(inner.property)}, ${bound(inner.min)}..${bound(inner.max)})`;
  if (tag === 'Check') return `@check(${scalarText(inner.property)}, ${JSON.stringify(scalarText(inner.pattern))})`;
  return `@${tag.toLowerCase()}(${scalarText(body)})`;
}

function annotations(v: JsonValue | undefined): string {
  if (!Array.isArray(v)) return '';
  return v
    .map((a) => {
      const r = record(a);
      const name = scalarText(r.name);
      return r.value === null || r.value === undefined ? `@${name}` : `@${name}(${JSON.stringify(scalarText(r.value))})`;
    })
    .join(', ');
}
