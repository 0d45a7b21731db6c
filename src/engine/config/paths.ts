import path from 'node:path';

/**
 * Rust `Path::join` as the reference displays paths: no normalization, so `./people.pg` under
 * `cfg` stays `cfg/./people.pg`; an absolute path replaces the base.
 */
export function joinDisplay(base: string, relative: string): string {
  if (path.isAbsolute(relative)) return relative;
  if (base === '') return relative;
  return base.endsWith('/') ? `${base}${relative}` : `${base}/${relative}`;
}

/** True when `candidate` is `dir` itself or inside it (both absolute and normalized). */
export function isInside(dir: string, candidate: string): boolean {
  // Checked for every source file (twice: lexically, then resolved); `path.relative` resolves both
  // paths again and dominated the allocations of a 100k-resource load. For plain POSIX absolute
  // paths the answer is a prefix test; anything else takes the general route.
  if (path.sep === '/' && isPlainAbsolute(dir) && isPlainAbsolute(candidate)) {
    return candidate === dir || dir === '/' || (candidate.startsWith(dir) && candidate.charCodeAt(dir.length) === 47);
  }
  const rel = path.relative(dir, candidate);
  // `..foo.pg` is a file inside; only a `..` path segment leaves.
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
}

const UNRESOLVED_SEGMENT = /\/\/|\/\.\.?(?:\/|$)/;

/** `/a/b` with no empty, `.` or `..` segment and no trailing slash: already what `path.resolve` gives. */
function isPlainAbsolute(p: string): boolean {
  return p.startsWith('/') && (p === '/' || (!p.endsWith('/') && !UNRESOLVED_SEGMENT.test(p)));
}
