import { lstatSync, type Stats } from 'node:fs';
import path from 'node:path';
import { assertStorageKey, StorageError, UnsafePathError } from '../../engine/ports/storage.js';
import { ioMessage } from '../source/local-source-files.js';
import { readRegularFile } from '../source/regular-file.js';

/**
 * Containment for the local storage adapter. The root is trusted (the operator chose it); what is
 * under it is not: anyone who can write the root (a bucket writer's local mirror, a pull request
 * adding files under `__cluster/` when `storage:` is local) can plant a symlink at
 * `__cluster/recoveries` or `graphs/<g>.omni` so that our writes, renames and deletes land outside
 * the root. Every operation therefore resolves its key here first: the key is refused when
 * `storageKeyProblem` refuses it, and every existing component between the root and the key is
 * lstat'ed and refused when it is a symlink (the error names it). Directories proved real are
 * remembered for the life of the adapter; a planted link appears before a command starts, and the
 * adapter itself never creates one.
 *
 * The lstats are synchronous: a local metadata lookup costs far less than a trip through libuv's
 * thread pool and the promise around it (about a third of the CPU, measured on the 10k-payload
 * check `status` runs), and the reads that follow are synchronous already (`readObjectFile`).
 */
export class LocalPathGuard {
  private readonly realDirs = new Set<string>();

  constructor(readonly root: string) {}

  /**
   * Absolute path of `key`, after checking its parents (and the key itself when `includeLast`:
   * operations that read or descend into it; a rename or unlink of the last component replaces or
   * removes a link without following it).
   */
  resolve(key: string, options: { includeLast: boolean; allowRoot?: boolean }): string {
    return this.locate(key, options).file;
  }

  /**
   * `resolve`, also telling whether every checked component exists as a directory. When one does
   * not (missing, or a file where a directory belongs), nothing at `key` can exist: a probe or a
   * read answers "absent" from that alone, without an lstat or open of its own that can only
   * fail (one per new payload an apply publishes, probed twice).
   */
  locate(key: string, options: { includeLast: boolean; allowRoot?: boolean }): { readonly file: string; readonly parentsExist: boolean } {
    assertStorageKey(key, this.root, { allowRoot: options.allowRoot });
    if (key === '') return { file: this.root, parentsExist: true };
    const segments = key.split('/');
    const upTo = options.includeLast ? segments.length : segments.length - 1;
    let current = this.root;
    let parentsExist = true;
    for (let i = 0; i < upTo; i++) {
      current = under(current, segments[i] as string);
      if (this.realDirs.has(current)) continue;
      let stats: Stats | undefined;
      try {
        // A missing component is the common case while an apply creates a new resource's
        // directory: answered without an exception, whose stack capture cost twice the lstat.
        stats = lstatSync(current, { throwIfNoEntry: false });
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'ENOTDIR') throw new StorageError(ioMessage(e));
      }
      if (stats?.isSymbolicLink()) throw symlinkRefused(current);
      // Missing, or a file where a directory belongs: nothing further down exists yet (whatever
      // we create there is a real directory), unless this was the key itself.
      if (stats === undefined || !stats.isDirectory()) {
        parentsExist = i === segments.length - 1;
        break;
      }
      if (i < segments.length - 1) this.realDirs.add(current);
    }
    return { file: under(this.root, key), parentsExist };
  }

  /**
   * `dir` (an absolute path under the root that `resolve` produced) was just made by the adapter's
   * own `mkdir -p`, after `resolve` proved every component that existed then to be a real
   * directory: so it and its parents are real directories, as if lstat'ed. Without this, the next
   * key under each directory the run made paid an lstat to prove what the run itself had just
   * created (an apply publishes each new payload into a directory of its own).
   */
  learnDirectory(dir: string): void {
    const prefix = this.root.endsWith(path.sep) ? this.root : `${this.root}${path.sep}`;
    for (let current = dir; current.startsWith(prefix) && current.length > prefix.length; current = path.dirname(current)) {
      if (this.realDirs.has(current)) return;
      this.realDirs.add(current);
    }
  }

  /** After a recursive delete, the directories it removed may be re-created by someone else. */
  forget(prefixPath: string): void {
    for (const dir of this.realDirs) if (dir === prefixPath || dir.startsWith(`${prefixPath}${path.sep}`)) this.realDirs.delete(dir);
  }
}

/**
 * `path.join(dir, rest)` for a key `assertStorageKey` accepted (no empty, `.` or `..` segment, no
 * backslash) under an absolute, resolved `dir`: nothing to normalise, so a concatenation gives the
 * same string at a fraction of the cost (the guard runs it per segment of every key it checks).
 */
function under(dir: string, rest: string): string {
  const native = path.sep === '/' ? rest : rest.replaceAll('/', path.sep);
  return dir.endsWith(path.sep) ? `${dir}${native}` : `${dir}${path.sep}${native}`;
}

/**
 * Reads a regular object file without following a final symlink and without blocking on a FIFO,
 * device or socket someone left at the path. `null` when nothing (or a directory) is there.
 */
export function readObjectFile(file: string): Buffer | null {
  let read;
  try {
    read = readRegularFile(file, { followLinks: false });
  } catch (e) {
    throw new StorageError(ioMessage(e));
  }
  switch (read.kind) {
    case 'ok':
      return read.bytes;
    case 'absent':
      return null;
    case 'link':
      throw symlinkRefused(file);
    case 'not-regular':
      throw new UnsafePathError(`'${file}' is not a regular file (${read.what}); refusing to read it`);
  }
}

/** The one wording for a link found where the adapter resolves, reads or probes a key. */
export function symlinkRefused(file: string): UnsafePathError {
  return new UnsafePathError(`'${file}' is a symbolic link; refusing to follow it inside the storage root`);
}
