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
  const rel = path.relative(dir, candidate);
  // `..foo.pg` is a file inside; only a `..` path segment leaves.
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
}
