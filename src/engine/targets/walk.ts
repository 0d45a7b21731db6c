/**
 * The repository tree as discovery sees it, through the `SourceFiles` port: cached listings, glob
 * expansion, and the conversions between repository-relative paths (`/`-separated) and the paths
 * the port reads. `**` and wildcards never descend into dot-directories (`.git`), `node_modules`
 * or symlinked directories (a link loop would never end); a literal segment follows links, and
 * discovery checks afterwards that the cluster directory still resolves inside the root.
 */
import path from 'node:path';
import type { DirEntry, SourceFiles } from '../ports/source-files.js';
import { matchSegment, type GlobSegment } from './glob.js';

const NEVER_DESCEND = new Set(['node_modules']);

export class TreeWalker {
  private readonly listings = new Map<string, readonly DirEntry[] | null>();
  private readonly absRoot: string;
  private realRootPath: string | null | undefined;

  constructor(
    private readonly files: SourceFiles,
    private readonly root: string,
  ) {
    this.absRoot = path.normalize(files.absolute(root));
  }

  /** The path the port reads for a repository-relative path (`''` is the root). */
  fsPath(rel: string): string {
    return rel === '' ? this.root : path.join(this.root, ...rel.split('/'));
  }

  /** Entries of a directory, or null when it cannot be listed. Cached: patterns share prefixes. */
  list(rel: string): readonly DirEntry[] | null {
    let entries = this.listings.get(rel);
    if (entries === undefined) {
      try {
        entries = this.files.listDir(this.fsPath(rel));
      } catch {
        entries = null;
      }
      this.listings.set(rel, entries);
    }
    return entries;
  }

  /** Entries of a directory named by a port path (not cached), or null when it cannot be listed. */
  listAt(fsPath: string): readonly DirEntry[] | null {
    try {
      return this.files.listDir(fsPath);
    } catch {
      return null;
    }
  }

  /** True when `rel` is a file (following symlinks), answered from its parent's listing. */
  isFile(rel: string): boolean {
    const parent = path.posix.dirname(rel);
    const entry = this.list(parent === '.' ? '' : parent)?.find((e) => e.name === path.posix.basename(rel));
    return entry?.isFile ?? false;
  }

  /** Every existing repository-relative path the segments match, in no particular order. */
  expand(segments: readonly GlobSegment[]): string[] {
    const out = new Set<string>();
    this.expandFrom('', segments, 0, out);
    return [...out];
  }

  private expandFrom(dir: string, segments: readonly GlobSegment[], at: number, out: Set<string>): void {
    if (at === segments.length) {
      out.add(dir);
      return;
    }
    const segment = segments[at] as GlobSegment;
    const last = at === segments.length - 1;
    const join = (name: string) => (dir === '' ? name : `${dir}/${name}`);
    if (segment.kind === 'globstar') {
      this.expandFrom(dir, segments, at + 1, out);
      for (const entry of this.list(dir) ?? []) {
        if (descendable(entry) && matchSegment(segment, entry.name)) this.expandFrom(join(entry.name), segments, at, out);
      }
      return;
    }
    if (segment.kind === 'literal') {
      const child = join(segment.name);
      const entry = this.list(dir)?.find((e) => e.name === segment.name);
      if (!entry) return;
      if (last) out.add(child);
      else if (!entry.isFile) this.expandFrom(child, segments, at + 1, out);
      return;
    }
    for (const entry of this.list(dir) ?? []) {
      if (!matchSegment(segment, entry.name)) continue;
      if (last) out.add(join(entry.name));
      else if (descendable(entry)) this.expandFrom(join(entry.name), segments, at + 1, out);
    }
  }

  /** Canonical path of a port path, or null when it does not resolve. */
  realPath(fsPath: string): string | null {
    try {
      return this.files.realPath(fsPath);
    } catch {
      return null;
    }
  }

  realRoot(): string | null {
    if (this.realRootPath === undefined) this.realRootPath = this.realPath(this.root);
    return this.realRootPath;
  }

  /** `written` (as cluster.yaml spells it, relative to the cluster dir) as a repository-relative path; null outside the root. */
  relativeLexical(configDir: string, written: string): string | null {
    if (path.isAbsolute(written)) return relativeInside(this.absRoot, path.normalize(written));
    const joined = path.posix.normalize(configDir === '.' ? written : `${configDir}/${written}`);
    return joined === '.' || joined === '..' || joined.startsWith('../') ? null : joined.replace(/\/+$/, '');
  }

  /**
   * Where a port path really lives, repository-relative (symlinks resolved); null when missing or
   * outside. `known`: the canonical path already resolved for it (undefined: resolve it here).
   */
  relativeReal(fsPath: string, known?: string | null): string | null {
    const real = known === undefined ? this.realPath(fsPath) : known;
    const root = this.realRoot();
    return real === null || root === null ? null : relativeInside(root, real);
  }
}

function relativeInside(root: string, candidate: string): string | null {
  const rel = path.relative(root, candidate);
  if (rel === '' || rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel)) return null;
  return rel.split(path.sep).join('/');
}

/** Directories a wildcard may walk into: not files, not symlinks, not `node_modules`. */
function descendable(entry: DirEntry): boolean {
  return !entry.isFile && entry.isSymlink !== true && !NEVER_DESCEND.has(entry.name);
}
