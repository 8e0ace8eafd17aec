import { describe, expect, it } from 'vitest';
import { nameKey, surrogateFor, type SurrogateContext } from '../../src/deid/surrogates.js';
import { shiftDateText, shiftHoliday } from '../../src/deid/date-shift.js';

// Synthetic context: an invented key and scope, a fixed shift so expected dates can be written out.
const ctx = (shiftDays: number, refYear = 2023): SurrogateContext => ({ key: 'k', scope: 'scope-0001', shiftDays, refYear, avoid: new Set() });

describe('DATE surrogates of spans holding several dates', () => {
  it.each([
    ['2024-03-01 Mar 3, 2024', -10, '2024-02-20 Feb 22, 2024'],
    ['2024-03-01 14:20 Mar 3, 2024', -10, '2024-02-20 14:20 Feb 22, 2024'],
    ['2024-03-01 Sept 3, 2024', -10, '2024-02-20 Aug 24, 2024'],
    ['2024-03-01 March 2024', -10, '2024-02-20 March 2024'],
    ['2024-03-01 March 2024', -30, '2024-01-31 February 2024'],
    ['03/01/2024 and 03/05/2024', -1, '02/29/2024 and 03/04/2024'],
  ])('%j shifted by %i is %j', (span, days, want) => {
    expect(surrogateFor('DATE', span, ctx(days))).toBe(want);
  });

  it('never returns the original text of a date inside the span', () => {
    const out = surrogateFor('DATE', '2024-03-01 Mar 3, 2024', ctx(-200));
    expect(out).not.toContain('2024-03-01');
    expect(out).not.toMatch(/Mar 3\b/);
  });

  it('shiftDateText takes only a real time of day after an ISO date', () => {
    expect(shiftDateText('2024-03-01 Mar 3, 2024', -10)).toBeUndefined();
    expect(shiftDateText('2024-03-01 March 2024', -10)).toBeUndefined();
    expect(shiftDateText('2024-03-01T14:20:05.123Z', -10)).toBe('2024-02-20T14:20:05.123Z');
    expect(shiftDateText('2024-03-01 14:20+01:00', -10)).toBe('2024-02-20 14:20+01:00');
    expect(shiftDateText('202403011420', -10)).toBe('202402201420');
    expect(shiftDateText('2024-03-01 14', -10)).toBeUndefined();
  });
});

describe('holiday surrogates', () => {
  it.each([
    ['Christmas', -5, 'December 20'],
    ['Christmas 2023', -5, 'December 20 2023'],
    ['Christmas, 2023', -365, 'December 25, 2022'],
    ["New Year's Day", -1, 'December 31'],
    ['Valentines Day', -14, 'January 31'],
    ['Independence Day', -4, 'June 30'],
    ['Halloween', -1, 'October 30'],
    ['Thanksgiving', -25, 'October 31'],
    ['Easter', -10, 'March 31'],
    ['Labor Day', -5, 'August 31'],
    ['Memorial Day', -30, 'April 30'],
    ['CHRISTMAS EVE', -1, 'DECEMBER 23'],
  ])('%j shifted by %i is %j', (text, days, want) => {
    expect(shiftHoliday(text, days)).toBe(want);
    expect(surrogateFor('DATE', text, ctx(days))).toBe(want);
  });

  it('is not random letters', () => {
    expect(surrogateFor('DATE', 'Christmas', ctx(-40))).toMatch(/^November 15$/);
  });
});

describe('NAME surrogates', () => {
  it('gives the spelling variants of one name one surrogate', () => {
    const c = ctx(-10);
    const variants = ["O'Brien", 'Obrien', 'OBrien', 'O’Brien', 'O-Brien'].map((w) => surrogateFor('NAME', w, c));
    expect(new Set(variants).size).toBe(1);
    expect(surrogateFor('NAME', 'José', c)).toBe(surrogateFor('NAME', 'Jose', c));
    expect(nameKey("O'Brien")).toBe('obrien');
    expect(nameKey('Zoë-Ann')).toBe('zoeann');
  });

  it('replaces whole words with non-ASCII letters', () => {
    const c = ctx(-10);
    for (const name of ['José', 'Łukasz Nowak', 'Müller', 'Zoë', 'Søren Ødegård', 'JOSÉ']) {
      const out = surrogateFor('NAME', name, c);
      expect(out, name).toMatch(/^[A-Za-z]+(?: [A-Za-z]+)*$/);
      expect(out.toLowerCase(), name).not.toBe(name.toLowerCase());
    }
    expect(surrogateFor('NAME', 'JOSÉ', c)).toBe(surrogateFor('NAME', 'José', c).toUpperCase());
  });
});
