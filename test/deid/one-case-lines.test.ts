import { describe, expect, it } from 'vitest';
import { LOWER_LINE, mayHoldOneCaseLine, oneCaseLineRanges, SHOUTED_LINE } from '../../src/deid/free-text-names.js';
import { seededRandom } from '../../src/deid/synthetic-phi.js';

// Issue 11 (speed): a mixed-case note is read again line by line only where a line is wholly in
// one case. A character scan of the line starts says when no such line can be there, so the two
// multiline regexes are not run over most notes. The scan must never say "none" where the regex
// finds a non-empty match: checked here on generated texts of capitals, small letters, lone
// letters, blanks, punctuation and every line terminator (a multiline `^` and `$` also stop at
// "\r", "\u2028" and "\u2029", which the regexes' classes do not exclude).
const PIECES = ['AB', 'CDE', 'F', 'GHIJ', 'ab', 'cde', 'f', 'ghij', ' ', '  ', ',', ':', '1', '-', '\n', '\r', '\r\n', '\u2028', '\u2029', 'é', 'Ñ'];

function generated(r: () => number, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += PIECES[Math.floor(r() * PIECES.length)]!;
  return s;
}

const hasNonEmptyMatch = (re: RegExp, text: string) => [...text.matchAll(re)].some((m) => m[0].length > 0);

describe('one-case line pre-check', () => {
  it('never rules out a line the regex finds (capitals and lower case)', () => {
    const r = seededRandom(11);
    let found = 0;
    for (let k = 0; k < 20000; k++) {
      const text = generated(r, 1 + Math.floor(r() * 24));
      for (const [re, upper] of [[SHOUTED_LINE, true], [LOWER_LINE, false]] as const) {
        if (hasNonEmptyMatch(re, text)) {
          found++;
          expect(mayHoldOneCaseLine(text, upper), JSON.stringify(text)).toBe(true);
        }
      }
    }
    // The generator reaches the matching case often enough for the check to mean something.
    expect(found).toBeGreaterThan(1000);
  });

  it('finds the non-empty matches of the regex, trying it only at the line starts the scan keeps', () => {
    const r = seededRandom(12);
    const ranges = (re: RegExp, text: string) => [...text.matchAll(re)].filter((m) => m[0].length > 0).flatMap((m) => [m.index, m.index + m[0].length]);
    let found = 0;
    for (let k = 0; k < 20000; k++) {
      const text = generated(r, 1 + Math.floor(r() * 40));
      for (const [re, upper] of [[SHOUTED_LINE, true], [LOWER_LINE, false]] as const) {
        const expected = ranges(re, text);
        if (expected.length > 0) found++;
        expect(oneCaseLineRanges(text, upper), JSON.stringify(text)).toEqual(expected);
      }
    }
    expect(found).toBeGreaterThan(1000);
  });

  it('rules out mixed-case notes without such a line (invented)', () => {
    for (const text of [
      'Patient: Doe, Jane  MRN: 123\nHistory: seen by Dr. Smith for cough.',
      'Findings: No acute disease.\nImpression: Normal chest.',
      'Critical result discussed with Dr. Ann Lee at 3:45 pm.\r\nSigned: A. Lee, MD',
    ]) {
      expect(hasNonEmptyMatch(SHOUTED_LINE, text) || hasNonEmptyMatch(LOWER_LINE, text)).toBe(false);
      expect(mayHoldOneCaseLine(text, true)).toBe(false);
      expect(mayHoldOneCaseLine(text, false)).toBe(false);
    }
  });

  it('keeps the lines written in one case (invented)', () => {
    for (const text of ['Note follows.\nCONTACT: ZSOFIA POACK\nEnd.', 'FINDINGS:\nNo acute disease.', 'Note.\nspoke with dr vasquez today\nEnd.', 'Seen.\r\nper wife mary at bedside\r\nEnd.']) {
      const upper = hasNonEmptyMatch(SHOUTED_LINE, text);
      const lower = hasNonEmptyMatch(LOWER_LINE, text);
      expect(upper || lower).toBe(true);
      if (upper) expect(mayHoldOneCaseLine(text, true)).toBe(true);
      if (lower) expect(mayHoldOneCaseLine(text, false)).toBe(true);
    }
  });
});
