import { describe, expect, it } from 'vitest';
import { shiftDateText, shiftHoliday } from './date-shift.js';
import { holidayRules } from './rules/holidays.js';

describe('shiftHoliday behind its guard', () => {
  // The guard (a letter run of each form) must let every written holiday through: each form as
  // listed, in capitals, with curly apostrophes and dots dropped, with a year after it.
  const forms = holidayRules().holidays.flatMap((h) => h.forms);

  it.each(forms)('%j is shifted', (form) => {
    for (const written of [form, form.toUpperCase(), form.replace(/'/g, '’'), form.replace(/\./g, ''), `${form} 2023`, `${form}, 2023`]) {
      expect(shiftHoliday(written, -3), written).toBeDefined();
    }
  });

  it('turns away day-first dates, which the forms after it shift', () => {
    expect(shiftHoliday('5 Feb 1941', -3)).toBeUndefined();
    expect(shiftDateText('5 Feb 1941', -3)).toBe('2 Feb 1941');
    expect(shiftDateText('14-Mar-2024', -14)).toBe('29-Feb-2024');
  });
});
