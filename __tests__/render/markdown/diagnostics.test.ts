import { describe, expect, it } from '@jest/globals';
import { relativePaths, wrapMessage } from '../../../src/render/markdown/common.js';

describe('diagnostic blocks', () => {
  it('shows paths under the source root relative to it, and drops `/./`', () => {
    const root = '/home/runner/work/graphs/graphs';
    expect(relativePaths(`${root}/clusters/prod/./schema/k.pg: parse error (at ${root}/clusters/prod/./schema/k.pg:3:8)`, `${root}/`)).toBe(
      'clusters/prod/schema/k.pg: parse error (at clusters/prod/schema/k.pg:3:8)',
    );
    // A sibling directory that merely starts with the root's name is not under it.
    expect(relativePaths(`${root}-old/x.pg`, root)).toBe(`${root}-old/x.pg`);
    expect(relativePaths('/elsewhere/x.pg', undefined)).toBe('/elsewhere/x.pg');
    // Only where a path starts.
    expect(relativePaths('/www/w/x and "/w/y"', '/w')).toBe('/www/w/x and "y"');
  });

  it('wraps a long one-line message at spaces, and keeps a multi-line diagram as it is', () => {
    const long = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ');
    const wrapped = wrapMessage(long).split('\n');
    expect(wrapped.length).toBeGreaterThan(1);
    expect(wrapped.every((l) => l.length <= 88)).toBe(true);
    expect(wrapped.join(' ')).toBe(long);
    const diagram = 'parse error:  --> 3:8\n  |\n3 |   name String @key\n  |        ^---';
    expect(wrapMessage(diagram)).toBe(diagram);
  });
});
