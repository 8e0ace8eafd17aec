import { describe, expect, it } from 'vitest';
import { SLASH_END_RE, slashEndMatches } from '../../src/deid/free-text/staff-initials.js';
import { seededRandom } from '../../src/deid/synthetic-phi.js';

// Issue 11 (speed): the group-after-a-slash pattern ("Dr. Garrow / MA", "VALENTINA/BB RN") is tried
// only at the one place each slash allows (the blanks right before it), not at every position of the
// note. It must find what the whole-text scan finds, on generated texts of names, slashes, groups,
// dotted initials and the marks around them (blanks, tabs, dots, digits, line ends of every kind).
const PIECES = ['Garrow', 'RN', 'j', 'Ada L.', 'MA', 'bb', 'J.K.', 'abcd', '/', '/', ' / ', '  /', '/  ', ' ', '\t', '.', '-', '1', '\n', '\r\n', '\u2028', ',', 'é', 'NP-C'];

const pick = (r: () => number, xs: readonly string[]) => xs[Math.floor(r() * xs.length)]!;

// Half the pieces are shaped like a match (a word or dot, blanks, a slash, blanks, a group, a tail),
// each part sometimes replaced by any piece, so near-misses and runs of slashes come up too.
function generated(r: () => number, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) {
    if (r() < 0.5) {
      s += pick(r, PIECES);
      continue;
    }
    const parts = [pick(r, ['Lee', 'RN', 'M.D.', 'x']), pick(r, ['', ' ', '\t ', '  ']), '/', pick(r, ['', ' ', '\t']), pick(r, ['ns', 'BB', 'J.K.', 'a.b.c.', 'abcd']), pick(r, ['', ' RN', ' x', '/', '.', '\n'])];
    for (const part of parts) s += r() < 0.1 ? pick(r, PIECES) : part;
  }
  return s;
}

describe('group-after-a-slash matches (staff-initials.ts)', () => {
  it('finds what matchAll finds, trying the pattern only before each slash', () => {
    const r = seededRandom(47);
    let found = 0;
    for (let k = 0; k < 20000; k++) {
      const text = generated(r, 1 + Math.floor(r() * 6));
      const expected = [...text.matchAll(SLASH_END_RE)].map((m) => [m.index, ...m]);
      found += expected.length;
      expect(slashEndMatches(text).map((m) => [m.index, ...m]), JSON.stringify(text)).toEqual(expected);
    }
    expect(found).toBeGreaterThan(1000);
  });
});
