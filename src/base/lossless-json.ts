import { F64, type JsonValue } from './json.js';

/**
 * A JSON reader for bytes we did not write (ledgers, sidecars, approval artifacts, engine output):
 * what `JSON.parse` would silently change survives a read and a rewrite.
 *
 * - Integers keep every digit: beyond 2^53 they are `bigint` (the reference reads them as u64/i64).
 * - Numbers written with a fraction or exponent are `F64`, so `1.0` is written back as `1.0`.
 * - Objects have a null prototype: a key such as `__proto__` is data, not a prototype switch.
 * - Duplicate keys are refused by default, as serde refuses duplicate fields of a closed struct.
 *
 * Errors are `JsonSyntaxError` with serde_json's "<what> at line L column C" layout.
 */

export type LosslessValue = JsonValue | bigint | LosslessValue[] | LosslessObject;
export interface LosslessObject {
  [key: string]: LosslessValue;
}

export class JsonSyntaxError extends Error {
  override readonly name = 'JsonSyntaxError';
  constructor(
    readonly reason: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(`${reason} at line ${line} column ${column}`);
  }
}

export interface LosslessOptions {
  /** Accept a repeated key (the last one wins), as plain JSON.parse does. */
  readonly allowDuplicateKeys?: boolean;
  /** Nesting limit (serde_json's default recursion limit is 128). */
  readonly maxDepth?: number;
}

export function parseJsonLossless(text: string, options: LosslessOptions = {}): LosslessValue {
  return new Reader(text, options).document();
}

/** A run of string characters that need no decoding (always matches, possibly empty). */
// eslint-disable-next-line no-control-regex -- JSON forbids raw control characters in strings; they end the plain run.
const PLAIN_RUN = /[^"\\\u0000-\u001f]*/y;

class Reader {
  private i = 0;
  private readonly maxDepth: number;

  constructor(
    private readonly text: string,
    private readonly options: LosslessOptions,
  ) {
    this.maxDepth = options.maxDepth ?? 128;
  }

  document(): LosslessValue {
    this.skipWs();
    const value = this.value(0);
    this.skipWs();
    if (this.i < this.text.length) this.fail('trailing characters');
    return value;
  }

  private value(depth: number): LosslessValue {
    if (depth > this.maxDepth) this.fail('recursion limit exceeded');
    const c = this.text.charCodeAt(this.i);
    switch (c) {
      case 0x7b /* { */:
        return this.object(depth);
      case 0x5b /* [ */:
        return this.array(depth);
      case 0x22 /* " */:
        return this.string();
      case 0x74 /* t */:
        return this.literal('true', true);
      case 0x66 /* f */:
        return this.literal('false', false);
      case 0x6e /* n */:
        return this.literal('null', null);
      default:
        if (c === 0x2d || (c >= 0x30 && c <= 0x39)) return this.number();
        if (Number.isNaN(c)) this.fail('EOF while parsing a value');
        return this.fail('expected value');
    }
  }

  private object(depth: number): LosslessObject {
    this.i++;
    const out = Object.create(null) as LosslessObject;
    this.skipWs();
    if (this.text.charCodeAt(this.i) === 0x7d) {
      this.i++;
      return out;
    }
    for (;;) {
      this.skipWs();
      if (this.text.charCodeAt(this.i) !== 0x22) this.fail(this.i >= this.text.length ? 'EOF while parsing an object' : 'key must be a string');
      const keyAt = this.i;
      const key = this.string();
      if (!this.options.allowDuplicateKeys && Object.prototype.hasOwnProperty.call(out, key)) {
        this.i = keyAt;
        this.fail(`duplicate field \`${key}\``);
      }
      this.skipWs();
      if (this.text.charCodeAt(this.i) !== 0x3a) this.fail(this.i >= this.text.length ? 'EOF while parsing an object' : 'expected `:`');
      this.i++;
      this.skipWs();
      out[key] = this.value(depth + 1);
      this.skipWs();
      const c = this.text.charCodeAt(this.i++);
      if (c === 0x7d) return out;
      if (c !== 0x2c) this.fail(Number.isNaN(c) ? 'EOF while parsing an object' : 'expected `,` or `}`', -1);
    }
  }

  private array(depth: number): LosslessValue[] {
    this.i++;
    const out: LosslessValue[] = [];
    this.skipWs();
    if (this.text.charCodeAt(this.i) === 0x5d) {
      this.i++;
      return out;
    }
    for (;;) {
      this.skipWs();
      out.push(this.value(depth + 1));
      this.skipWs();
      const c = this.text.charCodeAt(this.i++);
      if (c === 0x5d) return out;
      if (c !== 0x2c) this.fail(Number.isNaN(c) ? 'EOF while parsing a list' : 'expected `,` or `]`', -1);
    }
  }

  private string(): string {
    const start = this.i + 1;
    // Most strings have no escape and no control character: one native scan to the closing quote.
    PLAIN_RUN.lastIndex = start;
    PLAIN_RUN.test(this.text);
    let j = PLAIN_RUN.lastIndex;
    if (this.text.charCodeAt(j) === 0x22) {
      this.i = j + 1;
      return this.text.slice(start, j);
    }
    let escaped = false;
    for (;;) {
      const c = this.text.charCodeAt(j);
      if (Number.isNaN(c)) {
        this.i = j;
        this.fail('EOF while parsing a string');
      }
      if (c === 0x22) break;
      if (c === 0x5c) {
        escaped = true;
        j += 2;
        continue;
      }
      if (c < 0x20) {
        this.i = j;
        this.fail('control character (\\u0000-\\u001F) found while parsing a string');
      }
      j++;
    }
    const raw = this.text.slice(start, j);
    this.i = j + 1;
    if (!escaped) return raw;
    try {
      return JSON.parse(`"${raw}"`) as string;
    } catch {
      this.i = start;
      return this.fail('invalid escape');
    }
  }

  private number(): LosslessValue {
    const start = this.i;
    const m = /-?(?:0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/y;
    m.lastIndex = start;
    const found = m.exec(this.text);
    if (found === null) return this.fail('invalid number');
    this.i = start + found[0].length;
    const token = found[0];
    if (found[1] !== undefined || found[2] !== undefined) {
      const value = Number(token);
      if (!Number.isFinite(value)) this.fail('number out of range', -token.length);
      return new F64(value);
    }
    const asNumber = Number(token);
    // Number() rounds past 2^53, and a rounded value is never a safe integer, so this test is exact.
    return Number.isSafeInteger(asNumber) ? asNumber : BigInt(token);
  }

  private literal<T extends LosslessValue>(word: string, value: T): T {
    if (this.text.startsWith(word, this.i)) {
      this.i += word.length;
      return value;
    }
    return this.fail('expected ident');
  }

  private skipWs(): void {
    // Bounded so the read at the end of the text does not deoptimize the optimized loop.
    while (this.i < this.text.length) {
      const c = this.text.charCodeAt(this.i);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) this.i++;
      else return;
    }
  }

  /** Throws with the 1-based line and column of the current position (plus `shift`). */
  private fail(reason: string, shift = 0): never {
    const at = Math.max(0, Math.min(this.text.length, this.i + shift));
    let line = 1;
    let lineStart = 0;
    for (let k = 0; k < at; k++) {
      if (this.text.charCodeAt(k) === 0x0a) {
        line++;
        lineStart = k + 1;
      }
    }
    throw new JsonSyntaxError(reason, line, at - lineStart + 1);
  }
}

/** Whether `value` is an integer the reference's u64 can hold (ledger counters, manifest versions). */
export function isU64(value: unknown): value is number | bigint {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value >= 0;
  return typeof value === 'bigint' && value >= 0n && value <= 0xffff_ffff_ffff_ffffn;
}
