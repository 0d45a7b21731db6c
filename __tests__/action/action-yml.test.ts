import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { OUTPUT_NAMES } from '../../src/action/result.js';
import { INPUT_NAMES, parseSettings } from '../../src/action/settings.js';

const manifest = parse(readFileSync('action.yml', 'utf8')) as {
  inputs: Record<string, { description: string; default: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
};

describe('action.yml matches the code', () => {
  it('declares exactly the inputs settings.ts parses, each documented', () => {
    expect(Object.keys(manifest.inputs).sort()).toEqual([...INPUT_NAMES].sort());
    for (const input of Object.values(manifest.inputs)) expect(input.description.length).toBeGreaterThan(20);
  });

  it('declares exactly the outputs run() sets, each documented', () => {
    expect(Object.keys(manifest.outputs)).toEqual([...OUTPUT_NAMES]);
    for (const output of Object.values(manifest.outputs)) expect(output.description.length).toBeGreaterThan(10);
  });

  it('has defaults that parse (the token default is an expression the runner fills in)', () => {
    const defaults = (name: string) => (name === 'github-token' ? 'tok' : (manifest.inputs[name]?.default ?? ''));
    const parsed = parseSettings(defaults, '/w');
    expect(parsed.ok).toBe(true);
    expect(manifest.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });
});
