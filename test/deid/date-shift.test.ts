import { describe, expect, it } from 'vitest';
import { shiftDateText } from '../../src/deid/date-shift.js';

describe('shiftDateText', () => {
  it.each([
    ['03/14/2024', -10, '03/04/2024'],
    ['3/14/24', -14, '2/29/24'],
    ['March 14, 2024', -1, 'March 13, 2024'],
    ['2024-03-14', -365, '2023-03-15'],
    ['March 21, 1899', -20, 'March 1, 1899'],
  ])('shifts %j by %i days to %j, keeping the format', (text, days, want) => {
    expect(shiftDateText(text, days)).toBe(want);
  });

  it('moves a bare year with the date it stands beside (mid-year reference), in the same width', () => {
    expect(shiftDateText('1977', -100)).toBe('1977');
    expect(shiftDateText('1977', -200)).toBe('1976');
    expect(shiftDateText("'92", -200)).toBe("'91");
    expect(shiftDateText('05', -300)).toBe('04');
  });

  it('keeps a decade, which names no date', () => {
    expect(shiftDateText('1980s', -300)).toBe('1980s');
  });
});
