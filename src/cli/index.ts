#!/usr/bin/env node
/* The CLI entry (dist/cli/index.js): everything else is runCli(argv, io, commands). */
import { errorText } from '../base/error-text.js';
import { createClusterCommands } from '../adapters/wiring.js';
import { runCli } from './main.js';

try {
  process.exitCode = await runCli(
    process.argv.slice(2),
    { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t), env: process.env },
    (args) => createClusterCommands({ engine: args.engine, omnigraphPath: args.omnigraphBin, env: process.env }),
  );
} catch (e) {
  // A bug or an unusable machine: one readable line, never a stack trace.
  process.stderr.write(`omnigraph-cluster: internal error: ${errorText(e)}\n`);
  process.exitCode = 1;
}
