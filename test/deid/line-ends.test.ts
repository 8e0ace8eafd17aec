import { describe, expect, it } from 'vitest';
import { lineEndFinder, lineStartMatches } from '../../src/deid/free-text/line-ends.js';
import { seededRandom } from '../../src/deid/synthetic-phi.js';

// Issue 11 (speed): a multiline regex opening with `^` is tried at the line starts only, and line
// ends are found by indexOf when a text holds line feeds alone. Both must agree with the regex
// engine's own view of lines (`\n`, `\r`, U+2028, U+2029) on generated texts.
const PIECES = ['Pt', 'John', 'is', 'was', 'AB', 'kmw', '12/3', ' ', '\t', '  ', ':', '.', '-', '\n', '\r', '\r\n', '\u2028', '\u2029', 'x', 'é'];

function generated(r: () => number, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += PIECES[Math.floor(r() * PIECES.length)]!;
  return s;
}

// Anchored patterns of several kinds: with groups and a case-insensitive alternation, one that can
// match empty, and one whose match runs over line ends.
const PATTERNS = [
  /^[ \t]*(?:pt\.?[ \t]+)?([A-Za-z][a-z]+)[ \t]+(?:is|was)\b/gim,
  /^[ \t]*\d{1,2}\/\d{1,2}[ \t]+([A-Z]{2,3})(?=[ \t]{2,}|[ \t]*:)/gm,
  /^[ \t]*/gm,
  /^[^a-z]*$/gm,
  /^AB[^]*?kmw/gm,
];

describe('line starts and ends (line-ends.ts)', () => {
  it('finds what matchAll finds, trying the regex at line starts only', () => {
    const r = seededRandom(21);
    let found = 0;
    for (let k = 0; k < 5000; k++) {
      const text = generated(r, 1 + Math.floor(r() * 30));
      for (const re of PATTERNS) {
        const sticky = new RegExp(re.source, re.flags.replace('g', '') + 'y');
        const expected = [...text.matchAll(re)].map((m) => [m.index, ...m]);
        found += expected.length;
        expect(lineStartMatches(text, sticky).map((m) => [m.index, ...m]), JSON.stringify([re.source, text])).toEqual(expected);
      }
    }
    expect(found).toBeGreaterThan(5000);
  });

  it('finds the next line end as a character scan does', () => {
    const r = seededRandom(22);
    for (let k = 0; k < 2000; k++) {
      const text = generated(r, Math.floor(r() * 20));
      const end = lineEndFinder(text);
      for (let p = 0; p <= text.length; p++) {
        let b = p;
        while (b < text.length && !/[\n\r\u2028\u2029]/.test(text[b]!)) b++;
        expect(end(p), JSON.stringify([text, p])).toBe(b);
      }
    }
  });
});
