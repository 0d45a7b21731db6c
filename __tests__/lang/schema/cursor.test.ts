import { describe, expect, it } from '@jest/globals';
import { Cursor } from '../../../src/lang/schema/parse/cursor.js';

/** What `match` did before it used `test`: the sticky exec's match. */
function execMatch(src: string, pos: number, re: RegExp): { token: string | null; pos: number } {
  const reference = new Cursor(src);
  reference.pos = pos;
  reference.skipTrivia();
  re.lastIndex = reference.pos;
  const m = re.exec(src);
  return m ? { token: m[0], pos: reference.pos + m[0].length } : { token: null, pos: reference.pos };
}

describe('Cursor', () => {
  let seed = 3;
  const next = (n: number) => Math.floor(((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648) * n);
  const pieces = ['not', 'note', 'match', 'x', '_', '9', ' ', '\n', '// c\n', '(', 'é', '$a', ''];
  const text = () => Array.from({ length: next(8) }, () => pieces[next(pieces.length)]).join('');

  it('word consumes exactly what the keyword regex matches, over random text', () => {
    for (let i = 0; i < 5000; i++) {
      const src = text();
      const pos = next(src.length + 1);
      const word = ['not', 'match', 'x', '_', 'note9'][next(5)] as string;
      const cursor = new Cursor(src);
      cursor.pos = pos;
      const hit = cursor.word(word);
      const expected = execMatch(src, pos, new RegExp(`${word}(?![A-Za-z0-9_])`, 'y'));
      expect([src, pos, word, hit, cursor.pos]).toEqual([src, pos, word, expected.token !== null, expected.pos]);
    }
  });

  it('match returns the sticky match and moves past it, including empty matches', () => {
    const patterns = [/[A-Za-z_][A-Za-z0-9_]*/y, /\$[a-z]+/y, /x*/y, /[0-9]+/y];
    for (let i = 0; i < 5000; i++) {
      const src = text();
      const pos = next(src.length + 1);
      const re = patterns[next(patterns.length)] as RegExp;
      const cursor = new Cursor(src);
      cursor.pos = pos;
      const token = cursor.match(re);
      const expected = execMatch(src, pos, new RegExp(re.source, 'y'));
      expect([src, pos, re.source, token, cursor.pos]).toEqual([src, pos, re.source, expected.token, expected.pos]);
    }
  });
});
