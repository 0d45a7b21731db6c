/**
 * A semantic schema error raised deep inside one of the ordered passes. The passes run strictly
 * one after another and the first error wins (docs/contract/engine-schema.md#validation), so unwinding to the single
 * `parseSchema`/`buildCatalog` boundary — which turns it into a `LangResult` — is the simplest
 * faithful model. It never escapes this folder.
 */
export class SchemaFailure {
  constructor(
    readonly stage: 'parse' | 'catalog',
    readonly message: string,
    readonly line?: number,
    readonly column?: number,
  ) {}
}

export function parseFailure(message: string, at?: { line: number; column: number }): SchemaFailure {
  return new SchemaFailure('parse', message, at?.line, at?.column);
}
