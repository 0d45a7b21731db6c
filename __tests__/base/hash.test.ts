import { describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { HASH_PIECE_UNITS, sha256hex, sha256hexOfPieces } from '../../src/base/hash.js';

/** The digest of the text's UTF-8 bytes, encoded in one go. */
const reference = (text: string) => createHash('sha256').update(Buffer.from(text, 'utf8')).digest('hex');

describe('sha256hex of long text (hashed in pieces)', () => {
  const filler = (n: number) => 'a'.repeat(n);

  it('hashes the UTF-8 bytes of the whole text, whatever falls on a piece boundary', () => {
    const boundary = HASH_PIECE_UNITS;
    const around = ['😀', '\ud83d', '\ude00', '\ude00\ud83d', 'é', '\u0000', '€'];
    for (const piece of around) {
      for (const offset of [-2, -1, 0, 1]) {
        const text = `${filler(boundary + offset)}${piece}${filler(boundary)}${piece}`;
        expect([piece, offset, sha256hex(text)]).toEqual([piece, offset, reference(text)]);
      }
    }
  });

  it('agrees with the one-go digest on random text of every kind of code unit', () => {
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const units = [0x61, 0xe9, 0x20ac, 0xd83d, 0xde00, 0xdbff, 0xdc00, 0x0a];
    for (let round = 0; round < 12; round++) {
      const length = HASH_PIECE_UNITS * (1 + Math.floor(next() * 3)) + Math.floor(next() * 10);
      const codes = Array.from({ length }, () => units[Math.floor(next() * units.length)] as number);
      const text = String.fromCharCode(...codes.slice(0, 50_000)) + String.fromCharCode(...codes.slice(50_000, 100_000)) + String.fromCharCode(...codes.slice(100_000));
      expect(sha256hex(text)).toBe(reference(text));
    }
  });

  it('has room for text whose every unit takes three bytes', () => {
    const text = '€'.repeat(HASH_PIECE_UNITS * 2 + 5);
    expect(sha256hex(text)).toBe(reference(text));
  });

  it('hashes pieces as the text they join into, short and long pieces alike', () => {
    const text = `${'é😀'.repeat(HASH_PIECE_UNITS)}tail`;
    // Units go é, high, low: cuts at 3k or 3k + 1 fall between code points, never inside a pair.
    const cuts = [0, 1, 4, 10, 3 * 43_690, 3 * 43_693 + 1, text.length];
    const pieces = cuts.slice(1).map((end, i) => text.slice(cuts[i], end));
    expect(pieces.join('')).toBe(text);
    expect(sha256hexOfPieces(['', ...pieces, ''])).toBe(reference(text));
    expect(sha256hexOfPieces([])).toBe(reference(''));
  });

  it('hashes short text and bytes as createHash does, lone surrogates included', () => {
    let seed = 5;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const units = [0x61, 0xe9, 0x20ac, 0xd83d, 0xde00, 0xdbff, 0xdc00, 0x00, 0xfffd];
    for (let round = 0; round < 200; round++) {
      const length = round < 5 ? round : Math.floor(next() * 300);
      const text = String.fromCharCode(...Array.from({ length }, () => units[Math.floor(next() * units.length)] as number));
      expect(sha256hex(text)).toBe(reference(text));
      const bytes = Buffer.from(Array.from({ length }, () => Math.floor(next() * 256)));
      expect(sha256hex(bytes)).toBe(createHash('sha256').update(bytes).digest('hex'));
    }
    const edge = 'x'.repeat(HASH_PIECE_UNITS);
    expect(sha256hex(edge)).toBe(reference(edge));
    expect(sha256hex(Buffer.from(`${edge}y`))).toBe(reference(`${edge}y`));
  });

  it('leaves short text and bytes to a single update', () => {
    expect(sha256hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256hex(Buffer.from('abc'))).toBe(sha256hex('abc'));
  });
});
