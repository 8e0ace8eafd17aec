import { describe, expect, it } from 'vitest';
import { detectPatterns } from '../../src/deid/patterns.js';

const dates = (text: string) => detectPatterns(text).filter((s) => s.category === 'DATE').map((s) => text.slice(s.start, s.end));

// Issue 11: after an approximation symbol, or before a word of fullness, only a part of a whole
// (a proper fraction with a denominator of at most 10; slash.partOfWhole in
// rules/en/deid-numeric-contexts.yaml) is a value; any other month/day pair there is a day.
// Every example is invented.
describe('an approximate or fullness pair that is no part of a whole is a day', () => {
  it.each([
    ['symptoms began ~11/20 per wife', '11/20'],
    ['LMP ~10/2, UPT neg', '10/2'],
    ['fever since ~ 12/28', '12/28'],
    ['last seen ~2/14 at the clinic', '2/14'],
    ['onset ~4/18 (pt unsure)', '4/18'],
    ['Cleared to RTW 12/14 full duty', '12/14'],
    ['back to work 11/30 full time', '11/30'],
    ['resume 6/12 full diet', '6/12'],
    ['O2 tank delivered 11/12 full', '11/12'],
  ])('%s → %s', (text, date) => {
    expect(dates(text)).toContain(date);
  });
});

describe('a part of a whole after an approximation symbol or before fullness stays', () => {
  it.each(['~1/2 of lunch eaten', 'drank ~3/4 of the carton', 'wound ~1/3 granulating', '~7/8 of dose given', '< 2/3 of meals', 'took ~1/10 of the tray', 'pain 8/10 at 1420 -> 4/10 after morphine', 'bladder 3/4 full on scan', 'stomach 1/2 empty', 'bag 2/3 full, emptied', 'drain bulb 1/4 full'])('keeps %s', (text) => {
    expect(dates(text)).toEqual([]);
  });
});
