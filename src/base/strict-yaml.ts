import { errorText } from './error-text.js';
import { fastParseYaml } from './fast-yaml.js';
import { LineCounter, isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';

/**
 * YAML text → plain data, strictly: one document, duplicate keys refused unless asked otherwise
 * (serde_yaml refuses them too), aliases allowed but bounded against alias bombs. Node positions
 * stay available so a validation message can name the line of the offending key.
 */

/** 1-based line and column. */
export interface Pos {
  readonly line: number;
  readonly column: number;
}

export interface YamlSource {
  readonly value: unknown;
  /**
   * Position of the value at `path` (of its key with `at: 'key'`); when the path leaves the
   * document, the nearest enclosing node.
   */
  locate(path: readonly (string | number)[], at?: 'key' | 'value'): Pos | undefined;
  /**
   * False when the parse proved that no plain scalar is spelled as a YAML float (`1.0`, `1e3`),
   * so a caller that refuses floats where integers belong need not look at the text.
   */
  readonly mayHoldFloats: boolean;
}

export type YamlParse = { readonly ok: true; readonly yaml: YamlSource } | { readonly ok: false; readonly message: string; readonly at?: Pos };

export function parseStrictYaml(text: string, options: { readonly uniqueKeys: boolean } = { uniqueKeys: true }): YamlParse {
  // The fast path declines anything it is not sure of (and every invalid text); positions are
  // only needed for a diagnostic, so the located parse runs on the first `locate`.
  const fast = fastParseYaml(text);
  if (fast !== undefined) {
    let located: YamlParse | undefined;
    const locate = (path: readonly (string | number)[], at?: 'key' | 'value'): Pos | undefined => {
      located ??= locatedParse(text, options);
      return located.ok ? located.yaml.locate(path, at) : undefined;
    };
    return { ok: true, yaml: { value: fast, locate, mayHoldFloats: false } };
  }
  return locatedParse(text, options);
}

/** The `yaml` package's full parse, with node positions. */
export function locatedParse(text: string, options: { readonly uniqueKeys: boolean } = { uniqueKeys: true }): YamlParse {
  const lineCounter = new LineCounter();
  let doc: Document;
  try {
    doc = parseDocument(text, { lineCounter, uniqueKeys: options.uniqueKeys, prettyErrors: false, strict: true });
  } catch (e) {
    return { ok: false, message: errorText(e) };
  }
  const first = doc.errors[0];
  if (first) {
    // Without prettyErrors the error carries offsets only.
    const pos = lineCounter.linePos(first.pos[0]);
    const message = first.message.split('\n')[0] ?? first.message;
    return { ok: false, message, at: { line: pos.line, column: pos.col } };
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    return { ok: false, message: errorText(e) };
  }
  const locate = (path: readonly (string | number)[], at: 'key' | 'value' = 'value'): Pos | undefined => {
    const offset = nodeAt(doc.contents as Node | null, path, at)?.range?.[0];
    if (offset === undefined) return undefined;
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
  return { ok: true, yaml: { value, locate, mayHoldFloats: true } };
}

/** The node at a key path; when the path leaves the document, the nearest enclosing node. */
function nodeAt(root: Node | null, path: readonly (string | number)[], at: 'key' | 'value'): Node | undefined {
  let node: Node | null | undefined = root;
  let keyNode: Node | undefined;
  for (const segment of path) {
    keyNode = undefined;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment));
      if (!pair) return node;
      keyNode = pair.key as Node;
      node = pair.value as Node | null;
    } else if (isSeq(node) && typeof segment === 'number') {
      node = node.items[segment] as Node | null;
    } else {
      return node ?? undefined;
    }
  }
  return (at === 'key' ? keyNode : undefined) ?? node ?? keyNode;
}
