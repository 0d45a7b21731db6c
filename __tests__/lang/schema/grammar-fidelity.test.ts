import { describe, expect, it } from '@jest/globals';
import { parseSchema } from '../../../src/lang/schema/index.js';

// ModernRelay/omnigraph crates/omnigraph-compiler/src/schema/schema.pest (`bool_lit` is a plain
// prefix; `constraint_arg = { range_bound | literal | ident }`) and schema/parser.rs
// (`parse_constraint_bound`: i64 first, then f64; Vector dimension as u32).
describe('schema grammar as schema.pest reads it', () => {
  it.each([
    ['node A { true_id: String  @key(true_id) }'],
    ['node A { false_flag: Bool  @unique(false_flag) }'],
  ])('%s: an identifier starting with true/false is the bool literal, then a syntax error', (source) => {
    const out = parseSchema(source);
    expect(out.ok).toBe(false);
    expect(!out.ok && out.error.message.startsWith('parse error:  -->')).toBe(true);
  });

  it('keeps identifiers that merely contain true', () => {
    expect(parseSchema('node A { untrue: String  @key(untrue) }').ok).toBe(true);
  });

  it.each([
    ['5', { Integer: 5 }],
    ['9223372036854775807', { Integer: Number('9223372036854775807') }],
    ['99999999999999999999', { Float: 1e20 }],
    ['1.5', { Float: 1.5 }],
  ])('@range bound %s is %j', (bound, expected) => {
    const out = parseSchema(`node A { a: I64  @range(a, 0..${bound}) }`);
    const decl = out.ok ? out.value.declarations[0] : undefined;
    expect(decl?.kind === 'node' && decl.constraints[0]).toMatchObject({ kind: 'range', max: expected });
  });
});
