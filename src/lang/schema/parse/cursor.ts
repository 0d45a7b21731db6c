/**
 * Character cursor for the `.pg` PEG grammar: implicit whitespace/comment skipping like pest's
 * WHITESPACE/COMMENT rules, 1-based line:column (counted in code points, as pest does), and the
 * furthest-failure bookkeeping that pest's "expected …" messages are made of.
 */

export class SyntaxFailure {
  constructor(
    readonly offset: number,
    readonly expected: readonly string[],
  ) {}
}

export class Cursor {
  pos = 0;
  private memoOffset = 0;
  private memoLine = 1;
  private memoColumn = 1;
  private memoLineStart = 0;

  constructor(readonly src: string) {}

  atEnd(): boolean {
    return this.pos >= this.src.length;
  }

  /** Skips spaces, tabs, newlines, `// …` and terminated `/* … *\/`; an unterminated block comment stays put. */
  skipTrivia(): void {
    const s = this.src;
    // Bounded: every file ends in trivia, and a read past the end deoptimizes the optimized loop.
    while (this.pos < s.length) {
      const c = s.charCodeAt(this.pos);
      if (c === 32 || c === 9 || c === 10 || c === 13) {
        this.pos++;
      } else if (c === 47 && s.charCodeAt(this.pos + 1) === 47) {
        const nl = s.indexOf('\n', this.pos + 2);
        this.pos = nl < 0 ? s.length : nl;
      } else if (c === 47 && s.charCodeAt(this.pos + 1) === 42) {
        const end = s.indexOf('*/', this.pos + 2);
        if (end < 0) return;
        this.pos = end + 2;
      } else {
        return;
      }
    }
  }

  /** Skips trivia, then consumes `literal` if it is next. */
  eat(literal: string): boolean {
    this.skipTrivia();
    if (this.src.startsWith(literal, this.pos)) {
      this.pos += literal.length;
      return true;
    }
    return false;
  }

  /** Skips trivia, then consumes `literal` or fails naming the rule the caller was trying. */
  expect(literal: string, rules: readonly string[]): void {
    if (!this.eat(literal)) throw this.fail(rules);
  }

  peek(literal: string): boolean {
    this.skipTrivia();
    return this.src.startsWith(literal, this.pos);
  }

  /** Matches a regex anchored at the cursor (the regex must be sticky). */
  match(re: RegExp): string | null {
    this.skipTrivia();
    const start = this.pos;
    re.lastIndex = start;
    // test, not exec: a sticky regex leaves lastIndex at the end of its match, and no match array
    // is built (one per token, tens of MB over a 100k-resource cluster's sources).
    if (!re.test(this.src)) return null;
    this.pos = re.lastIndex;
    return this.src.slice(start, this.pos);
  }

  /**
   * Consumes `word` when no identifier character (`[A-Za-z0-9_]`) follows it, as the sticky regex
   * `word(?![A-Za-z0-9_])` would; `word` must be letters, digits and `_` only.
   */
  word(word: string): boolean {
    this.skipTrivia();
    if (!this.src.startsWith(word, this.pos) || isWordUnit(this.src.charCodeAt(this.pos + word.length))) return false;
    this.pos += word.length;
    return true;
  }

  fail(rules: readonly string[]): SyntaxFailure {
    this.skipTrivia();
    return new SyntaxFailure(this.pos, rules);
  }

  /** Line and column of `offset`; memoised forward scanning keeps a whole-file walk linear. */
  position(offset: number): { line: number; column: number } {
    if (offset < this.memoOffset) {
      this.memoOffset = 0;
      this.memoLine = 1;
      this.memoColumn = 1;
      this.memoLineStart = 0;
    }
    const s = this.src;
    let line = this.memoLine;
    let column = this.memoColumn;
    let lineStart = this.memoLineStart;
    for (let i = this.memoOffset; i < offset; i++) {
      const c = s.charCodeAt(i);
      if (c === 10) {
        line++;
        column = 1;
        lineStart = i + 1;
      } else if (c < 0xdc00 || c > 0xdfff) {
        column++;
      }
    }
    this.memoOffset = offset;
    this.memoLine = line;
    this.memoColumn = column;
    this.memoLineStart = lineStart;
    return { line, column };
  }

  /** Start offset of the line containing the memoised position (call right after `position`). */
  lineText(offset: number): string {
    this.position(offset);
    const start = this.memoLineStart;
    const nl = this.src.indexOf('\n', start);
    const text = this.src.slice(start, nl < 0 ? this.src.length : nl);
    return text.endsWith('\r') ? text.slice(0, -1) : text;
  }
}

function enumerate(rules: readonly string[]): string {
  if (rules.length <= 1) return rules[0] ?? '';
  if (rules.length === 2) return `${rules[0]} or ${rules[1]}`;
  return `${rules.slice(0, -1).join(', ')}, or ${rules[rules.length - 1]}`;
}

/** The multi-line pest error layout: ` --> L:C`, the source line, a caret, `= expected …`. */
export function renderSyntaxError(cursor: Cursor, failure: SyntaxFailure): { message: string; line: number; column: number } {
  const { line, column } = cursor.position(failure.offset);
  const text = cursor.lineText(failure.offset);
  const spacing = ' '.repeat(String(line).length);
  const caret = `${' '.repeat(column - 1)}^---`;
  const body = [
    `${spacing}--> ${line}:${column}`,
    `${spacing} |`,
    `${line} | ${text}`,
    `${spacing} | ${caret}`,
    `${spacing} |`,
    `${spacing} = expected ${enumerate(failure.expected)}`,
  ].join('\n');
  return { message: `parse error: ${body}`, line, column };
}

/** `[A-Za-z0-9_]` (false for NaN, past the end of the text). */
function isWordUnit(unit: number): boolean {
  return (unit >= 0x61 && unit <= 0x7a) || (unit >= 0x41 && unit <= 0x5a) || (unit >= 0x30 && unit <= 0x39) || unit === 0x5f;
}
