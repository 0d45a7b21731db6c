/**
 * serde_yaml refuses a YAML float (`1.0`, `1e3`) where an integer is expected, while the `yaml`
 * package hands both back as the same JS number. This recovers the spelling from the source text
 * at the scalar's position and renders it as serde's `Unexpected::Float` does (`1.0`, `1000.0`).
 */

const YAML_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
const YAML_INT = /^[-+]?[0-9]+$/;

/** serde's text for the float written at 1-based `line`/`column`, or null when it is not one. */
export function floatWrittenAt(text: string, line: number, column: number): string | null {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) return null;
    offset = next + 1;
  }
  const token = /^[^\s#,\]}]+/.exec(text.slice(offset + column - 1))?.[0];
  if (token === undefined || !YAML_FLOAT.test(token) || YAML_INT.test(token)) return null;
  const value = Number(token);
  return Number.isInteger(value) ? `${value}.0` : String(value);
}

/** The value position after `key:` when the key sits at `line`/`column` (block style). */
export function valuePositionAfterKey(text: string, line: number, column: number): { line: number; column: number } | null {
  const lineText = text.split('\n', line)[line - 1] ?? '';
  const m = /^("[^"]*"|'[^']*'|[^:\s]+)\s*:[ \t]*/.exec(lineText.slice(column - 1));
  if (!m || column - 1 + m[0].length >= lineText.length) return null;
  return { line, column: column + m[0].length };
}
