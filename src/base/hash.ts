import * as crypto from 'node:crypto';
import { createHash, type Hash } from 'node:crypto';
import { textPieces } from './text-pieces.js';

type OneShotHash = (algorithm: string, data: string | Uint8Array, outputEncoding: 'hex') => string;

/**
 * `crypto.hash` (Node 20.12 and 21.7 on): one call, with no Hash object made, updated and
 * finalized. A plan hashes tens of thousands of short inputs (every source file, every verdict
 * key, every composite). Node advises it for small inputs only, and long text is hashed in pieces
 * anyway, so it takes inputs up to HASH_PIECE_UNITS units or bytes. Absent on Node 20 before 20.12,
 * which takes `createHash` as before; both hash the UTF-8 encoding of a string.
 */
const oneShot = (crypto as { hash?: OneShotHash }).hash;

/**
 * Text above this many UTF-16 units is hashed in pieces, each encoded into one reused buffer.
 * Handing Node the whole string makes it encode into a fresh buffer of the full UTF-8 size; for
 * the 2.5 MB fingerprint input of a 10,000-change plan (or a 20 MB ledger) that cost 2–10 ms
 * depending on whether the pages were fresh, against a steady 1.7–2.4 ms through the reused one.
 */
export const HASH_PIECE_UNITS = 65_536;

// UTF-8 needs at most 3 bytes per UTF-16 unit (a surrogate pair is 2 units for 4 bytes).
let pieceBuffer: Uint8Array | undefined;
const encoder = new TextEncoder();

/** Lowercase hex SHA-256 of UTF-8 text or raw bytes: every digest in the control plane. */
export function sha256hex(input: string | Uint8Array): string {
  if (oneShot !== undefined && input.length <= HASH_PIECE_UNITS) return oneShot('sha256', input, 'hex');
  const hash = createHash('sha256');
  if (typeof input === 'string') updateText(hash, input);
  else hash.update(input);
  return hash.digest('hex');
}

/**
 * `sha256hex` of the pieces joined, without joining them: a large document built piece by piece
 * is never flattened into one string. No piece may end inside a surrogate pair.
 */
export function sha256hexOfPieces(pieces: Iterable<string>): string {
  const hash = createHash('sha256');
  for (const piece of pieces) updateText(hash, piece);
  return hash.digest('hex');
}

function updateText(hash: Hash, text: string): void {
  if (text.length <= HASH_PIECE_UNITS) {
    hash.update(text);
    return;
  }
  const buffer = (pieceBuffer ??= new Uint8Array(HASH_PIECE_UNITS * 3));
  for (const piece of textPieces(text, HASH_PIECE_UNITS)) {
    const { written } = encoder.encodeInto(piece, buffer);
    hash.update(buffer.subarray(0, written));
  }
}

/** The state CAS token: a hash of the raw bytes as read, never of re-serialized JSON. */
export function casToken(bytes: string | Uint8Array): string {
  return `sha256:${sha256hex(bytes)}`;
}
