/**
 * The path patterns `targets` and the action's `config-dir` accept (docs/contract/targets.md#patterns):
 * repository-relative, `/`-separated, with `*` (any run of characters inside one path segment),
 * `?` (one character inside a segment) and `**` (a whole segment: zero or more directories).
 * Everything else matches itself. Pure: matching here, walking the tree in discover.ts.
 */

/** One segment of a compiled pattern: `**`, a literal name, or a single-segment wildcard. */
export type GlobSegment =
  | { readonly kind: 'globstar' }
  | { readonly kind: 'literal'; readonly name: string }
  | { readonly kind: 'wildcard'; readonly source: string; readonly regex: RegExp };

export type CompiledPattern =
  | { readonly ok: true; readonly pattern: string; readonly segments: readonly GlobSegment[] }
  | { readonly ok: false; readonly pattern: string; readonly reason: string };

/**
 * Splits and checks a pattern. Refused: empty patterns, absolute paths, `..` segments and `**`
 * glued to other characters (`a**b` reads like a recursive match but would only match inside one
 * segment). `.` segments and repeated or trailing `/` are dropped, so `./clusters/` is `clusters`.
 */
export function compilePattern(pattern: string): CompiledPattern {
  const fail = (reason: string): CompiledPattern => ({ ok: false, pattern, reason });
  if (pattern.trim() === '') return fail('the pattern is empty');
  if (pattern.startsWith('/') || /^[A-Za-z]:[\\/]/.test(pattern)) return fail('patterns are relative to the repository root');
  if (pattern.includes('\\')) return fail('use / to separate path segments');
  const segments: GlobSegment[] = [];
  for (const part of pattern.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') return fail('`..` would leave the repository root');
    if (part === '**') {
      // `**/**` is the same as `**`.
      if (segments.at(-1)?.kind !== 'globstar') segments.push({ kind: 'globstar' });
      continue;
    }
    if (part.includes('**')) return fail('`**` must be a whole path segment');
    segments.push(hasWildcard(part) ? { kind: 'wildcard', source: part, regex: segmentRegex(part) } : { kind: 'literal', name: part });
  }
  return { ok: true, pattern, segments };
}

export function hasWildcard(text: string): boolean {
  return text.includes('*') || text.includes('?');
}

/** True when the compiled pattern contains no wildcard: it names one path. */
export function isLiteral(segments: readonly GlobSegment[]): boolean {
  return segments.every((s) => s.kind === 'literal');
}

/**
 * Whether `name` (one path segment) matches a wildcard segment. A leading `.` is matched only by
 * a pattern that spells it (`*` skips `.git`, `.github`; `.*` does not), as shells do.
 */
export function matchSegment(segment: GlobSegment, name: string): boolean {
  switch (segment.kind) {
    case 'literal':
      return segment.name === name;
    case 'globstar':
      return !name.startsWith('.');
    case 'wildcard':
      if (name.startsWith('.') && !segment.source.startsWith('.')) return false;
      return segment.regex.test(name);
  }
}

/** Whether a whole repository-relative path (`a/b/c`) matches the compiled pattern. */
export function matchPath(segments: readonly GlobSegment[], path: string): boolean {
  const names = path.split('/').filter((p) => p !== '' && p !== '.');
  return matchFrom(segments, 0, names, 0);
}

function matchFrom(segments: readonly GlobSegment[], si: number, names: readonly string[], ni: number): boolean {
  if (si === segments.length) return ni === names.length;
  const segment = segments[si] as GlobSegment;
  if (segment.kind === 'globstar') {
    // Zero directories, or swallow one more (never a dot-directory) and try again.
    if (matchFrom(segments, si + 1, names, ni)) return true;
    return ni < names.length && matchSegment(segment, names[ni] as string) && matchFrom(segments, si, names, ni + 1);
  }
  return ni < names.length && matchSegment(segment, names[ni] as string) && matchFrom(segments, si + 1, names, ni + 1);
}

function segmentRegex(part: string): RegExp {
  let source = '';
  for (const ch of part) {
    if (ch === '*') source += '.*';
    else if (ch === '?') source += '.';
    else source += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  // `s`: `.` also matches a newline, which a file name may contain.
  return new RegExp(`^${source}$`, 'su');
}
