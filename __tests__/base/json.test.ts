import { describe, expect, it } from '@jest/globals';
import { F64, compareBytes, sortBytewise, sortedRecord, sortedRecordOf, toCompactJson, toPrettyJson } from '../../src/base/json.js';
import { cloneState } from '../../src/engine/state/schema.js';
import type { ClusterState } from '../../src/engine/state/schema.js';

describe('reference JSON', () => {
  it('pretty prints like serde_json, omitting undefined fields', () => {
    expect(toPrettyJson({ a: 1, b: undefined, c: [], d: {}, e: [1, { f: null }] })).toBe(
      '{\n  "a": 1,\n  "c": [],\n  "d": {},\n  "e": [\n    1,\n    {\n      "f": null\n    }\n  ]\n}',
    );
  });
  it('prints f64 values with a mandatory fraction', () => {
    expect(toCompactJson({ min: { Float: new F64(100) }, max: new F64(1.5) })).toBe('{"min":{"Float":100.0},"max":1.5}');
  });
  it('sorts keys byte-wise like a BTreeMap', () => {
    expect(Object.keys(sortedRecord({ b: 1, B: 2, a: 3, '\u{1F600}': 4, '\uFFFD': 5 }))).toEqual(['B', 'a', 'b', '\uFFFD', '\u{1F600}']);
    expect(compareBytes('a', 'ab')).toBeLessThan(0);
  });
  it('sorts records and maps alike, keeping a __proto__ key as an own entry, and maps each value once', () => {
    const record: Record<string, number> = { b: 1, a: 2 };
    Object.defineProperty(record, '__proto__', { value: 3, enumerable: true, writable: true, configurable: true });
    const map = new Map([['b', 1], ['__proto__', 3], ['a', 2]]);
    const seen: number[] = [];
    const doubled = (v: number) => (seen.push(v), v * 2);
    for (const sorted of [sortedRecordOf(record, doubled), sortedRecordOf(map, doubled)]) {
      expect(Object.getPrototypeOf(sorted)).toBe(Object.prototype);
      expect(Object.entries(sorted)).toEqual([['__proto__', 6], ['a', 4], ['b', 2]]);
      expect(toCompactJson(sorted)).toBe('{"__proto__":6,"a":4,"b":2}');
    }
    expect(seen.sort()).toEqual([1, 1, 2, 2, 3, 3]);
    expect(toCompactJson(sortedRecord(map))).toBe('{"__proto__":3,"a":2,"b":1}');
  });
  it('orders random well-formed text exactly as its UTF-8 bytes compare', () => {
    let seed = 7;
    const next = (n: number) => Math.floor(((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648) * n);
    const alphabet = ['a', 'b', 'Z', '~', '\u007f', 'é', '\u07ff', '€', '\ud7ff', '\ue000', '\ufffd', '\uffff', '😀', '\u{10000}', '\u{10ffff}'];
    const word = () => Array.from({ length: next(5) }, () => alphabet[next(alphabet.length)]).join('');
    const sign = (n: number) => (n < 0 ? -1 : n > 0 ? 1 : 0);
    for (let i = 0; i < 20_000; i++) {
      const shared = word();
      const [a, b] = [shared + word(), shared + word()];
      expect([a, b, sign(compareBytes(a, b))]).toEqual([a, b, sign(Buffer.compare(Buffer.from(a), Buffer.from(b)))]);
    }
  });

  // sortBytewise takes the native default sort when no string has a unit from U+D800 up; lists
  // with and without such units must both come out in UTF-8 byte order.
  it('sorts lists in UTF-8 byte order, with or without units from U+D800 up', () => {
    let seed = 11;
    const next = (n: number) => Math.floor(((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648) * n);
    const low = ['a', 'b', 'Z', '.', '_', '0', '9', '\u007f', 'é', '\u07ff', '€', '\ud7ff'];
    const high = [...low, '\ue000', '\ufffd', '\uffff', '😀', '\u{10000}', '\u{10ffff}'];
    const byUtf8 = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));
    for (let round = 0; round < 400; round++) {
      const alphabet = round % 2 === 0 ? low : high;
      const prefix = Array.from({ length: next(4) }, () => alphabet[next(alphabet.length)]).join('');
      const list = Array.from({ length: next(40) }, () => prefix + Array.from({ length: next(6) }, () => alphabet[next(alphabet.length)]).join(''));
      const expected = [...list].sort(byUtf8);
      const sorted = sortBytewise(list);
      expect(sorted).toBe(list);
      expect(sorted).toEqual(expected);
    }
    // One astral string among ASCII ones: default UTF-16 order would put U+E000 after U+1F600.
    expect(sortBytewise(['\ue000', '😀', 'a'])).toEqual(['a', '\ue000', '😀']);
  });

  // An F64 anywhere forces the general writer, a plain 1 lets JSON.stringify print: the two must
  // agree on everything else, byte for byte.
  it('prints the same bytes through the JSON.stringify fast path as through the general writer', () => {
    const noop = () => 0;
    const corpus: unknown[] = [
      null,
      undefined,
      0,
      -0,
      1e21,
      1.5e-7,
      NaN,
      -Infinity,
      true,
      '',
      'quote " back \\ nl \n tab \t \u0001 \u2028 lone \ud800 astral \u{1F600} é',
      [],
      {},
      [undefined, null, noop, Symbol('s')],
      { gone: undefined, fn: noop, kept: 1 },
      { '2': 'b', '1': 'a', z: { y: [[], [{}], { deep: [1, 'x', { k: false }] }] } },
      Object.assign(Object.create(null) as object, { bare: 'object' }),
      new Date(0),
      new Map([['k', 1]]),
      { when: new Date(0), toJSON: noop },
      Array.from({ length: 50 }, (_, i) => ({ resource: `graph.g${i}`, digest: 'ab'.repeat(32), n: i / 3 })),
    ];
    for (const value of corpus) {
      const slowPretty = toPrettyJson([value, new F64(1)]);
      const fastPretty = toPrettyJson([value, 1]);
      expect(slowPretty).toBe(`${fastPretty.slice(0, -3)}1.0\n]`);
      const slowCompact = toCompactJson({ v: value, f: new F64(1) });
      const fastCompact = toCompactJson({ v: value, f: 1 });
      expect(slowCompact).toBe(`${fastCompact.slice(0, -2)}1.0}`);
      expect(toCompactJson(value)).toBe(toCompactJson({ v: value }).slice('{"v":'.length, -1) || 'null');
    }
  });
});

describe('cloneState', () => {
  it('cloneState keeps a __proto__ key as data, under either prototype', () => {
    for (const proto of [null, Object.prototype]) {
      const original = Object.create(proto) as Record<string, unknown>;
      Object.defineProperty(original, '__proto__', { value: { deep: [new F64(2)] }, enumerable: true, writable: true, configurable: true });
      original.other = 1;
      const copy = cloneState(original as unknown as ClusterState) as unknown as Record<string, unknown>;
      expect(Object.getPrototypeOf(copy)).toBe(proto);
      expect(Object.keys(copy)).toEqual(['__proto__', 'other']);
      expect(toPrettyJson(copy)).toBe(toPrettyJson(original));
      expect(copy.__proto__ === original.__proto__).toBe(false);
    }
  });
});
