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
  /**
   * Last resort when even the essential sections exceed the budget (only possible with
   * pathological input): one short line with the verdict and counts.
   */
  readonly minimal?: string;
}

export interface RenderLimits {
  /** Tables keep at most this many rows, then say how many were left out. */
  readonly maxRows: number;
}

const UNLIMITED: RenderLimits = { maxRows: Number.POSITIVE_INFINITY };

/**
 * Renders documents, remembering each section's blocks per level and each table's row lines,
 * so the size search (many renders of one document) costs string joins, not re-rendering.
 */
export class DocRenderer {
  private readonly sections = new Map<Level, (readonly Block[])[]>();
  private readonly rowLines = new WeakMap<Block, string[]>();

  constructor(private readonly doc: Doc) {}

  /** The whole document at one level; non-essential sections vanish at `headline`. */
  render(level: Level, limits: RenderLimits = UNLIMITED, withRest = false): string {
    const parts: string[] = [];
    if (this.doc.marker !== undefined) parts.push(this.doc.marker);
    for (const [i, blocks] of this.blocksAt(level).entries()) {
      if (level === 'headline' && this.doc.sections[i]?.essential !== true) continue;
      if (blocks.length > 0) parts.push(this.renderBlocks(blocks, limits));
    }
    if (withRest) parts.push(this.doc.rest);
    return `${parts.join('\n\n')}\n`;
  }

  /** The largest number of table rows anywhere in the document at `level` (for the row search). */
  maxTableRows(level: Level): number {
    let max = 0;
    const visit = (blocks: readonly Block[]): void => {
      for (const b of blocks) {
        if (b.kind === 'table') max = Math.max(max, b.rows.length);
        else if (b.kind === 'details') visit(b.body);
      }
    };
    for (const blocks of this.blocksAt(level)) visit(blocks);
    return max;
  }

  private blocksAt(level: Level): (readonly Block[])[] {
    let cached = this.sections.get(level);
    if (cached === undefined) {
      cached = this.doc.sections.map((s) => (level === 'headline' && !s.essential ? [] : s.render(level)));
      this.sections.set(level, cached);
    }
    return cached;
  }

  private renderBlocks(blocks: readonly Block[], limits: RenderLimits): string {
    return blocks.map((b) => this.renderBlock(b, limits)).join('\n\n');
  }

  private renderBlock(block: Block, limits: RenderLimits): string {
    switch (block.kind) {
      case 'line':
        return block.md;
      case 'code':
        return fence(block.text, block.lang);
      case 'details':
        // Blank lines around the body let GitHub parse Markdown inside the HTML block.
        return `<details${block.open === true ? ' open' : ''}><summary>${block.summary}</summary>\n\n${this.renderBlocks(block.body, limits)}\n\n</details>`;
      case 'table':
        return this.renderTable(block, limits.maxRows);
    }
  }

  private renderTable(block: Extract<Block, { kind: 'table' }>, maxRows: number): string {
    let rows = this.rowLines.get(block);
    if (rows === undefined) {
      rows = block.rows.map(rowText);
      this.rowLines.set(block, rows);
    }
    const shown = rows.length > maxRows ? rows.slice(0, maxRows) : rows;
    const omitted = rows.length - shown.length;
    const note = omitted > 0 ? `_…and ${omitted} more ${block.noun} not shown._` : '';
    if (shown.length === 0) return note;
    const text = [rowText(block.head), `|${block.head.map(() => ' --- ').join('|')}|`, ...shown].join('\n');
    return note === '' ? text : `${text}\n\n${note}`;
  }
}

function rowText(cells: readonly string[]): string {
  return `| ${cells.map((c) => (c === '' ? ' ' : c)).join(' | ')} |`;
}

export function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}
