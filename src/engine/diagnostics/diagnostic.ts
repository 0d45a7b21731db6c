import type { DiagnosticCode } from './codes.js';

export type Severity = 'error' | 'warning';

/** Where in a source file a diagnostic points (1-based line and column). */
export interface SourceLocation {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/**
 * A user-visible finding. Expected failures are diagnostics, never exceptions: commands
 * accumulate them and derive `ok` from them. `location` is ours (for annotations); the JSON
 * output keeps exactly the reference's four keys.
 */
export interface Diagnostic {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  readonly path: string;
  readonly message: string;
  readonly location?: SourceLocation;
}

export function error(code: DiagnosticCode, path: string, message: string, location?: SourceLocation): Diagnostic {
  return location ? { code, severity: 'error', path, message, location } : { code, severity: 'error', path, message };
}

export function warning(code: DiagnosticCode, path: string, message: string, location?: SourceLocation): Diagnostic {
  return location ? { code, severity: 'warning', path, message, location } : { code, severity: 'warning', path, message };
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** The JSON form: exactly `code`, `severity`, `path`, `message`, in that order. */
export function diagnosticJson(d: Diagnostic): { code: string; severity: Severity; path: string; message: string } {
  return { code: d.code, severity: d.severity, path: d.path, message: d.message };
}
