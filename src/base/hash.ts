import { createHash } from 'node:crypto';

/** Lowercase hex SHA-256 of UTF-8 text or raw bytes: every digest in the control plane. */
export function sha256hex(input: string | Uint8Array): string {
  return createHash('sha256').update(input).digest('hex');
}

/** The state CAS token: a hash of the raw bytes as read, never of re-serialized JSON. */
export function casToken(bytes: string | Uint8Array): string {
  return `sha256:${sha256hex(bytes)}`;
}
