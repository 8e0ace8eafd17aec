import { describe, expect, it } from 'vitest';
import { detectPatterns } from '../../src/deid/patterns.js';

const phones = (text: string) => detectPatterns(text).filter((s) => s.category === 'PHONE').map((s) => text.slice(s.start, s.end));

// Issue 11: a local number ddd-dddd whose last four digits are under three times its first three was read as a
// range of readings ("SVR 900-1300"). Such a range's upper end is a round reading (a multiple of ten); four digits
// off that step are a phone number's (rules/en/deid-pattern-cues.yaml localPhone.rangeStep). Every example is invented.
describe('a local number that is no round range', () => {
  it.each([
    ['Collateral: Joan Prall (aunt) 482-1137 - agrees with plan', '482-1137'],
    ['donor coordinator ruth, rn 730-1999. crossmatch pending', '730-1999'],
    ['| DAUGHTER | MAVIS ODELL | 612-1453 | |', '612-1453'],
    ['Case manager Lee Ortiz, BSN 903-2216', '903-2216'],
  ])('%s → %s', (text, phone) => {
    expect(phones(text)).toContain(phone);
  });
  it.each([
    ['SVR 900-1300 on levophed', '900-1300'],
    ['voided 575-1000 overnight', '575-1000'],
    ['goal TV 450-1250 per RT', '450-1250'],
    ['plt 150-1115 over the week', '150-1115'],
  ])('keeps the range in %s', (text, range) => {
    expect(phones(text)).not.toContain(range);
  });
});
