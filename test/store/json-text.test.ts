import { describe, expect, it } from 'vitest';
import { JsonText, jsonColumn, jsonTextOf, withJsonFields } from '../../src/store/json-text.js';

/** Invented column values of several shapes: nested objects, arrays, strings with escapes, numbers. */
const VALUES: Array<[string, unknown]> = [
  ['nested object', { a: { b: [1, 2, { c: 'd' }] }, e: null }],
  ['array of strings', ['a1b2', 'c3d4', '']],
  ['string with escapes and non-ASCII', 'line 1\nline "2" — é ✓ \u0001'],
  ['number', 42.5],
  ['empty object', {}],
];

describe('JSON text fields (a column serialised ahead by a labelling thread)', () => {
  it.each(VALUES)('%s: an unread field is written as its text; reading it gives the value', (_, value) => {
    const text = JSON.stringify(value);
    const obj = withJsonFields({ id: 'r1' } as { id: string; col?: unknown }, { col: text });
    const column = jsonColumn(obj, 'col');
    expect(column).toBeInstanceOf(JsonText);
    expect(jsonTextOf(column)).toBe(text);
    expect(obj.col).toEqual(value);
    expect(JSON.parse(JSON.stringify(obj))).toEqual({ id: 'r1', col: value });
  });

  it.each(VALUES)('%s: once read (and maybe changed in place) or assigned, the value is what gets written', (_, value) => {
    const read = withJsonFields({} as { col?: unknown }, { col: JSON.stringify(value) });
    const seen = read.col;
    if (seen && typeof seen === 'object') (seen as Record<string, unknown>).changed = true;
    expect(jsonColumn(read, 'col')).toBe(seen);
    expect(jsonTextOf(jsonColumn(read, 'col'))).toBe(JSON.stringify(seen));

    const assigned = withJsonFields({} as { col?: unknown }, { col: JSON.stringify(value) });
    assigned.col = ['replaced'];
    expect(jsonColumn(assigned, 'col')).toEqual(['replaced']);
    expect(jsonTextOf(jsonColumn(assigned, 'col'))).toBe('["replaced"]');
  });

  it('plain objects and fields without text are written as their values', () => {
    const obj = withJsonFields({ a: [1], b: { c: 2 } } as { a: number[]; b: { c: number }; d?: unknown }, { d: '"x"' });
    expect(jsonColumn(obj, 'a')).toEqual([1]);
    expect(jsonTextOf(jsonColumn(obj, 'b'))).toBe('{"c":2}');
    expect(jsonColumn({ a: 1 }, 'a')).toBe(1);
  });

  it('copies (spread, structuredClone) see the parsed values', () => {
    const obj = withJsonFields({ id: 'x' } as { id: string; col?: unknown }, { col: '{"k":[1,2]}' });
    expect({ ...obj }).toEqual({ id: 'x', col: { k: [1, 2] } });
    expect(structuredClone(obj)).toEqual({ id: 'x', col: { k: [1, 2] } });
  });
});
