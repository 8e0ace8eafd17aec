import { describe, expect, it } from 'vitest';
import { detectFreeTextNames } from '../../src/deid/free-text-names.js';
import { allMatches } from '../../src/deid/regex-matches.js';
import { ROW_PAIR_RE, rowPairMatches } from '../../src/deid/free-text/row-name-pairs.js';

// Whether every word of `words` lies inside a NAME span (another pass may find a word first).
const named = (text: string, words: string[]) => {
  const found = detectFreeTextNames(text, { model: null }).filter((s) => s.category === 'NAME');
  return words.every((w) => {
    const at = text.indexOf(w);
    return found.some((s) => s.start <= at && s.end >= at + w.length);
  });
};
const pairSpans = (text: string) =>
  detectFreeTextNames(text, { model: null })
    .filter((s) => s.source === 'row-name-pair')
    .map((s) => text.slice(s.start, s.end));

// Session 25: "SURNAME,GIVEN" before a row's age and sex or a birth date. Every example is invented.
describe("a sign-out row's name pair", () => {
  it.each([
    ['SIGN-OUT\n7W 14  FOLEY,MAREN  91F  MRN 3301842', ['FOLEY', 'MAREN']],
    ['Bed 9C  HOPE,ODALYS  45F  MRN 7730012', ['HOPE', 'ODALYS']],
    ['6N 3  STONE,BRAM  67 M  full code', ['STONE', 'BRAM']],
    ['ADMIT H&P\nPAGE, TOBIN - DOB 02-MAR-1950 - ADM 3/3', ['PAGE', 'TOBIN']],
    ['Room 4: Okafor, Chidi  66 M - sepsis', ['Okafor', 'Chidi']],
  ])('%j', (text, words) => {
    expect(named(text, words)).toBe(true);
  });

  it.each([
    'Temp, pulse 99F on arrival.',
    'TEMP, PULSE 99F',
    '  Wt, height 80 M',
    'Lasix, bumex 40 M',
    'Seen with mother, sister 40 F.',
  ])('no pair in %j', (text) => {
    expect(pairSpans(text)).toEqual([]);
  });
});

// The pair's matches are found by trying the pattern only before each comma (rowPairMatches): the
// same matches as a scan of the whole text. Invented rows, with pairs that open a line, a field
// after a wide gap, a bar or a colon, pairs that open none, and commas with no word before them.
describe('the row pairs tried before each comma', () => {
  it.each([
    'SIGN-OUT\n7W 14  FOLEY,MAREN  91F  MRN 3301842\n8E 2  RUSK, ODA  88 F',
    'Bed 9C  HOPE,ODALYS  45F | WREN,IVO 33M | x, y',
    'Room 4: Okafor, Chidi  66 M - sepsis; Room 5:Aldous,Bea 70f',
    "PAGE, TOBIN - DOB 02-MAR-1950\nO'Dare-Lyle, Ann-Marie  77 F\n,, , ,Zed,Amy 40m",
    'Temp, pulse 99F on arrival. seen by smith, jo 45 m in clinic,  Lowe, Kit  50 M',
    'Dukes,Ivy 9F,Mara,Lu 10F\n  Orr , Sol  61M  , Tam,Ros 55F',
    ',start, then words, and,more,commas 12F',
  ])('%j', (text) => {
    const whole = allMatches(ROW_PAIR_RE, text).map((m) => [m.index, m[0], m.indices]);
    expect(rowPairMatches(text).map((m) => [m.index, m[0], m.indices])).toEqual(whole);
  });

  it('finds several pairs in one text (the test above compares more than empty lists)', () => {
    expect(rowPairMatches('Bed 9C  HOPE,ODALYS  45F | WREN,IVO 33M').map((m) => m[0])).toEqual(['HOPE,ODALYS', 'WREN,IVO']);
  });
});
