import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';
import type { DeidProfile } from '../../src/deid/keep-list/keep-list-names.js';
import { TokenScanner } from '../../src/deid/free-text/token-scanner.js';
import { tokenStream } from '../../src/deid/token-stream.js';
import { loadLexicons } from '../../src/deid/lexicons.js';
import { clippedWords, commonWords } from '../../src/deid/free-text/vocabulary.js';

// Invented notes of one class (token-scanner.ts eponymHeadNear, serviceAfter, isSpaceGap): only one
// space (or a hyphen inside the name) joins an eponym to its head word. Two blanks or a tab are a
// column gap in a table row: the word across it opens the next column ("ADL", "scale", "Exam",
// "sign-out"), and the word before it is the person the row names. Strict's unknown-word pass asks
// the same question as the other layers, so a one-space eponym is kept there too.
const names = (text: string, profile: DeidProfile) =>
  detectPhi(text, undefined, { profile }).filter((s) => s.category === 'NAME').map((s) => text.slice(s.start, s.end));
const PROFILES: DeidProfile[] = ['balanced', 'strict'];

describe('an eponym joined to its head by one space or a hyphen', () => {
  it.each([
    ['Positioned on a Thwaite air mattress overnight.', 'Thwaite'],
    ['Port accessed with a Marrowby needle, flushed.', 'Marrowby'],
    ['Residue graded by the Quennell-Dobbs score, 3.', 'Quennell'],
    ['Tremor rated on the Brackwell scale as mild.', 'Brackwell'],
    ['Functional status: dependent, Gallowmere ADL 2/6.', 'Gallowmere'],
    ['Also positive Hartigan sign on the left.', 'Hartigan'],
  ])('keeps %j in both profiles', (text, word) => {
    for (const profile of PROFILES) expect(names(text, profile).join(' ')).not.toContain(word);
  });
});

describe('a person before a column gap', () => {
  it.each([
    // two blanks, then a word that is also an eponym head
    ['Seen with Okafor  ADL 4/6 today.', 'Okafor'],
    ['Family meeting with Whitaker  Exam findings reviewed.', 'Whitaker'],
    ['Team list\nRm 4  Pt Okafor  Braden 14\nRm 5  Pt Brennan  Sign-out done', 'Brennan'],
    // a tab
    ['Updated Kincaid\tscale: 12', 'Kincaid'],
    ['Seen with Hartigan\tsign-out at 7.', 'Hartigan'],
  ])('finds the surname in %j in both profiles', (text, want) => {
    for (const profile of PROFILES) expect(names(text, profile)).toContain(want);
  });

  it.each([
    ['Rounds: seen with Thwaite  ADL dependent, then Marrowby\tscale pending.', ['Thwaite', 'Marrowby']],
    ['Transferred with Gallowmere  Unit 5 staff.', ['Gallowmere']],
    ['Bed 3 | Quennell  test pending | Brackwell\tscore 2', ['Quennell', 'Brackwell']],
  ])('strict finds the unknown words in %j', (text, want) => {
    expect(names(text, 'strict')).toEqual(expect.arrayContaining(want));
  });
});

describe('counter-cases', () => {
  it.each([
    ['Discussed with Dr. Thwaite scale results.', 'Thwaite'],
    ['Pt and wife Ada Marrowby test results reviewed.', 'Marrowby'],
  ])('a person cue before a one-space head keeps the person in %j', (text, want) => {
    for (const profile of PROFILES) expect(names(text, profile).join(' ')).toContain(want);
  });

  it('reads the join gap itself: one space yes; two blanks or a tab no, before the head and between the units', () => {
    const at = (text: string) => new TokenScanner(tokenStream(text), loadLexicons(), commonWords(), clippedWords()).eponymHeadNear(0);
    expect(at('Thwaite mattress')).toBe(true);
    expect(at('Thwaite  mattress')).toBe(false);
    expect(at('Thwaite\tmattress')).toBe(false);
    expect(at('Thwaite \tmattress')).toBe(false);
    expect(at('Thwaite air mattress')).toBe(true);
    expect(at('Thwaite air  mattress')).toBe(false);
    expect(at('Thwaite 3)')).toBe(true);
    expect(at('Thwaite  3)')).toBe(false);
  });
});
