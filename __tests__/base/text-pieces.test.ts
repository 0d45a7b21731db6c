import { describe, expect, it } from '@jest/globals';
import { textPieces } from '../../src/base/text-pieces.js';

describe('textPieces', () => {
  it('joins back to the text and never splits a surrogate pair, at every size and offset', () => {
    const units = ['a', 'é', '€', '😀', '\ud800', '\udc00', '\n'];
    let seed = 11;
    const next = (n: number) => Math.floor(((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648) * n);
    for (let round = 0; round < 2000; round++) {
      const text = Array.from({ length: next(40) }, () => units[next(units.length)]).join('');
      const size = 1 + next(8);
      const pieces = [...textPieces(text, size)];
      expect(pieces.join('')).toBe(text);
      expect(Buffer.concat(pieces.map((p) => Buffer.from(p))).equals(Buffer.from(text))).toBe(true);
      for (const piece of pieces) {
        expect(piece.length).toBeGreaterThan(0);
        expect(piece.length).toBeLessThanOrEqual(Math.max(2, size));
      }
    }
  });

  it('yields nothing for empty text and the whole of short text at once', () => {
    expect([...textPieces('', 4)]).toEqual([]);
    expect([...textPieces('abc', 1 << 16)]).toEqual(['abc']);
  });
});
