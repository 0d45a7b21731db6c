import { describe, expect, it } from '@jest/globals';
import { findDuplicateKeys } from '../../../src/engine/config/duplicate-keys.js';

const codes = (text: string) => findDuplicateKeys(text).map((d) => `${d.path}|${d.message}`);

describe('duplicate-key scanner (docs/contract/config.md#duplicate-keys)', () => {
  it('reports a repeated top-level key with its line', () => {
    expect(codes('version: 1\nversion: 2\n')).toEqual(['version|duplicate YAML key `version` on line 2']);
  });
  it('tracks nesting by indentation', () => {
    const text = 'graphs:\n  a:\n    schema: x\n    schema: y\n  b:\n    schema: z\n';
    expect(codes(text)).toEqual(['graphs.a.schema|duplicate YAML key `schema` on line 4']);
  });
  it('ignores comments and # inside quotes', () => {
    expect(codes('metadata:\n  "name#display": a # name: b\n  name: c\n')).toEqual([]);
    expect(codes('a: 1 # a: 2\n')).toEqual([]);
  });
  it('keeps keys of different list items apart but catches repeats within one item', () => {
    const text = [
      'graphs:',
      '  g:',
      '    external_blobs:',
      '      allow:',
      '        - base: s3://a/',
      '          scope: server_safe',
      '        - base: s3://b/',
      '          scope: server_safe',
      '          scope: embedded_only',
    ].join('\n');
    expect(codes(text)).toEqual(['graphs.g.external_blobs.allow[].scope|duplicate YAML key `scope` on line 9']);
  });
  it('counts only leading spaces as indentation, and reads CRLF lines', () => {
    // A tab is not YAML indentation: these keys sit at the top level, next to `a`.
    expect(codes('a:\n\tb: 1\n\tb: 2\n')).toEqual(['b|duplicate YAML key `b` on line 3']);
    expect(codes('graphs:\r\n  g:\r\n    schema: x\r\n    schema: y\r\n')).toEqual(['graphs.g.schema|duplicate YAML key `schema` on line 4']);
  });
  it('names the full path of a repeat below list items and nested maps', () => {
    const text = ['top:', '  - item:', '      deep:', '        k: 1', '        k: 2 # k: 3', '  - item:', '      deep:', '        k: 1'].join('\n');
    expect(codes(text)).toEqual(['top[].item.deep.k|duplicate YAML key `k` on line 5']);
  });
  it('does not inspect flow mappings', () => {
    expect(codes('a: {b: 1, b: 2}\n')).toEqual([]);
  });
});
