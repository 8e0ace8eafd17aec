import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

// Invented notes of one class (src/deid/free-text/address-zips.ts): in a letter's address block,
// the line after a street's line that holds only one to three words and a ZIP code is the town and
// its ZIP code, whatever words the town is named for.
const spans = (text: string) =>
  detectPhi(text, undefined, { model: null })
    .filter((s) => s.category === 'LOCATION' || s.category === 'ZIP' || s.category === 'ADDRESS')
    .map((s) => text.slice(s.start, s.end));

describe('the town and ZIP code on the line after a street', () => {
  it.each([
    ['Dear Sir,\n\nOrla Fenn\n412 Mill Pond Rd\nPATIENCE 40418\n\nRE: results', ['PATIENCE', '40418']],
    ['Mr. T. Quale\n77 Birch Ave\nHollis Crossing 20913\n\nDear Mr. Quale,', ['20913']],
    ['JUNE PARRA\n3 GRANITE WAY APT 4\nMERCY 55107\n', ['MERCY', '55107']],
  ])('%j', (text, want) => {
    const got = spans(text);
    for (const w of want) expect(got.some((g) => g.includes(w))).toBe(true);
  });
});

describe('five digits on a line after a street that are no town and ZIP code', () => {
  it.each([
    ['Pharmacy: 12 Oak St\nRx 10343 filled 3/2', 'Rx'],
    ['Home: 9 Elm Rd\nPain score 10 of 10\nMRN 55107 x', 'MRN'],
    ['Lives at 41 Pine St\nMRN 88210\nSeen today', 'MRN'],
    ['Home: 41 Pine St\nDr 88210\n', 'Dr'],
  ])('%j', (text, word) => {
    expect(spans(text).some((g) => g.includes(word))).toBe(false);
  });
});
