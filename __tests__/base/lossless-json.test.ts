import { describe, expect, it } from '@jest/globals';
import { F64, sortedRecord, toCompactJson, toPrettyJson } from '../../src/base/json.js';
import { isU64, JsonSyntaxError, parseJsonLossless } from '../../src/base/lossless-json.js';

describe('lossless JSON reader', () => {
  it('keeps integers beyond 2^53 exact and writes them back digit for digit', () => {
    const text = '{"a":18446744073709551615,"b":9007199254740993,"c":9007199254740991,"d":-9223372036854775808}';
    const value = parseJsonLossless(text) as Record<string, unknown>;
    expect(value.a).toBe(18446744073709551615n);
    expect(value.b).toBe(9007199254740993n);
    expect(value.c).toBe(9007199254740991);
    expect(toCompactJson(value)).toBe(text);
  });

  it('keeps floats as F64 so 1.0 stays 1.0', () => {
    const value = parseJsonLossless('{"Float":1.0,"e":2e3,"n":-0.5}') as Record<string, unknown>;
    expect(value.Float).toEqual(new F64(1));
    expect(toCompactJson(value)).toBe('{"Float":1.0,"e":2000.0,"n":-0.5}');
  });

  it('treats __proto__ as data, on read and through sortedRecord', () => {
    const value = parseJsonLossless('{"__proto__":{"x":1},"b":2}') as Record<string, unknown>;
    expect(Object.keys(value)).toEqual(['__proto__', 'b']);
    expect(Object.getPrototypeOf(value)).toBeNull();
    const sorted = sortedRecord(value);
    expect(Object.keys(sorted)).toEqual(['__proto__', 'b']);
    expect(toPrettyJson(sorted)).toBe('{\n  "__proto__": {\n    "x": 1\n  },\n  "b": 2\n}');
  });

  it('refuses duplicate keys unless asked not to', () => {
    expect(() => parseJsonLossless('{\n  "a": 1,\n  "a": 2\n}')).toThrow('duplicate field `a` at line 3 column 3');
    expect(parseJsonLossless('{"a":1,"a":2}', { allowDuplicateKeys: true })).toEqual({ a: 2 });
  });

  it('reports syntax errors with line and column, like serde_json', () => {
    for (const [text, message] of [
      ['{"a":1,}', 'key must be a string at line 1 column 8'],
      ['[1,2', 'EOF while parsing a list at line 1 column 5'],
      ['{"a":1} x', 'trailing characters at line 1 column 9'],
      ['"abc', 'EOF while parsing a string at line 1 column 5'],
      ['{"a":tru}', 'expected ident at line 1 column 6'],
      ['01', 'trailing characters at line 1 column 2'],
      ['1e999', 'number out of range at line 1 column 1'],
    ] as const) {
      expect(() => parseJsonLossless(text)).toThrow(JsonSyntaxError);
      expect(() => parseJsonLossless(text)).toThrow(message);
    }
  });

  it('reads escapes and unicode like JSON.parse', () => {
    const text = '{"s":"a\\"b\\\\c\\u00e9\\n","t":"ü😀"}';
    expect(parseJsonLossless(text)).toEqual(JSON.parse(text));
  });

  it('agrees with JSON.parse on ordinary documents', () => {
    const text = JSON.stringify({ version: 1, list: [true, false, null, 0, -3, 'x'], nested: { a: { b: [] } } }, null, 2);
    expect(parseJsonLossless(text)).toEqual(JSON.parse(text));
  });

  it('stops at the nesting limit instead of overflowing the stack', () => {
    expect(() => parseJsonLossless('['.repeat(200) + ']'.repeat(200))).toThrow('recursion limit exceeded');
  });

  it('knows the u64 range', () => {
    expect(isU64(0)).toBe(true);
    expect(isU64(18446744073709551615n)).toBe(true);
    expect(isU64(18446744073709551616n)).toBe(false);
    expect(isU64(-1)).toBe(false);
    expect(isU64(1.5)).toBe(false);
  });
});
