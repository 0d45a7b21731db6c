import { errorText } from '../../base/error-text.js';
import { LineCounter, parseDocument, isMap, isSeq, isScalar, isPair, type Document, type Node } from 'yaml';
import type { SourceLocation } from '../diagnostics/index.js';

/**
 * YAML text → plain data, with positions kept so diagnostics can point at `cluster.yaml` lines.
 * Aliases are allowed (serde_yaml allows them) but bounded against alias bombs.
 */
export interface ParsedYaml {
  readonly value: unknown;
  readonly locate: (path: readonly (string | number)[]) => { line: number; column: number } | undefined;
}

export type YamlParse = { ok: true; yaml: ParsedYaml } | { ok: false; message: string; line?: number; column?: number };

export function parseYaml(text: string, options: { uniqueKeys: boolean }): YamlParse {
  const lineCounter = new LineCounter();
  let doc: Document;
  try {
    doc = parseDocument(text, { lineCounter, uniqueKeys: options.uniqueKeys, prettyErrors: false, strict: true });
  } catch (e) {
    return { ok: false, message: errorText(e) };
  }
  const first = doc.errors[0];
  if (first) {
    const pos = lineCounter.linePos(first.pos[0]);
    return { ok: false, message: first.message.split('\n')[0] ?? first.message, line: pos.line, column: pos.col };
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    return { ok: false, message: errorText(e) };
  }
  const locate = (path: readonly (string | number)[]) => {
    const node = nodeAt(doc.contents as Node | null, path);
    const offset = node?.range?.[0];
    if (offset === undefined) return undefined;
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
  return { ok: true, yaml: { value, locate } };
}

/** The node for a key path; a path ending in a map key points at that key, not its value. */
function nodeAt(root: Node | null, path: readonly (string | number)[]): Node | undefined {
  let node: Node | null | undefined = root;
  let keyNode: Node | undefined;
  for (const segment of path) {
    keyNode = undefined;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment));
      if (!pair) return keyNode ?? node;
      keyNode = pair.key as Node;
      node = pair.value as Node | null;
    } else if (isSeq(node) && typeof segment === 'number') {
      node = node.items[segment] as Node | null;
    } else {
      return node ?? undefined;
    }
  }
  return keyNode ?? node ?? undefined;
}

/** Splits a diagnostic path such as `graphs.knowledge.queries.find_person` for `locate`. */
export function configPathSegments(path: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const part of path.split('.')) {
    const m = /^(.*?)\[(\d+)\]$/.exec(part);
    if (m) {
      if (m[1]) out.push(m[1]);
      out.push(Number(m[2]));
    } else {
      out.push(part);
    }
  }
  return out;
}

export function locationIn(yaml: ParsedYaml | undefined, file: string, path: string): SourceLocation | undefined {
  const pos = yaml?.locate(configPathSegments(path));
  return pos ? { file, line: pos.line, column: pos.column } : undefined;
}
