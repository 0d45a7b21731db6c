// Rewrites a script so it holds ASCII only, when that provably changes nothing: V8 keeps an ASCII
// source as a one-byte string, which Node decodes about twice as fast as text with a `—` or an
// emoji in it (the CLI decodes its chunks on every start). Each non-ASCII UTF-16 unit becomes a
// `\uXXXX` escape; then both texts are parsed and every node compared (kinds, and the values of
// strings, template parts, identifiers and numbers; a regular expression's pattern with its
// non-ASCII escapes read back on both sides). A tagged template sees raw text, so it must be
// untouched. On any doubt the text is returned as it was.
import ts from 'typescript';

const escapeUnit = (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** Every non-ASCII unit as `\uXXXX`; a backslash that escaped the unit itself (`\—`) goes with it. */
export function escapeNonAscii(text) {
  return text.replace(/(\\*)([^\x00-\x7f])/g, (_m, slashes, ch) => (slashes.length % 2 === 1 ? slashes.slice(1) : slashes) + escapeUnit(ch));
}

/** Reads `\uXXXX` escapes of non-ASCII units back; `\\u2014` is a backslash and text, not one. */
const unescapeNonAscii = (text) =>
  text.replace(/(\\+)u([0-9a-fA-F]{4})/g, (m, slashes, hex) => {
    const code = parseInt(hex, 16);
    return slashes.length % 2 === 1 && code > 0x7f ? slashes.slice(1) + String.fromCharCode(code) : m;
  });

function inTaggedTemplate(node) {
  for (let n = node.parent; n !== undefined; n = n.parent) {
    if (ts.isTaggedTemplateExpression(n)) return true;
    if (!ts.isTemplateExpression(n) && !ts.isTemplateSpan(n)) return false;
  }
  return false;
}

/** What a node means, as far as escaping could change it. */
function meaning(node) {
  switch (node.kind) {
    case ts.SyntaxKind.StringLiteral:
    case ts.SyntaxKind.NumericLiteral:
    case ts.SyntaxKind.BigIntLiteral:
    case ts.SyntaxKind.Identifier:
    case ts.SyntaxKind.PrivateIdentifier:
      return node.text;
    case ts.SyntaxKind.NoSubstitutionTemplateLiteral:
    case ts.SyntaxKind.TemplateHead:
    case ts.SyntaxKind.TemplateMiddle:
    case ts.SyntaxKind.TemplateTail:
      return inTaggedTemplate(node) ? `${node.text}\u0000${node.rawText}` : node.text;
    case ts.SyntaxKind.RegularExpressionLiteral:
      // Both sides read the same way, so an escape the original already had compares equal too.
      return unescapeNonAscii(node.text);
    default:
      return '';
  }
}

function parse(text) {
  const file = ts.createSourceFile('chunk.js', text, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  return file.parseDiagnostics.length === 0 ? file : null;
}

function sameMeaning(original, escaped) {
  const a = parse(original);
  const b = parse(escaped);
  if (a === null || b === null) return false;
  const left = [];
  const right = [];
  const walk = (node, out) => {
    out.push(node.kind, meaning(node));
    ts.forEachChild(node, (child) => walk(child, out));
  };
  walk(a, left);
  walk(b, right);
  return left.length === right.length && left.every((v, i) => v === right[i]);
}

/** `{ text, ascii }`: the ASCII form when it means the same program, else the text unchanged. */
export function asciiOnly(text) {
  if (!/[^\x00-\x7f]/.test(text)) return { text, ascii: true };
  const escaped = escapeNonAscii(text);
  return sameMeaning(text, escaped) ? { text: escaped, ascii: true } : { text, ascii: false };
}
