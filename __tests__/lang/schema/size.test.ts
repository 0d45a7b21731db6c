import { describe, expect, it } from '@jest/globals';
import { compileSchema, resolveSchemaIr, syntheticSchemaSource } from '../../../src/lang/schema/index.js';

// No timing assertions: a non-linear parser would make this suite time out rather than fail a
// flaky stopwatch check, which is the signal we want without a timed test. 4 MB is far past where a
// quadratic step would blow the timeout, and leaves room since compiling also builds the IR.
describe('large schemas', () => {
  it('compiles a ~4 MB schema and resolves its identities', () => {
    const source = syntheticSchemaSource(4 * 1024 * 1024);
    expect(source.length).toBeGreaterThanOrEqual(4 * 1024 * 1024);
    const compiled = compileSchema(source);
    expect(compiled.ok).toBe(true);
    if (!compiled.ok) return;
    const n = compiled.value.catalog.nodes.size;
    expect(compiled.value.catalog.edges.size).toBe(n);
    const ir = resolveSchemaIr(source, null, '01J00000000000000000000000');
    expect(ir.ok && ir.value.nodes.length).toBe(n);
  }, 60_000);

  it('reports an error near the end of a ~4 MB schema', () => {
    const source = `${syntheticSchemaSource(4 * 1024 * 1024)}node Broken {`;
    const r = compileSchema(source);
    expect(!r.ok && r.error.message).toMatch(/^parse error: +--> \d+:14\n/);
  }, 60_000);
});
