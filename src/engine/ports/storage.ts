/**
 * The `Storage` port: object-store semantics over one storage root (a local directory or an
 * `s3://bucket/prefix`). Keys are `/`-separated and relative to the root, e.g.
 * `__cluster/state.json` or `graphs/knowledge.omni/_schema.pg`. Every stored object is UTF-8 text.
 *
 * Guarantees every adapter must keep (proved by __tests__/contracts/storage.contract.ts):
 * - Atomic visibility: a reader sees a whole old object or a whole new one, never a partial write.
 * - A directory (local) or a "folder" prefix (S3) at an object's key reads as absent.
 * - Lost races are values (`{ok:false}`), never exceptions. Exceptions (`StorageError`) mean the
 *   storage itself failed or the content is not UTF-8; callers map them to diagnostics.
 */
export interface StoredText {
  readonly text: string;
  /** Opaque version token for `writeIfMatch` (local: content hash; S3: ETag). */
  readonly token: string;
}

export type ConditionalWrite =
  | { readonly ok: true; readonly token: string }
  /** `exists`: writeIfAbsent found an object; `mismatch`: writeIfMatch found another version (or none). */
  | { readonly ok: false; readonly reason: 'exists' | 'mismatch' };

export interface WriteOptions {
  readonly durable?: boolean;
}

export interface Storage {
  /** Display form of the root: an absolute local path or `s3://bucket/prefix`. */
  readonly root: string;
  /** Display form of a key: `<abs root>/<key>` or `s3://bucket/prefix/<key>`. */
  displayPath(key: string): string;
  /** URI form of a key: `file:///<abs root>/<key>` or `s3://bucket/prefix/<key>`. */
  objectUri(key: string): string;
  /** Reads an object; `null` when absent (a directory at the key counts as absent). */
  read(key: string): Promise<StoredText | null>;
  /** True when an object exists at exactly this key. */
  exists(key: string): Promise<boolean>;
  /**
   * `exists(key)`, then `read(key)` when it said true, in one step where the adapter can make it
   * cheaper (locally: one open instead of an lstat and an open). Null when `exists` would have
   * said false. Fails with `ProbeFailed` (holding the error) where `exists` would have thrown, and
   * with the error `read` would have thrown otherwise. Optional: callers without it make the two
   * calls.
   */
  readIfExists?(key: string): Promise<StoredText | null>;
  /** True when any object exists under `prefix/` (graph-root existence). */
  existsPrefix(prefix: string): Promise<boolean>;
  /** Replaces or creates an object atomically; returns its new version token. */
  write(key: string, text: string): Promise<string>;
  /**
   * Creates the object only if nothing is there; exactly one of two racing writers wins.
   * `durable: false` (default true) is for a marker whose existence alone matters: after a machine
   * crash (not a process crash) its content may read empty. Adapters that are always durable ignore it.
   */
  writeIfAbsent(key: string, text: string, options?: WriteOptions): Promise<ConditionalWrite>;
  /** Replaces the object only if its current version is `token`; exactly one racing writer wins. */
  writeIfMatch(key: string, text: string, token: string): Promise<ConditionalWrite>;
  /** Names (not keys) of the objects directly under `prefix/`, sorted byte-wise; `[]` when none. */
  list(prefix: string): Promise<string[]>;
  /** Deletes one object; deleting an absent object succeeds. */
  delete(key: string): Promise<void>;
  /** Deletes every object under `prefix/`, recursively; idempotent. */
  deletePrefix(prefix: string): Promise<void>;
}

/** Storage itself failed (I/O, permissions, network, non-UTF-8 content). `message` is the `<err>` text. */
export class StorageError extends Error {
  override readonly name: string = 'StorageError';
}

/**
 * The adapter refused a key or a path because using it could reach outside the root: a hostile
 * key, a symlink inside the root, a FIFO or device where an object belongs. Never a transient
 * failure; the engine reports it as `unsafe_state_name` / an error and writes nothing.
 */
export class UnsafePathError extends StorageError {
  override readonly name: string = 'UnsafePathError';
}

/**
 * Why `key` may not be used as a storage key, or null when it may. Every adapter calls this before
 * touching anything, as the last line of defence against names read from hostile state files:
 * an empty, `.` or `..` segment, a leading `/`, a backslash or a NUL could reach outside the root
 * (or, on S3, address an object another cluster owns). The empty key `''` is the root itself and
 * is allowed only where an operation takes a prefix.
 */
export function storageKeyProblem(key: string, options: { allowRoot?: boolean } = {}): string | null {
  if (key === '') return options.allowRoot ? null : 'the key is empty';
  if (key.includes('\0')) return 'the key contains a NUL character';
  if (key.includes('\\')) return 'the key contains a backslash';
  if (key.startsWith('/')) return 'the key starts with `/`';
  for (const segment of key.split('/')) {
    if (segment === '') return 'the key has an empty segment';
    if (segment === '.' || segment === '..') return `the key has a \`${segment}\` segment`;
  }
  return null;
}

/** Throws the `StorageError` an adapter reports for a key `storageKeyProblem` refuses. */
export function assertStorageKey(key: string, shown: string, options: { allowRoot?: boolean } = {}): void {
  const problem = storageKeyProblem(key, options);
  if (problem !== null) throw new UnsafePathError(`refusing storage key '${JSON.stringify(key).slice(1, -1)}' under '${shown}': ${problem}`);
}

/** The existence probe of `readIfExists` failed (where `exists` would have thrown `probeError`). */
export class ProbeFailed extends Error {
  override readonly name: string = 'ProbeFailed';
  constructor(readonly probeError: unknown) {
    super(probeError instanceof Error ? probeError.message : String(probeError));
  }
}

/**
 * What `readIfExists` means, as two calls: `exists`, then `read` when it said true, with a
 * failing probe as `ProbeFailed`. Adapters fall back to it; callers use it when an adapter has
 * no one-step form.
 */
export async function existsThenRead(storage: Pick<Storage, 'exists' | 'read'>, key: string): Promise<StoredText | null> {
  let present: boolean;
  try {
    present = await storage.exists(key);
  } catch (e) {
    throw new ProbeFailed(e);
  }
  return present ? storage.read(key) : null;
}

