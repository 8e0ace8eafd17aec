import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

// Numbers abroad as dialled from the US or Europe: an exit code and a country code, or a country or area
// code in brackets before two groups of four. Invented numbers.
const phones = (text: string) =>
  detectPhi(text)
    .filter((s) => s.category === 'PHONE')
    .map((s) => text.slice(s.start, s.end));

describe('a number abroad', () => {
  it.each([
    ['Daughter 011 52 55 3318 0427', '011 52 55 3318 0427'],
    ['Mother in Germany 0049 30 41827735', '0049 30 41827735'],
    ['Sister (Ghana): 00 233 24 481 7720', '00 233 24 481 7720'],
    ['Husband in Guatemala (502) 4471-2290', '(502) 4471-2290'],
    ['Son (Brazil) (11) 9123 4407', '(11) 9123 4407'],
    ['Interpreter relayed 011.63.917.448.2201', '011.63.917.448.2201'],
  ])('%j', (text, phone) => {
    expect(phones(text)).toContain(phone);
  });
});

describe('not a phone', () => {
  it.each([
    'NDC 00093-7146-56 dispensed',
    'Lot 0012 3345 exp 2027',
    'Vent 00 30 12 settings',
    'Counts (2) 1200-1400 overnight',
    'Specimen 0045.2231 sent',
  ])('%j', (text) => {
    expect(phones(text)).toEqual([]);
  });
});
