/**
 * JSON text exactly as the reference emits it (serde_json): keys in insertion order, `undefined`
 * fields omitted, 2-space pretty printing, and f64 values always printed with a fraction
 * (`100.0`, never `100`), which plain JSON.stringify cannot do.
 */

/** Marks a number that the reference serializes as an f64 (so `1` prints as `1.0`). */
export class F64 {
  constructor(readonly value: number) {}
}

export type JsonValue = null | boolean | number | string | F64 | JsonValue[] | { [key: string]: JsonValue | undefined };

function formatF64(n: number): string {
  if (!Number.isFinite(n)) return 'null';
  const text = String(n);
  return /[.eE]/.test(text) ? text : `${text}.0`;
}

function write(value: unknown, indent: string | null, depth: number, out: string[]): void {
  if (value === null || value === undefined) {
    out.push('null');
    return;
  }
  if (value instanceof F64) {
    out.push(formatF64(value.value));
    return;
  }
  switch (typeof value) {
    case 'string':
      out.push(JSON.stringify(value));
      return;
    case 'number':
      out.push(Number.isFinite(value) ? String(value) : 'null');
      return;
    case 'boolean':
      out.push(value ? 'true' : 'false');
      return;
    case 'bigint':
      // Integers beyond 2^53 read by the lossless reader are written back digit for digit.
      out.push(value.toString());
      return;
    case 'object':
      break;
    default:
      out.push('null');
      return;
  }
  const pad = indent === null ? '' : `\n${indent.repeat(depth + 1)}`;
  const close = indent === null ? '' : `\n${indent.repeat(depth)}`;
  const colon = indent === null ? ':' : ': ';
  if (Array.isArray(value)) {
    if (value.length === 0) {
      out.push('[]');
      return;
    }
    out.push('[');
    value.forEach((item, i) => {
      if (i > 0) out.push(',');
      out.push(pad);
      write(item, indent, depth + 1, out);
    });
    out.push(close, ']');
    return;
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  if (entries.length === 0) {
    out.push('{}');
    return;
  }
  out.push('{');
  entries.forEach(([key, item], i) => {
    if (i > 0) out.push(',');
    out.push(pad, JSON.stringify(key), colon);
    write(item, indent, depth + 1, out);
  });
  out.push(close, '}');
}

/**
 * Whether JSON.stringify prints `value` exactly as `write` does: only plain objects, arrays,
 * strings, finite-or-not numbers, booleans, null and undefined. An F64, any other class instance
 * (Date and its toJSON, Map, boxed primitives), a function, symbol or bigint takes the slow path.
 * Checking is one cheap walk; JSON.stringify is several times faster than `write` on large plans.
 */
function stringifiesAlike(value: unknown, inArray: boolean): boolean {
  if (value === null) return true;
  switch (typeof value) {
    case 'string':
    case 'number':
    case 'boolean':
      return true;
    // JSON.stringify drops an undefined field but prints null for an undefined array item; so does write.
    case 'undefined':
      return true;
    case 'object':
      break;
    default:
      // write prints null for a function/symbol field; JSON.stringify drops it (or throws on bigint).
      return inArray && typeof value !== 'bigint';
  }
  if (Array.isArray(value)) {
    for (const item of value) if (!stringifiesAlike(item, true)) return false;
    return true;
  }
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return false;
  for (const key in value) {
    if (!stringifiesAlike((value as Record<string, unknown>)[key], false)) return false;
  }
  return true;
}

/** serde_json::to_string_pretty (no trailing newline). */
export function toPrettyJson(value: unknown): string {
  if (stringifiesAlike(value, false)) return JSON.stringify(value, null, 2) ?? 'null';
  const out: string[] = [];
  write(value, '  ', 0, out);
  return out.join('');
}

/** serde_json::to_string: no whitespace at all. */
export function toCompactJson(value: unknown): string {
  if (stringifiesAlike(value, false)) return JSON.stringify(value) ?? 'null';
  const out: string[] = [];
  write(value, null, 0, out);
  return out.join('');
}

/** Byte-wise ascending key order, as a Rust BTreeMap<String, _> iterates. */
export function compareBytes(a: string, b: string): number {
  if (a === b) return 0;
  const len = Math.min(a.length, b.length);
  for (let i = 0; i < len; i++) {
    const ca = a.charCodeAt(i);
    const cb = b.charCodeAt(i);
    if (ca === cb) continue;
    // Below the surrogates UTF-16 order is code point order is UTF-8 byte order.
    if (ca < 0xd800 && cb < 0xd800) return ca < cb ? -1 : 1;
    return compareCodePoints(a, b);
  }
  return a.length - b.length;
}

/** UTF-16 order differs from UTF-8 byte order only for astral vs. U+E000..U+FFFF; this is exact. */
function compareCodePoints(a: string, b: string): number {
  const len = Math.min(a.length, b.length);
  for (let i = 0; i < len; i++) {
    const ca = a.codePointAt(i) ?? 0;
    const cb = b.codePointAt(i) ?? 0;
    if (ca !== cb) return ca < cb ? -1 : 1;
    if (ca > 0xffff) i++;
  }
  return a.length - b.length;
}

/** A UTF-16 unit from U+D800 up: only there can UTF-16 order differ from UTF-8 byte order. */
const SURROGATE_OR_ABOVE = /[\uD800-\uFFFF]/;

/**
 * Sorts `strings` in place in byte-wise order and returns it. Without a unit from U+D800 up (every
 * address and key in practice), the default sort's UTF-16 order is that order, and it compares
 * natively: sorting 10,000 addresses took about 16 ms through `compareBytes` before the JIT had
 * warmed to it, and 4 ms this way. Otherwise `compareBytes` decides.
 */
export function sortBytewise(strings: string[]): string[] {
  for (const s of strings) if (SURROGATE_OR_ABOVE.test(s)) return strings.sort(compareBytes);
  return strings.sort();
}

/** A new object whose keys are in byte-wise order (for maps emitted as JSON objects). */
export function sortedRecord<T>(record: Record<string, T> | ReadonlyMap<string, T>): Record<string, T> {
  return sortedRecordOf(record, (value) => value);
}

/**
 * `sortedRecord` with `f` applied to each value. Built from the sorted keys: at 100k entries the
 * [key, value] pairs of `Object.entries`, and a record built only to be sorted, were tens of MB of
 * garbage per call at a command's memory peak.
 */
export function sortedRecordOf<T, U>(record: Record<string, T> | ReadonlyMap<string, T>, f: (value: T) => U): Record<string, U> {
  const out: Record<string, U> = {};
  if (record instanceof Map) {
    for (const k of sortBytewise([...record.keys()])) setOwn(out, k, f(record.get(k) as T));
  } else {
    const plain = record as Record<string, T>;
    for (const k of sortBytewise(Object.keys(plain))) setOwn(out, k, f(plain[k] as T));
  }
  return out;
}

function setOwn<T>(out: Record<string, T>, key: string, value: T): void {
  // A plain assignment to `__proto__` would switch the prototype and drop the entry.
  if (key === '__proto__') Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  else out[key] = value;
}
