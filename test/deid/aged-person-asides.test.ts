import { describe, expect, it } from 'vitest';
import { detectPatterns } from '../../src/deid/patterns.js';

const ages = (text: string) => detectPatterns(text).filter((s) => s.category === 'AGE').map((s) => text.slice(s.start, s.end));

// Issue 11: ages over 89 written beside a person in ways the age rules passed over: a bracketed aside between the
// person and "is" ("Pt (PO) is 100 and"), a person word after another ("husband of pt is 96,"), a bare "y" with
// the sex in brackets ("(101 y, F)"), and an age-and-sex shorthand whose temperature window cut a word into "t"
// ("Pt: Ames, Rolf  DOB … (93m)"). Every example is invented.
describe('ages over 89 beside a person', () => {
  it.each([
    ['Pt (Fr) is 101 and wants to go home', '101'],
    ['PT (SELF) IS 97, LIVES ALONE', '97'],
    ['husband of pt is 96 and drives', '96'],
    ['Odile R. Marsh  DOB 02/03/1925 (101 y, F)  MRN 5512', '101'],
    ['Name: Voss, Hal  DOB 4/4/1932 (93m)  MRN 7781003', '93'],
    ['seen today (94 y/M) for a fall', '94'],
  ])('%s → %s', (text, age) => {
    expect(ages(text)).toContain(age);
  });
  it.each([
    ['pt (on RA) is 94% at rest', '94'],
    ['T 38.4  HR 112 RR 22 (99f)', '99'],
    ['weight (kg) is 96.2 today', '96'],
    ['sats (2L) 93 y-axis', '93'],
  ])('keeps the value in %s', (text, value) => {
    expect(ages(text)).not.toContain(value);
  });
});
