import { describe, expect, it } from 'vitest';
import { detectPatterns } from '../../src/deid/patterns.js';

const dates = (text: string) => detectPatterns(text).filter((s) => s.category === 'DATE').map((s) => text.slice(s.start, s.end));

// Issue 11: the second end of a range whose first end is a full date (with its year, ISO, or written with a
// month's name) is a date, a short pair ("2-11", "4/25") or a bare ordinal day ("3rd") alike; a unit after
// it still makes it a count ("1/2/26 - 2-3 tabs"). Every example is invented.
describe('the second end of a range after a full date', () => {
  it.each([
    ['home PT 6-2-25 to 1-9.', '1-9'],
    ['TRANSFERRED OCT 2-10/14 FROM A REHAB', '10/14'],
    ['out of state 07/01/2026 - 2-4, dialysis arranged', '2-4'],
    ['stay 2026-01-05 to 1/12 at a county hospital', '1/12'],
    ['admitted 14MAR26 - 3rd.', '3rd'],
    ['course 5/2/26 thru 5-6.', '5-6'],
  ])('%s → %s', (text, day) => {
    expect(dates(text)).toContain(day);
  });
  it.each([
    ['given 1/2/26 - 2-3 tabs', '2-3'],
    ['on 3/3/26 to 1/2 strength', '1/2'],
    ['ranges 2-4 to 5-6 units', '5-6'],
  ])('keeps the count in %s', (text, pair) => {
    expect(dates(text)).not.toContain(pair);
  });
});
