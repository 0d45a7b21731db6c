import { sha256hex } from '../../base/hash.js';
import type { LangError } from '../../lang/errors.js';
import { noValidationCache, type ValidationCache } from '../ports/validation-cache.js';

/** Bumped whenever the shape or meaning of a stored verdict changes. */
const FORMAT = 'omnigraph-cluster-check/1';

/**
 * Typed access to the validation cache: a verdict is stored as `{"key": …, "value": …}` under
 * the digest of its inputs, and read back only when the stored key is the one asked for and the
 * value has the expected shape. Anything else is a miss, and the check simply runs again.
 */
export class CheckCache {
  /**
   * False for the no-op cache (`--no-cache`): its lookups always miss and its stores are dropped,
   * so the key digests (one sha256 per check, about 18,000 on a 10k-resource plan) are skipped.
   */
  private readonly enabled: boolean;

  constructor(private readonly port: ValidationCache = noValidationCache) {
    this.enabled = port !== noValidationCache;
  }

  lookup<T>(parts: readonly string[], valid: (value: unknown) => value is T): T | undefined {
    if (!this.enabled) return undefined;
    const key = this.keyOf(parts);
    const text = this.port.get(key);
    if (text === null) return undefined;
    let entry: unknown;
    try {
      entry = JSON.parse(text);
    } catch {
      return undefined;
    }
    if (!isObject(entry) || entry.key !== key || !valid(entry.value)) return undefined;
    return entry.value;
  }

  store(parts: readonly string[], value: unknown): void {
    if (!this.enabled) return;
    const key = this.keyOf(parts);
    this.port.put(key, JSON.stringify({ key, value }));
  }

  private keyOf(parts: readonly string[]): string {
    return sha256hex([FORMAT, this.port.toolVersion, ...parts].join('\0'));
  }
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const STAGES = new Set(['parse', 'catalog', 'type', 'policy']);
const optionalPositive = (v: unknown): boolean => v === undefined || (typeof v === 'number' && Number.isInteger(v) && v > 0);

export function isLangError(value: unknown): value is LangError {
  return (
    isObject(value) &&
    typeof value.stage === 'string' &&
    STAGES.has(value.stage) &&
    typeof value.message === 'string' &&
    optionalPositive(value.line) &&
    optionalPositive(value.column)
  );
}

/** `{ error: LangError | null }`: the outcome of one check that either passes or fails with a compiler error. */
export interface CheckVerdict {
  readonly error: LangError | null;
}

export function isCheckVerdict(value: unknown): value is CheckVerdict {
  return isObject(value) && (value.error === null || isLangError(value.error));
}

/** A LangError as JSON keeps (no undefined fields). */
export function langErrorJson(e: LangError): LangError {
  return { stage: e.stage, message: e.message, ...(e.line !== undefined ? { line: e.line } : {}), ...(e.column !== undefined ? { column: e.column } : {}) };
}
