import { describe, expect, it } from 'vitest';
import { spanMemo } from '../../../src/extract/rules/span-memo.js';

describe('spanMemo', () => {
  it('gives fn of the span, calling fn once per distinct word', () => {
    const calls: string[] = [];
    const memo = spanMemo((w) => {
      calls.push(w);
      return w.toUpperCase();
    });
    const text = 'no acute disease; no effusion. No acute';
    const spans: Array<[number, number]> = [[0, 2], [3, 8], [9, 16], [18, 20], [21, 29], [31, 33], [34, 39], [3, 4], [0, 2]];
    for (const [a, b] of spans) expect(memo(text, a, b)).toBe(text.slice(a, b).toUpperCase());
    expect(calls).toEqual(['no', 'acute', 'disease', 'effusion', 'No', 'a']);
  });

  it('tells apart words of one length and hash bucket, and stays right once its table is full', () => {
    const memo = spanMemo((w) => `<${w}>`);
    const words = Array.from({ length: 40_000 }, (_, i) => i.toString(36));
    const text = words.join(' ');
    for (let round = 0; round < 2; round++) {
      let at = 0;
      for (const w of words) {
        expect(memo(text, at, at + w.length)).toBe(`<${w}>`);
        at += w.length + 1;
      }
    }
  });
});
