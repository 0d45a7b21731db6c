/**
 * `text` as consecutive slices of about `size` UTF-16 units, never ending a slice between the two
 * halves of a surrogate pair (each slice is encoded on its own, and a lone half would become
 * U+FFFD). Writing a 25 MB output in one go made Node encode it into one 25 MB buffer at the
 * moment the process was already at its peak; slices of a sliced string cost almost nothing.
 */
export function* textPieces(text: string, size: number): Generator<string> {
  const step = Math.max(2, Math.floor(size));
  let start = 0;
  while (start < text.length) {
    let end = Math.min(start + step, text.length);
    // Cut before the high half instead, which cannot pair with the unit before it.
    if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1)) && isLowSurrogate(text.charCodeAt(end))) end--;
    yield text.slice(start, end);
    start = end;
  }
}

const isHighSurrogate = (unit: number): boolean => unit >= 0xd800 && unit <= 0xdbff;
const isLowSurrogate = (unit: number): boolean => unit >= 0xdc00 && unit <= 0xdfff;
