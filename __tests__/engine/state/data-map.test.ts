import { describe, expect, it } from '@jest/globals';
import { z } from 'zod';
import { dataMap } from '../../../src/engine/model/data-map.js';

describe('dataMap reusing its input', () => {
  const entry = z.strictObject({ n: z.number() });
  const quick = (raw: unknown) => (typeof raw === 'number' ? { n: raw } : undefined);

  it('replaces the values of a null-prototype map in place, with what a copy would hold', () => {
    const input = Object.assign(Object.create(null) as Record<string, unknown>, { b: 2, a: { n: 3 } });
    Object.defineProperty(input, '__proto__', { value: 4, enumerable: true, writable: true, configurable: true });
    const copied = dataMap(entry, quick).parse(Object.assign(Object.create(null) as object, input));
    const reused = dataMap(entry, quick, { reuseInput: true }).parse(input);
    expect(reused).toBe(input);
    expect(Object.getPrototypeOf(reused)).toBeNull();
    expect(Object.keys(reused)).toEqual(['b', 'a', '__proto__']);
    expect(Object.keys(reused)).toEqual(Object.keys(copied));
    expect({ ...reused }).toEqual({ ...copied });
    expect(Object.getOwnPropertyDescriptor(reused, '__proto__')?.value).toEqual({ n: 4 });
  });

  it('still copies a map with a prototype into a null-prototype one', () => {
    const input = { a: 1 };
    const out = dataMap(entry, quick, { reuseInput: true }).parse(input);
    expect(out).not.toBe(input);
    expect(Object.getPrototypeOf(out)).toBeNull();
    expect(input).toEqual({ a: 1 });
    expect({ ...out }).toEqual({ a: { n: 1 } });
  });
});
