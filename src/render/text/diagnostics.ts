import type { Diagnostic } from '../../engine/diagnostics/index.js';
import { textHint } from './hints.js';

const HINT_INDENT = '      ';

/**
 * `ERROR <code> <path>: <message>` / `WARN  <code> <path>: <message>`, one per diagnostic; with
 * `hintsFor` (the config dir the user passed), each followed by its catalogue hint.
 */
export function diagnosticLines(diagnostics: readonly Diagnostic[], hintsFor?: string): string[] {
  return diagnostics.flatMap((d) => {
    const line = `${d.severity === 'error' ? 'ERROR' : 'WARN '} ${d.code} ${d.path}: ${d.message}`;
    const hint = hintsFor === undefined ? undefined : textHint(d, hintsFor);
    return hint === undefined ? [line] : [line, `${HINT_INDENT}hint: ${hint}`];
  });
}
