// Builds the two committed bundles: dist/index.js (the action) and dist/cli/index.js (the CLI),
// each with source maps (*.js.map) so a stack trace names src/… files (the action's entry switches
// Node's source-map support on, the CLI maps its frames itself in src/cli/stack-map.ts; ncc's own
// register is left out: it does not map ES-module frames).
// Not minified: ncc's -m minifies only the entry file, which is a few lines here.
// `node scripts/build.mjs OUTDIR` builds elsewhere (check-dist compares such a build with dist/).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { asciiOnly } from './ascii-js.mjs';

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

/**
 * The CLI loads its chunks through V8's code cache (src/cli/chunk-loader.ts), which takes plain
 * scripts, not ES modules: each chunk becomes one function expression that fills in what its
 * exports were, on the same lines (its source map still applies), and the runtime's `import()` of
 * a chunk becomes a call of the loader. Any other shape fails the build rather than the CLI.
 */
const rewriteCliChunks = (dir) => {
  const indexFile = join(dir, 'index.js');
  const runtimeImport = 'import("./" + __nccwpck_require__.u(chunkId))';
  const index = readFileSync(indexFile, 'utf8');
  if (index.split(runtimeImport).length !== 2) throw new Error(`${indexFile}: the runtime's chunk import() was not found once`);
  writeFileSync(indexFile, index.replace(runtimeImport, `globalThis.${CHUNK_LOADER_GLOBAL}("./" + __nccwpck_require__.u(chunkId))`));
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.js') && n !== 'index.js')) {
    const file = join(dir, name);
    const text = readFileSync(file, 'utf8');
    const head = /^export const id = (\d+);\nexport const ids = (\[[\d,]+\]);\nexport const modules = \{\n/.exec(text);
    if (!/^\d+\.index\.js$/.test(name) || head === null) throw new Error(`${file}: not a chunk of the expected shape`);
    const body = text.slice(head[0].length).replaceAll('import.meta.url', '__ogChunkUrl');
    // Comments dropped (roughly: a `/*` in a string only makes the check laxer) so prose that
    // mentions import does not fail the build. A vm script's import() needs a flag on Node 20.
    const code = body.replace(/\/\*[\s\S]*?\*\//g, '');
    if (/^export\s/m.test(body) || /\bimport\.meta\b/.test(code) || /(?<![\w$.])import\s*\(/.test(code)) {
      throw new Error(`${file}: a chunk may define only id, ids and modules, and may not use import() or import.meta`);
    }
    const wrapped = `(function (__ogChunk, __ogChunkUrl) { "use strict"; __ogChunk.id = ${head[1]};\n__ogChunk.ids = ${head[2]};\n__ogChunk.modules = {\n${body}\n})\n`;
    // ASCII where that provably changes nothing (scripts/ascii-js.mjs): decoded faster at start-up.
    const { text: ascii, ascii: isAscii } = asciiOnly(wrapped);
    if (!isAscii) console.warn(`${file}: kept as UTF-8 (escaping its non-ASCII text would change what it means)`);
    writeFileSync(file, ascii);
  }
};
const CHUNK_LOADER_GLOBAL = /export const CHUNK_LOADER_GLOBAL = '(\w+)';/.exec(readFileSync('src/cli/chunk-loader.ts', 'utf8'))[1];

build('src/index.ts', out);
build('src/cli/index.ts', join(out, 'cli'));
rewriteCliChunks(join(out, 'cli'));
