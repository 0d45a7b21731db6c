import { DocRenderer, LEVELS, UNLIMITED, byteLength, type Doc, type Level, type RenderLimits } from './blocks.js';

/** GitHub refuses comment bodies above 65,536 characters; a byte budget is always safe. */
export const COMMENT_HARD_MAX_BYTES = 65_536;
export const COMMENT_DEFAULT_BYTES = 60_000;
/** The job summary upload aborts above 1 MiB per step. */
export const SUMMARY_MAX_BYTES = 1_048_576;
export const SUMMARY_DEFAULT_BYTES = 1_000_000;

/**
 * Renders `doc` at the most detailed level that fits `budgetBytes` (UTF-8), walking the ladder
 * full → collapsed → no-steps → list → headline. At the `list` level long tables lose their
 * tails (with a count of what is missing) before the document drops to the headline. The
 * result is always whole blocks, so fences and `<details>` stay balanced.
 */
export function fitDoc(doc: Doc, budgetBytes: number, hardMax: number): string {
  return fitDocLevel(doc, budgetBytes, hardMax).text;
}

/** Which rung of the ladder a fitted document reached: a level, or `minimal` (the last-resort line). */
export type FitLevel = Level | 'minimal';

/** `fitDoc`, also saying which level it fitted at. */
export function fitDocLevel(doc: Doc, budgetBytes: number, hardMax: number): { readonly text: string; readonly level: FitLevel } {
  const budget = Math.max(0, Math.min(Math.floor(budgetBytes), hardMax));
  return fitRenderer(doc, new DocRenderer(doc), budget);
}

/** What fitting needs of a renderer: exact sizes, and the text of the chosen rung. */
export interface Renderer extends Measurer {
  render(level: Level, limits: RenderLimits, withRest: boolean): string;
}

/** `fitDocLevel` with its renderer given (tests pass one whose sizes are wrong). */
export function fitRenderer(doc: Doc, renderer: Renderer, budget: number): { readonly text: string; readonly level: FitLevel } {
  const fitted = fitWith(renderer, budget);
  if (fitted !== null) {
    const text = renderer.render(fitted.level, fitted.limits, fitted.withRest);
    if (byteLength(text) === fitted.bytes) return { text, level: fitted.level };
    // A measurement that disagrees with the text is a bug in `measure`; sizing by the text
    // itself is slower but still gives the same choice the sizes should have.
    const slow = fitWith({ measure: (level, limits, withRest) => byteLength(renderer.render(level, limits, withRest)), maxTableRows: (level) => renderer.maxTableRows(level) }, budget);
    if (slow !== null) return { text: renderer.render(slow.level, slow.limits, slow.withRest), level: slow.level };
  }
  return lastResort(doc, budget);
}

/** What `fitWith` needs of a renderer: a document's exact size at a level and its longest table. */
export interface Measurer {
  /** Exact when the size is at most `cap`; otherwise any number above `cap`. */
  measure(level: Level, limits: RenderLimits, withRest: boolean, cap: number): number;
  maxTableRows(level: Level): number;
}

/** The chosen rung: render it with these arguments; `bytes` is its measured size. */
export interface Fitted {
  readonly level: Level;
  readonly limits: RenderLimits;
  readonly withRest: boolean;
  readonly bytes: number;
}

/**
 * The most detailed rendering that fits `budget`, chosen from measured sizes alone, or null when
 * not even the headline fits. At `list` the largest row cap is found by binary search over
 * measured sizes: the same candidates the search over rendered text visited, so the same choice.
 */
export function fitWith(measurer: Measurer, budget: number): Fitted | null {
  for (const level of LEVELS) {
    if (level === 'headline') break;
    const withRest = level !== 'full';
    const bytes = measurer.measure(level, UNLIMITED, withRest, budget);
    if (bytes <= budget) return { level, limits: UNLIMITED, withRest, bytes };
  }
  let lo = 0;
  let hi = measurer.maxTableRows('list');
  let best: Fitted | null = null;
  while (lo <= hi) {
    const mid = Math.floor((lo + hi) / 2);
    const limits = { maxRows: mid };
    const bytes = measurer.measure('list', limits, true, budget);
    if (bytes <= budget) {
      best = { level: 'list', limits, withRest: true, bytes };
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  if (best !== null) return best;
  const limits = { maxRows: 0 };
  const bytes = measurer.measure('headline', limits, true, budget);
  return bytes <= budget ? { level: 'headline', limits, withRest: true, bytes } : null;
}

/**
 * Only pathological input (huge names in banners) gets here: the verdict line, the marker and
 * the pointer to the full output are all that can be promised.
 */
function lastResort(doc: Doc, budget: number): { readonly text: string; readonly level: FitLevel } {
  const marker = doc.marker === undefined ? '' : `${doc.marker}\n\n`;
  for (const candidate of [`${marker}${doc.minimal ?? ''}\n\n${doc.rest}\n`, `${marker}${doc.minimal ?? ''}\n`, `${marker}${doc.rest}\n`]) {
    if (byteLength(candidate) <= budget) return { text: candidate, level: 'minimal' };
  }
  return { text: '', level: 'minimal' };
}

/** A comment body: default 60,000 bytes, never above 65,536. */
export function fitComment(doc: Doc, budgetBytes: number = COMMENT_DEFAULT_BYTES): string {
  return fitDoc(doc, budgetBytes, COMMENT_HARD_MAX_BYTES);
}

/** `fitComment`, also saying which level it fitted at. */
export function fitCommentLevel(doc: Doc, budgetBytes: number = COMMENT_DEFAULT_BYTES): { readonly text: string; readonly level: FitLevel } {
  return fitDocLevel(doc, budgetBytes, COMMENT_HARD_MAX_BYTES);
}

/** A job summary: default 1,000,000 bytes, never above 1 MiB. */
export function fitSummary(doc: Doc, budgetBytes: number = SUMMARY_DEFAULT_BYTES): string {
  return fitDoc(doc, budgetBytes, SUMMARY_MAX_BYTES);
}
