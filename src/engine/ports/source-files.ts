/**
 * Read-only access to the config directory in the working tree (cluster.yaml and the sources it
 * names). Declared config is always read from here, even when state lives in S3.
 * Methods throw `Error` with a readable message on I/O failure; callers turn that into diagnostics.
 */
export interface DirEntry {
  readonly name: string;
  readonly isFile: boolean;
  /** Whether the entry itself is a symlink, when the listing knows it (saves an lstat per file). */
  readonly isSymlink?: boolean;
}

/** `missing` when nothing exists at the path (or it cannot be inspected). */
export type LinkKind = 'symlink' | 'not-symlink' | 'missing';

export interface SourceFiles {
  /** True when `path` exists and is a directory (following symlinks). */
  isDirectory(path: string): boolean;
  /** Raw bytes of a file. */
  readBytes(path: string): Uint8Array;
  /** Entries directly inside a directory, unsorted. */
  listDir(path: string): DirEntry[];
  /** Canonical absolute path with every symlink resolved; throws when it does not exist. */
  realPath(path: string): string;
  /**
   * What the last component of `path` is, without following it (lstat): lets callers resolve a
   * directory once and skip a full realPath for every plain file inside it. Optional so existing
   * implementations keep working; without it callers resolve each path in full.
   */
  linkKind?(path: string): LinkKind;
  /**
   * The bytes of `path` when its last component is a regular file and not a symlink, in one open
   * (the lstat of `linkKind` and the read, without a gap between them); `symlink` when it is one;
   * null for anything else (missing, a directory, unreadable), which callers take the long way
   * round to report. Optional, like `linkKind`.
   */
  readPlain?(path: string): Uint8Array | 'symlink' | null;
  /** Absolute form of a path without resolving symlinks (std::path::absolute). */
  absolute(path: string): string;
}
