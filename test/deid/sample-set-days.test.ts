import { describe, expect, it } from 'vitest';
import { detectPatterns } from '../../src/deid/patterns.js';

const dates = (text: string) => detectPatterns(text).filter((s) => s.category === 'DATE').map((s) => text.slice(s.start, s.end));

// Issue 11: after a word of a sample counted in sets (a culture), a count "x2" after a month/day pair is
// the number of sets drawn that day, not a unit of a value; the pair is the day. Without the sample word,
// or with a unit word after the pair, a pair stays a value. Every example is invented.
describe('a pair between a sample word and a count of sets', () => {
  it.each([
    ['Bcx 4/9 x2 no growth to date', '4/9'],
    ['BCX 11/23 X2 PENDING', '11/23'],
    ['blood cultures 2/17 x 2 sent before abx', '2/17'],
    ['urine cx 10/6 x1: E. coli', '10/6'],
    ['sputum culture 6/28 x3 AFB neg', '6/28'],
    ['ucx 12-19 x1 contaminated', '12-19'],
    ['Micro: BCx 3/1 x2 (one set from line)', '3/1'],
  ])('%s → %s', (text, day) => {
    expect(dates(text)).toContain(day);
  });
  it.each(['Bcx 1/2 bottles GPC', 'BCx 2/4 positive for GNR', 'lasix 1/2 x2 doses', 'motor 4/5 x4 ext', 'blood cx x2 pending'])('keeps %s', (text) => {
    expect(dates(text)).toEqual([]);
  });
});
