import { fence } from './escape.js';

/**
 * A Markdown document as structure, so that shrinking it to a size budget removes whole
 * pieces (a section, a table's tail, a code block) and can never cut inside a fence, a table or
 * a `<details>`. Strings inside blocks are already-safe inline Markdown produced by the
 * renderer from escaped input; `code` blocks hold raw text that `fence` makes inert.
 */
export type Block =
  | { readonly kind: 'line'; readonly md: string }
  | { readonly kind: 'table'; readonly head: readonly string[]; readonly rows: TableRows; readonly noun: string }
  | { readonly kind: 'details'; readonly summary: string; readonly body: readonly Block[]; readonly open?: boolean }
  | { readonly kind: 'code'; readonly lang: string; readonly text: string };

/**
 * A table's rows, read by index: an array, or `lazyRows`, whose cells are only made for the rows
 * a size search reaches (a 60 KB comment shows a few hundred of a 10,000-change list).
 */
export interface TableRows {
  readonly length: number;
  at(index: number): readonly string[] | undefined;
}

/** Rows made from `items` on first read; `toCells` should hand back the same array for the same item. */
export function lazyRows<T>(items: readonly T[], toCells: (item: T) => readonly string[]): TableRows {
  return { length: items.length, at: (index) => (index >= 0 && index < items.length ? toCells(items[index] as T) : undefined) };
}

export const line = (md: string): Block => ({ kind: 'line', md });
export const table = (head: readonly string[], rows: TableRows, noun: string): Block => ({ kind: 'table', head, rows, noun });
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

export const UNLIMITED: RenderLimits = { maxRows: Number.POSITIVE_INFINITY };

/** One table row as Markdown and its UTF-8 size. */
interface RowLine {
  readonly text: string;
  readonly bytes: number;
}

/**
 * A table's sizes: its header lines, and prefix[i] = bytes of its first i rows (each after a
 * newline), filled in only as far as a measurement needed.
 */
interface TableSizes {
  readonly head: number;
  readonly prefix: number[];
}

/**
 * Renders documents, remembering each section's blocks per level and each row's text and size,
 * so the size search measures a document by adding cached sizes (a row cap costs a prefix-sum
 * lookup per table) and only the chosen candidate is ever joined into one string. A measurement
 * given a cap stops as soon as it passes it, so sections after that point are not built and rows
 * after it never rendered.
 */
export class DocRenderer {
  private readonly sections = new Map<Level, (readonly Block[] | undefined)[]>();
  // Keyed by the cells array: sections that hand the same rows to several levels or tables
  // (the change list) have each row rendered once.
  private readonly rowLines = new WeakMap<readonly string[], RowLine>();
  private readonly tableSizes = new WeakMap<Block, TableSizes>();
  private readonly blockBytes = new WeakMap<Block, number>();

  constructor(private readonly doc: Doc) {}

  /** The whole document at one level; non-essential sections vanish at `headline`. */
  render(level: Level, limits: RenderLimits = UNLIMITED, withRest = false): string {
    const parts: string[] = [];
    if (this.doc.marker !== undefined) parts.push(this.doc.marker);
    for (const blocks of this.visibleAt(level)) parts.push(this.renderBlocks(blocks, limits));
    if (withRest) parts.push(this.doc.rest);
    return `${parts.join('\n\n')}\n`;
  }

  /**
   * `byteLength(render(level, limits, withRest))`, added up from cached sizes without building the
   * text. Exact whenever the size is at most `cap`; above it, some number above `cap`.
   */
  measure(level: Level, limits: RenderLimits = UNLIMITED, withRest = false, cap = Number.POSITIVE_INFINITY): number {
    let bytes = 0;
    let parts = 0;
    if (this.doc.marker !== undefined) {
      bytes += byteLength(this.doc.marker);
      parts++;
    }
    for (let i = 0; i < this.doc.sections.length; i++) {
      const blocks = this.sectionAt(level, i);
      if (blocks.length === 0) continue;
      bytes += this.measureBlocks(blocks, limits, cap - bytes);
      parts++;
      // Every size is non-negative, so the rest can only add to an overshoot.
      if (bytes > cap) return bytes;
    }
    if (withRest) {
      bytes += byteLength(this.doc.rest);
      parts++;
    }
    return bytes + joined(parts, 2) + 1;
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

  /** The non-empty sections shown at `level`, in order. */
  private visibleAt(level: Level): (readonly Block[])[] {
    return this.blocksAt(level).filter((blocks) => blocks.length > 0);
  }

  private blocksAt(level: Level): (readonly Block[])[] {
    return this.doc.sections.map((_, i) => this.sectionAt(level, i));
  }

  /** Section `index`'s blocks at `level`, built on first use; non-essential sections are empty at `headline`. */
  private sectionAt(level: Level, index: number): readonly Block[] {
    let cached = this.sections.get(level);
    if (cached === undefined) {
      cached = [];
      this.sections.set(level, cached);
    }
    let blocks = cached[index];
    if (blocks === undefined) {
      const section = this.doc.sections[index] as Section;
      blocks = level === 'headline' && !section.essential ? [] : section.render(level);
      cached[index] = blocks;
    }
    return blocks;
  }

  private renderBlocks(blocks: readonly Block[], limits: RenderLimits): string {
    return blocks.map((b) => this.renderBlock(b, limits)).join('\n\n');
  }

  private measureBlocks(blocks: readonly Block[], limits: RenderLimits, cap: number): number {
    let bytes = joined(blocks.length, 2);
    for (const b of blocks) {
      if (bytes > cap) break;
      bytes += this.measureBlock(b, limits, cap - bytes);
    }
    return bytes;
  }

  private renderBlock(block: Block, limits: RenderLimits): string {
    switch (block.kind) {
      case 'line':
        return block.md;
      case 'code':
        return fence(block.text, block.lang);
      case 'details':
        // Blank lines around the body let GitHub parse Markdown inside the HTML block.
        return `${detailsOpen(block)}${this.renderBlocks(block.body, limits)}${DETAILS_CLOSE}`;
      case 'table':
        return this.renderTable(block, limits.maxRows);
    }
  }

  private measureBlock(block: Block, limits: RenderLimits, cap: number): number {
    if (block.kind === 'table') return this.measureTable(block, limits.maxRows, cap);
    if (block.kind === 'details') {
      const own = this.fixedBytes(block);
      return own + this.measureBlocks(block.body, limits, cap - own);
    }
    return this.fixedBytes(block);
  }

  /** A line's or fence's size, or the size of a details block's own markup (body excluded). */
  private fixedBytes(block: Exclude<Block, { kind: 'table' }>): number {
    let bytes = this.blockBytes.get(block);
    if (bytes === undefined) {
      bytes = block.kind === 'line' ? byteLength(block.md) : block.kind === 'code' ? byteLength(fence(block.text, block.lang)) : byteLength(detailsOpen(block)) + DETAILS_CLOSE.length;
      this.blockBytes.set(block, bytes);
    }
    return bytes;
  }

  private rowLine(cells: readonly string[]): RowLine {
    let row = this.rowLines.get(cells);
    if (row === undefined) {
      const text = rowText(cells);
      row = { text, bytes: byteLength(text) };
      this.rowLines.set(cells, row);
    }
    return row;
  }

  private sizesOf(block: Extract<Block, { kind: 'table' }>): TableSizes {
    let sizes = this.tableSizes.get(block);
    if (sizes === undefined) {
      sizes = { head: byteLength(rowText(block.head)) + 1 + byteLength(separator(block.head)), prefix: [0] };
      this.tableSizes.set(block, sizes);
    }
    return sizes;
  }

  /** The bytes of the first `count` rows, or, once they pass `cap`, the bytes of the rows so far. */
  private rowsBytes(block: Extract<Block, { kind: 'table' }>, sizes: TableSizes, count: number, cap: number): number {
    const { prefix } = sizes;
    let sum = prefix[prefix.length - 1] as number;
    while (prefix.length <= count && sum <= cap) {
      sum += 1 + this.rowLine(block.rows.at(prefix.length - 1) as readonly string[]).bytes;
      prefix.push(sum);
    }
    return prefix.length > count ? (prefix[count] as number) : sum;
  }

  private renderTable(block: Extract<Block, { kind: 'table' }>, maxRows: number): string {
    const shown = Math.min(block.rows.length, maxRows);
    const note = omittedNote(block, shown);
    if (shown === 0) return note;
    const lines = [rowText(block.head), separator(block.head)];
    for (let i = 0; i < shown; i++) lines.push(this.rowLine(block.rows.at(i) as readonly string[]).text);
    const text = lines.join('\n');
    return note === '' ? text : `${text}\n\n${note}`;
  }

  private measureTable(block: Extract<Block, { kind: 'table' }>, maxRows: number, cap: number): number {
    const shown = Math.min(block.rows.length, maxRows);
    const note = omittedNote(block, shown);
    const noteBytes = note === '' ? 0 : byteLength(note);
    if (shown === 0) return noteBytes;
    const sizes = this.sizesOf(block);
    const around = sizes.head + (note === '' ? 0 : 2 + noteBytes);
    return around + this.rowsBytes(block, sizes, shown, cap - around);
  }
}

/** Bytes added by joining `count` parts with a separator of `sepBytes`. */
function joined(count: number, sepBytes: number): number {
  return count > 1 ? (count - 1) * sepBytes : 0;
}

const DETAILS_CLOSE = '\n\n</details>';

function detailsOpen(block: Extract<Block, { kind: 'details' }>): string {
  return `<details${block.open === true ? ' open' : ''}><summary>${block.summary}</summary>\n\n`;
}

function separator(head: readonly string[]): string {
  return `|${head.map(() => ' --- ').join('|')}|`;
}

/** What a table capped at `shown` rows says about the rest ('' when nothing is left out). */
function omittedNote(block: Extract<Block, { kind: 'table' }>, shown: number): string {
  const omitted = block.rows.length - shown;
  return omitted > 0 ? `_…and ${omitted} more ${block.noun} not shown._` : '';
}

function rowText(cells: readonly string[]): string {
  return `| ${cells.map((c) => (c === '' ? ' ' : c)).join(' | ')} |`;
}

export function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}
