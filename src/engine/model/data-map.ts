import { z } from 'zod';

/**
 * Recognizes the commonest value of a map (a ledger entry that is only a digest) without zod:
 * returns exactly what the value's schema would output, or undefined to leave the value to it.
 * A 100k-resource ledger has 200,000 such values, and a zod parse apiece was half its read time.
 */
export type CommonShape<T> = (raw: unknown) => T | undefined;

/**
 * For CommonShape recognizers: `raw` is an object, not a list, and each of its own keys is `a` or
 * `b` (pass one name for a single allowed key), whatever its prototype. Whether a key is present
 * is the caller's check.
 */
export function ownKeysAmong(raw: unknown, a: string, b: string = a): raw is Record<string, unknown> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return false;
  for (const key in raw) if (Object.hasOwn(raw, key) && key !== a && key !== b) return false;
  return true;
}

export interface DataMapOptions {
  /**
   * The input is a fresh null-prototype object that nothing else holds (the lossless JSON
   * reader's): its values are replaced in place instead of copied into a new map. At 100k
   * resources, inserting a ledger's 200,000 keys into fresh maps cost about 120 ms more than
   * replacing them. A map with any other prototype is still copied.
   */
  readonly reuseInput?: boolean;
}

/**
 * A JSON/YAML object used as a map (graph or policy name, address or id → value), parsed into a
 * null-prototype object. zod's own record silently drops a `__proto__` key, yet `__proto__` is a
 * valid identifier (a graph may be called that) and a ledger must rewrite every key it read; the
 * names gate decides separately whether a key is usable.
 */
export function dataMap<T extends z.ZodType>(value: T, common?: CommonShape<z.output<T>>, options: DataMapOptions = {}) {
  return z.unknown().transform((raw, ctx): Record<string, z.output<T>> => {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      ctx.addIssue({ code: 'custom', message: 'invalid type: expected a map' });
      return z.NEVER;
    }
    const reuse = options.reuseInput === true && Object.getPrototypeOf(raw) === null;
    const out = (reuse ? raw : Object.create(null)) as Record<string, z.output<T>>;
    for (const key of Object.keys(raw)) {
      const quick = common?.((raw as Record<string, unknown>)[key]);
      if (quick !== undefined) {
        out[key] = quick;
        continue;
      }
      // reportInput keeps each issue's own input: addIssue would otherwise stamp the whole map on
      // it, and a missing field would read as "invalid type: map".
      const parsed = value.safeParse((raw as Record<string, unknown>)[key], { reportInput: true });
      if (!parsed.success) {
        for (const issue of parsed.error.issues) ctx.addIssue({ ...issue, path: [key, ...issue.path] } as Parameters<typeof ctx.addIssue>[0]);
        return z.NEVER;
      }
      out[key] = parsed.data;
    }
    return out;
  });
}

