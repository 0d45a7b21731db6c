import { compilePattern, matchPath } from '../../../src/engine/targets/glob.js';

const matches = (pattern: string, file: string): boolean => {
  const compiled = compilePattern(pattern);
  if (!compiled.ok) throw new Error(compiled.reason);
  return matchPath(compiled.segments, file);
};

describe('config patterns: matching', () => {
  it.each([
    ['clusters/*', 'clusters/east', true],
    ['clusters/*', 'clusters/east/cluster.yaml', false],
    ['clusters/*', 'clusters', false],
    ['clusters/*', 'clusters/.hidden', false],
    ['clusters/.*', 'clusters/.hidden', true],
    ['clusters/e*', 'clusters/east', true],
    ['clusters/e*', 'clusters/west', false],
    ['clusters/*t', 'clusters/east', true],
    ['clusters/?est', 'clusters/west', true],
    ['clusters/?est', 'clusters/east', false],
    ['clusters/?est', 'clusters/wwest', false],
    ['envs/**/cluster.yaml', 'envs/cluster.yaml', true],
    ['envs/**/cluster.yaml', 'envs/prod/cluster.yaml', true],
    ['envs/**/cluster.yaml', 'envs/prod/eu/west/cluster.yaml', true],
    ['envs/**/cluster.yaml', 'envs/.git/cluster.yaml', false],
    ['envs/**/cluster.yaml', 'other/prod/cluster.yaml', false],
    ['**', 'a/b/c', true],
    ['**', '', true],
    ['**/east', 'clusters/east', true],
    ['**/east', 'east', true],
    ['a/**/b/**/c', 'a/x/b/y/z/c', true],
    ['a/**/b/**/c', 'a/b/c', true],
    ['a/**/b/**/c', 'a/c', false],
    ['./clusters//east/', 'clusters/east', true],
    ['clusters/a.b', 'clusters/aXb', false],
    ['clusters/(x)+', 'clusters/(x)+', true],
    ['clusters/[ab]', 'clusters/a', false],
    ['clusters/[ab]', 'clusters/[ab]', true],
    ['*', 'cluster.yaml', true],
  ])('%s against %s: %s', (pattern, file, expected) => {
    expect(matches(pattern, file)).toBe(expected);
  });

  it.each([
    ['', 'the pattern is empty'],
    ['   ', 'the pattern is empty'],
    ['/etc/*', 'patterns are relative to the repository root'],
    ['C:/work/*', 'patterns are relative to the repository root'],
    ['../other/*', '`..` would leave the repository root'],
    ['clusters/../../x', '`..` would leave the repository root'],
    ['clusters/a**', '`**` must be a whole path segment'],
    ['clusters\\east', 'use / to separate path segments'],
  ])('refuses %j: %s', (pattern, reason) => {
    const compiled = compilePattern(pattern);
    expect(compiled).toEqual({ ok: false, pattern, reason });
  });

  it('collapses repeated ** and drops . segments', () => {
    const compiled = compilePattern('./a/**/**/./b');
    expect(compiled.ok && compiled.segments.map((s) => s.kind)).toEqual(['literal', 'globstar', 'literal']);
  });
});
