import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

const places = (text: string) =>
  detectPhi(text, undefined, { model: null })
    .filter((s) => s.category === 'LOCATION' || s.category === 'INSTITUTION')
    .map((s) => text.slice(s.start, s.end));

// Invented transfer lines of one class (src/deid/free-text/facility-campus-towns.ts): after a
// facility found (and its acronym in brackets), a comma, then one or two words right before the
// unit the patient comes from name the campus's town, though the town is an ordinary word.
describe('a campus town between a facility and its unit', () => {
  it.each([
    ['REFERRING: HOLLOWAY BEND MEDICAL CENTER (HBMC), SPARROW URGENT CARE  REF MD: DR LEE', 'SPARROW'],
    ['Referring: Quenby Valley Hospital (QVH), Patience level II nursery. Ref MD: Dr Roe', 'Patience'],
    ['referring: marlow womens & infants (mwi), steady l&d  ref md: dr ana cole', 'steady'],
    ['Transfer from Tollan General Hospital (TGH), Lantern NICU at 0400', 'Lantern'],
    ['REFERRING: ASHGROVE REGIONAL (AGR), WILLOW CREEK PEDS FLOOR', 'WILLOW CREEK'],
  ])('%j', (text, want) => {
    expect(places(text)).toContain(want);
  });
});

describe('words between a facility and a unit that name no town', () => {
  it.each([
    ['Transferred from Kessler Hospital, admitted NICU overnight', 'admitted'],
    ['from Kessler Hospital, main ED', 'main'],
    ['Kessler Hospital (KH), Pediatric ICU bed 4', 'Pediatric'],
    ['Referring: Kessler General, Level II nursery', 'Level'],
    ['Outside hospital, neonatal ICU, then home', 'neonatal'],
  ])('%j', (text, word) => {
    expect(places(text).join(' ')).not.toContain(word);
  });
});
