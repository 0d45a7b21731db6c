/**
 * A compiler error from our own `.pg` / `.gq` / policy front ends. `message` is the full display
 * text the reference prints (e.g. `parse error: …`, `catalog error: …`, `type error: T3: …`);
 * `line`/`column` (1-based) point into the source that was compiled, when known.
 */
export interface LangError {
  readonly stage: 'parse' | 'catalog' | 'type' | 'policy';
  readonly message: string;
  readonly line?: number;
  readonly column?: number;
}

export type LangResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: LangError };
