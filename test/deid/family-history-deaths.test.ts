import { describe, expect, it } from 'vitest';
import { detectPatterns } from '../../src/deid/patterns.js';
import type { PhiCategory } from '../../src/deid/phi-span.js';

const found = (text: string, category: PhiCategory) => detectPatterns(text).filter((s) => s.category === category).map((s) => text.slice(s.start, s.end));

// Session 25: a family history dates and ages its relatives' deaths in shorthand. Every example is invented.
describe('the age over 89 at which a relative died', () => {
  it.each([
    ['Maternal grandfather died 1971 at 97, colon ca.', '97'],
    ['Her mother died at 101 in her sleep.', '101'],
    ['Great-aunt Ines d. 2003 at 94; no cancers.', '94'],
    ["Father passed away in '88 at 92 after a stroke.", '92'],
    ['PGM deceased at 90, dementia.', '90'],
  ])('%j', (text, age) => {
    expect(found(text, 'AGE')).toEqual([age]);
  });

  it.each([
    'Code blue; pt expired at 95 min after arrival.',
    'Grandfather died 1971 at 67, MI.',
    'Sats died down at 90% on RA.',
    'Brother died at 95 kg after weight loss.',
  ])('no age in %j', (text) => {
    expect(found(text, 'AGE')).toEqual([]);
  });
});

describe('years and months of a death or a birth in shorthand', () => {
  it.each([
    ['Father: Tobin R. Vale, d. 1987 age 61 of MI.', '1987'],
    ['Sister Ona b. 1949, breast ca at 52.', '1949'],
    ['Paternal aunt d. 2011 of ovarian ca.', '2011'],
  ])('%j', (text, year) => {
    expect(found(text, 'DATE')).toEqual([year]);
  });

  it.each([
    ['Grandmother Pia Lund d. 4/2019 of stomach cancer.', '4/2019'],
    ['Colonoscopy 10/2022 normal, repeat in 5 y.', '10/2022'],
    ['Seen by GI 3/2020 for pain.', '3/2020'],
  ])('a month and year before a word: %j', (text, date) => {
    expect(found(text, 'DATE')).toEqual([date]);
  });

  it.each(['Titre 1/2000 of serum.', 'Dilute 1/1000 normal saline.', 'Gave 1/2 of the dose.', 'Heparin 5/2000 units.'])('no date in %j', (text) => {
    expect(found(text, 'DATE')).toEqual([]);
  });
});

describe('a month-day pair before "per" and whose word it is', () => {
  it.each([
    ['Last known well at 2210 on 11-24 per wife Ines.', '11-24'],
    ['LKW 0650 on 3-9 per pt, found by neighbor.', '3-9'],
    ['Fell on 8-17 per EMS report.', '8-17'],
  ])('%j', (text, date) => {
    expect(found(text, 'DATE')).toEqual([date]);
  });

  it.each(['Voids 2-3 per day.', 'Drinks 4-6 per week per wife.', 'Smokes 5-10 per day.', 'O2 2-4 per NC.'])('no date in %j', (text) => {
    expect(found(text, 'DATE')).toEqual([]);
  });
});
