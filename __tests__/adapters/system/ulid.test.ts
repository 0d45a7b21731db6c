import { describe, expect, it } from '@jest/globals';
import { decodeTime, encodeTime } from 'ulid';
import { ulid, ulidFrom } from '../../../src/adapters/system/ulid.js';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** Reference: the random bytes as one bit string cut into 5-bit groups (ULID spec, big-endian). */
const reference = (bytes: Uint8Array) =>
  [...bytes]
    .map((b) => b.toString(2).padStart(8, '0'))
    .join('')
    .match(/.{5}/g)!
    .map((bits) => CROCKFORD[parseInt(bits, 2)])
    .join('');

describe('ulid', () => {
  it('encodes the time as the ulid package does and the 80 random bits big-endian', () => {
    const samples = [
      new Uint8Array(10),
      new Uint8Array(10).fill(0xff),
      Uint8Array.from([0x01, 0x23, 0x45, 0x67, 0x89, 0xab, 0xcd, 0xef, 0x10, 0x32]),
      Uint8Array.from([0x80, 0, 0, 0, 0x01, 0x80, 0, 0, 0, 0x01]),
    ];
    for (const time of [0, 1, 1_469_918_176_385, 2 ** 48 - 1]) {
      for (const bytes of samples) {
        const id = ulidFrom(time, bytes);
        expect(id).toHaveLength(26);
        expect(id.slice(0, 10)).toBe(encodeTime(time, 10));
        expect(id.slice(10)).toBe(reference(bytes));
        expect(decodeTime(id)).toBe(time);
      }
    }
    expect(ulidFrom(0, new Uint8Array(10).fill(0xff))).toBe('0000000000ZZZZZZZZZZZZZZZZ');
  });

  it('refuses a time outside 48 bits and a wrong number of random bytes', () => {
    expect(() => ulidFrom(-1, new Uint8Array(10))).toThrow(RangeError);
    expect(() => ulidFrom(2 ** 48, new Uint8Array(10))).toThrow(RangeError);
    expect(() => ulidFrom(0, new Uint8Array(9))).toThrow(RangeError);
  });

  it('draws fresh randomness for every id, stamped with the current time', () => {
    const before = Date.now();
    const ids = Array.from({ length: 200 }, () => ulid());
    expect(new Set(ids).size).toBe(200);
    for (const id of ids) {
      expect(id).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
      expect(decodeTime(id)).toBeGreaterThanOrEqual(before);
    }
  });

  it('never hands out the same random bytes twice, across many refills of its pool', () => {
    const randomParts = Array.from({ length: 5000 }, () => ulid().slice(10));
    expect(new Set(randomParts).size).toBe(5000);
  });
});
