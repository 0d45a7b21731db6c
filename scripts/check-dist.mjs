// Fails when the committed dist/ differs from a fresh build of the sources.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';

const fresh = join('.tmp', 'dist-check');
execFileSync(process.execPath, ['scripts/build.mjs', fresh], { stdio: 'inherit' });

const list = (root) => {
  if (!existsSync(root)) return [];
  const walk = (d) => readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [relative(root, join(d, n))]));
  return walk(root).sort();
};
const want = list(fresh);
const have = list('dist');
const problems = [];
for (const f of new Set([...want, ...have])) {
  if (!want.includes(f)) problems.push(`dist/${f} is not produced by the build`);
  else if (!have.includes(f)) problems.push(`dist/${f} is missing`);
  else if (!readFileSync(join(fresh, f)).equals(readFileSync(join('dist', f)))) problems.push(`dist/${f} differs from a fresh build`);
}
rmSync(fresh, { recursive: true, force: true });
if (problems.length > 0) {
  console.error(problems.join('\n'));
  console.error('dist/ is stale: run `npm run build` and commit dist/.');
  process.exit(1);
}
console.log('dist/ matches the sources');
