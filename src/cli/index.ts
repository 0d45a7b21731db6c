#!/usr/bin/env node
/* The CLI entry (dist/cli/index.js): everything else is runCli(argv, io, commands). */
import { errorText } from '../base/error-text.js';
import { createClusterCommands } from '../adapters/wiring.js';
import { runCli, VERSION } from './main.js';
import { FsValidationCache, buildIdentity, defaultCacheDir } from '../adapters/cache/fs-validation-cache.js';

// A reader that closes early (`| head -c1`) is not an error of ours: stop quietly, with the
// command's own exit code, instead of dying on an unhandled EPIPE with a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
  });
}

try {
  process.exitCode = await runCli(
    process.argv.slice(2),
    { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t), env: process.env },
    (args, logger) =>
      createClusterCommands({
        engine: args.engine,
        omnigraphPath: args.omnigraphBin,
        env: process.env,
        logger,
        validationCache: args.noCache ? null : new FsValidationCache(args.cacheDir ?? defaultCacheDir(process.env), buildIdentity(VERSION)),
      }),
  );
} catch (e) {
  // A bug or an unusable machine: one readable line, never a stack trace.
  process.stderr.write(`omnigraph-cluster: internal error: ${errorText(e)}\n`);
  process.exitCode = 1;
}
