/**
 * Named failpoints (docs/contract/failpoints.md#names, docs/contract/failpoints.md#actions). Inert unless configured. `hit` returns
 * true when the point must inject an `injected_failpoint` error; a `crash` action never returns
 * (the process exits 86 with no cleanup) and `sleep:<ms>` returns false after pausing.
 */
export interface Failpoints {
  hit(name: string): Promise<boolean>;
}
