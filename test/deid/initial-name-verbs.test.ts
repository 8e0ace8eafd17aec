import { describe, expect, it } from 'vitest';
import { initialNameVerbMatches } from '../../src/deid/free-text/person-names.js';
import { INITIAL_NAME_VERB_RE } from '../../src/deid/free-text/vocabulary.js';
import { seededRandom } from '../../src/deid/synthetic-phi.js';

// Issue 11 (speed): the initial-and-surname pattern ("K. Lee aware", "J SMITH ORDERED EPI") is
// tried only at the one place each of its verbs allows, not at every letter of the note. It must
// find what the whole-text scan finds, on generated texts of initials, names, verbs and the marks
// around them (dots, apostrophes, slashes, hyphens, digits, blanks and line ends).
const PIECES = ['J', 'k', 'J.', 'Lee', 'SMITH', "O'Neil", 'Jo’s', 'ab', 'aware', 'ORDERED', 'saw', 'Notified', 'awareness', 'sawx', ' ', ' ', '  ', '\t', '.', '/', '-', '&', '_', '1', '\n', ',', 'é'];

const pick = (r: () => number, xs: readonly string[]) => xs[Math.floor(r() * xs.length)]!;

// Half the pieces are shaped like a match (an initial, maybe a dot, blanks, a name, blanks, a verb),
// each part sometimes replaced by any piece, so near-misses and overlaps come up too.
function generated(r: () => number, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) {
    if (r() < 0.5) {
      s += PIECES[Math.floor(r() * PIECES.length)]!;
      continue;
    }
    const parts = [pick(r, ['J', 'k', 'x']), pick(r, ['', '.']), pick(r, [' ', '  ', '\t']), pick(r, ['Lee', 'SMITH', "O'Neil", 'Jo’s', 'ab', 'saw']), pick(r, [' ', '\t ']), pick(r, ['aware', 'ORDERED', 'saw', 'Notified'])];
    for (const part of parts) s += r() < 0.1 ? PIECES[Math.floor(r() * PIECES.length)]! : part;
  }
  return s;
}

describe('initial-and-surname matches (person-names.ts)', () => {
  it('finds what matchAll finds, trying the pattern only where a verb allows a match', () => {
    const r = seededRandom(31);
    let found = 0;
    for (let k = 0; k < 20000; k++) {
      const text = generated(r, 1 + Math.floor(r() * 6));
      const expected = [...text.matchAll(INITIAL_NAME_VERB_RE)].map((m) => [m.index, ...m]);
      found += expected.length;
      expect(initialNameVerbMatches(text).map((m) => [m.index, ...m]), JSON.stringify(text)).toEqual(expected);
    }
    expect(found).toBeGreaterThan(1000);
  });
});
