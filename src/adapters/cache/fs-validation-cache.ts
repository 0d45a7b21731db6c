import { closeSync, constants, existsSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sha256hex as sha256 } from '../../base/hash.js';
import type { ValidationCache } from '../../engine/ports/validation-cache.js';
import { readRegularFile } from '../source/regular-file.js';

/**
 * The validation cache as files: `<dir>/<first two hex digits>/<key>`, each holding the sha256 of
 * the value on its first line and the value after it. A file whose checksum does not match (torn,
 * truncated, edited) reads as absent, so an entry is written in place: a reader that meets one half
 * written takes it for a miss. Packs go to a temp file renamed into place. Any I/O failure is
 * swallowed (the cache only ever costs speed).
 *
 * With a `scope` (the CLI passes the config directory), the entries one run used are also kept
 * together in one pack file, `<dir>/packs/<sha256 of build and scope>.json`, written by `flush()` when the run
 * needed anything the pack did not hold. Reading one verdict file per check was most of a warm
 * 10k-resource plan's time (about 18,000 small files); the next run of the same cluster reads the
 * pack once and falls back to the single files only for what changed. The pack carries one
 * checksum over its body, verified before any of it is used.
 */
export class FsValidationCache implements ValidationCache {
  /** Entries (and packs) this process stored (a carried cache is saved only when it grew). */
  written = 0;
  /** The pack read at the first lookup (empty when there is none or it does not verify). */
  private packed: Map<string, string> | null = null;
  /** Every entry this run read or stored: the next pack. */
  private readonly used = new Map<string, string>();
  /** Whether `used` holds anything the pack lacks (then `flush` rewrites it). */
  private packStale = false;
  /** Entry directories this process made (or found), so each is made once. */
  private readonly madeDirs = new Set<string>();

  constructor(
    readonly dir: string,
    readonly toolVersion: string,
    readonly scope: string | null = null,
  ) {}

  get(key: string): string | null {
    if (!KEY.test(key)) return null;
    const fromPack = this.pack().get(key);
    if (fromPack !== undefined) {
      this.used.set(key, fromPack);
      return fromPack;
    }
    const file = this.fileOf(key);
    // Most lookups of a first run miss. Asking costs a quarter of a failed read, whose exception
    // Node builds with a stack (about 2.4 against 11 us).
    if (!existsSync(file)) return null;
    let text: string;
    try {
      // Not through a link, and never blocking on a FIFO left in a restored cache directory.
      const read = readRegularFile(file, { followLinks: false });
      if (read.kind !== 'ok') return null;
      text = read.bytes.toString('utf8');
    } catch {
      return null;
    }
    const newline = text.indexOf('\n');
    if (newline !== 64) return null;
    const value = text.slice(65);
    if (sha256(value) !== text.slice(0, 64)) return null;
    this.remember(key, value);
    return value;
  }

  put(key: string, value: string): void {
    if (!KEY.test(key)) return;
    this.remember(key, value);
    if (this.writeEntry(this.fileOf(key), `${sha256(value)}\n${value}`)) this.written++;
  }

  /**
   * An entry is written in place: its checksum line already makes a torn or interleaved write
   * read as absent, which is all a temp file and rename would have added, at three more syscalls
   * per entry (a first run at 10k resources writes about 18,000). Concurrent writers of one key
   * write the same bytes. O_NOFOLLOW: a link planted at an entry's name is refused, not written
   * through. False (the entry is simply not cached) on any failure.
   */
  private writeEntry(file: string, text: string): boolean {
    const dir = path.dirname(file);
    let fd: number | null = null;
    try {
      if (!this.madeDirs.has(dir)) {
        mkdirSync(dir, { recursive: true });
        this.madeDirs.add(dir);
      }
      fd = openSync(file, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW, 0o644);
      writeFileSync(fd, text);
      return true;
    } catch {
      return false;
    } finally {
      if (fd !== null) closeSync(fd);
    }
  }

  /** Writes the pack when this run used entries it did not hold; a no-op without a scope. */
  flush(): void {
    if (this.scope === null || !this.packStale) return;
    const body = JSON.stringify(Object.fromEntries(this.used));
    if (writeAtomically(this.packFile(), `${PACK_FORMAT} ${sha256(body)}\n${body}`)) {
      this.written++;
      this.packStale = false;
    }
  }

  private remember(key: string, value: string): void {
    this.used.set(key, value);
    if (this.scope !== null && this.pack().get(key) !== value) this.packStale = true;
  }

  private pack(): Map<string, string> {
    this.packed ??= this.scope === null ? new Map() : readPack(this.packFile());
    return this.packed;
  }

  /**
   * One pack per build and scope: entries are keyed by the build, so a pack shared by two builds
   * (an upgrade, two checkouts) would hold only the last writer's entries, and two builds taking
   * turns on one cluster would each find the other's pack and never run warm.
   */
  private packFile(): string {
    return path.join(this.dir, 'packs', `${sha256(`${this.toolVersion}\0${this.scope ?? ''}`)}.json`);
  }

  private fileOf(key: string): string {
    return path.join(this.dir, key.slice(0, 2), key);
  }
}

const KEY = /^[0-9a-f]{64}$/;
const PACK_FORMAT = 'omnigraph-cluster-pack/1';
/** Larger packs are not read (a cache that big is not what this tool writes). */
const PACK_MAX_BYTES = 256 * 1024 * 1024;

/** The pack's entries, or none when it is absent, too large, torn or edited. */
function readPack(file: string): Map<string, string> {
  const entries = new Map<string, string>();
  try {
    if (statSync(file).size > PACK_MAX_BYTES) return entries;
    const text = readFileSync(file, 'utf8');
    const newline = text.indexOf('\n');
    const header = text.slice(0, newline);
    const body = text.slice(newline + 1);
    if (newline < 0 || header !== `${PACK_FORMAT} ${sha256(body)}`) return entries;
    const parsed: unknown = JSON.parse(body);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return entries;
    for (const [key, value] of Object.entries(parsed)) if (KEY.test(key) && typeof value === 'string') entries.set(key, value);
  } catch {
    // Absent or unreadable: every lookup goes to the single entry files.
  }
  return entries;
}

/** Temp file renamed into place; false (and nothing left behind) on any failure. */
function writeAtomically(file: string, text: string): boolean {
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(tmp, text, { flag: 'wx' });
    renameSync(tmp, file);
    return true;
  } catch {
    try {
      rmSync(tmp, { force: true });
    } catch {
      // Nothing was written, or the directory is gone: either way nothing is left to clean.
    }
    return false;
  }
}

/**
 * Where the cache lives unless `--cache-dir` says: `$OMNIGRAPH_CLUSTER_CACHE_DIR`, else
 * `$XDG_CACHE_HOME/omnigraph-cluster`, else `~/.cache/omnigraph-cluster`.
 */
export function defaultCacheDir(env: NodeJS.ProcessEnv): string {
  if (env.OMNIGRAPH_CLUSTER_CACHE_DIR) return env.OMNIGRAPH_CLUSTER_CACHE_DIR;
  if (env.XDG_CACHE_HOME) return path.join(env.XDG_CACHE_HOME, 'omnigraph-cluster');
  return path.join(homedir(), '.cache', 'omnigraph-cluster');
}

/**
 * This build's identity for cache keys: the package version plus the size and modification time
 * of the running bundle, so a rebuilt tool never trusts verdicts an older build stored.
 */
export function buildIdentity(version: string): string {
  try {
    const s = statSync(fileURLToPath(import.meta.url));
    return `${version}+${s.size}.${Math.trunc(s.mtimeMs)}`;
  } catch {
    return version;
  }
}
