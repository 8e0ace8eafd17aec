import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

const dates = (text: string) =>
  detectPhi(text, undefined, { profile: 'balanced', model: null })
    .filter((s) => s.category === 'DATE')
    .map((s) => text.slice(s.start, s.end));

// Invented lines of one class (src/deid/patterns.ts monthCase): a day, a month and a two-digit year
// written solid, whatever the case, "May" and "Mar" included (words elsewhere: "may 10 mg").
describe('a solid day-month-year date in any case', () => {
  it.each([
    ['last seen by me 21may26, missed appt', ['21may26']],
    ['next visit 04mar27; range', ['04mar27']],
    ['SEEN 9MAY25 IN CLINIC', ['9MAY25']],
    ['f/u 7Mar26 w/ labs', ['7Mar26']],
    ['rx filled 12jun25', ['12jun25']],
  ])('%j', (text, want) => {
    expect(dates(text)).toEqual(want);
  });
});

describe('the month words in doses and modal verbs stay', () => {
  it.each(['pt may 10 mg prn', 'may take 2 tabs', 'mar 5 mg given', 'she may 2x daily'])('%j', (text) => {
    expect(dates(text)).toEqual([]);
  });
});
