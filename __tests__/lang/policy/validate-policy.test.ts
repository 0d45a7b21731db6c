import { describe, expect, it } from '@jest/globals';
import { validatePolicyBundle, type PolicyKind } from '../../../src/lang/policy/index.js';

const VALID = `version: 1
groups:
  admins: [act-andrew]
  readers: [act-r]
protected_branches: [main]
rules:
  - id: readers-read
    allow:
      actors: { group: readers }
      actions: [read, export]
      branch_scope: any
  - id: admins-apply
    allow:
      actors: { group: admins }
      actions: [schema_apply, branch_merge]
      target_branch_scope: protected
  - id: admins-other
    allow:
      actors: { group: admins }
      actions: [admin, invoke_query, change]
`;

const SERVER = `version: 1
groups:
  ops: [act-o]
rules:
  - id: ops-list
    allow:
      actors: { group: ops }
      actions: [graph_list]
`;

function rule(allow: string, groups = 'g: [a]'): string {
  return `version: 1\ngroups: { ${groups} }\nrules:\n  - id: r\n    allow:\n${allow
    .split('\n')
    .map((l) => `      ${l}`)
    .join('\n')}\n`;
}

function messageOf(text: string, kind: PolicyKind = 'graph'): string | undefined {
  return validatePolicyBundle(text, kind)?.message;
}

describe('validatePolicyBundle: accepted bundles', () => {
  it.each<[string, string, PolicyKind]>([
    ['the documented per-graph bundle', VALID, 'graph'],
    ['the HEAD fixture', 'version: 1\nrules: []\n', 'graph'],
    ['a server bundle', SERVER, 'server'],
    ['a mixed bundle structurally', VALID, 'structural'],
    ['null scopes', rule('actors: { group: g }\nactions: [read]\nbranch_scope: null'), 'graph'],
  ])('%s', (_name, text, kind) => {
    expect(validatePolicyBundle(text, kind)).toBeNull();
  });
});

describe('validatePolicyBundle: YAML and shape', () => {
  it('refuses duplicate keys with the line of the repeat', () => {
    const e = validatePolicyBundle('version: 1\nrules: []\nversion: 1\n', 'graph');
    expect(e).toMatchObject({ stage: 'policy', line: 3 });
    expect(e?.message).toMatch(/unique/i);
  });

  it('refuses malformed YAML and empty files', () => {
    expect(validatePolicyBundle('version: [1\n', 'graph')?.stage).toBe('policy');
    expect(messageOf('')).toBe('invalid type: unit value, expected struct PolicyConfig');
    expect(messageOf('---\nversion: 1\n---\nversion: 1\n')).toBeDefined();
  });

  it('rejects unknown keys at every level, naming the expected fields and the line', () => {
    const e = validatePolicyBundle(rule('actors: { group: g }\nactions: [read]\nbranch_scpoe: any'), 'graph');
    expect(e).toMatchObject({ line: 8, column: 7 });
    expect(e?.message).toBe(
      'rules[0].allow: unknown field `branch_scpoe`, expected one of `actors`, `actions`, `branch_scope`, `target_branch_scope` at line 8 column 7',
    );
    expect(messageOf('version: 1\nextra: 1\n')).toBe(
      'unknown field `extra`, expected one of `version`, `groups`, `protected_branches`, `rules` at line 2 column 1',
    );
    expect(messageOf(rule('actors: { group: g, team: x }\nactions: [read]'))).toContain('unknown field `team`, expected `group`');
  });

  it('reports missing fields, wrong types and unknown variants serde-style', () => {
    expect(messageOf('rules: []\n')).toBe('missing field `version` at line 1 column 1');
    expect(messageOf('version: "1"\n')).toMatch(/^version: invalid type: string "1", expected u32 at line 1 column 10$/);
    expect(messageOf(rule('actors: { group: g }\nactions: [reed]'))).toMatch(/^rules\[0\]\.allow\.actions\[0\]: unknown variant `reed`, expected one of `read`/);
    expect(messageOf(rule('actors: { group: g }\nactions: [read]\nbranch_scope: sometimes'))).toContain('unknown variant `sometimes`, expected one of `any`, `protected`, `unprotected`');
    expect(messageOf('version: 1\nrules:\n  - allow: { actors: { group: g }, actions: [read] }\n')).toBe('rules[0]: missing field `id` at line 3 column 5');
  });
});

describe('validatePolicyBundle: semantic rules (verbatim messages)', () => {
  it.each<[string, string, string]>([
    ['version', 'version: 2\n', 'policy version must be 1'],
    ['blank group name', 'version: 1\ngroups: { " ": [a] }\n', 'policy group names must not be blank'],
    ['empty group', 'version: 1\ngroups: { g: [] }\n', "policy group 'g' must not be empty"],
    ['blank actor', 'version: 1\ngroups: { g: [a, " "] }\n', "policy group 'g' contains a blank actor id"],
    ['blank protected branch', 'version: 1\nprotected_branches: [""]\n', 'protected branch names must not be blank'],
    ['unknown group', rule('actors: { group: nobody }\nactions: [read]'), "policy rule 'r' references unknown group 'nobody'"],
    ['no actions', rule('actors: { group: g }\nactions: []'), "policy rule 'r' must include at least one action"],
    [
      'both scopes',
      rule('actors: { group: g }\nactions: [read]\nbranch_scope: any\ntarget_branch_scope: any'),
      "policy rule 'r' may specify branch_scope or target_branch_scope, not both",
    ],
    ['branch scope on schema_apply', rule('actors: { group: g }\nactions: [read, schema_apply]\nbranch_scope: any'), "policy rule 'r' uses branch_scope with unsupported action 'schema_apply'"],
    ['target scope on read', rule('actors: { group: g }\nactions: [read]\ntarget_branch_scope: protected'), "policy rule 'r' uses target_branch_scope with unsupported action 'read'"],
    ['scope on admin', rule('actors: { group: g }\nactions: [admin]\nbranch_scope: any'), "policy rule 'r' uses branch_scope with unsupported action 'admin'"],
    ['scope on graph_list', rule('actors: { group: g }\nactions: [graph_list]\ntarget_branch_scope: any'), "policy rule 'r' uses target_branch_scope with unsupported action 'graph_list'"],
    [
      'mixed server and graph actions',
      rule('actors: { group: g }\nactions: [read, graph_list]'),
      "policy rule 'r' mixes the server-scoped action `graph_list` with per-graph actions; split into separate rules",
    ],
    [
      'duplicate rule id',
      'version: 1\ngroups: { g: [a] }\nrules:\n  - { id: r, allow: { actors: { group: g }, actions: [read] } }\n  - { id: r, allow: { actors: { group: g }, actions: [read] } }\n',
      "duplicate policy rule id 'r'",
    ],
    ['blank rule id', 'version: 1\ngroups: { g: [a] }\nrules:\n  - { id: " ", allow: { actors: { group: g }, actions: [read] } }\n', 'policy rule ids must not be blank'],
  ])('%s', (_name, text, message) => {
    expect(messageOf(text)).toBe(message);
  });

  it('points at the offending node', () => {
    expect(validatePolicyBundle(rule('actors: { group: nobody }\nactions: [read]'), 'graph')).toMatchObject({ line: 6, column: 24 });
  });
});

describe('validatePolicyBundle: loading kinds', () => {
  it('keeps graph_list out of a per-graph file', () => {
    expect(messageOf(SERVER, 'graph')).toBe(
      "policy rule 'ops-list' uses server-scoped action 'graph_list' in a Graph policy file; move it to a server policy file",
    );
  });

  it('keeps per-graph actions out of a server file', () => {
    expect(messageOf(VALID, 'server')).toBe(
      "policy rule 'readers-read' uses per-graph action 'read' in a Server policy file; move it to a per-graph policy file",
    );
  });

  it('validates mixed or unbound bundles strictly but without a loading kind', () => {
    expect(messageOf(SERVER, 'structural')).toBeUndefined();
    expect(messageOf(VALID, 'structural')).toBeUndefined();
    expect(messageOf('version: 2\n', 'structural')).toBe('policy version must be 1');
    expect(messageOf('version: 1\nbogus: 1\n', 'structural')).toContain('unknown field `bogus`');
  });

  it('checks groups in byte order of their names, like the reference map', () => {
    expect(messageOf('version: 1\ngroups:\n  zeta: []\n  Alpha: []\n')).toBe("policy group 'Alpha' must not be empty");
  });

  it('lists actions in the reference order for an unknown variant', () => {
    expect(messageOf(rule('actors: { group: g }\nactions: [nope]'))).toContain(
      'expected one of `read`, `export`, `change`, `schema_apply`, `branch_create`, `branch_delete`, `branch_merge`, `admin`, `graph_list`, `invoke_query`',
    );
  });
});

// Expected texts from ModernRelay/omnigraph crates/omnigraph-policy/src/lib.rs (`compile_policies`:
// Cedar policy id `<rule>:<action>`; cedar-policy `AlreadyDefined`) and serde_yaml's u32 refusal.
describe('validatePolicyBundle: what the reference refuses beyond validate()', () => {
  it.each<[string, string, PolicyKind, string | null]>([
    ['a repeated action in a graph bundle', rule('actors: { group: g }\nactions: [read, read]'), 'graph', 'duplicate template or policy id `r:read`'],
    ['a repeated action in a server bundle', SERVER.replace('[graph_list]', '[graph_list, graph_list]'), 'server', 'duplicate template or policy id `ops-list:graph_list`'],
    ['a repeated action in an unbound bundle (never compiled)', rule('actors: { group: g }\nactions: [read, read]'), 'structural', null],
    ['version 1.0', 'version: 1.0\nrules: []\n', 'graph', 'version: invalid type: floating point `1.0`, expected u32 at line 1 column 10'],
    ['version 1e0', 'version: 1e0\nrules: []\n', 'structural', 'version: invalid type: floating point `1.0`, expected u32 at line 1 column 10'],
    ['version 1.5', 'version: 1.5\nrules: []\n', 'graph', 'version: invalid type: floating point `1.5`, expected u32 at line 1 column 10'],
    ['version "1" quoted stays a string error', 'version: "1"\nrules: []\n', 'graph', 'version: invalid type: string "1", expected u32 at line 1 column 10'],
  ])('%s', (_name, text, kind, expected) => {
    expect(messageOf(text, kind) ?? null).toBe(expected);
  });

  it('points a repeated action at its second occurrence', () => {
    const out = validatePolicyBundle(rule('actors: { group: g }\nactions:\n  - read\n  - change\n  - read'), 'graph');
    expect(out).toMatchObject({ line: 10, column: 11 });
  });
});
