import { describe, expect, it } from 'vitest';
import { detectFreeTextNames } from '../../src/deid/free-text-names.js';

// Invented notes (issue 11, session 28): the town and ZIP code closing a street address on a
// residence line that goes on after the ZIP code ("… Harwell 98578 with grandson …").
const found = (text: string) =>
  detectFreeTextNames(text, { model: null })
    .filter((s) => s.source === 'place-zip' || s.source === 'place-town')
    .map((s) => text.slice(s.start, s.end));

describe('the town and ZIP code of a residence line that goes on after the ZIP code', () => {
  it.each([
    ['Social: lives at 412 Tamarack Rd, Quillbury 03312 with her son.', ['Quillbury', '03312']],
    ['social: lives at 88 mill pond ln, gorse 05521 and cares for her husband.', ['gorse', '05521']],
    ['SOCIAL: RESIDES AT 7 ORCHARD WAY, FENWICK 04419 ALONE, NO STAIRS.', ['FENWICK', '04419']],
    ['Lives at 1203 Birch Ln, Reliance 24393 since 2019 with spouse.', ['Reliance', '24393']],
  ])('%j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    'CD4 count 412, viral load 24393 with suppression expected.',
    'Troponin peaked at 10234 with delta 40.',
    'Seen in bay 12, WBC 11500 with left shift.',
    'Plan: 5000 units heparin with 24393 with bolus.',
  ])('finds no town or ZIP code in %j', (text) => {
    expect(found(text)).toEqual([]);
  });
});
