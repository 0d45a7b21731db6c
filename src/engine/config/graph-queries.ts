import { error, warning, type Diagnostic } from '../diagnostics/index.js';
import { sha256hex } from '../../base/hash.js';
import { compareBytes, sortBytewise } from '../../base/json.js';
import { joinDisplay } from './paths.js';
import type { RawQueries } from './schema.js';
import type { ConfigSources } from './source-access.js';
import { parseQueryChecked, type ParsedQueryFile } from './query-checks.js';

/** One stored query as declared: where it lives and, once read, its bytes and parsed declarations. */
export interface QuerySource {
  readonly name: string;
  /** Displayed path of the `.gq` file. */
  readonly path: string;
  /** Config path used for per-query diagnostics (`graphs.<g>.queries.<n>`). */
  readonly configPath: string;
  /** Discovery forms read and parse the file up front; the map form reads it per query. */
  readonly preloaded?: ParsedQueryFile;
}

/**
 * Resolves `graphs.<id>.queries` (docs/contract/config.md#paths-and-queries): the explicit map, or file/folder discovery for the string
 * and list forms, where every `query <name>` declaration in every file registers that name.
 */
// Long on purpose: the three `queries` forms (map, file, folder list) share one registration and duplicate check.
export function resolveQueryDeclarations(
  graphId: string,
  queries: RawQueries | null | undefined,
  sources: ConfigSources,
): { queries: QuerySource[]; diagnostics: Diagnostic[] } {
  const base = `graphs.${graphId}.queries`;
  if (queries === null || queries === undefined) return { queries: [], diagnostics: [] };
  if (typeof queries !== 'string' && !Array.isArray(queries)) {
    const out = sortBytewise(Object.keys(queries)).map((name) => ({ name, path: sources.display((queries[name] as { file: string }).file), configPath: `${base}.${name}` }));
    return { queries: out, diagnostics: [] };
  }
  const diagnostics: Diagnostic[] = [];
  const files: string[] = [];
  for (const declared of typeof queries === 'string' ? [queries] : queries) {
    const shown = sources.display(declared);
    const escape = sources.escape(shown, base);
    if (escape) {
      diagnostics.push(escape);
      continue;
    }
    if (!sources.isDirectory(shown)) {
      files.push(shown);
      continue;
    }
    const listing = sources.listDir(shown);
    if (!listing.ok) {
      diagnostics.push(error('query_dir_unreadable', base, `could not list query directory '${shown}': ${listing.message}`));
      continue;
    }
    const found = listing.names.filter((n) => n.endsWith('.gq') && n.length > 3).map((n) => joinDisplay(shown, n));
    sortBytewise(found);
    if (found.length === 0) diagnostics.push(warning('query_dir_empty', base, `query directory '${shown}' contains no .gq files`));
    files.push(...found);
  }
  const byName = new Map<string, QuerySource>();
  const seen = new Set<string>();
  for (const file of files) {
    if (seen.has(file)) continue;
    seen.add(file);
    const read = sources.readText(file, base, 'query_file_missing', 'query file');
    if (!read.ok) {
      diagnostics.push(read.diagnostic);
      continue;
    }
    const parsed = parseQueryChecked(sources.checks, read.text, sha256hex(read.bytes));
    if (!parsed.ok) {
      const e = parsed.error;
      const location = e.line ? { file, line: e.line, column: e.column ?? 1 } : undefined;
      diagnostics.push(error('query_parse_error', base, `'${file}' does not parse: ${e.message}`, location));
      continue;
    }
    const preloaded = parsed.file;
    for (const decl of preloaded.decls) {
      const existing = byName.get(decl.name);
      if (existing) {
        if (existing.path !== file) {
          diagnostics.push(
            error('duplicate_query_name', `${base}.${decl.name}`, `query '${decl.name}' is declared in both '${existing.path}' and '${file}'`, {
              file,
              line: decl.line,
              column: decl.column,
            }),
          );
        }
        continue;
      }
      byName.set(decl.name, { name: decl.name, path: file, configPath: `${base}.${decl.name}`, preloaded });
    }
  }
  const out = [...byName.values()].sort((a, b) => compareBytes(a.name, b.name));
  return { queries: out, diagnostics };
}
