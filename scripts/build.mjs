// Builds the two committed bundles: dist/index.js (the action) and dist/cli/index.js (the CLI),
// each with source maps (*.js.map) so a stack trace names src/… files (the entries switch Node's
// source-map support on; ncc's own register is left out: it does not map ES-module frames).
// Not minified: ncc's -m minifies only the entry file, which is two lines here.
// `node scripts/build.mjs OUTDIR` builds elsewhere (check-dist compares such a build with dist/).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, posix, relative } from 'node:path';

const out = process.argv[2] ?? 'dist';
const ncc = join('node_modules', '.bin', 'ncc');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const build = (entry, dir) => {
  execFileSync(ncc, ['build', entry, '-o', dir, '-q', '--source-map', '--no-source-map-register', '--license', 'licenses.txt'], { stdio: 'inherit' });
  // ncc writes each source as `.././src/…`, as if the output sat one level below the repository
  // root; dist/cli sits two. Sources are made relative to where the bundle is committed (OUTDIR
  // standing for dist/), so a build elsewhere (check-dist) produces the same maps.
  const toRoot = ['..', ...relative(out, dir).split(/[\\/]/).filter((s) => s !== '').map(() => '..')].join('/');
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.js.map'))) {
    const file = join(dir, name);
    const map = JSON.parse(readFileSync(file, 'utf8'));
    map.sources = map.sources.map((s) => (s.startsWith('.././') ? posix.join(toRoot, s.slice('.././'.length)) : s));
    // Stack traces need the mappings only; the embedded sources would double dist/ for nothing.
    delete map.sourcesContent;
    writeFileSync(file, JSON.stringify(map));
  }
};
build('src/index.ts', out);
build('src/cli/index.ts', join(out, 'cli'));
