import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { fastParseYaml } from '../../src/base/fast-yaml.js';
import { locatedParse, parseStrictYaml } from '../../src/base/strict-yaml.js';

/**
 * The fast YAML path may only decline, never disagree: whatever it returns must be what the
 * located (`yaml` package) parse returns, and whatever it accepts the located parse must accept.
 */
function agreesWithLocatedParse(text: string): 'fast' | 'declined' {
  const fast = fastParseYaml(text);
  const full = locatedParse(text);
  const strict = parseStrictYaml(text);
  if (fast === undefined) {
    // Declined: parseStrictYaml is exactly the located parse.
    expect(JSON.stringify(strict)).toBe(JSON.stringify(full));
    expect(strict.ok).toBe(full.ok);
    if (strict.ok && full.ok) expect(strict.yaml.value).toStrictEqual(full.yaml.value);
    return 'declined';
  }
  expect(full.ok).toBe(true);
  if (!full.ok || !strict.ok) throw new Error('unreachable');
  expect(fast).toStrictEqual(full.yaml.value);
  // Same key order (it reaches the JSON output).
  expect(JSON.stringify(fast)).toBe(JSON.stringify(full.yaml.value));
  expect(strict.yaml.value).toStrictEqual(fast);
  return 'fast';
}

const accepted: Record<string, string> = {
  'cluster header': 'version: 1\nmetadata:\n  name: example\nstate:\n  backend: cluster\n  lock: true\n',
  'graphs and flow lists': 'graphs:\n  g1:\n    schema: ./g1/schema.pg\n    queries: ./g1/queries\npolicies:\n  p:\n    file: ./p.yaml\n    applies_to: [g1, g2]\n',
  comments: '# head\nversion: 1 # trailing\n\n  # indented comment\nmetadata: # after key\n  name: x\n',
  'quoted keys and values': '"a b": "c d"\n\'e\': \'f # not a comment\'\nq: "x: y"\n',
  'sequence at the key indentation': 'list:\n- a\n- b\nnext: 1\n',
  'indented sequence of mappings': 'rules:\n  - id: r1\n    allow:\n      actions: [read]\n  -   id: r2\n  -\n    id: r3\n  - plain\n',
  'flow mappings': 'actors: { group: readers }\nempty: {}\nnone: []\nnested: { a: [1, 2], b: { c: d } }\n',
  'null values': 'a:\nb: # c\nc:\n  d:\n',
  'integers and strings': 'n: 0\nm: -12\nbig: 123456789012345\ns: abc-def_1.2\np: ../x/y\nsp: a b  c\nat: a@b\ndollar: $x\n',
  'yaml 1.1 words are strings in 1.2': 'a: yes\nb: no\nc: on\nd: off\ne: y\nf: n\n',
  'empty quoted': 'a: ""\nb: \'\'\n"": x\n',
  unicode: 'a: "héllo ✓"\n',
  'null words': 'a: null\nb: ~\nc: NULL\nd: Null\ne: [null, ~]\n',
  booleans: 'a: true\nb: False\nc: TRUE\nd: { e: false }\n',
};

const declined: Record<string, string> = {
  anchors: 'a: &x 1\nb: *x\n',
  'merge keys': 'base: &b\n  x: 1\nd:\n  <<: *b\n',
  tags: 'a: !!str 1\n',
  'literal block scalar': 'a: |\n  line\n',
  'folded block scalar': 'a: >-\n  line\n',
  'duplicate keys': 'a: 1\na: 2\n',
  'duplicate flow keys': 'a: { b: 1, b: 2 }\n',
  floats: 'version: 1.0\n',
  exponent: 'version: 1e3\n',
  'octal and hex': 'a: 0o17\nb: 0x1F\n',
  'leading zero': 'a: 007\n',
  'plus sign': 'a: +1\n',
  'negative zero': 'a: -0\n',
  infinity: 'a: .inf\n',
  nan: 'a: .nan\n',
  'null key': 'null: 1\n',
  'tilde prefix': 'a: ~x\n',
  'numeric key': '1: a\n',
  'proto key': '__proto__: 1\n',
  'quoted proto key': '"__proto__": { a: 1 }\n',
  bom: '\uFEFFa: 1\n',
  crlf: 'a: 1\r\nb: 2\r\n',
  tabs: 'a:\t1\n',
  'document marker': '---\na: 1\n',
  'document end': 'a: 1\n...\n',
  directive: '%YAML 1.1\n---\na: yes\n',
  'multi-line plain scalar': 'a: one\n  two\n',
  'multi-line flow': 'a: [1,\n  2]\n',
  'escapes in double quotes': 'a: "x\\ty"\n',
  "doubled single quote": "a: 'it''s'\n",
  'top-level sequence': '- a\n- b\n',
  'top-level scalar': 'just text\n',
  'empty document': '# nothing\n',
  'complex key': '? a\n: b\n',
  'bad indentation': 'a:\n    b: 1\n  c: 2\n',
  'colon in plain scalar': 'a: b: c\n',
  'comment without space': 'a: "b"#c\n',
  'trailing flow comma': 'a: [1, 2, ]\n',
  'missing flow value': 'a: { b: }\n',
  'unclosed quote': 'a: "b\n',
  'indented first line': '  a: 1\n',
  'multi-document': 'a: 1\n---\nb: 2\n',
  'long key': `${'k'.repeat(1100)}: 1\n`,
};

describe('fast YAML path', () => {
  it.each(Object.entries(accepted))('takes the fast path and agrees: %s', (_name, text) => {
    expect(agreesWithLocatedParse(text)).toBe('fast');
  });

  it.each(Object.entries(declined))('declines, leaving the full parser to decide: %s', (_name, text) => {
    expect(agreesWithLocatedParse(text)).toBe('declined');
  });

  it('takes the fast path on the example cluster and its policy', () => {
    for (const file of ['examples/cluster/cluster.yaml', 'examples/cluster/policies/base.policy.yaml']) {
      expect(agreesWithLocatedParse(readFileSync(file, 'utf8'))).toBe('fast');
    }
  });

  it('locates keys through the located parse only when asked', () => {
    const parsed = parseStrictYaml('version: 1\ngraphs:\n  g:\n    schema: ./s.pg\n');
    if (!parsed.ok) throw new Error('expected a parse');
    expect(parsed.yaml.mayHoldFloats).toBe(false);
    expect(parsed.yaml.locate(['graphs', 'g', 'schema'], 'key')).toEqual({ line: 4, column: 5 });
    const full = locatedParse('version: 1.0\n');
    expect(full.ok && full.yaml.mayHoldFloats).toBe(true);
  });

  it('never disagrees with the located parse under random edits (seeded)', () => {
    let seed = 22;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const seeds = [...Object.values(accepted), readFileSync('examples/cluster/cluster.yaml', 'utf8')];
    const pieces = [' ', '  ', '\n', ':', ': ', '- ', '#', ' #', '"', "'", '[', ']', '{', '}', ',', '&a ', '*a', '!', '|', '>', '1', '1.5', '0', '-', '.', 'x', 'true', 'null', '~', 'False', 'NULL', 'Null', '\t', '\r', '?', '%', '@', '`', '__proto__', 'é'];
    const outcomes = { fast: 0, declined: 0 };
    for (let n = 0; n < 3000; n++) {
      let text = seeds[random(seeds.length)] as string;
      for (let edits = 1 + random(3); edits > 0; edits--) {
        const at = random(text.length + 1);
        const cut = random(3);
        text = text.slice(0, at) + (random(4) === 0 ? '' : (pieces[random(pieces.length)] as string)) + text.slice(at + cut);
      }
      outcomes[agreesWithLocatedParse(text)]++;
    }
    // Both branches were exercised, so the property was tested on both sides.
    expect(outcomes.fast).toBeGreaterThan(300);
    expect(outcomes.declined).toBeGreaterThan(300);
  });
});
