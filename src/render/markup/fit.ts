import { DocRenderer, LEVELS, byteLength, type Doc, type Level } from './blocks.js';

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
  const renderer = new DocRenderer(doc);
  for (const level of LEVELS) {
    if (level === 'headline') break;
    const text = level === 'full' ? renderer.render(level) : renderer.render(level, undefined, true);
    if (byteLength(text) <= budget) return { text, level };
  }
  const rows = renderer.maxTableRows('list');
  // Binary search the largest row cap that fits; rendering is monotone in the cap.
  let lo = 0;
  let hi = rows;
  let best: string | null = null;
  while (lo <= hi) {
    const mid = Math.floor((lo + hi) / 2);
    const text = renderer.render('list', { maxRows: mid }, true);
    if (byteLength(text) <= budget) {
      best = text;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  if (best !== null) return { text: best, level: 'list' };
  const headline = renderer.render('headline', { maxRows: 0 }, true);
  if (byteLength(headline) <= budget) return { text: headline, level: 'headline' };
  // Only pathological input (huge names in banners) gets here: the verdict line, the marker
  // and the pointer to the full output are all that can be promised.
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
