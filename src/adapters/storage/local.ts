import { createHash } from 'node:crypto';
import { closeSync, constants, fsyncSync, openSync, writeSync } from 'node:fs';
import { link, lstat, mkdir, readdir, readFile, rename, rm, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { ulid } from 'ulid';
import { StorageError, type ConditionalWrite, type Storage, type StoredText } from '../../engine/ports/storage.js';
import { ioMessage } from '../source/local-source-files.js';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
/** Our own transient files; never listed, never mistaken for objects. */
const TRANSIENT = /\.(tmp|claim)\.[0-9A-Z]{26}$|\.claim$/;
const CLAIM_STALE_MS = 30_000;

/**
 * `Storage` over a local directory. Atomic visibility by temp file + fsync + rename; create-if-
 * absent by hard-linking a complete temp file into place (link fails if the name exists, so
 * exactly one writer wins and nobody sees a partial file); replace-if-version under an exclusive
 * claim file so the compare and the rename happen as one step across processes.
 */
export class LocalStorage implements Storage {
  readonly root: string;

  constructor(root: string) {
    this.root = path.resolve(root);
  }

  displayPath(key: string): string {
    return key === '' ? this.root : path.join(this.root, key);
  }

  objectUri(key: string): string {
    return `file://${this.displayPath(key)}`;
  }

  async read(key: string): Promise<StoredText | null> {
    const file = this.displayPath(key);
    let bytes: Buffer;
    try {
      bytes = await readFile(file);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR') return null;
      throw new StorageError(ioMessage(e));
    }
    let text: string;
    try {
      text = utf8.decode(bytes);
    } catch {
      throw new StorageError(`'${file}' is not valid UTF-8`);
    }
    return { text, token: token(bytes) };
  }

  async exists(key: string): Promise<boolean> {
    try {
      return (await stat(this.displayPath(key))).isFile();
    } catch (e) {
      if (isMissing(e)) return false;
      throw new StorageError(ioMessage(e));
    }
  }

  async existsPrefix(prefix: string): Promise<boolean> {
    try {
      const s = await stat(this.displayPath(prefix));
      return s.isDirectory() || s.isFile();
    } catch (e) {
      if (isMissing(e)) return false;
      throw new StorageError(ioMessage(e));
    }
  }

  async write(key: string, text: string): Promise<string> {
    const file = this.displayPath(key);
    const tmp = await this.writeTemp(file, text);
    try {
      await rename(tmp, file);
    } catch (e) {
      await rm(tmp, { force: true });
      throw new StorageError(ioMessage(e));
    }
    return token(Buffer.from(text, 'utf8'));
  }

  async writeIfAbsent(key: string, text: string): Promise<ConditionalWrite> {
    const file = this.displayPath(key);
    const tmp = await this.writeTemp(file, text);
    try {
      await link(tmp, file);
      return { ok: true, token: token(Buffer.from(text, 'utf8')) };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST') return { ok: false, reason: 'exists' };
      throw new StorageError(ioMessage(e));
    } finally {
      await rm(tmp, { force: true });
    }
  }

  async writeIfMatch(key: string, text: string, expected: string): Promise<ConditionalWrite> {
    const file = this.displayPath(key);
    await this.ensureDir(file);
    const claim = `${file}.claim`;
    await this.acquireClaim(claim);
    try {
      const current = await this.read(key);
      if (!current || current.token !== expected) return { ok: false, reason: 'mismatch' };
      return { ok: true, token: await this.write(key, text) };
    } finally {
      await rm(claim, { force: true });
    }
  }

  async list(prefix: string): Promise<string[]> {
    const dir = this.displayPath(prefix);
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (e) {
      if (isMissing(e)) return [];
      throw new StorageError(ioMessage(e));
    }
    return entries
      .filter((e) => e.isFile() && !TRANSIENT.test(e.name))
      .map((e) => e.name)
      .sort((a, b) => (Buffer.from(a) < Buffer.from(b) ? -1 : Buffer.from(a) > Buffer.from(b) ? 1 : 0));
  }

  async delete(key: string): Promise<void> {
    try {
      await unlink(this.displayPath(key));
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      // Absent, or a directory (which is not an object): nothing to delete.
      if (isMissing(e) || code === 'EISDIR' || code === 'EPERM') return;
      throw new StorageError(ioMessage(e));
    }
  }

  async deletePrefix(prefix: string): Promise<void> {
    try {
      await rm(this.displayPath(prefix), { recursive: true, force: true });
    } catch (e) {
      throw new StorageError(ioMessage(e));
    }
  }

  private async ensureDir(file: string): Promise<void> {
    try {
      await mkdir(path.dirname(file), { recursive: true });
    } catch (e) {
      throw new StorageError(ioMessage(e));
    }
  }

  /** A complete, fsynced temp file beside the target (same filesystem, so rename/link are atomic). */
  private async writeTemp(file: string, text: string): Promise<string> {
    await this.ensureDir(file);
    const tmp = `${file}.tmp.${ulid()}`;
    let fd: number | undefined;
    try {
      fd = openSync(tmp, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY, 0o644);
      writeSync(fd, Buffer.from(text, 'utf8'));
      fsyncSync(fd);
    } catch (e) {
      await rm(tmp, { force: true });
      throw new StorageError(ioMessage(e));
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
    return tmp;
  }

  /**
   * Exclusive create of the claim. A claim older than 30 s was left by a killed process (a live
   * holder keeps it for milliseconds) and is broken; waiters keep trying a little longer than that,
   * so a writer arriving just after a crash still gets through instead of timing out first.
   * (Two processes breaking the same stale claim at the same instant could both proceed; that
   * needs a crash inside a write, 30 s of silence and then a simultaneous pair — accepted.)
   */
  private async acquireClaim(claim: string): Promise<void> {
    const deadline = Date.now() + CLAIM_STALE_MS + 5_000;
    for (;;) {
      try {
        closeSync(openSync(claim, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY, 0o644));
        return;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw new StorageError(ioMessage(e));
      }
      try {
        const age = Date.now() - (await lstat(claim)).mtimeMs;
        if (age > CLAIM_STALE_MS) await rm(claim, { force: true });
      } catch {
        // The holder just released it; try again.
      }
      if (Date.now() > deadline) throw new StorageError(`timed out waiting for '${claim}'`);
      await new Promise((r) => setTimeout(r, 5 + Math.floor(Math.random() * 10)));
    }
  }
}

function token(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function isMissing(e: unknown): boolean {
  const code = (e as NodeJS.ErrnoException).code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}
