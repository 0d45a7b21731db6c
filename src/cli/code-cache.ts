/*
 * V8 code caches for the CLI's chunks, so a start-up does not parse and compile the same 1 MB of
 * JavaScript again. A cache is made after the run, when it also holds the functions the run
 * compiled lazily; Node's own compile cache is made before, which saved almost nothing here.
 *
 * V8 checks a cache only against the source's length, and release builds do not verify its
 * checksum, so a wrong or crafted file could run code that is not the chunk. Hence every file is
 * read as hostile: it must be a regular file of ours that no one else may write, and it carries
 * the SHA-256 of the chunk it was made from and of its own bytes. Anything else is a miss.
 */
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, constants, lstatSync, mkdirSync, openSync, readdirSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { readRegularFile, type RegularRead } from '../adapters/source/regular-file.js';

// File: magic, SHA-256 of the chunk, SHA-256 of the body; the body is a u16 length, the commands
// whose runs the data covers (comma-separated), then V8's data.
const MAGIC = Buffer.from('OGCC0002', 'latin1');
const HASH = 32;
const HEADER = MAGIC.length + 2 * HASH;
const MAX_BYTES = 64 << 20;
const TAG = /^[a-z][a-z-]{0,31}$/;

/** The commands whose runs are told apart: each compiles functions the others may not. */
const COMMANDS = new Set(['validate', 'plan', 'apply', 'status', 'refresh', 'import', 'force-unlock', 'approve', 'targets']);

/** The command a run's arguments name, as a cache tag: `other` for help, versions and mistakes. */
export function commandTag(argv: readonly string[]): string {
  return argv.find((a) => COMMANDS.has(a)) ?? 'other';
}

export interface StoredCode {
  readonly data: Buffer;
  /** The commands whose runs compiled what `data` holds. */
  readonly commands: readonly string[];
}

/**
 * The cache directory, or null when caching is off: `$OMNIGRAPH_CLUSTER_CODE_CACHE` (`off` turns it
 * off), else `$XDG_CACHE_HOME/omnigraph-cluster-code`, else `~/.cache/omnigraph-cluster-code`. It
 * is kept apart from the validation cache, which CI restores from shared storage. One folder per
 * Node version, architecture and set of Node options: V8 refuses a cache made by another version
 * or under other flags, and runs that took turns would each replace the other's caches.
 */
export function codeCacheDir(
  env: NodeJS.ProcessEnv,
  nodeVersion: string = process.version,
  arch: string = process.arch,
  nodeOptions: readonly string[] = [...process.execArgv, env.NODE_OPTIONS ?? ''],
): string | null {
  const chosen = env.OMNIGRAPH_CLUSTER_CODE_CACHE;
  if (chosen === 'off') return null;
  let root: string;
  if (chosen !== undefined && chosen !== '') {
    if (!path.isAbsolute(chosen)) return null;
    root = chosen;
  } else if (env.XDG_CACHE_HOME && path.isAbsolute(env.XDG_CACHE_HOME)) {
    root = path.join(env.XDG_CACHE_HOME, 'omnigraph-cluster-code');
  } else {
    let home: string;
    try {
      home = homedir();
    } catch {
      return null;
    }
    root = path.join(home, '.cache', 'omnigraph-cluster-code');
  }
  const options = nodeOptions.some((o) => o !== '') ? `-${createHash('sha256').update(JSON.stringify(nodeOptions)).digest('hex').slice(0, 12)}` : '';
  return path.join(root, `${nodeVersion}-${arch}${options}`.replace(/[^0-9A-Za-z.+-]/g, '_'));
}

export const sourceDigest = (source: Buffer): Buffer => createHash('sha256').update(source).digest();

const CHUNK_NAME = /^[0-9A-Za-z][0-9A-Za-z.]*$/;

/**
 * The cache file of one version of a chunk (a bundle file name such as `533.index.js`). The name
 * carries the source digest, so two builds used in turn (an upgrade, a second checkout) keep a
 * cache each instead of replacing each other's on every run.
 */
export function cacheFileOf(dir: string, chunkName: string, digest: Buffer): string {
  if (!CHUNK_NAME.test(chunkName)) throw new Error(`not a chunk name: ${chunkName}`);
  return path.join(dir, `${chunkName}.${digest.subarray(0, 8).toString('hex')}.v8cache`);
}

/**
 * Keeps the `keep` newest caches of a chunk and removes older ones, and temp files a killed
 * writer left more than an hour ago. Called after a save, so only a run that wrote pays for it.
 */
export function pruneCodeCaches(dir: string, chunkName: string, keep: number, now = Date.now()): void {
  if (!CHUNK_NAME.test(chunkName)) return;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  const caches: Array<{ file: string; mtime: number }> = [];
  for (const name of names) {
    if (!name.startsWith(`${chunkName}.`)) continue;
    const file = path.join(dir, name);
    const st = lstatSync(file, { throwIfNoEntry: false });
    if (st === undefined || !st.isFile()) continue;
    if (/^[0-9a-f]{16}\.v8cache$/.test(name.slice(chunkName.length + 1))) caches.push({ file, mtime: st.mtimeMs });
    else if (name.endsWith('.tmp') && now - st.mtimeMs > 3_600_000) removeQuietly(file);
  }
  caches.sort((a, b) => b.mtime - a.mtime);
  for (const { file } of caches.slice(keep)) removeQuietly(file);
}

function removeQuietly(file: string): void {
  try {
    unlinkSync(file);
  } catch {
    // gone already, or not ours to remove: the cache stays correct either way
  }
}

/**
 * The cached data stored for this exact source, or null. Read as readRegularFile reads (one open
 * without following links or blocking, owner and mode judged on that open file), so a link,
 * FIFO or device is never followed or read, and the file judged is the file read.
 */
export function readCodeCache(file: string, digest: Buffer): StoredCode | null {
  let read: RegularRead;
  try {
    read = readRegularFile(file, { followLinks: false });
  } catch {
    return null;
  }
  if (read.kind !== 'ok') return null;
  const { bytes, stats } = read;
  const uid = typeof process.getuid === 'function' ? process.getuid() : stats.uid;
  if (stats.uid !== uid || (stats.mode & 0o022) !== 0) return null;
  if (bytes.length <= HEADER || bytes.length > MAX_BYTES) return null;
  if (!bytes.subarray(0, MAGIC.length).equals(MAGIC)) return null;
  if (!bytes.subarray(MAGIC.length, MAGIC.length + HASH).equals(digest)) return null;
  const body = bytes.subarray(HEADER);
  if (!createHash('sha256').update(body).digest().equals(bytes.subarray(MAGIC.length + HASH, HEADER))) return null;
  if (body.length < 2) return null;
  const listEnd = 2 + body.readUInt16LE(0);
  if (listEnd >= body.length) return null;
  const list = body.toString('latin1', 2, listEnd);
  const commands = list === '' ? [] : list.split(',');
  if (!commands.every((c) => TAG.test(c))) return null;
  return { data: body.subarray(listEnd), commands };
}

/**
 * Stores the cache for a source: written whole to a private temp file, then renamed over the
 * entry, so a reader sees the old file or the new one. Best effort: a cache that cannot be
 * written costs the next run its speed, not its result.
 */
export function writeCodeCache(file: string, digest: Buffer, data: Buffer, commands: readonly string[]): boolean {
  const list = Buffer.from([...new Set(commands)].filter((c) => TAG.test(c)).join(','), 'latin1');
  if (list.length > 0xffff) return false;
  const length = Buffer.alloc(2);
  length.writeUInt16LE(list.length, 0);
  const body = [length, list, data];
  const temp = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    const fd = openSync(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o600);
    try {
      const bodyDigest = createHash('sha256');
      for (const piece of body) bodyDigest.update(piece);
      for (const piece of [MAGIC, digest, bodyDigest.digest(), ...body]) {
        let put = 0;
        while (put < piece.length) put += writeSync(fd, piece, put, piece.length - put);
      }
    } finally {
      closeSync(fd);
    }
    renameSync(temp, file);
    return true;
  } catch {
    try {
      unlinkSync(temp);
    } catch {
      // nothing was created
    }
    return false;
  }
}
