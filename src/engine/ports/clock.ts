/** Time source: injected so tests and golden outputs are deterministic. */
export interface Clock {
  now(): Date;
}

/** RFC 3339 UTC with `Z` and millisecond precision (docs/contract/conventions.md#timestamps). */
export function rfc3339(date: Date): string {
  return Number.isNaN(date.getTime()) ? '1970-01-01T00:00:00Z' : date.toISOString();
}
