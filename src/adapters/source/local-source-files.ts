import { errorText } from '../../base/error-text.js';
import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import type { DirEntry, LinkKind, SourceFiles } from '../../engine/ports/source-files.js';
import { readRegularFile } from './regular-file.js';

/** `SourceFiles` over the local working tree (the config directory lives in git). */
export class LocalSourceFiles implements SourceFiles {
  constructor(private readonly cwd: string = process.cwd()) {}

  isDirectory(p: string): boolean {
    try {
      return statSync(this.absolute(p)).isDirectory();
    } catch {
      return false;
    }
  }

  /** A FIFO or device in place of cluster.yaml or a source file is refused at once, never read. */
  readBytes(p: string): Uint8Array {
    let read;
    try {
      read = readRegularFile(this.absolute(p), { followLinks: true });
    } catch (e) {
      throw new Error(ioMessage(e));
    }
    if (read.kind === 'ok') return read.bytes;
    if (read.kind === 'not-regular') throw new Error(`'${this.absolute(p)}' is not a regular file (${read.what})`);
    // A directory reads as EISDIR, as a plain read would have said.
    throw new Error(ioMessage({ code: this.isDirectory(p) ? 'EISDIR' : 'ENOENT' }));
  }

  listDir(p: string): DirEntry[] {
    const dir = this.absolute(p);
    try {
      return readdirSync(dir, { withFileTypes: true }).map((entry) => {
        // Only a symlink needs a stat to learn what it points at.
        let isFile = entry.isFile();
        if (entry.isSymbolicLink()) {
          try {
            isFile = statSync(path.join(dir, entry.name)).isFile();
          } catch {
            isFile = false;
          }
        }
        return { name: entry.name, isFile, isSymlink: entry.isSymbolicLink() };
      });
    } catch (e) {
      throw new Error(ioMessage(e));
    }
  }

  realPath(p: string): string {
    try {
      return realpathSync.native(this.absolute(p));
    } catch (e) {
      throw new Error(ioMessage(e));
    }
  }

  linkKind(p: string): LinkKind {
    try {
      const stat = lstatSync(this.absolute(p), { throwIfNoEntry: false });
      if (!stat) return 'missing';
      return stat.isSymbolicLink() ? 'symlink' : 'not-symlink';
    } catch {
      return 'missing';
    }
  }

  readPlain(p: string): Uint8Array | 'symlink' | null {
    try {
      const read = readRegularFile(this.absolute(p), { followLinks: false });
      return read.kind === 'ok' ? read.bytes : read.kind === 'link' ? 'symlink' : null;
    } catch {
      return null;
    }
  }

  absolute(p: string): string {
    return path.isAbsolute(p) ? p : path.join(this.cwd, p);
  }
}

/** Node's `ENOENT: no such file or directory, open '…'` → the part a person needs. */
export function ioMessage(e: unknown): string {
  if (e && typeof e === 'object' && 'code' in e) {
    const code = String((e as { code: unknown }).code);
    const known: Record<string, string> = {
      ENOENT: 'No such file or directory (os error 2)',
      EACCES: 'Permission denied (os error 13)',
      EISDIR: 'Is a directory (os error 21)',
      ENOTDIR: 'Not a directory (os error 20)',
      ELOOP: 'Too many levels of symbolic links (os error 40)',
    };
    if (known[code]) return known[code] as string;
  }
  return errorText(e);
}
