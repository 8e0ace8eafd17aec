import { describe, expect, it } from 'vitest';
import { allMatches } from '../../src/deid/regex-matches.js';
import { seededRandom } from '../../src/deid/synthetic-phi.js';

// Issue 11 (speed): the passes read a global regex's matches with `exec` instead of `matchAll`
// (which clones the regex on every call). The matches must be matchAll's on any text: groups,
// empty matches (one character on, one code point under `u`), a non-zero lastIndex to start from.
const PIECES = ['Dr', 'Smith', 'kmw', 'AB', '12', ' ', '\t', ',', '.', '\n', 'é', '😀', '\ud83d', 'x'];

function generated(r: () => number, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += PIECES[Math.floor(r() * PIECES.length)]!;
  return s;
}

const PATTERNS = [
  /\b(?:dr|mr)\.?[ \t]+([A-Z][a-z]+)/gi,
  /[ \t]*\(?([A-Z]{2,3})\)?(?=[ \t]*(?:[.,]|\n|$))/g,
  /x*/g,
  /(?:)/gu,
  /\p{L}*/gu,
  /(?<=\d)[ \t]*/gy,
  // The `d` flag's indices and multiline anchors (the audit-row pattern of user-ids.ts reads them).
  /^(?=[^\n]*\d)[^\n]*?[ \t](AB|kmw)(?:[ \t]+(\w+))?/dgmi,
];

const shape = (ms: RegExpExecArray[]) => ms.map((m) => [m.index, ...m, JSON.stringify(m.indices ?? null)]);

describe('allMatches', () => {
  it('gives what matchAll gives and leaves lastIndex as it was', () => {
    const r = seededRandom(11);
    for (let n = 0; n < 400; n++) {
      const text = generated(r, Math.floor(r() * 30));
      for (const re of PATTERNS) {
        const from = Math.floor(r() * 3);
        re.lastIndex = from;
        const expected = shape([...text.matchAll(re)]);
        re.lastIndex = from;
        expect(shape(allMatches(re, text))).toEqual(expected);
        expect(re.lastIndex).toBe(from);
        re.lastIndex = 0;
      }
    }
  });

  it('refuses a regex without the global flag, as matchAll does', () => {
    expect(() => allMatches(/a/, 'a')).toThrow(TypeError);
    expect(() => 'a'.matchAll(/a/)).toThrow(TypeError);
  });
});
