import { describe, expect, it } from '@jest/globals';
import { F64 } from '../../../src/base/json.js';
import type { MigrationStep } from '../../../src/engine/ports/graph-engine.js';
import { describeStep } from '../../../src/render/index.js';
import { isDestructiveStep } from '../../../src/render/markdown/describe-step.js';
import { REASON_SENTENCES, diagnosticTitle } from '../../../src/render/markdown/reasons.js';
import { DIAGNOSTIC_CODES } from '../../../src/engine/diagnostics/index.js';

const prop = (scalar: unknown, extra: object = {}) => ({ scalar, nullable: false, list: false, enum_values: null, ...extra });

describe('describeStep (docs/contract/migration.md#step-text wording)', () => {
  const cases: [MigrationStep, string][] = [
    [{ kind: 'add_type', type_kind: 'node', name: 'T' }, "add node type 'T'"],
    [{ kind: 'rename_type', type_kind: 'edge', from: 'A', to: 'B' }, "rename edge type 'A' -> 'B'"],
    [{ kind: 'add_property', type_kind: 'node', type_name: 'T', property_name: 'p', property_type: prop('String', { nullable: true }) as never }, "add property 'T.p' (String?) on node 'T'"],
    [{ kind: 'add_property', type_kind: 'node', type_name: 'T', property_name: 'e', property_type: prop('String', { enum_values: ['a', 'b'] }) as never }, "add property 'T.e' (Enum(a|b)) on node 'T'"],
    [{ kind: 'add_property', type_kind: 'node', type_name: 'T', property_name: 'l', property_type: prop('I64', { list: true }) as never }, "add property 'T.l' ([I64]) on node 'T'"],
    [{ kind: 'add_property', type_kind: 'node', type_name: 'T', property_name: 'v', property_type: prop({ Vector: 3 }) as never }, "add property 'T.v' (Vector(3)) on node 'T'"],
    [{ kind: 'rename_property', type_kind: 'node', type_name: 'T', from: 'a', to: 'b' }, "rename property 'T.a' -> 'T.b' on node 'T'"],
    [{ kind: 'add_constraint', type_kind: 'node', type_name: 'T', constraint: { Index: ['age'] } }, "add constraint @index(age) on node 'T'"],
    [
      { kind: 'add_constraint', type_kind: 'node', type_name: 'T', constraint: { Range: { property: 'n', min: { Integer: 1 }, max: { Float: new F64(2.5) } } } },
      "add constraint @range(n, 1..2.5) on node 'T'",
    ],
    [{ kind: 'extend_enum', type_kind: 'node', type_name: 'T', property_name: 'p', added_values: ['x', 'y'] }, "extend enum 'T.p' (+x, +y) on node 'T'"],
    [{ kind: 'update_type_metadata', type_kind: 'node', name: 'T', annotations: [{ name: 'description', value: 'new' }] }, 'update metadata on node \'T\' (@description("new"))'],
    [
      { kind: 'update_property_metadata', type_kind: 'node', type_name: 'T', property_name: 'p', annotations: [{ name: 'instruction', value: null }] },
      "update metadata on property 'T.p' of node 'T' (@instruction)",
    ],
    [{ kind: 'drop_type', type_kind: 'node', name: 'T', mode: 'soft' }, "drop node type 'T' (soft mode)"],
    [{ kind: 'drop_property', type_kind: 'node', type_name: 'T', property_name: 'p', mode: 'hard' }, "drop property 'T.p' of node 'T' (hard mode)"],
    [{ kind: 'unsupported_change', entity: 'node:T.p', reason: 'no', code: 'OG-MF-106' }, 'unsupported change on node:T.p [OG-MF-106, destructive]: no'],
    [{ kind: 'unsupported_change', entity: 'node:T.p', reason: 'no', code: 'OG-MF-103' }, 'unsupported change on node:T.p [OG-MF-103, validated]: no'],
    [{ kind: 'unsupported_change', entity: 'interface:I', reason: 'no' }, 'unsupported change on interface:I: no'],
    // A kind from a newer engine, outside the closed union this build knows.
    [{ kind: 'something_new' } as unknown as MigrationStep, 'something_new step'],
  ];
  it.each(cases)('%j', (step, text) => {
    expect(describeStep(step)).toBe(text);
  });

  it('survives malformed steps', () => {
    expect(describeStep({ kind: 'add_property', property_type: 'weird' } as unknown as MigrationStep)).toBe("add property '.' () on  ''");
    expect(describeStep({ kind: 'add_constraint', constraint: null } as unknown as MigrationStep)).toBe("add constraint @constraint() on  ''");
  });

  it('marks drops and destructive unsupported changes', () => {
    expect(isDestructiveStep({ kind: 'drop_type', type_kind: 'node', name: 'T', mode: 'soft' })).toBe(true);
    expect(isDestructiveStep({ kind: 'unsupported_change', entity: 'x', reason: 'r', code: 'OG-MF-106' })).toBe(true);
    expect(isDestructiveStep({ kind: 'add_type', type_kind: 'node', name: 'T' })).toBe(false);
  });
});

describe('plain-language tables', () => {
  it('cover every reason code of docs/contract/classifier.md#reason-codes (plus ours) and every catalogued diagnostic code', () => {
    expect(Object.keys(REASON_SENTENCES).sort()).toEqual(
      ['apply_unsupported_kind', 'approval_required', 'cluster_recovery_pending', 'dependency_not_applied', 'graph_create_failed', 'graph_delete_failed', 'schema_apply_failed', 'migration_unsupported'].sort(),
    );
    for (const code of Object.keys(DIAGNOSTIC_CODES)) expect(diagnosticTitle(code)).not.toBe(code);
    expect(diagnosticTitle('a_future_code')).toBe('a future code');
  });
});
