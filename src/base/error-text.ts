/** The readable text of anything thrown (the `<err>` of the spec's message templates). */
export function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
