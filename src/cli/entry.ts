/* The CLI proper, loaded by index.ts once source maps are on: everything else is runCli(argv, io, commands). */
import path from 'node:path';
import type { FsValidationCache } from '../adapters/cache/fs-validation-cache.js';
import { errorText } from '../base/error-text.js';
import { parseArgs } from './args.js';
import { runCli, VERSION } from './main.js';
import { textPieces } from '../base/text-pieces.js';

// A reader that closes early (`| head -c1`) is not an error of ours: stop quietly, with the
// command's own exit code, instead of dying on an unhandled EPIPE with a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
  });
}

/** Output goes out in 64 KiB slices (see textPieces); the stream keeps them in order. */
function writePieces(stream: NodeJS.WriteStream, text: string): void {
  for (const piece of textPieces(text, 1 << 16)) stream.write(piece);
}

/** All of stdin as UTF-8 (`targets --changed-files -`); read only when asked for. */
async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

try {
  const argv = process.argv.slice(2);
  // `targets` runs no engine: loading the commands (engines, storage, the languages) would only
  // slow a discovery job down, so they are loaded for the other commands alone.
  const parsed = parseArgs(argv);
  const engineless = parsed.kind === 'run' && parsed.args.command === 'targets';
  const wiring = engineless ? null : await import('../adapters/wiring.js');
  const cache = engineless ? null : await import('../adapters/cache/fs-validation-cache.js');
  const opened: { cache: FsValidationCache | null } = { cache: null };
  process.exitCode = await runCli(
    argv,
    { stdout: (t) => writePieces(process.stdout, t), stderr: (t) => process.stderr.write(t), env: process.env, readStdin },
    (args, logger) => {
      if (wiring === null || cache === null) throw new Error(`${args.command} needs the engine commands, which were not loaded`);
      // Scoped by the config directory: the next run of the same cluster reads one pack file.
      const dir = args.cacheDir ?? cache.defaultCacheDir(process.env);
      const validationCache = args.noCache ? null : new cache.FsValidationCache(dir, cache.buildIdentity(VERSION), path.resolve(args.configDir));
      opened.cache = validationCache;
      return wiring.createClusterCommands({ engine: args.engine, omnigraphPath: args.omnigraphBin, env: process.env, logger, validationCache });
    },
  );
  opened.cache?.flush();
} catch (e) {
  // A bug or an unusable machine: one readable line, never a stack trace.
  process.stderr.write(`omnigraph-cluster: internal error: ${errorText(e)}\n`);
  process.exitCode = 1;
}
