import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

// Invented notes: a month word, a hyphen or an apostrophe and a two- or four-digit year is a date
// in every reading (src/deid/patterns.ts, the month-year rule), in any case style.
const dates = (text: string) =>
  detectPhi(text, undefined, { model: null })
    .filter((s) => s.category === 'DATE')
    .map((s) => text.slice(s.start, s.end));

describe('a month word and a year joined by a hyphen or an apostrophe', () => {
  it.each([
    ['Memory trouble first noticed around Oct-23, per daughter.', 'Oct-23'],
    ['SYMPTOMS SINCE FEB-2021 PER WIFE.', 'FEB-2021'],
    ['last seen in clinic nov-22, no change since.', 'nov-22'],
    ["Moved to assisted living Apr '24 after a fall.", "Apr '24"],
    ['Colonoscopy Sept-2018 normal.', 'Sept-2018'],
    ['prior scan (Dec-19) not available', 'Dec-19'],
  ])('%j', (text, date) => {
    expect(dates(text)).toEqual([date]);
  });
});

describe('same-shape text that is no month and year', () => {
  it.each(['Given may-10 mg load.', 'CD4-25 today, T11-12 fusion.', 'you may-be seen', 'Marked-12 improvement', 'Junction-22 ok'])('%j', (text) => {
    expect(dates(text)).toEqual([]);
  });
});
