import { describe, expect, it } from 'vitest';
import { detectFreeTextNames } from '../../src/deid/free-text-names.js';

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
