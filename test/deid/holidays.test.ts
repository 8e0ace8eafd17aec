import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';
import { shiftHoliday } from '../../src/deid/date-shift.js';
import { formSource, holidayAlternation, holidayDay, holidayGuard, holidayRules, HolidaysSchema } from '../../src/deid/rules/holidays.js';

const dates = (text: string) =>
  detectPhi(text)
    .filter((s) => s.category === 'DATE')
    .map((s) => text.slice(s.start, s.end));

describe('holidays are dates, from rules/en/deid-holidays.yaml', () => {
  it.each([
    ['Fell at home on Xmas Eve, no LOC.', 'Xmas Eve'],
    ['LAST DRINK NEW YEARS EVE', 'NEW YEARS EVE'],
    ['Symptoms began the day after Thanksgiving.', 'Thanksgiving'],
    ['Family visiting over Hanukkah, plans to travel.', 'Hanukkah'],
    ['Chest pain started at the Fourth of July cookout.', 'Fourth of July'],
    ['Fasting for Yom Kippur, held metformin.', 'Yom Kippur'],
    ['Last seen well on Mother’s Day.', 'Mother’s Day'],
    ['Burn from fireworks on Diwali 2023', 'Diwali 2023'],
    ['Admitted the Tuesday after MLK Day.', 'MLK Day'],
    ['Since Good Friday has had fevers.', 'Good Friday'],
    ['Travelled home for Lunar New Year.', 'Lunar New Year'],
    ['ate well at Eid al-Adha dinner', 'Eid al-Adha'],
    ['was sober until St Patrick’s Day', 'St Patrick’s Day'],
  ])('%j', (text, want) => {
    expect(dates(text)).toContain(want);
  });

  it.each(['The fatherly advice was taken.', 'Good function on Friday labs reviewed.', 'Presidents of the board met.', 'Mother daycare arranged.'])('no holiday: %j', (text) => {
    expect(dates(text).join(' ')).not.toMatch(/father|good|presidents|mother/i);
  });

  it('shifts every shipped form to a written day, in step with the shift', () => {
    for (const h of holidayRules().holidays) {
      for (const form of h.forms) {
        const name = form.replace(/(^|\s)([a-z])/g, (_, a: string, b: string) => a + b.toUpperCase());
        expect(holidayDay(name)).toEqual({ month: h.month, day: h.day });
        expect(shiftHoliday(name, 0)).toMatch(/^[A-Z][a-z]+ \d{1,2}$/);
      }
    }
    expect(shiftHoliday('XMAS EVE', -1)).toBe('DECEMBER 23');
    expect(shiftHoliday('Fourth of July', 1)).toBe('July 5');
  });

  it('reads an apostrophe as straight, curly or none, and a dot as optional', () => {
    const re = new RegExp(`^(?:${formSource("st. patrick's day")})$`, 'i');
    for (const w of ["St. Patrick's Day", 'St Patricks Day', 'st. patrick’s day']) expect(re.test(w)).toBe(true);
    expect(re.test('St Patrick')).toBe(false);
  });

  it('its guard holds for every text the alternation matches', () => {
    const all = new RegExp(holidayAlternation(), 'gi');
    const guard = holidayGuard();
    for (const h of holidayRules().holidays) for (const f of h.forms) for (const m of f.replace(/'/g, '’').matchAll(all)) expect(guard.test(m[0])).toBe(true);
  });

  it('refuses a file with a bad form or day, naming the key', () => {
    const bad = HolidaysSchema.safeParse({ language: 'en', version: '1', holidays: [{ forms: ['Christmas'], month: 12, day: 25 }] });
    expect(bad.success).toBe(false);
    expect(JSON.stringify(bad.error?.issues[0]?.path)).toContain('forms');
    expect(HolidaysSchema.safeParse({ language: 'en', version: '1', holidays: [{ forms: ['x day'], month: 13, day: 1 }] }).success).toBe(false);
  });
});
