import { errorText } from '../../../base/error-text.js';
import { GraphEngineError } from '../../../engine/ports/graph-engine.js';

/**
 * Runs a storage call and turns whatever it throws into a `GraphEngineError` carrying the
 * storage's own text: the port promises that nothing but engine errors escape an engine.
 */
export async function guard<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    throw asEngineError(e);
  }
}

export function asEngineError(e: unknown): GraphEngineError {
  if (e instanceof GraphEngineError) return e;
  return new GraphEngineError(errorText(e));
}

/** Best-effort deletes after a failure; returns the keys that could not be removed. */
export async function deleteAll(del: (key: string) => Promise<void>, keys: readonly string[]): Promise<string[]> {
  const left: string[] = [];
  for (const key of keys) {
    try {
      await del(key);
    } catch {
      left.push(key);
    }
  }
  return left;
}
