import { findQuery, parseQueryFile, typecheckQuery, type QueryDecl } from '../../lang/query/index.js';
import type { Catalog } from '../../lang/schema/catalog.js';
import type { LangError } from '../../lang/errors.js';
import { isCheckVerdict, isLangError, isObject, langErrorJson, type CheckCache } from './check-cache.js';

/** What registration needs of a declaration; the syntax tree is parsed only if a type-check must run. */
export interface DeclSummary {
  readonly name: string;
  readonly line: number;
  readonly column: number;
}

/** A parsed `.gq` file: its declarations, and (on demand, once) the full syntax trees. */
export interface ParsedQueryFile {
  readonly digest: string;
  readonly decls: readonly DeclSummary[];
  full(): readonly QueryDecl[];
}

type ParseVerdict = { readonly ok: true; readonly decls: readonly DeclSummary[] } | { readonly ok: false; readonly error: LangError };

const isSummary = (v: unknown): v is DeclSummary =>
  isObject(v) && typeof v.name === 'string' && Number.isInteger(v.line) && Number.isInteger(v.column);
const isParseVerdict = (v: unknown): v is ParseVerdict =>
  isObject(v) && (v.ok === true ? Array.isArray(v.decls) && v.decls.every(isSummary) : v.ok === false && isLangError(v.error));

/** Parses a `.gq` file (or recalls the verdict for the same bytes). */
export function parseQueryChecked(checks: CheckCache, text: string, digest: string): { ok: true; file: ParsedQueryFile } | { ok: false; error: LangError } {
  const key = ['gq-parse', digest];
  let trees: readonly QueryDecl[] | null = null;
  const parse = (): readonly QueryDecl[] => {
    if (trees) return trees;
    const parsed = parseQueryFile(text);
    // The cached verdict said this parses; bytes are the same, so it does.
    trees = parsed.ok ? parsed.value : [];
    return trees;
  };
  let verdict = checks.lookup(key, isParseVerdict);
  if (verdict === undefined) {
    const parsed = parseQueryFile(text);
    if (parsed.ok) trees = parsed.value;
    verdict = parsed.ok
      ? { ok: true, decls: parsed.value.map((d) => ({ name: d.name, line: d.line, column: d.column })) }
      : { ok: false, error: langErrorJson(parsed.error) };
    checks.store(key, verdict);
  }
  if (!verdict.ok) return { ok: false, error: verdict.error };
  return { ok: true, file: { digest, decls: verdict.decls, full: parse } };
}

/** Type-checks query `name` of `file` against the schema with digest `schemaDigest` (or recalls it). */
export function typecheckChecked(checks: CheckCache, file: ParsedQueryFile, name: string, schemaDigest: string, catalog: () => Catalog): LangError | null {
  const key = ['gq-typecheck', file.digest, name, schemaDigest];
  const cached = checks.lookup(key, isCheckVerdict);
  if (cached) return cached.error;
  const decl = findQuery(file.full(), name);
  const error = decl ? typecheckQuery(decl, catalog()) : null;
  checks.store(key, { error: error && langErrorJson(error) });
  return error;
}
