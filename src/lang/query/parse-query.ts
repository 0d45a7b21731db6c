import { SyntaxFailure, renderSyntaxError } from '../schema/parse/cursor.js';
import type { LangResult } from '../errors.js';
import type { QueryDecl } from './ast.js';
import { parseDecls } from './parse/query-syntax.js';
import { DeclFailure, MAX_NESTING, NestingFailure, Reader } from './parse/reader.js';

/**
 * `parse_query` (docs/contract/engine-query.md#grammar): the whole file or nothing. Syntax errors use the pest layout
 * (`parse error:  --> L:C`, source line, caret, `= expected …`); the few semantic refusals the
 * parser makes after the grammar matched (a repeated annotation, an unknown string escape) carry the reference's doubled
 * `parse error: parse error:` prefix; our nesting budget uses the pest layout with its own text.
 */
export function parseQueryFile(source: string): LangResult<QueryDecl[]> {
  const reader = new Reader(source);
  try {
    const decls = parseDecls(reader);
    if (reader.deferred) return { ok: false, error: declError(reader, reader.deferred) };
    return { ok: true, value: decls };
  } catch (e) {
    if (e instanceof SyntaxFailure) {
      const { message, line, column } = renderSyntaxError(reader.cursor, e);
      return { ok: false, error: { stage: 'parse', message, line, column } };
    }
    if (e instanceof NestingFailure) return { ok: false, error: located(reader, e.offset, `nesting deeper than ${MAX_NESTING} levels`) };
    throw e;
  }
}

/** The reference builds its AST after pest accepted the file and wraps these errors twice. */
function declError(reader: Reader, e: DeclFailure): { stage: 'parse'; message: string; line: number; column: number } {
  const { line, column } = reader.positionOf(e.offset);
  return { stage: 'parse', message: `parse error: parse error: ${e.message}`, line, column };
}

function located(reader: Reader, offset: number, text: string): { stage: 'parse'; message: string; line: number; column: number } {
  const { line, column } = reader.positionOf(offset);
  const source = reader.cursor.lineText(offset);
  const spacing = ' '.repeat(String(line).length);
  const body = [
    `${spacing}--> ${line}:${column}`,
    `${spacing} |`,
    `${line} | ${source}`,
    `${spacing} | ${' '.repeat(column - 1)}^---`,
    `${spacing} |`,
    `${spacing} = ${text}`,
  ].join('\n');
  return { stage: 'parse', message: `parse error: ${body}`, line, column };
}
