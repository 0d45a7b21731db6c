import { compareBytes, sortBytewise } from '../../base/json.js';
import { error, type Diagnostic, type SourceLocation } from '../diagnostics/index.js';
import type { LangError } from '../../lang/errors.js';
import type { Dependency } from '../model/change.js';
import type { DesiredResource } from './desired.js';

/** Edges per source past which duplicates are found through a set instead of a scan. */
const MANY_EDGES = 16;

/** Mutable accumulator for one `load_desired` run. */
export class DesiredBuilder {
  readonly resources = new Map<string, DesiredResource>();
  /**
   * from → its edges, each pair once however often it is declared. A short list per source, not
   * a map: almost every resource has one to three edges, and at 100k resources a Map per source
   * (and joined `from\0to` keys before that) was a large share of loading's garbage. A source
   * with many edges (a policy bound to every graph) also gets a set of its targets.
   */
  private readonly edges = new Map<string, Dependency[]>();
  private readonly manyTargets = new Map<string, Set<string>>();
  readonly diagnostics: Diagnostic[] = [];

  add(resource: DesiredResource): void {
    this.resources.set(resource.address, resource);
  }

  depend(from: string, to: string): void {
    const list = this.edges.get(from);
    if (list === undefined) {
      this.edges.set(from, [{ from, to }]);
      return;
    }
    const many = this.manyTargets.get(from);
    if (many) {
      if (many.has(to)) return;
      many.add(to);
    } else {
      for (const edge of list) if (edge.to === to) return;
      if (list.length + 1 >= MANY_EDGES) this.manyTargets.set(from, new Set([...list.map((e) => e.to), to]));
    }
    list.push({ from, to });
  }

  /** Every edge, ordered byte-wise by `from`, then by `to`. */
  sortedDependencies(): Dependency[] {
    const sorted: Dependency[] = [];
    for (const from of sortBytewise([...this.edges.keys()])) {
      const list = this.edges.get(from) as Dependency[];
      sortByTarget(list);
      for (const edge of list) sorted.push(edge);
    }
    return sorted;
  }

  report(d: Diagnostic | null | undefined): void {
    if (d) this.diagnostics.push(d);
  }
}

/**
 * Orders one source's edges by target in place. Its targets are distinct, so order is total. A
 * short list takes an insertion sort, which allocates nothing: Array.prototype.sort's work array
 * for each of the 100,000 two- and three-edge lists of a 100k plan was 70 MB of garbage.
 */
function sortByTarget(list: Dependency[]): void {
  if (list.length > MANY_EDGES) {
    list.sort((a, b) => compareBytes(a.to, b.to));
    return;
  }
  for (let i = 1; i < list.length; i++) {
    const edge = list[i] as Dependency;
    let j = i - 1;
    for (; j >= 0 && compareBytes((list[j] as Dependency).to, edge.to) > 0; j--) list[j + 1] = list[j] as Dependency;
    list[j + 1] = edge;
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
