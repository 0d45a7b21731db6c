import { closeSync, constants, fsync, linkSync, lstatSync, mkdirSync, openSync, readdirSync, renameSync, rmdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { setImmediate as ioTurn } from 'node:timers/promises';
import { promisify } from 'node:util';
import { sha256hex } from '../../base/hash.js';
import { sortBytewise } from '../../base/json.js';
import { ulid } from '../system/ulid.js';
import { existsThenRead, ProbeFailed, StorageError, type ConditionalWrite, type Storage, type StoredText, type WriteOptions } from '../../engine/ports/storage.js';
import { ioMessage } from '../source/local-source-files.js';
import { acquireClaim, releaseClaim } from './local-claim.js';
import { LocalPathGuard, readObjectFile, symlinkRefused } from './local-guard.js';
import { readRegularFile } from '../source/regular-file.js';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
/** Our own transient files; never listed, never mistaken for objects. */
/** Attempts to create a temp file whose directory concurrent deletes keep pruning; a real race loses at most once or twice. */
const PRUNE_RACE_ATTEMPTS = 5;
const TRANSIENT = /\.(tmp|claim)\.[0-9A-Z]{26}$|\.claim$/;

/**
 * `Storage` over a local directory. Atomic visibility by temp file + fsync + rename; create-if-
 * absent by hard-linking a complete temp file into place (link fails if the name exists, so
 * exactly one writer wins and nobody sees a partial file); replace-if-version under an exclusive
 * claim file so the compare and the rename happen as one step across processes. Every key goes
 * through `LocalPathGuard` first, so nothing is read, written or deleted through a symlink.
 */
export class LocalStorage implements Storage {
  readonly root: string;
  private readonly guard: LocalPathGuard;
  /** Directories this instance created or found, so each write does not mkdir its whole path again. */
  private readonly knownDirs = new Set<string>();

  constructor(root: string) {
    this.root = path.resolve(root);
    this.guard = new LocalPathGuard(this.root);
  }

  displayPath(key: string): string {
    return key === '' ? this.root : path.join(this.root, key);
  }

  objectUri(key: string): string {
    return `file://${this.displayPath(key)}`;
  }

  async read(key: string): Promise<StoredText | null> {
    // The parents only: readObjectFile opens the last component with O_NOFOLLOW and fstats it, so
    // it refuses a link, a FIFO or a device there itself, with the same errors, one lstat fewer.
    const { file, parentsExist } = this.guard.locate(key, { includeLast: false });
    // The checks and the read below are synchronous; one turn of the event loop keeps a caller
    // that polls in a loop from starving this process's pending writes (cheaper than async I/O).
    await ioTurn();
    if (!parentsExist) return null;
    const bytes = readObjectFile(file);
    return bytes === null ? null : storedText(file, bytes);
  }

  /**
   * `exists` then `read` in one open: the open (refusing a link) and its fstat tell everything the
   * probe's lstat did, which made payload verification pay two syscalls per payload (10,000
   * lstats in a 10k-resource `status`). Each outcome is reported as the two calls would:
   * nothing there, a directory or a special file is absent (the probe said false); a link is the
   * probe's refusal; content that is not UTF-8 is the read's error. Any other failure of the open
   * (a permission problem, say) takes the two calls themselves, so it is attributed exactly.
   */
  async readIfExists(key: string): Promise<StoredText | null> {
    let located;
    try {
      located = this.guard.locate(key, { includeLast: false });
    } catch (e) {
      throw new ProbeFailed(e);
    }
    await ioTurn(); // as in read
    if (!located.parentsExist) return null;
    const file = located.file;
    let read;
    try {
      read = readRegularFile(file, { followLinks: false });
    } catch {
      return existsThenRead(this, key);
    }
    switch (read.kind) {
      case 'absent':
      case 'not-regular':
        return null;
      case 'link':
        throw new ProbeFailed(symlinkRefused(file));
      case 'ok':
        return storedText(file, read.bytes);
    }
  }

  /**
   * The token of what is stored at `key` (null when nothing is), from the same checked read as
   * `read` but without decoding: a conditional write of a 20 MB ledger compared tokens through two
   * full reads, each leaving a 20 MB string behind at the command's memory peak.
   */
  private async currentToken(key: string): Promise<string | null> {
    const { file, parentsExist } = this.guard.locate(key, { includeLast: false });
    await ioTurn(); // as in read
    if (!parentsExist) return null;
    const bytes = readObjectFile(file);
    return bytes === null ? null : token(bytes);
  }

  async exists(key: string): Promise<boolean> {
    // The parents, then one lstat of the key itself (the guard would lstat it a second time).
    const { file, parentsExist } = this.guard.locate(key, { includeLast: false });
    await ioTurn(); // as in read
    if (!parentsExist) return false;
    const kind = this.kindOf(file);
    if (kind === 'link') throw symlinkRefused(file);
    return kind === 'file';
  }

  /**
   * As on S3, a prefix exists when an object does under it: an empty directory (left by a writer
   * killed between its mkdir and its first file) or one holding only our temp files does not.
   */
  async existsPrefix(prefix: string): Promise<boolean> {
    const dir = this.guard.resolve(prefix, { includeLast: true, allowRoot: true });
    const kind = this.kindOf(dir);
    if (kind === 'file') return true;
    return kind === 'dir' && (await this.holdsObject(dir));
  }

  private async holdsObject(dir: string): Promise<boolean> {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      if (isMissing(e)) return false;
      throw new StorageError(ioMessage(e));
    }
    if (entries.some((e) => e.isFile() && !TRANSIENT.test(e.name))) return true;
    for (const entry of entries) if (entry.isDirectory() && (await this.holdsObject(path.join(dir, entry.name)))) return true;
    return false;
  }

  async write(key: string, text: string): Promise<string> {
    const file = this.guard.resolve(key, { includeLast: false });
    return this.replace(file, text);
  }

  async writeIfAbsent(key: string, text: string, options: WriteOptions = {}): Promise<ConditionalWrite> {
    const file = this.guard.resolve(key, { includeLast: false });
    const bytes = Buffer.from(text, 'utf8');
    const tmp = await this.writeTemp(file, bytes, options.durable ?? true);
    try {
      linkSync(tmp, file);
      return { ok: true, token: token(bytes) };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST') return { ok: false, reason: 'exists' };
      throw new StorageError(ioMessage(e));
    } finally {
      removeTemp(tmp);
    }
  }

  async writeIfMatch(key: string, text: string, expected: string): Promise<ConditionalWrite> {
    const file = this.guard.resolve(key, { includeLast: true });
    // Nothing to replace: a lost race, decided without creating the directory for the claim.
    if ((await this.currentToken(key)) === null) return { ok: false, reason: 'mismatch' };
    await this.ensureDir(file);
    const claim = `${file}.claim`;
    await acquireClaim(claim);
    try {
      if ((await this.currentToken(key)) !== expected) return { ok: false, reason: 'mismatch' };
      return { ok: true, token: await this.replace(file, text) };
    } finally {
      await releaseClaim(claim);
    }
  }

  async list(prefix: string): Promise<string[]> {
    const dir = this.guard.resolve(prefix, { includeLast: true, allowRoot: true });
    await ioTurn(); // as in read
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      if (isMissing(e)) return [];
      throw new StorageError(ioMessage(e));
    }
    // A symlink entry is not an object: it is neither listed nor followed.
    return sortBytewise(entries.filter((e) => e.isFile() && !TRANSIENT.test(e.name)).map((e) => e.name));
  }

  async delete(key: string): Promise<void> {
    // unlink removes a link itself, never its target, so the last component needs no check.
    const file = this.guard.resolve(key, { includeLast: false });
    await ioTurn(); // as in read
    try {
      unlinkSync(file);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      // Absent, or a directory (which is not an object): nothing to delete.
      if (isMissing(e) || code === 'EISDIR' || code === 'EPERM') return;
      throw new StorageError(ioMessage(e));
    }
    this.pruneEmptyParents(key);
  }

  /**
   * An object store has no empty folders, and neither do we: the directories a delete left empty
   * go too, so `apply` before `import` (lock taken and released, no ledger) leaves no `__cluster/`
   * behind. rmdir refuses a directory that is not empty, so nothing anyone wrote is lost; a writer
   * that created the directory just before we removed it retries (writeTemp).
   */
  private pruneEmptyParents(key: string): void {
    const segments = key.split('/');
    for (let depth = segments.length - 1; depth > 0; depth--) {
      const dir = path.join(this.root, ...segments.slice(0, depth));
      try {
        rmdirSync(dir);
      } catch {
        return;
      }
      this.guard.forget(dir);
    }
  }

  async deletePrefix(prefix: string): Promise<void> {
    const dir = this.guard.resolve(prefix, { includeLast: true });
    try {
      await rm(dir, { recursive: true, force: true });
    } catch (e) {
      throw new StorageError(ioMessage(e));
    } finally {
      this.guard.forget(dir);
      this.knownDirs.clear();
    }
  }

  /** Synchronous for the reason the guard's lstats are (local-guard.ts). */
  private kindOf(file: string): 'file' | 'dir' | 'link' | 'other' | 'missing' {
    try {
      // Missing is a normal answer here (a probe before a publish): no exception for it.
      const s = lstatSync(file, { throwIfNoEntry: false });
      if (s === undefined) return 'missing';
      return s.isFile() ? 'file' : s.isDirectory() ? 'dir' : s.isSymbolicLink() ? 'link' : 'other';
    } catch (e) {
      if (isMissing(e)) return 'missing';
      throw new StorageError(ioMessage(e));
    }
  }

  /** Temp file + rename: rename replaces whatever is at `file` (even a link) without following it. */
  private async replace(file: string, text: string): Promise<string> {
    // Encoded once, for the file and for its token.
    const bytes = Buffer.from(text, 'utf8');
    const tmp = await this.writeTemp(file, bytes);
    try {
      renameSync(tmp, file);
    } catch (e) {
      removeTemp(tmp);
      throw new StorageError(ioMessage(e));
    }
    return token(bytes);
  }

  private async ensureDir(file: string): Promise<void> {
    const dir = path.dirname(file);
    if (this.knownDirs.has(dir)) return;
    try {
      mkdirSync(dir, { recursive: true });
    } catch (e) {
      throw new StorageError(ioMessage(e));
    }
    this.knownDirs.add(dir);
    this.guard.learnDirectory(dir);
  }

  /**
   * A complete temp file beside the target (same filesystem, so rename/link are atomic), fsynced
   * unless `durable` is false. The fsync runs on libuv's pool, so concurrent writes overlap.
   */
  private async writeTemp(file: string, bytes: Uint8Array, durable = true): Promise<string> {
    const tmp = `${file}.tmp.${ulid()}`;
    for (let attempt = 1; ; attempt++) {
      await this.ensureDir(file);
      try {
        await writeNew(tmp, bytes, durable);
        return tmp;
      } catch (e) {
        // A delete (ours or another process's) prunes directories it leaves empty, this one maybe.
        if ((e as NodeJS.ErrnoException).code !== 'ENOENT' || attempt >= PRUNE_RACE_ATTEMPTS) throw new StorageError(ioMessage(e));
        this.knownDirs.delete(path.dirname(file));
      }
    }
  }
}

/**
 * Creating, writing, linking, renaming and unlinking a small file, and listing a directory, are
 * page-cache operations that finish at once; a trip through libuv's thread pool for each cost more
 * than the work (an apply creating 500 graphs made ~60,000 of them, with four futex calls each).
 * So they run synchronously, like the guard's lstats and the reads; only the fsync, which waits
 * for the disk, goes to the pool, where the 32 writes in flight overlap theirs.
 */
async function writeNew(tmp: string, bytes: Uint8Array, durable: boolean): Promise<void> {
  const fd = openSync(tmp, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY | constants.O_NOFOLLOW, 0o644);
  try {
    writeFileSync(fd, bytes);
    if (durable) await fsyncOnPool(fd);
  } catch (e) {
    closeSync(fd);
    removeTemp(tmp);
    throw e;
  }
  closeSync(fd);
}

const fsyncOnPool = promisify(fsync);

/**
 * Removes one of our own temp files. `rmSync(…, { force: true })` lstats the path (twice on Node
 * 20) before unlinking it: two to four syscalls more per published payload for a path we created
 * as a plain file a moment ago. Already gone is fine.
 */
function removeTemp(tmp: string): void {
  try {
    unlinkSync(tmp);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
}

/** The object read from `file`; its bytes must be UTF-8. */
function storedText(file: string, bytes: Uint8Array): StoredText {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new StorageError(`'${file}' is not valid UTF-8`);
  }
  // The token is hashed only when asked for: most reads (state, payload checks) never use it.
  let version: string | undefined;
  return {
    text,
    get token(): string {
      version ??= token(bytes);
      return version;
    },
  };
}

function token(bytes: Uint8Array): string {
  return sha256hex(bytes);
}

function isMissing(e: unknown): boolean {
  const code = (e as NodeJS.ErrnoException).code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}
