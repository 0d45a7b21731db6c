import { describe, expect, it } from '@jest/globals';
import { F64, compareBytes, sortedRecord, toCompactJson, toPrettyJson } from '../../src/base/json.js';

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
});
