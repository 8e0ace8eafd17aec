import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

// Invented notes of one class (src/deid/free-text/place-shapes.ts, facilityField): a capitals
// acronym no list holds, standing alone as a field of a header line of bars that holds a number,
// or in the bracket after a date where an earlier study was done, is a facility.
const institutions = (text: string) =>
  detectPhi(text, undefined, { model: null })
    .filter((s) => s.category === 'INSTITUTION' || s.category === 'LOCATION')
    .map((s) => text.slice(s.start, s.end));

describe('an acronym alone where a facility stands', () => {
  it.each([
    ['QUILL, MARA T. | 00417732 | DOB 2/3/1961 | ACC 5511092 | WKH\nCHEST CT', 'WKH'],
    ['PCR 2019-44120 | TVMC | March 3rd, 2019\nName: Ames, Rory', 'TVMC'],
    ['COMPARISON: 3-Jan-2020 and 14FEB2019 (BRVH).\n\nFINDINGS: stable.', 'BRVH'],
    ['Prior studies 11/2/2018 (KMCH) reviewed.', 'KMCH'],
  ])('%j', (text, acronym) => {
    expect(institutions(text)).toContain(acronym);
  });
});

describe('acronyms in the same shapes that are no facility', () => {
  it.each([
    ['| 612B | Ames, Rory | 71F | UGIB | recheck hgb |\n', 'UGIB'],
    ['Troponin 0.04 at 0600 (ULN 0.03)\n', 'ULN'],
    ['CT 3/2/2021 (CTA) reviewed', 'CTA'],
    ['HR 88 | BP 120/80 | SAT 97 | RA\n', 'RA'],
    ['NPN\nPt resting comfortably.', 'NPN'],
  ])('%j', (text, acronym) => {
    expect(institutions(text)).not.toContain(acronym);
  });
});
