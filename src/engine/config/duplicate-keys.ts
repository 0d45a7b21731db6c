import { error, type Diagnostic } from '../diagnostics/index.js';

/**
 * The reference's line-based duplicate-key scanner (docs/contract/config.md#duplicate-keys). It runs before
 * any YAML parsing so a duplicate key is reported with its line even when a YAML parser would
 * silently keep the last value. Flow mappings are not inspected (the typed parse rejects them).
 */
interface Frame {
  readonly indent: number;
  readonly path: string;
  readonly keys: Set<string>;
}

function stripComment(line: string): string {
  // Most lines hold no `#` at all: nothing to scan for.
  if (!line.includes('#')) return line;
  let quote: '"' | "'" | null = null;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quote === '"' && ch === '\\') {
      i++;
      continue;
    }
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
    } else if (ch === '#') {
      return line.slice(0, i);
    }
  }
  return line;
}

export function findDuplicateKeys(text: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const stack: Frame[] = [{ indent: -1, path: '', keys: new Set() }];
  const popTo = (indent: number): Frame => {
    while (stack.length > 1 && indent <= (stack[stack.length - 1] as Frame).indent) stack.pop();
    return stack[stack.length - 1] as Frame;
  };
  const lines = text.split('\n');
  lines.forEach((raw, index) => {
    const line = stripComment(raw.endsWith('\r') ? raw.slice(0, -1) : raw);
    if (line.trim() === '') return;
    // Only leading spaces count as indentation (tabs are not YAML indentation).
    let indent = 0;
    while (line.charCodeAt(indent) === 0x20) indent++;
    let rest = line.trim();
    if (rest === '-' || rest.startsWith('- ')) {
      const parent = popTo(indent);
      stack.push({ indent, path: parent.path === '' ? '[]' : `${parent.path}[]`, keys: new Set() });
      if (rest === '-') return;
      const afterDash = rest.slice(2);
      indent += 2 + (afterDash.length - afterDash.trimStart().length);
      rest = afterDash.trim();
      // The item's first key belongs to the item frame without popping it.
      scanKey(rest, indent, index + 1, stack[stack.length - 1] as Frame);
      return;
    }
    scanKey(rest, indent, index + 1, null);
  });
  return diagnostics;

  function scanKey(rest: string, indent: number, lineNo: number, itemFrame: Frame | null): void {
    const colon = rest.indexOf(':');
    if (colon < 0) return;
    const key = rest.slice(0, colon).trim();
    if (key === '' || key.startsWith('{') || key.startsWith('[')) return;
    const parent = itemFrame ?? popTo(indent);
    // Built only when used: most keys are leaves that are not repeated.
    const pathOf = (): string => (parent.path === '' ? key : `${parent.path}.${key}`);
    if (parent.keys.has(key)) {
      const location = { file: 'cluster.yaml', line: lineNo, column: indent + 1 };
      diagnostics.push(error('duplicate_yaml_key', pathOf(), `duplicate YAML key \`${key}\` on line ${lineNo}`, location));
    } else {
      parent.keys.add(key);
    }
    if (rest.slice(colon + 1).trim() === '') stack.push({ indent, path: pathOf(), keys: new Set() });
  }
}
