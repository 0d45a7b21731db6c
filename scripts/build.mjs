// Builds the two committed bundles: dist/index.js (the action) and dist/cli/index.js (the CLI).
// `node scripts/build.mjs OUTDIR` builds elsewhere (check-dist compares such a build with dist/).
import { execFileSync } from 'node:child_process';
import { rmSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const out = process.argv[2] ?? 'dist';
const ncc = join('node_modules', '.bin', 'ncc');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const build = (entry, dir) =>
  execFileSync(ncc, ['build', entry, '-o', dir, '-m', '-q', '--license', 'licenses.txt'], { stdio: 'inherit' });
build('src/index.ts', out);
build('src/cli/index.ts', join(out, 'cli'));
