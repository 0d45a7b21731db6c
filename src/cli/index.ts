#!/usr/bin/env node
/*
 * The CLI entry (dist/cli/index.js). The rest of the bundle lives in chunks, which the build
 * rewrites to load through V8's code cache (chunk-loader.ts): set up here, before entry.ts's
 * chunk is asked for. Node maps no stack frame of such a chunk, so stack-map.ts does, and stack
 * traces still name src/… files.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHUNK_LOADER_GLOBAL, createChunkLoader } from './chunk-loader.js';
import { codeCacheDir, commandTag } from './code-cache.js';
import { installStackMapping } from './stack-map.js';

const bundleDir = path.dirname(fileURLToPath(import.meta.url));
installStackMapping(bundleDir);
const loader = createChunkLoader(bundleDir, codeCacheDir(process.env), commandTag(process.argv.slice(2)));
(globalThis as Record<string, unknown>)[CHUNK_LOADER_GLOBAL] = loader.load;
process.on('exit', () => loader.saveCaches());
await import('./entry.js');
