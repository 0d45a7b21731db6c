import { randomFillSync } from 'node:crypto';

/**
 * ULIDs (github.com/ulid/spec): 48-bit millisecond time then 80 random bits, as 26 Crockford
 * base32 characters. The `ulid` package draws randomness one character at a time (a
 * `crypto.randomBytes(1)` each, 16 per id); here each id takes one 10-byte draw, which is exactly
 * its 80 random bits, so no bit is wasted and no character is biased.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const MAX_TIME = 2 ** 48 - 1;

export function ulidFrom(timeMs: number, random: Uint8Array): string {
  if (!Number.isInteger(timeMs) || timeMs < 0 || timeMs > MAX_TIME) throw new RangeError(`ULID time ${timeMs} is out of range`);
  if (random.length !== 10) throw new RangeError('a ULID needs exactly 10 random bytes');
  let out = '';
  let time = timeMs;
  for (let i = 0; i < 10; i++) {
    out = ALPHABET[time % 32]! + out;
    time = Math.floor(time / 32);
  }
  // 80 bits = 16 groups of 5: take each 5-byte block (40 bits) as 8 characters.
  for (let block = 0; block < 10; block += 5) {
    let hi = (random[block]! << 12) | (random[block + 1]! << 4) | (random[block + 2]! >> 4);
    let lo = ((random[block + 2]! & 0x0f) << 16) | (random[block + 3]! << 8) | random[block + 4]!;
    let chars = '';
    for (let i = 0; i < 4; i++) {
      chars = ALPHABET[lo & 31]! + chars;
      lo >>= 5;
    }
    for (let i = 0; i < 4; i++) {
      chars = ALPHABET[hi & 31]! + chars;
      hi >>= 5;
    }
    out += chars;
  }
  return out;
}

/**
 * Random bytes are drawn 4 KiB at a time and handed out 10 per id: each draw is a call into
 * OpenSSL (which also checks its process id), and an apply creating 500 graphs takes ~12,000 ids
 * (temp-file names, sidecars), about 0.2 s of draws one id at a time. Each byte is used once.
 */
const pool = new Uint8Array(4096);
let poolOffset = pool.length;

function randomTen(): Uint8Array {
  if (poolOffset + 10 > pool.length) {
    randomFillSync(pool);
    poolOffset = 0;
  }
  const bytes = pool.slice(poolOffset, poolOffset + 10);
  poolOffset += 10;
  return bytes;
}

export function ulid(now: number = Date.now()): string {
  return ulidFrom(now, randomTen());
}
