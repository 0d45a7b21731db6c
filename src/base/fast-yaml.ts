/**
 * A fast path for the plain YAML our config files are written in: block mappings and sequences,
 * plain and simple quoted scalars, one-line flow collections, comments. It builds the same value
 * the `yaml` package's `toJS()` gives (YAML 1.2 core schema), without a CST, AST or positions.
 *
 * It is deliberately narrow: whenever the text uses anything else (anchors, aliases, tags, block
 * scalars, escapes, multi-line scalars, directives, document markers, tabs, CR, a BOM, duplicate
 * or unusual keys, any plain scalar that could resolve to something other than a string or a
 * decimal integer) it returns `undefined` and the caller runs the full parser, which also owns
 * every error message. So it never accepts what the full parser rejects, and never rejects:
 * it only declines.
 */

interface Line {
  /** Leading spaces. */
  indent: number;
  /** The rest of the line, without the indentation. */
  text: string;
}

class Decline extends Error {}
const decline = (): never => {
  throw new Decline();
};

/** The value of `text` as `yaml` would give it, or `undefined` when unsure. */
export function fastParseYaml(text: string): unknown {
  if (/[\t\r\uFEFF]/.test(text)) return undefined;
  const lines: Line[] = [];
  for (const raw of text.split('\n')) {
    let indent = 0;
    // Bounded: a read past the end (blank lines) deoptimizes the parser once it is optimized.
    while (indent < raw.length && raw.charCodeAt(indent) === 32) indent++;
    const rest = raw.slice(indent);
    if (rest === '' || rest[0] === '#') continue;
    lines.push({ indent, text: rest });
  }
  if (lines.length === 0) return undefined;
  try {
    const cursor = { i: 0 };
    const first = lines[0] as Line;
    if (first.indent !== 0 || isSequenceItem(first.text)) return undefined;
    const value = parseMapping(lines, cursor, 0);
    return cursor.i === lines.length ? value : undefined;
  } catch (e) {
    if (e instanceof Decline) return undefined;
    throw e;
  }
}

const isSequenceItem = (text: string): boolean => text === '-' || text.startsWith('- ');

/** `key:` then the rest; only keys that read the same as any YAML string would. */
const PLAIN_KEY = /^([A-Za-z_][A-Za-z0-9_-]*):(?: +|$)/;
const QUOTED_KEY = /^(?:"([\x20\x21\x23-\x5b\x5d-\x7e\u00a0-\ud7ff\ue000-\ufffd]*)"|'([\x20-\x26\x28-\x7e\u00a0-\ud7ff\ue000-\ufffd]*)') *:(?: +|$)/;
const SPECIAL_WORDS = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE', '__proto__']);

function splitKey(text: string): { key: string; rest: string } | null {
  const m = PLAIN_KEY.exec(text) ?? QUOTED_KEY.exec(text);
  if (!m) return null;
  const key = m[1] ?? m[2] ?? '';
  // An implicit key is limited to 1024 characters; long ones are the full parser's to judge.
  if ((m[1] !== undefined && SPECIAL_WORDS.has(key)) || key.length > 1000) decline();
  if (key === '__proto__' || key === '<<') decline();
  return { key, rest: text.slice(m[0].length) };
}

function parseMapping(lines: Line[], cursor: { i: number }, indent: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  while (cursor.i < lines.length) {
    const line = lines[cursor.i] as Line;
    if (line.indent < indent) break;
    if (line.indent > indent || isSequenceItem(line.text)) decline();
    const entry = splitKey(line.text) ?? decline();
    if (Object.prototype.hasOwnProperty.call(out, entry.key)) decline();
    cursor.i++;
    out[entry.key] = entry.rest === '' || entry.rest[0] === '#' ? parseNested(lines, cursor, indent) : inlineValue(entry.rest);
  }
  return out;
}

/** The block under `key:` (more indented, or a sequence at the key's own indentation), else null. */
function parseNested(lines: Line[], cursor: { i: number }, parentIndent: number): unknown {
  const next = lines[cursor.i];
  if (!next || next.indent < parentIndent) return null;
  if (next.indent === parentIndent) return isSequenceItem(next.text) ? parseSequence(lines, cursor, parentIndent) : null;
  return isSequenceItem(next.text) ? parseSequence(lines, cursor, next.indent) : parseMapping(lines, cursor, next.indent);
}

function parseSequence(lines: Line[], cursor: { i: number }, indent: number): unknown[] {
  const out: unknown[] = [];
  while (cursor.i < lines.length) {
    const line = lines[cursor.i] as Line;
    if (line.indent < indent || (line.indent === indent && !isSequenceItem(line.text))) break;
    if (line.indent > indent) decline();
    if (line.text === '-' || /^- +#/.test(line.text)) {
      cursor.i++;
      const next = lines[cursor.i];
      out.push(next && next.indent > indent ? parseNested(lines, cursor, indent) : null);
      continue;
    }
    const afterDash = line.text.slice(2);
    const spaces = afterDash.length - afterDash.trimStart().length;
    const body = afterDash.slice(spaces);
    if (isSequenceItem(body)) decline();
    if (splitKey(body)) {
      // `- key: value` opens a mapping whose keys sit at the column after the dash.
      lines[cursor.i] = { indent: indent + 2 + spaces, text: body };
      out.push(parseMapping(lines, cursor, indent + 2 + spaces));
    } else {
      cursor.i++;
      out.push(inlineValue(body));
    }
  }
  return out;
}

/** A value written on the key's (or dash's) own line: a scalar or a one-line flow collection. */
function inlineValue(rest: string): unknown {
  if (rest[0] === '[' || rest[0] === '{') {
    const flow = { text: rest, at: 0 };
    const value = flowValue(flow);
    endOfLine(rest.slice(flow.at));
    return value;
  }
  const quoted = quotedScalar(rest);
  if (quoted) {
    endOfLine(rest.slice(quoted.length));
    return quoted.value;
  }
  // A plain scalar ends at ` #`; it may not contain `: ` (that would be a nested key).
  const hash = rest.indexOf(' #');
  const token = (hash >= 0 ? rest.slice(0, hash) : rest).trimEnd();
  if (/: |:$/.test(token) || token.includes('#')) decline();
  return plainScalar(token);
}

function endOfLine(rest: string): void {
  const trimmed = rest.trimStart();
  if (trimmed !== '' && (trimmed[0] !== '#' || trimmed.length === rest.length)) decline();
}

function quotedScalar(text: string): { value: string; length: number } | null {
  const m = /^"([\x20\x21\x23-\x5b\x5d-\x7e\u00a0-\ud7ff\ue000-\ufffd]*)"|^'([\x20-\x26\x28-\x7e\u00a0-\ud7ff\ue000-\ufffd]*)'/.exec(text);
  return m ? { value: m[1] ?? m[2] ?? '', length: m[0].length } : null;
}

/** Characters a plain scalar may start with and hold (no YAML indicator, no flow punctuation). */
const SAFE_PLAIN = /^[A-Za-z0-9_./$~=+-][A-Za-z0-9_./$~=+@ ()-]*$/;
/** The core schema's null and boolean spellings. */
const CORE_WORDS = new Map<string, null | boolean>([
  ...['null', 'Null', 'NULL', '~'].map((w) => [w, null] as const),
  ...['true', 'True', 'TRUE'].map((w) => [w, true] as const),
  ...['false', 'False', 'FALSE'].map((w) => [w, false] as const),
]);
const DECIMAL = /^(?:0|-?[1-9][0-9]{0,14})$/;

/** A plain scalar the core schema reads as a string or a decimal integer; anything else declines. */
function plainScalar(token: string): unknown {
  if (token === '' || !SAFE_PLAIN.test(token) || token.endsWith(' ')) decline();
  if (DECIMAL.test(token)) return Number(token);
  const word = CORE_WORDS.get(token);
  if (word !== undefined) return word;
  // Numbers in other spellings, .inf/.nan, null/bool words, and `-`/`~` starts: the full parser decides.
  if (/^[0-9+.-]/.test(token) && !/^\.\.?\//.test(token)) decline();
  if (token[0] === '~') decline();
  return token;
}

interface Flow {
  readonly text: string;
  at: number;
}

function skipSpaces(flow: Flow): void {
  while (flow.text[flow.at] === ' ') flow.at++;
}

function flowValue(flow: Flow): unknown {
  skipSpaces(flow);
  const ch = flow.text[flow.at];
  if (ch === '[') return flowSequence(flow);
  if (ch === '{') return flowMapping(flow);
  return flowScalar(flow);
}

function flowScalar(flow: Flow): unknown {
  const rest = flow.text.slice(flow.at);
  const quoted = quotedScalar(rest);
  if (quoted) {
    flow.at += quoted.length;
    return quoted.value;
  }
  const m = /^[^,[\]{}:#"']+/.exec(rest) ?? decline();
  flow.at += m[0].length;
  return plainScalar(m[0].trimEnd());
}

function flowSequence(flow: Flow): unknown[] {
  flow.at++;
  const out: unknown[] = [];
  skipSpaces(flow);
  if (flow.text[flow.at] === ']') {
    flow.at++;
    return out;
  }
  for (;;) {
    out.push(flowValue(flow));
    skipSpaces(flow);
    const ch = flow.text[flow.at];
    flow.at++;
    if (ch === ']') return out;
    if (ch !== ',') decline();
  }
}

function flowMapping(flow: Flow): Record<string, unknown> {
  flow.at++;
  const out: Record<string, unknown> = {};
  skipSpaces(flow);
  if (flow.text[flow.at] === '}') {
    flow.at++;
    return out;
  }
  for (;;) {
    skipSpaces(flow);
    const m = /^([A-Za-z_][A-Za-z0-9_-]*): +/.exec(flow.text.slice(flow.at)) ?? decline();
    const key = m[1] as string;
    if (SPECIAL_WORDS.has(key) || Object.prototype.hasOwnProperty.call(out, key)) decline();
    flow.at += m[0].length;
    out[key] = flowValue(flow);
    skipSpaces(flow);
    const ch = flow.text[flow.at];
    flow.at++;
    if (ch === '}') return out;
    if (ch !== ',') decline();
  }
}
