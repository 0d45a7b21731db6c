import { describe, expect, it } from '@jest/globals';
import { parseArgs } from '../../src/cli/args.js';
import { editDistance, nearest } from '../../src/cli/suggest.js';
import { commandUsage } from '../../src/cli/usage.js';

describe('suggestions', () => {
  it('edit distance counts insertions, deletions and substitutions', () => {
    expect(editDistance('plan', 'plan')).toBe(0);
    expect(editDistance('plna', 'plan')).toBe(2);
    expect(editDistance('aply', 'apply')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('nearest picks the closest candidate, and nothing when no candidate is a plausible typo', () => {
    expect(nearest('stauts', ['status', 'apply', 'plan'])).toBe('status');
    expect(nearest('--jsn', ['--json', '--config'])).toBe('--json');
    expect(nearest('deploy', ['plan', 'apply', 'status'])).toBeNull();
  });
});

describe('parseArgs: help', () => {
  it('`help <command>` and `<command> --help` ask for that command; bare help and --help for the general usage', () => {
    expect(parseArgs(['help', 'apply'])).toEqual({ kind: 'help', command: 'apply' });
    expect(parseArgs(['apply', '--help'])).toEqual({ kind: 'help', command: 'apply' });
    expect(parseArgs(['--help', 'plan'])).toEqual({ kind: 'help', command: 'plan' });
    expect(parseArgs(['help'])).toEqual({ kind: 'help', command: null });
    expect(parseArgs(['-h'])).toEqual({ kind: 'help', command: null });
  });

  it('help for an unknown command is a usage error with a suggestion', () => {
    expect(parseArgs(['help', 'aply'])).toEqual({ kind: 'usage-error', message: 'unknown command aply (did you mean apply?)', command: null });
  });

  it("each command's usage names the command and shows runnable examples", () => {
    expect(commandUsage('force-unlock')).toContain('Usage: omnigraph-cluster force-unlock <LOCK_ID>');
    expect(commandUsage('apply')).toMatch(/Examples:\n {2}omnigraph-cluster import --config cluster/);
    expect(commandUsage('plan')).not.toContain('omnigraph cluster');
  });
});

describe('parseArgs: usage errors', () => {
  it('an unknown command suggests the nearest one', () => {
    expect(parseArgs(['plna'])).toMatchObject({ kind: 'usage-error', message: 'unknown command plna (did you mean plan?)', command: null });
    expect(parseArgs(['deploy'])).toMatchObject({ kind: 'usage-error', message: 'unknown command deploy' });
  });

  it('an unknown flag suggests the nearest one and remembers the command for the hint', () => {
    expect(parseArgs(['plan', '--confg', 'c'])).toEqual({ kind: 'usage-error', message: 'unknown option --confg (did you mean --config?)', command: 'plan' });
    expect(parseArgs(['status', '--jsno'])).toMatchObject({ message: 'unknown option --jsno (did you mean --json?)', command: 'status' });
  });

  it('argument errors name the command they belong to', () => {
    expect(parseArgs(['force-unlock'])).toMatchObject({ kind: 'usage-error', command: 'force-unlock' });
    expect(parseArgs(['--as', 'alice', 'plan'])).toMatchObject({ kind: 'usage-error', command: 'plan' });
  });

  it('a well-formed command still parses', () => {
    expect(parseArgs(['apply', '--config', 'c/cluster.yaml', '--json'])).toMatchObject({ kind: 'run', args: { command: 'apply', configDir: 'c/cluster.yaml', format: 'json' } });
  });
});

describe('parseArgs: --gate-destructive', () => {
  it('is taken by plan, apply and approve, and refused elsewhere or with the omnigraph engine', () => {
    for (const argv of [['plan'], ['apply'], ['approve', 'schema.g']]) {
      const parsed = parseArgs([...argv, '--gate-destructive']);
      expect(parsed.kind === 'run' && parsed.args.gateDestructive).toBe(true);
    }
    const plain = parseArgs(['plan']);
    expect(plain.kind === 'run' && plain.args.gateDestructive).toBe(false);
    expect(parseArgs(['status', '--gate-destructive'])).toMatchObject({ kind: 'usage-error', message: '--gate-destructive is accepted only by plan, apply and approve, not status' });
    expect(parseArgs(['plan', '--gate-destructive', '--engine', 'omnigraph'])).toMatchObject({ kind: 'usage-error' });
  });
});
