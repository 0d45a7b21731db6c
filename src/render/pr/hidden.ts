/**
 * Hidden JSON in an HTML comment (`<!-- prefix {json} -->`), the carrier of the marker and the
 * review record. Inside the JSON, `<`, `>`, `-` and `&` are `\u` escapes so no value can end the
 * comment early or smuggle markup; JSON.parse restores them.
 */
const SUFFIX = ' -->';

export function formatHidden(prefix: string, value: unknown): string {
  const json = JSON.stringify(value).replace(/[<>&-]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `${prefix}${json}${SUFFIX}`;
}

/** The first JSON object behind `prefix` in `body` (null-prototype), or null when absent or malformed. */
export function parseHidden(body: string, prefix: string): Record<string, unknown> | null {
  const start = body.indexOf(prefix);
  if (start < 0) return null;
  const end = body.indexOf(SUFFIX, start + prefix.length);
  if (end < 0) return null;
  let value: unknown;
  try {
    value = JSON.parse(body.slice(start + prefix.length, end));
  } catch {
    return null;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  // Copied onto a null prototype: an address such as `__proto__` stays data.
  return Object.assign(Object.create(null) as Record<string, unknown>, value);
}
