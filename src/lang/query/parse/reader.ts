import { Cursor, SyntaxFailure } from '../../schema/parse/cursor.js';
import type { Pos } from '../ast.js';

/**
 * The `.gq` token reader: the schema language's cursor (same whitespace/comment rules, same
 * pest-style failures) plus what the query grammar needs on top — word-bounded keywords, a
 * position table that stays O(log n) after the parser backtracks, and a nesting budget so a
 * hostile file cannot exhaust the stack.
 */

export const MAX_NESTING = 64;

const IDENT_RE = /[a-z_][A-Za-z0-9_]*/y;
const TYPE_NAME_RE = /[A-Z][A-Za-z0-9_]*/y;
const VARIABLE_RE = /\$[a-z_][A-Za-z0-9_]*/y;
const INT_RE = /[0-9]+/y;
const FLOAT_RE = /[0-9]+\.[0-9]+/y;
const STRING_RE = /"(?:[^"\\]|\\[\s\S])*"/y;
/**
 * Word-bounded keyword patterns, shared by every reader: a reader per file compiling its own
 * was a tenth of a 10k-resource plan. Keys are the grammar's fixed keywords (never file text), so
 * the map stays small; sticky patterns are safe to share since `Cursor.match` sets `lastIndex`.
 */
const KEYWORD_RES = new Map<string, RegExp | null>();
/** Keywords the cursor can match without a regex (every keyword of the language is one). */
const PLAIN_WORD = /^[A-Za-z0-9_]+$/;

/** Raised when nesting exceeds MAX_NESTING; rendered separately from "expected …" failures. */
export class NestingFailure {
  constructor(readonly offset: number) {}
}

/** A grammatical but semantically refused construct (repeated annotation, unknown escape). */
export class DeclFailure {
  constructor(
    readonly offset: number,
    readonly message: string,
  ) {}
}

export class Reader {
  readonly cursor: Cursor;
  private depth = 0;
  private readonly lineStarts: number[] = [0];
  /**
   * Code points before each UTF-16 offset, so columns count characters as pest does; null when the
   * text has no low surrogate (a pair's trailing half), where that count is the offset itself.
   * Almost no query has one, and a table per file was 100,000 typed arrays in a 100k plan.
   */
  private readonly codePoints: Uint32Array | null;
  /**
   * The first refusal the reference only finds while building its AST (an unknown escape, a
   * repeated annotation, an out-of-range integer). Parsing goes on, so a syntax error anywhere in
   * the file wins, as it does when pest runs over the whole file first.
   */
  deferred: DeclFailure | null = null;

  constructor(readonly src: string) {
    this.cursor = new Cursor(src);
    let trailing = false;
    for (let i = 0; i < src.length; i++) {
      const c = src.charCodeAt(i);
      if (c === 10) this.lineStarts.push(i + 1);
      else if (c >= 0xdc00 && c <= 0xdfff) trailing = true;
    }
    this.codePoints = trailing ? codePointCounts(src) : null;
  }

  get pos(): number {
    return this.cursor.pos;
  }

  set pos(offset: number) {
    this.cursor.pos = offset;
  }

  positionOf(offset: number): Pos {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.lineStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    const start = this.lineStarts[lo] ?? 0;
    const points = this.codePoints;
    const column = points === null ? offset - start : (points[offset] ?? 0) - (points[start] ?? 0);
    return { line: lo + 1, column: column + 1 };
  }

  /** Position of the next token. */
  here(): Pos {
    this.cursor.skipTrivia();
    return this.positionOf(this.cursor.pos);
  }

  eat(literal: string): boolean {
    return this.cursor.eat(literal);
  }

  peek(literal: string): boolean {
    return this.cursor.peek(literal);
  }

  expect(literal: string, rules: readonly string[]): void {
    this.cursor.expect(literal, rules);
  }

  fail(rules: readonly string[]): SyntaxFailure {
    return this.cursor.fail(rules);
  }

  /** Records an AST-stage refusal; the first one is reported if the whole file parses. */
  refuse(failure: DeclFailure): void {
    this.deferred ??= failure;
  }

  /**
   * A pest string literal: a plain prefix, so `queryq` reads as `query q` and `insertPerson` as
   * `insert Person` exactly as the reference grammar reads them (query.pest has no word bounds).
   */
  word(word: string): boolean {
    return this.cursor.eat(word);
  }

  /** `integer` text checked as the reference's `str::parse` into a `bits`-bit integer. */
  boundedInteger(what: string, max: bigint): number | null {
    this.cursor.skipTrivia();
    const at = this.pos;
    const text = this.integerText();
    if (text === null) return null;
    if (BigInt(text) > max) this.refuse(new DeclFailure(at, `invalid ${what}: number too large to fit in target type`));
    return Number(text);
  }

  /** Consumes `word` only when no identifier character follows it (`note` is not `not`). */
  keyword(word: string): boolean {
    const re = this.keywordRe(word);
    return re === null ? this.cursor.word(word) : this.cursor.match(re) !== null;
  }

  peekKeyword(word: string): boolean {
    const at = this.pos;
    const hit = this.keyword(word);
    this.pos = at;
    return hit;
  }

  /** A keyword directly followed (after trivia) by `(`: the call forms `now()`, `count(…)`, … */
  peekCall(word: string): boolean {
    const at = this.pos;
    const hit = this.keyword(word) && this.peek('(');
    this.pos = at;
    return hit;
  }

  ident(): string | null {
    return this.cursor.match(IDENT_RE);
  }

  typeName(): string | null {
    return this.cursor.match(TYPE_NAME_RE);
  }

  variable(): string | null {
    const v = this.cursor.match(VARIABLE_RE);
    return v === null ? null : v.slice(1);
  }

  peekVariable(): boolean {
    const at = this.pos;
    const hit = this.variable() !== null;
    this.pos = at;
    return hit;
  }

  integer(): number | null {
    const m = this.cursor.match(INT_RE);
    return m === null ? null : Number(m);
  }

  integerText(): string | null {
    return this.cursor.match(INT_RE);
  }

  floatText(): string | null {
    return this.cursor.match(FLOAT_RE);
  }

  /** A string literal's decoded value; escapes other than `\" \\ \n \r \t` are refused. */
  string(): string | null {
    const start = this.pos;
    const raw = this.cursor.match(STRING_RE);
    if (raw === null) return null;
    const body = raw.slice(1, -1);
    if (!body.includes('\\')) return body;
    let out = '';
    for (let i = 0; i < body.length; i++) {
      const ch = body[i] ?? '';
      if (ch !== '\\') {
        out += ch;
        continue;
      }
      const next = body.codePointAt(i + 1) ?? 0;
      const escaped = String.fromCodePoint(next);
      const decoded = ESCAPES[escaped];
      // skipTrivia already ran inside match(), so the literal starts at the first `"` after `start`.
      if (decoded === undefined) this.refuse(new DeclFailure(this.src.indexOf('"', start) + 1 + i, `unsupported escape sequence: \\${escaped}`));
      out += decoded ?? escaped;
      i += escaped.length;
    }
    return out;
  }

  /** Runs `body` one nesting level deeper, failing cleanly past MAX_NESTING. */
  nested<T>(body: () => T): T {
    if (this.depth >= MAX_NESTING) {
      this.cursor.skipTrivia();
      throw new NestingFailure(this.pos);
    }
    this.depth++;
    try {
      return body();
    } finally {
      this.depth--;
    }
  }

  /** Null for a plain word, which the cursor matches without a regex. */
  private keywordRe(word: string): RegExp | null {
    let re = KEYWORD_RES.get(word);
    if (re === undefined) {
      re = PLAIN_WORD.test(word) ? null : new RegExp(`${word}(?![A-Za-z0-9_])`, 'y');
      KEYWORD_RES.set(word, re);
    }
    return re;
  }
}

const ESCAPES: Readonly<Record<string, string>> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };

/** Code points before each UTF-16 offset of `src`: a low surrogate (trailing half, or lone) adds none. */
function codePointCounts(src: string): Uint32Array {
  const counts = new Uint32Array(src.length + 1);
  let count = 0;
  for (let i = 0; i < src.length; i++) {
    counts[i] = count;
    const c = src.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) count++;
  }
  counts[src.length] = count;
  return counts;
}
