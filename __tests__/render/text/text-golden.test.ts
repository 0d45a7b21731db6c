import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { error, warning } from '../../../src/engine/diagnostics/index.js';
import { renderText } from '../../../src/render/index.js';
import { ADD_BIO, ADD_INDEX, DROP_AGE, apply, create, plan, remove, status, update } from '../fixtures.js';

/**
 * The CLI's terminal text as golden files (`__tests__/render/golden/text-*.txt`): what an operator
 * reads. UPDATE_GOLDEN=1 rewrites them after an intended change; review the diff.
 */
function golden(name: string, actual: string): void {
  const file = join('__tests__', 'render', 'golden', `text-${name}.txt`);
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(file, actual);
  expect(existsSync(file)).toBe(true);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

const GATE_REASON = 'delete may remove deployed graph or schema definition';

describe('CLI text golden files', () => {
  it('plan: dispositions with reasons, migration sentences, approval gates', () => {
    const out = plan(
      [
        create('graph.people'),
        create('schema.people', { disposition: 'derived' }),
        update('schema.knowledge', { migration: { supported: true, steps: [ADD_BIO, ADD_INDEX, DROP_AGE] } }),
        update('query.knowledge.find', { disposition: 'deferred', reason: 'dependency_not_applied' }),
        update('policy.readers', { binding_change: true, metadata_change: 'policy_bindings' }),
        remove('graph.old', { disposition: 'blocked', reason: 'approval_required' }),
        remove('graph.older'),
      ],
      {
        approvals_required: [
          { resource: 'graph.old', reason: GATE_REASON, satisfied: false },
          { resource: 'graph.older', reason: GATE_REASON, satisfied: true },
        ],
        diagnostics: [warning('schema_preview_unavailable', 'schema.h', 'could not preview the schema migration: boom')],
      },
    );
    golden('plan-mixed', renderText('plan', out, { hintsFor: 'clusters/prod' }));
  });

  it('plan: an unsupported migration', () => {
    const unsupported = { kind: 'unsupported_change', entity: 'node Person', reason: 'changing a key property is not supported', code: 'OG-MF-106' } as const;
    const out = plan([update('schema.knowledge', { disposition: 'blocked', reason: 'migration_unsupported', migration: { supported: false, steps: [ADD_BIO, unsupported] } })], {
      diagnostics: [error('schema_migration_unsupported', 'schema.knowledge', 'the schema migration has unsupported steps')],
    });
    golden('plan-unsupported', renderText('plan', out, { hintsFor: 'clusters/prod' }));
  });

  it('plan: no changes', () => {
    golden('plan-no-changes', renderText('plan', plan([]), { hintsFor: 'clusters/prod' }));
  });

  it('apply: partial', () => {
    const out = apply([create('graph.people'), update('query.knowledge.find', { disposition: 'deferred', reason: 'dependency_not_applied' })], { converged: false });
    golden('apply-partial', renderText('apply', out, { hintsFor: 'clusters/prod' }));
  });

  it('status', () => {
    golden('status', renderText('status', status(), { hintsFor: 'clusters/prod' }));
  });
});
