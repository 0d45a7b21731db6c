import { ProbeFailed, type StoredText } from '../../src/engine/ports/storage.js';

/** A read's outcome as one comparable line: absent, the text, or whose failure it was and why. */
export async function readOutcome(run: () => Promise<StoredText | null>): Promise<string> {
  try {
    const got = await run();
    return got === null ? 'absent' : `text: ${got.text}`;
  } catch (e) {
    return `${e instanceof ProbeFailed ? 'probe' : 'read'}: ${e instanceof Error ? e.message : String(e)}`;
  }
}
