import { describe, expect, it } from 'vitest';
import { detectPatterns } from '../../src/deid/patterns.js';

const dates = (text: string) => detectPatterns(text).filter((s) => s.category === 'DATE').map((s) => text.slice(s.start, s.end));

// Issue 11: both ends of a range of dates glued by a hyphen, an end written as a bare month/day pair
// included, are dates when an end carries its year, when the two ends are written differently, or when a
// word of a hospital stay comes before the range; two bare pairs written alike without such a word are a
// chain of values. The dash may have a blank on each side. Every example is invented.
describe('the ends of a range of dates glued by a hyphen', () => {
  it.each([
    ['prior stay at Hollins Ridge 09/02/25-11-4 for CHF', ['09/02/25', '11-4']],
    ['inpatient 4/18/2026-5/2/2026, then rehab', ['4/18/2026', '5/2/2026']],
    ['abroad 2/9/26-3/15 in the south', ['2/9/26', '3/15']],
    ['hospitalized 10-28-11/9/25 with sepsis', ['10-28', '11/9/25']],
    ['last stay 11/30-12-6 at a county hospital', ['11/30', '12-6']],
    ['readmits 3-14-4-2 at the same center', ['3-14', '4-2']],
    ['away 5.14.26-6/1 visiting family', ['5.14.26', '6/1']],
    // A blank on each side of the dash: the same class.
    ['Hospital stay: Lakeside 11-20 - 12-2 for pneumonia', ['11-20', '12-2']],
    ['away 3/30/26 - 4-12 visiting family', ['3/30/26', '4-12']],
  ])('%s', (text, ends) => {
    expect(dates(text)).toEqual(expect.arrayContaining(ends));
  });
  it.each(['titrated 2-4-6-8 units', 'give 1/2-1/4 tab', 'levels 3-5-7-9 today', 'rotation 1-6-2-5 in clinic', 'levels 2-4 - 6-8 today', 'weaned 1-2-5-10-15 overnight'])('keeps %s', (text) => {
    expect(dates(text)).toEqual([]);
  });
});
