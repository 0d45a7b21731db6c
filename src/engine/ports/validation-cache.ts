/**
 * A content-addressed store for the results of pure checks (parsing and type-checking the
 * cluster's sources). Keys are hex digests the engine derives from the checked bytes, the schema
 * a query is checked against, and `toolVersion`; values are the engine's own JSON.
 *
 * Guarantees every adapter must keep:
 * - `get` never throws: an absent, unreadable, truncated or altered entry reads as null (an
 *   adapter stores its own checksum beside the value and refuses an entry that does not match).
 * - `put` never throws and is best effort: a full disk or a read-only directory only costs speed.
 * The engine also re-checks every entry it reads (its key and its shape), so a wrong entry is a
 * miss, never a wrong verdict.
 */
export interface ValidationCache {
  /** Part of every key: results of one build are never served to another. */
  readonly toolVersion: string;
  get(key: string): string | null;
  put(key: string, value: string): void;
}

/** No cache: every check runs (`--no-cache`, and the default for in-process callers). */
export const noValidationCache: ValidationCache = { toolVersion: '', get: () => null, put: () => {} };
