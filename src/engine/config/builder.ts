import { error, type Diagnostic, type SourceLocation } from '../diagnostics/index.js';
import type { LangError } from '../../lang/errors.js';
import type { Dependency } from '../model/change.js';
import type { DesiredResource } from './desired.js';

/** Mutable accumulator for one `load_desired` run. */
export class DesiredBuilder {
  readonly resources = new Map<string, DesiredResource>();
  readonly dependencies = new Map<string, Dependency>();
  readonly diagnostics: Diagnostic[] = [];

  add(resource: DesiredResource): void {
    this.resources.set(resource.address, resource);
  }

  depend(from: string, to: string): void {
    this.dependencies.set(`${from}\0${to}`, { from, to });
  }

  report(d: Diagnostic | null | undefined): void {
    if (d) this.diagnostics.push(d);
  }
}

/** Compiler text as the reference prints it, plus where in which file (ours, for people and annotations). */
export function langDiagnostic(
  code: 'schema_parse_error' | 'schema_catalog_error' | 'query_parse_error' | 'query_typecheck_error' | 'policy_invalid',
  path: string,
  e: LangError,
  file: string,
  messagePrefix = '',
): Diagnostic {
  const location: SourceLocation | undefined = e.line ? { file, line: e.line, column: e.column ?? 1 } : undefined;
  const where = location ? ` (at ${file}:${location.line}:${location.column})` : '';
  return error(code, path, `${messagePrefix}${e.message}${where}`, location);
}
