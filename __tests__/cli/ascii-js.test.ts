import { describe, expect, it } from '@jest/globals';
import { isAscii } from 'node:buffer';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { runInNewContext } from 'node:vm';
import { asciiOnly, escapeNonAscii } from '../../scripts/ascii-js.mjs';

/**
 * The build escapes the CLI chunks' non-ASCII text (scripts/ascii-js.mjs) so Node decodes them as
 * one-byte strings at start-up. It may do so only where the program means the same: each case
 * runs both texts and compares what they compute.
 */
const run = (code: string): unknown => JSON.parse(JSON.stringify(runInNewContext(code)));

describe('ASCII-only chunks', () => {
  it.each([
    ['a string', '"a — b ✅"'],
    ['a string whose backslash escapes the character itself', '"\\—" + "\\\\—"'],
    ['an astral character', '["😀".length, "😀".codePointAt(0)]'],
    ['a template with a substitution', '`x — ${1 + 1} ⛔ ${"…"}`'],
    ['a regular expression, unicode mode', '[/[—–]/u.test("–"), /😀/u.test("😀"), /^.$/u.test("😀")]'],
    ['a regular expression, legacy mode', '[/[—–]/.test("—"), /😀/.test("😀"), /^..$/.test("😀"), /\\u00a0—/.test("\\u00a0—")]'],
    ['an identifier', '(() => { const ñandú = 2; return ñandú * 3; })()'],
    ['a comment', '// a comment — with ✅\n/* and — another */ 42'],
    ['object keys', '({ "—": 1, ["✅"]: 2 })'],
  ])('%s: escaped, ASCII only, and computes the same', (_name, code) => {
    const { text, ascii } = asciiOnly(code);
    expect(ascii).toBe(true);
    expect(isAscii(Buffer.from(text))).toBe(true);
    expect(run(text)).toEqual(run(code));
  });

  it.each([
    ['a tagged template, which sees the raw text', 'String.raw`a — b`'],
    ['a line continuation by U+2028', '"a\\\u2028b"'],
    ['a regular expression escaping the character itself', '/\\—/.test("—")'],
  ])('%s: left as it was', (_name, code) => {
    expect(asciiOnly(code)).toEqual({ text: code, ascii: false });
  });

  it('escapes each UTF-16 unit on its own, and leaves ASCII alone', () => {
    expect(escapeNonAscii('a—😀')).toBe('a\\u2014\\ud83d\\ude00');
    const plain = 'const a = "plain";';
    expect(asciiOnly(plain)).toEqual({ text: plain, ascii: true });
  });

  it('every committed CLI chunk is ASCII only', () => {
    const dir = path.join('dist', 'cli');
    const chunks = readdirSync(dir).filter((n) => /^\d+\.index\.js$/.test(n));
    expect(chunks.length).toBeGreaterThan(3);
    expect(chunks.filter((n) => !isAscii(readFileSync(path.join(dir, n))))).toEqual([]);
  });
});
