#!/usr/bin/env node
/*
 * The CLI entry (dist/cli/index.js). Stack traces name src/… files: Node reads a file's source map
 * when it compiles the file, so maps are switched on here, before the bundle's code (a separate
 * chunk, entry.ts) is loaded.
 */
process.setSourceMapsEnabled(true);
await import('./entry.js');
