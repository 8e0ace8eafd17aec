import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

// Invented address lines of one class (src/deid/free-text/place-shapes.ts, zipsAfterTowns): a ZIP
// code right after the town of an address that names no state ("12 Quarry Rd, Tollerby 04417"),
// closing its line or part. Numbers after a town that close nothing, or that no comma ties to an
// address, are left to the other rules.
const zips = (text: string) =>
  detectPhi(text, undefined, { model: null })
    .filter((s) => s.category === 'ZIP')
    .map((s) => text.slice(s.start, s.end));

describe('a ZIP code after the town of an address without a state', () => {
  it.each([
    ['Harbor Imaging\n88 Quarry Rd, Tollerby 04417\nName: Ames', '04417'],
    ['MAILING: 1203 BIRCH LN, EAST MARLOW 30219-1182\nPHONE', '30219-1182'],
    ['Lives at 4 Ferry St, Dunmore 18512.', '18512'],
    ['Return address: 9 Elm Ct, Quillby 62704; fax to follow', '62704'],
  ])('%j', (text, zip) => {
    expect(zips(text)).toContain(zip);
  });
});

describe('numbers after a town that are no ZIP code', () => {
  it.each([
    'Transferred from Dunmore 10000 units heparin given',
    'seen at 12 Oak St, Dunmore 10000 mg daily',
    'Labs: WBC 12, Dunmore 10000',
  ])('%s', (text) => {
    expect(zips(text)).toEqual([]);
  });
});
