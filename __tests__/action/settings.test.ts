import { describe, expect, it } from '@jest/globals';
import { parseSettings } from '../../src/action/settings.js';

const parse = (inputs: Record<string, string>) => parseSettings((name) => inputs[name] ?? '', '/w');

describe('parseSettings (docs/action.md#inputs)', () => {
  it('gives the event-based defaults when nothing is set', () => {
    const result = parse({});
    if (!result.ok) throw new Error(result.errors.join());
    const s = result.settings;
    expect(s.command).toBeNull();
    expect(s.configDir).toBe('.');
    expect(s.configPath).toBe('/w');
    expect(s.comment).toBe('always');
    expect(s.requireApprovedPlan).toBe(true);
    expect([...s.failOn]).toEqual(['errors', 'blocked', 'approvals-pending', 'not-converged']);
    expect(s.lockRetries).toBe(3);
    expect(s.lockRetryIntervalMs).toBe(15_000);
    expect(s.maxCommentBytes).toBe(60_000);
    expect(s.driftIssue).toBe(true);
    expect(s.engine).toBe('embedded');
    expect(s.bootstrapState).toBe(false);
    expect(Object.isFrozen(s)).toBe(true);
  });

  it('parses durations, lists and booleans', () => {
    const result = parse({ 'lock-retry-interval': '2m', 'fail-on': 'errors, drift', 'require-approved-plan': 'False', 'config-dir': './a/b/', 'lock-retries': '0' });
    if (!result.ok) throw new Error(result.errors.join());
    expect(result.settings.lockRetryIntervalMs).toBe(120_000);
    expect([...result.settings.failOn]).toEqual(['errors', 'drift']);
    expect(result.settings.requireApprovedPlan).toBe(false);
    expect(result.settings.configDir).toBe('a/b');
    expect(result.settings.lockRetries).toBe(0);
    const none = parse({ 'fail-on': 'none', 'lock-retry-interval': '500ms' });
    expect(none.ok && [...none.settings.failOn]).toEqual([]);
    expect(none.ok && none.settings.lockRetryIntervalMs).toBe(500);
  });

  it('names every bad input', () => {
    const result = parse({ comment: 'sometimes', 'lock-retries': '-1', 'max-comment-bytes': '70000', 'fail-on': 'errors,typos', engine: 'rust' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      'input comment: expected one of always, on-change, never',
      'input fail-on: expected a comma-separated list of errors, blocked, approvals-pending, deferred, not-converged, drift (or none)',
      'input lock-retries: expected a whole number',
      'input max-comment-bytes: expected a number from 1000 to 65536',
      'input engine: expected one of embedded, omnigraph',
    ]);
  });

  it('refuses input combinations that cannot work together, saying which to change', () => {
    const result = parse({ comment: 'never', 'require-approved-plan': 'true' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(/^inputs comment and require-approved-plan: .*set `comment: always` \(or `on-change`\), or set `require-approved-plan: false`$/);
    // The default require-approved-plan is true, so `comment: never` alone is refused too.
    expect(parse({ comment: 'never' }).ok).toBe(false);
    expect(parse({ comment: 'never', 'require-approved-plan': 'false' }).ok).toBe(true);
    expect(parse({ comment: 'on-change', 'require-approved-plan': 'true' }).ok).toBe(true);
  });

  it('keeps config-dir inside the workspace', () => {
    expect(parse({ 'config-dir': '../elsewhere' })).toEqual({ ok: false, errors: ['input config-dir: must stay inside the workspace'] });
    expect(parse({ 'config-dir': '/etc' })).toEqual({ ok: false, errors: ['input config-dir: must be relative to the workspace'] });
    expect(parse({ 'config-dir': 'a/../../elsewhere' })).toEqual({ ok: false, errors: ['input config-dir: must stay inside the workspace'] });
  });

  it('accepts a directory whose name only starts with two dots (only a `..` segment leaves)', () => {
    const result = parse({ 'config-dir': '..clusters/prod' });
    expect(result.ok && result.settings.configDir).toBe('..clusters/prod');
  });
  it('reads config-dir as a list of directories and globs (newlines or commas), each kept inside the workspace', () => {
    const one = parse({ 'config-dir': 'clusters/east' });
    expect(one.ok && one.settings.targetPatterns).toBeNull();
    const listed = parse({ 'config-dir': 'clusters/east,\n ./clusters/west/\n\nclusters/east' });
    if (!listed.ok) throw new Error(listed.errors.join());
    expect(listed.settings.targetPatterns).toEqual(['clusters/east', 'clusters/west']);
    expect(listed.settings.configDir).toBe('.');
    const globbed = parse({ 'config-dir': 'envs/**/cluster.yaml' });
    expect(globbed.ok && globbed.settings.targetPatterns).toEqual(['envs/**/cluster.yaml']);
    expect(parse({ 'config-dir': 'clusters/*\n../other/*' })).toEqual({ ok: false, errors: ['input config-dir: must stay inside the workspace'] });
    expect(parse({ 'config-dir': '/abs/*' })).toEqual({ ok: false, errors: ['input config-dir: must be relative to the workspace'] });
  });

  it('refuses one label for several clusters (each has its own)', () => {
    const result = parse({ 'config-dir': 'clusters/*', label: 'prod' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]).toMatch(/^inputs config-dir and label: .*metadata\.name/);
  });

  it('accepts the targets command', () => {
    const result = parse({ command: 'targets', 'config-dir': 'clusters/*' });
    expect(result.ok && result.settings.command).toBe('targets');
  });
});
