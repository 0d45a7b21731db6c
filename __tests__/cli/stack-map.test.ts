import { afterEach, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Script } from 'node:vm';
import { bundlePositionMapper, formatStack } from '../../src/cli/stack-map.js';

/**
 * The CLI's chunks run as vm scripts, whose frames Node does not map; stack-map.ts maps them, so
 * a stack trace still names src/… files (issue 18). The real bundle is covered end to end in
 * __tests__/e2e/source-maps.test.ts; here a hand-made map pins the arithmetic.
 */
let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A fresh temp dir (removed after the test) holding an empty `bundle` folder: its path. */
function tempBundle(): string {
  dir = mkdtempSync(path.join(tmpdir(), 'og-stack-map-'));
  const bundle = path.join(dir, 'bundle');
  mkdirSync(bundle);
  return bundle;
}

// Generated line n (from 0), column 0 maps to ../src/orig.ts line 10 + n, column 0 (Base64 VLQ:
// A = 0, U = 10, C = +1).
const MAP = { version: 3, sources: ['../src/orig.ts'], names: [], mappings: 'AAUA;AACA;AACA' };
const SOURCE = 'function first() { second(); }\nfunction second() { third(); }\nfunction third() { throw new Error("boom"); }\nfirst();\n';

/** The frames V8 records for an error thrown by a vm script named `filename`. */
function framesOf(filename: string): { error: Error; frames: NodeJS.CallSite[] } {
  // Jest runs this file in a context of its own; vm scripts throw the main context's Error.
  const MainError = new Script('Error').runInThisContext() as ErrorConstructor;
  const previous = MainError.prepareStackTrace;
  MainError.prepareStackTrace = (_e, frames) => frames;
  try {
    new Script(SOURCE, { filename }).runInThisContext();
    throw new Error('the script did not throw');
  } catch (e) {
    const error = e as Error;
    return { error, frames: error.stack as unknown as NodeJS.CallSite[] };
  } finally {
    MainError.prepareStackTrace = previous;
  }
}

describe('stack traces through the bundle source maps', () => {
  it('names the source file and line of each frame in a mapped file, in the order V8 gives', () => {
    const bundle = tempBundle();
    const file = path.join(bundle, '1.index.js');
    writeFileSync(file, SOURCE);
    writeFileSync(`${file}.map`, JSON.stringify(MAP));
    const { error, frames } = framesOf(file);
    const stack = formatStack(error, frames, bundlePositionMapper(bundle));
    const orig = path.join(dir, 'src', 'orig.ts');
    const lines = stack.split('\n');
    expect(lines[0]).toBe('Error: boom');
    expect(lines[1]).toBe(`    at third (${orig}:13:1)`);
    expect(lines[2]).toBe(`    at second (${orig}:12:1)`);
    expect(lines[3]).toBe(`    at first (${orig}:11:1)`);
    expect(stack).not.toContain('1.index.js');
  });

  it('leaves frames alone outside the bundle folder, without a map, or with a broken one', () => {
    const bundle = tempBundle();
    const outside = path.join(dir, '1.index.js');
    writeFileSync(`${outside}.map`, JSON.stringify(MAP));
    const unmapped = path.join(bundle, '2.index.js');
    const broken = path.join(bundle, '3.index.js');
    writeFileSync(`${broken}.map`, '{ not json');
    const mapPosition = bundlePositionMapper(bundle);
    for (const file of [outside, unmapped, broken]) {
      const { error, frames } = framesOf(file);
      expect(formatStack(error, frames, mapPosition)).toContain(`at third (${file}:3:26)`);
    }
  });

  it('maps a frame named by file URL, as an ES module frame is', () => {
    const bundle = tempBundle();
    const file = path.join(bundle, 'index.js');
    writeFileSync(`${file}.map`, JSON.stringify(MAP));
    const mapPosition = bundlePositionMapper(bundle);
    expect(mapPosition(pathToFileURL(file).href, 2, 5)).toBe(`${path.join(dir, 'src', 'orig.ts')}:12:1`);
    expect(mapPosition('file:///%E0%A4%A', 1, 1)).toBeNull();
    expect(mapPosition('node:internal/x', 1, 1)).toBeNull();
  });

  it('still formats an error whose toString throws', () => {
    const hostile = { toString: () => { throw new Error('no'); } };
    expect(formatStack(Object.create(hostile) as unknown, [], () => null)).toBe('Error');
  });
});

