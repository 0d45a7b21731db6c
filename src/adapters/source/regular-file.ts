import { closeSync, constants, fstatSync, openSync, readFileSync, readSync, type Stats } from 'node:fs';

export type RegularRead =
  /** `stats`: the fstat of the file read, for callers that also judge its owner or mode. */
  | { readonly kind: 'ok'; readonly bytes: Buffer; readonly stats: Stats }
  /** Nothing there, or a directory (which is not a file to read). */
  | { readonly kind: 'absent' }
  /** The last component is a symlink and links were not to be followed. */
  | { readonly kind: 'link' }
  | { readonly kind: 'not-regular'; readonly what: string };

/**
 * Reads a file only if it is a regular file, without ever blocking: a FIFO, device or socket left
 * where a file belongs would make a plain read wait forever (a FIFO with no writer) or read
 * without end. Opening with O_NONBLOCK returns at once for all of them; fstat of the open file
 * then decides, so nothing can be swapped in between the check and the read. Other I/O errors are
 * thrown as Node raised them.
 */
export function readRegularFile(file: string, options: { followLinks: boolean }): RegularRead {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK | (options.followLinks ? 0 : constants.O_NOFOLLOW));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'absent' };
    if (code === 'ELOOP' && !options.followLinks) return { kind: 'link' };
    throw e;
  }
  try {
    const stats = fstatSync(fd);
    if (stats.isDirectory()) return { kind: 'absent' };
    if (!stats.isFile()) return { kind: 'not-regular', what: fileKind(stats) };
    return { kind: 'ok', bytes: readOpen(fd, stats.size), stats };
  } finally {
    closeSync(fd);
  }
}

/**
 * The file behind `fd`, sized by the fstat just made: `readFileSync(fd)` would fstat it again, one
 * syscall more per file on paths that read thousands (source files, payload checks). Reads as
 * `readFileSync` does: at most `size` bytes, fewer if the file shrank meanwhile.
 */
function readOpen(fd: number, size: number): Buffer {
  // A size of 0 may still hide content (procfs-style files): let readFileSync read until EOF.
  if (size === 0) return readFileSync(fd);
  const bytes = Buffer.allocUnsafe(size);
  let filled = 0;
  while (filled < size) {
    const n = readSync(fd, bytes, filled, size - filled, null);
    if (n === 0) break;
    filled += n;
  }
  return filled === size ? bytes : bytes.subarray(0, filled);
}

export function fileKind(stats: Stats): string {
  if (stats.isFIFO()) return 'a FIFO';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  return 'not a regular file';
}
