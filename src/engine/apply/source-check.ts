import { errorText } from '../../base/error-text.js';
import { sha256hex } from '../../base/hash.js';
import type { SourceFiles } from '../ports/source-files.js';

export type SourceCheck =
  | { ok: true; bytes: Uint8Array; text: string }
  | { ok: false; problem: 'no_source' }
  | { ok: false; problem: 'unreadable'; message: string }
  | { ok: false; problem: 'changed' }
  | { ok: false; problem: 'not_utf8'; message: string };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Re-reads a source under the lock and proves it is still the content that was planned
 * (docs/contract/classifier.md#recompute-under-lock: the TOCTOU fence for payload publish, graph init and schema apply).
 */
export function recheckSource(sources: SourceFiles, path: string | null | undefined, expectedDigest: string): SourceCheck {
  if (!path) return { ok: false, problem: 'no_source' };
  let bytes: Uint8Array;
  try {
    bytes = sources.readBytes(path);
  } catch (e) {
    return { ok: false, problem: 'unreadable', message: errorText(e) };
  }
  if (sha256hex(bytes) !== expectedDigest) return { ok: false, problem: 'changed' };
  try {
    return { ok: true, bytes, text: utf8.decode(bytes) };
  } catch (e) {
    return { ok: false, problem: 'not_utf8', message: errorText(e) };
  }
}
