import type { Diagnostic } from '../../engine/diagnostics/index.js';

/** `ERROR <code> <path>: <message>` / `WARN  <code> <path>: <message>`, one per diagnostic. */
export function diagnosticLines(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.severity === 'error' ? 'ERROR' : 'WARN '} ${d.code} ${d.path}: ${d.message}`);
}
