/*
 * Loads the CLI bundle's chunks through V8's code cache (see code-cache.ts). The build rewrites
 * each chunk from an ES module into one function expression, `(function (chunk, chunkUrl) {…})`,
 * that fills in the `id`, `ids` and `modules` the bundle's runtime installs, and points the
 * runtime's `import()` of a chunk here (scripts/build.mjs). A chunk keeps its line numbers, so
 * its source map still applies.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Script } from 'node:vm';
import { cacheFileOf, pruneCodeCaches, readCodeCache, sourceDigest, writeCodeCache } from './code-cache.js';

export interface Chunk {
  id?: unknown;
  ids?: unknown;
  modules?: unknown;
}

/** The global the rewritten bundle runtime calls; scripts/build.mjs writes the same name. */
export const CHUNK_LOADER_GLOBAL = '__omnigraphClusterLoadChunk';

interface Unsaved {
  script: Script;
  chunkName: string;
  file: string;
  digest: Buffer;
  commands: readonly string[];
}

/** Caches kept per chunk: the running build's and those of a few others used in turn. */
const VERSIONS_KEPT = 4;

export interface ChunkLoader {
  /** The runtime's request, `./533.index.js`: resolves to what the chunk defines. */
  load(request: string): Promise<Chunk>;
  /**
   * Saves a cache for every chunk loaded without a usable one, or with one no run of this command
   * made (so the functions only this command needs are added once). Call once, at exit.
   */
  saveCaches(): void;
}

/** `command`: what this run does (commandTag), which decides whether its cache is worth growing. */
export function createChunkLoader(bundleDir: string, cacheDir: string | null, command: string): ChunkLoader {
  const unsaved: Unsaved[] = [];
  const loadNow = (request: string): Chunk => {
    const name = request.startsWith('./') ? request.slice(2) : request;
    if (!/^[0-9]+\.index\.js$/.test(name)) throw new Error(`not a chunk of this bundle: ${request}`);
    const file = path.join(bundleDir, name);
    const bytes = readFileSync(file);
    if (cacheDir === null) return define(name, file, new Script(bytes.toString('utf8'), { filename: file }));
    const digest = sourceDigest(bytes);
    const cacheFile = cacheFileOf(cacheDir, name, digest);
    const stored = readCodeCache(cacheFile, digest);
    const script = new Script(bytes.toString('utf8'), { filename: file, ...(stored ? { cachedData: stored.data } : {}) });
    // Saved again when V8 had nothing usable, or when no run of this command made the cache.
    const covered = stored === null || script.cachedDataRejected ? [] : stored.commands;
    if (!covered.includes(command)) unsaved.push({ script, chunkName: name, file: cacheFile, digest, commands: [...covered, command] });
    return define(name, file, script);
  };
  return {
    load: (request) => {
      try {
        return Promise.resolve(loadNow(request));
      } catch (e) {
        return Promise.reject(e);
      }
    },
    saveCaches: () => {
      // Made now, after the run, the cache also holds every function the run compiled.
      for (const { script, chunkName, file, digest, commands } of unsaved.splice(0)) {
        if (writeCodeCache(file, digest, script.createCachedData(), commands)) pruneCodeCaches(path.dirname(file), chunkName, VERSIONS_KEPT);
      }
    },
  };
}

/** Runs a rewritten chunk's script: its one value is the function that fills in the chunk. */
function define(name: string, file: string, script: Script): Chunk {
  const fill = script.runInThisContext() as unknown;
  if (typeof fill !== 'function') throw new Error(`${name} is not a chunk rewritten by the build`);
  const chunk: Chunk = {};
  (fill as (chunk: Chunk, chunkUrl: string) => void)(chunk, pathToFileURL(file).href);
  return chunk;
}
