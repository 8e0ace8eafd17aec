import { describe, expect, it } from 'vitest';
import { detectPatterns } from '../../src/deid/patterns.js';

// Invented notes (session 25): an approximate four-digit number in a clause that counts years back is a year.
const dates = (text: string) => detectPatterns(text).filter((s) => s.category === 'DATE').map((s) => text.slice(s.start, s.end));

describe('an approximate year where the clause counts years back', () => {
  it.each([
    ['Prior MRI "several years ago" at an outside clinic, ~2017.', '2017'],
    ['pt had a ct 5 yrs ago in another state, approx 2019.', '2019'],
    ['Knee scope many years back, around 2005, at St. Cloud.', '2005'],
    ['Last colonoscopy years prior, circa 2012.', '2012'],
  ])('%j', (text, year) => {
    expect(dates(text)).toContain(year);
  });

  it.each([
    'Dx 10 years ago; last dose ~2030 tonight.',
    'Seen years ago. Then up to chair ~2015.',
    'pt up to chair ~2015, tolerated well.',
    'Started 3 years ago, UO ~2000 mL today.',
  ])('finds no year in %j', (text) => {
    expect(dates(text).filter((d) => /^\d{4}$/.test(d))).toEqual([]);
  });
});
