import { compareBytes } from '../../base/json.js';
import { error, type Diagnostic, type SourceLocation } from '../diagnostics/index.js';
import type { LangError } from '../../lang/errors.js';
import type { Dependency } from '../model/change.js';
import type { DesiredResource } from './desired.js';

/** Mutable accumulator for one `load_desired` run. */
export class DesiredBuilder {
  readonly resources = new Map<string, DesiredResource>();
  /**
   * from → to → edge, each pair once however often it is declared. Nested rather than keyed by a
   * joined `from\0to` string: at 100k resources building and hashing those keys cost a quarter
   * of a second.
   */
  private readonly edges = new Map<string, Map<string, Dependency>>();
  readonly diagnostics: Diagnostic[] = [];

  add(resource: DesiredResource): void {
    this.resources.set(resource.address, resource);
  }

  depend(from: string, to: string): void {
    let targets = this.edges.get(from);
    if (targets === undefined) {
      targets = new Map();
      this.edges.set(from, targets);
    }
    if (!targets.has(to)) targets.set(to, { from, to });
  }

  /** Every edge, ordered byte-wise by `from`, then by `to`. */
  sortedDependencies(): Dependency[] {
    const sorted: Dependency[] = [];
    for (const from of [...this.edges.keys()].sort(compareBytes)) {
      const targets = this.edges.get(from) as Map<string, Dependency>;
      for (const to of [...targets.keys()].sort(compareBytes)) sorted.push(targets.get(to) as Dependency);
    }
    return sorted;
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
