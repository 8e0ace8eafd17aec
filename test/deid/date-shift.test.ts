import { describe, expect, it } from 'vitest';
import { addDays, shiftDateText } from '../../src/deid/date-shift.js';

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

describe('addDays', () => {
  // The Date object addDays replaced: what it must keep answering.
  const byDate = (y: number, m: number, d: number, days: number) => {
    const t = new Date(Date.UTC(y, m - 1, d) + days * 86400000);
    return `${t.getUTCFullYear()}-${t.getUTCMonth() + 1}-${t.getUTCDate()}`;
  };
  const mine = (y: number, m: number, d: number, days: number) => addDays(y, m, d, days).join('-');

  it('gives what Date.UTC gives, leap days, month and day roll-overs and two-digit years included', () => {
    const years = [-401, -400, -1, 0, 1, 12, 30, 99, 100, 399, 400, 1600, 1899, 1900, 1970, 1999, 2000, 2001, 2023, 2024, 2100, 2400, 9999];
    const shifts = [-146097, -36525, -1461, -366, -365, -200, -59, -31, -1, 0, 1, 28, 59, 365, 366, 1461, 146097];
    let checked = 0;
    const differ: string[] = [];
    for (const y of years) {
      for (let m = -13; m <= 26; m++) {
        for (const d of [-31, -1, 0, 1, 15, 28, 29, 30, 31, 32, 60, 400]) {
          for (const days of shifts) {
            if (mine(y, m, d, days) !== byDate(y, m, d, days)) differ.push(`${y} ${m} ${d} ${days}`);
            checked++;
          }
        }
      }
    }
    expect(differ).toEqual([]);
    expect(checked).toBeGreaterThan(100_000);
  });

  it('falls back to the Date object far out of range or off whole numbers', () => {
    const cases: Array<[number, number, number, number]> = [[1e9, 1, 1, 0], [2024, 1, 1, 1e12], [2024.5, 3, 1, 0], [NaN, 1, 1, 0], [2024, 2, 29.5, 1]];
    for (const [y, m, d, days] of cases) expect(mine(y, m, d, days)).toBe(byDate(y, m, d, days));
  });
});
