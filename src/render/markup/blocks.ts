import { fence } from './escape.js';

/**
 * A Markdown document as structure, so that shrinking it to a size budget removes whole
 * pieces (a section, a table's tail, a code block) and can never cut inside a fence, a table or
 * a `<details>`. Strings inside blocks are already-safe inline Markdown produced by the
 * renderer from escaped input; `code` blocks hold raw text that `fence` makes inert.
 */
export type Block =
  | { readonly kind: 'line'; readonly md: string }
  | { readonly kind: 'table'; readonly head: readonly string[]; readonly rows: readonly (readonly string[])[]; readonly noun: string }
  | { readonly kind: 'details'; readonly summary: string; readonly body: readonly Block[]; readonly open?: boolean }
  | { readonly kind: 'code'; readonly lang: string; readonly text: string };

export const line = (md: string): Block => ({ kind: 'line', md });
export const table = (head: readonly string[], rows: readonly (readonly string[])[], noun: string): Block => ({ kind: 'table', head, rows, noun });
export const details = (summary: string, body: readonly Block[], open = false): Block => ({ kind: 'details', summary, body, open });
export const codeBlock = (text: string, lang = ''): Block => ({ kind: 'code', lang, text });

/**
 * How much a document shows, most to least. `collapsed` drops raw step JSON and folds the
 * secondary panels; `no-steps` replaces migration step tables with one line per schema; `list`
 * keeps the change list and blocking information only; `headline` keeps essential sections.
 */
export type Level = 'full' | 'collapsed' | 'no-steps' | 'list' | 'headline';
export const LEVELS: readonly Level[] = ['full', 'collapsed', 'no-steps', 'list', 'headline'];

export interface Section {
  /** Essential sections (headline, counts, blocking banners, footer) survive every level. */
  readonly essential: boolean;
  readonly render: (level: Level) => readonly Block[];
}

export interface Doc {
  /** Hidden first line (the sticky-comment marker); never dropped. */
  readonly marker?: string;
  readonly sections: readonly Section[];
  /** Shown when something was left out: where the full output can be found. */
  readonly rest: string;
}

export interface RenderLimits {
  /** Tables keep at most this many rows, then say how many were left out. */
  readonly maxRows: number;
}

const UNLIMITED: RenderLimits = { maxRows: Number.POSITIVE_INFINITY };

export function renderBlocks(blocks: readonly Block[], limits: RenderLimits = UNLIMITED): string {
  return blocks.map((b) => renderBlock(b, limits)).join('\n\n');
}

function renderBlock(block: Block, limits: RenderLimits): string {
  switch (block.kind) {
    case 'line':
      return block.md;
    case 'code':
      return fence(block.text, block.lang);
    case 'details': {
      const body = renderBlocks(block.body, limits);
      // Blank lines around the body let GitHub parse Markdown inside the HTML block.
      return `<details${block.open ? ' open' : ''}><summary>${block.summary}</summary>\n\n${body}\n\n</details>`;
    }
    case 'table':
      return renderTable(block, limits.maxRows);
  }
}

function renderTable(block: Extract<Block, { kind: 'table' }>, maxRows: number): string {
  const shown = block.rows.length > maxRows ? block.rows.slice(0, maxRows) : block.rows;
  const omitted = block.rows.length - shown.length;
  const note = omitted > 0 ? `_…and ${omitted} more ${block.noun} not shown._` : '';
  if (shown.length === 0) return note;
  const rowText = (cells: readonly string[]): string => `| ${cells.map((c) => (c === '' ? ' ' : c)).join(' | ')} |`;
  const lines = [rowText(block.head), `|${block.head.map(() => ' --- ').join('|')}|`, ...shown.map(rowText)];
  return note === '' ? lines.join('\n') : `${lines.join('\n')}\n\n${note}`;
}

/** The whole document at one level; non-essential sections vanish at `headline`. */
export function renderDoc(doc: Doc, level: Level, limits: RenderLimits = UNLIMITED, withRest = false): string {
  const parts: string[] = [];
  if (doc.marker !== undefined) parts.push(doc.marker);
  for (const section of doc.sections) {
    if (level === 'headline' && !section.essential) continue;
    const blocks = section.render(level);
    if (blocks.length > 0) parts.push(renderBlocks(blocks, limits));
  }
  if (withRest) parts.push(doc.rest);
  return `${parts.join('\n\n')}\n`;
}

export function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** The largest number of table rows anywhere in the document at `level` (for the row search). */
export function maxTableRows(doc: Doc, level: Level): number {
  let max = 0;
  const visit = (blocks: readonly Block[]): void => {
    for (const b of blocks) {
      if (b.kind === 'table') max = Math.max(max, b.rows.length);
      else if (b.kind === 'details') visit(b.body);
    }
  };
  for (const s of doc.sections) visit(s.render(level));
  return max;
}
