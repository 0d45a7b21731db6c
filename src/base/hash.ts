import { createHash } from 'node:crypto';

/**
 * Text above this many UTF-16 units is hashed in pieces. Node encodes a string argument into a
 * fresh buffer of its full UTF-8 size; for the 2.5 MB fingerprint input of a 10,000-change plan
 * (or a 20 MB ledger) that first-touch allocation cost more than the hashing itself (18 ms against
 * 10 ms in 64 KiB pieces, whose buffers are reused).
 */
export const HASH_PIECE_UNITS = 65_536;

/** Lowercase hex SHA-256 of UTF-8 text or raw bytes: every digest in the control plane. */
export function sha256hex(input: string | Uint8Array): string {
  const hash = createHash('sha256');
  if (typeof input !== 'string' || input.length <= HASH_PIECE_UNITS) return hash.update(input).digest('hex');
  for (let start = 0; start < input.length; ) {
    let end = Math.min(start + HASH_PIECE_UNITS, input.length);
    // Never split a surrogate pair (each half alone would encode as U+FFFD): cut before its high
    // half instead, which cannot pair with the unit before it.
    if (end < input.length && isHighSurrogate(input.charCodeAt(end - 1)) && isLowSurrogate(input.charCodeAt(end))) end--;
    hash.update(input.slice(start, end));
    start = end;
  }
  return hash.digest('hex');
}

const isHighSurrogate = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isLowSurrogate = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;

/** The state CAS token: a hash of the raw bytes as read, never of re-serialized JSON. */
export function casToken(bytes: string | Uint8Array): string {
  return `sha256:${sha256hex(bytes)}`;
}
