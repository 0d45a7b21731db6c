import path from 'node:path';
import { error, type Diagnostic } from '../diagnostics/index.js';
import type { SourceFiles } from '../ports/source-files.js';
import { errorText } from '../../base/error-text.js';
import { isInside, joinDisplay } from './paths.js';
import { CheckCache } from './check-cache.js';

export type SourceReadCode = 'schema_file_missing' | 'query_file_missing' | 'policy_file_missing';
export type SourceText = { readonly ok: true; readonly text: string; readonly bytes: Uint8Array } | { readonly ok: false; readonly diagnostic: Diagnostic };

/** A `..` path segment, under either separator. */
const DOT_DOT_SEGMENT = /(?:^|[\\/])\.\.(?:[\\/]|$)/;

/**
 * Reads the sources cluster.yaml names, refusing any path that leaves the containment root —
 * lexically (`..`, absolute paths) or through a symlink. Nothing outside is ever read. The root is
 * the config directory itself unless the caller widens it to the repository that holds it
 * (docs/contract/config.md#containment), so `shared/people.pg` can serve several clusters.
 */
export class ConfigSources {
  private readonly absDir: string;
  private realDir: string | null = null;
  /** The containment root as given (the config dir when no wider root was passed). */
  readonly root: string;
  /** The lexical path of each directory a display path named, by its display form. */
  private readonly lexicalDirs = new Map<string, string>();
  /** Real path of each parent directory seen (null: it does not resolve), keyed by lexical path. */
  private readonly realParents = new Map<string, string | null>();
  /**
   * Names a directory listing showed to be plain (non-symlink) files, by the listed directory's
   * lexical path. Kept per directory: a full path per listed file was 100,000 joins at 100k
   * resources, and only a source that takes the long way ever asks.
   */
  private readonly listedPlain = new Map<string, ReadonlySet<string>>();
  /** The canonical path `escape` resolved for each display path it let through (null: missing). */
  private readonly resolvedPaths = new Map<string, string | null>();

  constructor(
    private readonly files: SourceFiles,
    readonly configDir: string,
    root?: string | null,
    /** Verdicts of earlier checks of the same bytes (none by default). */
    readonly checks: CheckCache = new CheckCache(),
  ) {
    this.root = root ?? configDir;
    this.absDir = path.normalize(files.absolute(this.root));
  }

  /** The path displayed in outputs (`<config dir>/<as written>`). */
  display(written: string): string {
    return joinDisplay(this.configDir, written);
  }

  /**
   * `path.normalize(files.absolute(displayPath))`: the absolute path without resolving links. A
   * path whose last segment is a plain name is its directory's form, worked out once, plus that
   * name; normalizing every source's whole path again was a large share of a 100k plan's garbage.
   */
  lexicalPath(displayPath: string): string {
    const cut = displayPath.lastIndexOf('/');
    const name = displayPath.slice(cut + 1);
    if (cut <= 0 || name === '' || name === '.' || name === '..' || name.includes(path.sep)) return path.normalize(this.files.absolute(displayPath));
    const dirDisplay = displayPath.slice(0, cut);
    let dir = this.lexicalDirs.get(dirDisplay);
    if (dir === undefined) {
      dir = path.normalize(this.files.absolute(dirDisplay));
      this.lexicalDirs.set(dirDisplay, dir);
    }
    return childPath(dir, name);
  }

  /** Null when the path stays inside the config dir; else the diagnostic to report at `configPath`. */
  escape(displayPath: string, configPath: string): Diagnostic | null {
    const lexical = this.lexicalPath(displayPath);
    let inside = isInside(this.absDir, lexical);
    if (inside) {
      try {
        const real = this.resolve(displayPath, lexical);
        // A missing file cannot escape; the read that follows reports it.
        if (real !== null) inside = isInside(this.realConfigDir(), real);
        if (inside) this.resolvedPaths.set(displayPath, real);
      } catch {
        // Same as missing: nothing was resolved, so nothing escaped.
      }
    }
    return inside ? null : this.outside(displayPath, configPath);
  }

  private outside(displayPath: string, configPath: string): Diagnostic {
    const where = this.root === this.configDir ? `the config directory '${this.configDir}'` : `the repository root '${this.root}'`;
    return error('config_path_outside_dir', configPath, `'${displayPath}' resolves outside ${where}; config paths must stay inside it`);
  }

  /**
   * The sequence every named source goes through: the escape check, the read and a strict UTF-8
   * decode. On failure, the one diagnostic to report at `configPath` (`config_path_outside_dir`, or
   * `code` with "could not read <what> '<path>': <why>").
   */
  readText(displayPath: string, configPath: string, code: SourceReadCode, what: string): SourceText {
    const plain = this.readPlainInside(displayPath, configPath);
    if (plain && !(plain instanceof Uint8Array)) return { ok: false, diagnostic: plain };
    let read: { ok: true; bytes: Uint8Array } | { ok: false; message: string };
    if (plain) {
      read = { ok: true, bytes: plain };
    } else {
      const escape = this.escape(displayPath, configPath);
      if (escape) return { ok: false, diagnostic: escape };
      read = this.readBytes(displayPath);
    }
    const text = read.ok ? decodeUtf8(read.bytes) : null;
    if (!read.ok || text === null) {
      const why = read.ok ? INVALID_UTF8 : read.message;
      return { ok: false, diagnostic: error(code, configPath, `could not read ${what} '${displayPath}': ${why}`) };
    }
    return { ok: true, text, bytes: read.bytes };
  }

  /**
   * The common case of `escape` + `readBytes` in one open: a plain file (not a symlink) under a
   * `..`-free path is resolved as its directory's real path plus its name, exactly as `resolve`
   * does after an lstat; here the open itself (refusing a symlink) says it is plain, which saved
   * an lstat per schema and policy file (10,000 at 100k resources). Null: take the long way (a
   * symlink, a missing or unreadable file, a port without `readPlain`), whose checks and messages
   * stay the only ones.
   */
  private readPlainInside(displayPath: string, configPath: string): Uint8Array | Diagnostic | null {
    if (!this.files.readPlain || DOT_DOT_SEGMENT.test(displayPath)) return null;
    const lexical = this.lexicalPath(displayPath);
    if (!isInside(this.absDir, lexical)) return null;
    // The normalized form names the same file (no `..` segment), and spares the port another join.
    const bytes = this.files.readPlain(lexical);
    if (!(bytes instanceof Uint8Array)) return null;
    const real = this.besideRealParent(lexical);
    if (real === null || real === undefined) return null;
    let realDir: string;
    try {
      realDir = this.realConfigDir();
    } catch {
      return null; // the root itself no longer resolves: the long way decides, as it always did
    }
    if (!isInside(realDir, real)) return this.outside(displayPath, configPath);
    this.resolvedPaths.set(displayPath, real);
    return bytes;
  }

  /**
   * The canonical path `escape` found for a path it let through: null when it does not exist,
   * undefined when `escape` has not seen it (targets lists a source under its real name too).
   */
  resolvedPath(displayPath: string): string | null | undefined {
    return this.resolvedPaths.get(displayPath);
  }

  readBytes(displayPath: string): { ok: true; bytes: Uint8Array } | { ok: false; message: string } {
    try {
      return { ok: true, bytes: this.files.readBytes(displayPath) };
    } catch (e) {
      return { ok: false, message: errorText(e) };
    }
  }

  isDirectory(displayPath: string): boolean {
    return this.files.isDirectory(displayPath);
  }

  /** Canonical form of any path (external-blob `file` bases live outside the config dir by design). */
  realPath(anyPath: string): { ok: true; path: string } | { ok: false; message: string } {
    try {
      return { ok: true, path: this.files.realPath(anyPath) };
    } catch (e) {
      return { ok: false, message: errorText(e) };
    }
  }

  listDir(displayPath: string): { ok: true; names: string[] } | { ok: false; message: string } {
    try {
      const files = this.files.listDir(displayPath).filter((e) => e.isFile);
      // resolve() normalizes and drops a trailing separator, as dirname of a file's lexical path has none.
      const dir = path.resolve(this.files.absolute(displayPath));
      this.listedPlain.set(dir, new Set(files.filter((e) => e.isSymlink === false).map((e) => e.name)));
      return { ok: true, names: files.map((e) => e.name) };
    } catch (e) {
      return { ok: false, message: errorText(e) };
    }
  }

  /**
   * The canonical path of `displayPath`, or null when it does not exist. A full realpath per file
   * dominated plan time at 10k resources, so a plain (non-symlink) file is resolved as its
   * directory's cached real path plus its name — the same answer. Paths with `..` keep the full
   * resolution: lexically dropping `x/..` is only right when `x` is not a symlink.
   */
  private resolve(displayPath: string, lexical: string): string | null {
    const linkKind = this.files.linkKind?.bind(this.files);
    if (!linkKind || DOT_DOT_SEGMENT.test(displayPath)) return this.files.realPath(displayPath);
    const listed = this.listedPlain.get(path.dirname(lexical))?.has(path.basename(lexical)) === true;
    const kind = listed ? 'not-symlink' : linkKind(displayPath);
    if (kind === 'missing') return null;
    if (kind === 'symlink') return this.files.realPath(displayPath);
    const beside = this.besideRealParent(lexical);
    return beside === undefined ? this.files.realPath(displayPath) : beside;
  }

  /**
   * A plain file's canonical path: its directory's (cached) real path plus its name; null when
   * the directory does not resolve, undefined for a root (no parent to resolve).
   */
  private besideRealParent(lexical: string): string | null | undefined {
    const parent = path.dirname(lexical);
    if (parent === lexical) return undefined;
    let realParent = this.realParents.get(parent);
    if (realParent === undefined) {
      try {
        realParent = this.files.realPath(parent);
      } catch {
        realParent = null;
      }
      this.realParents.set(parent, realParent);
    }
    return realParent === null ? null : childPath(realParent, path.basename(lexical));
  }

  private realConfigDir(): string {
    this.realDir ??= this.files.realPath(this.root);
    return this.realDir;
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return utf8.decode(bytes);
  } catch {
    return null;
  }
}

export const INVALID_UTF8 = 'stream did not contain valid UTF-8';

/**
 * `path.join(dir, name)` for a normalized absolute directory (no `.`, `..` or repeated separators;
 * a trailing one is allowed) and one plain name, without normalizing the whole path again. Node's
 * join does so character by character, and was the largest allocation of a 100k-resource plan.
 */
export function childPath(dir: string, name: string): string {
  return dir.endsWith(path.sep) ? `${dir}${name}` : `${dir}${path.sep}${name}`;
}
