import { describe, expect, it } from 'vitest';
import { detectPatterns } from '../../src/deid/patterns.js';

const dates = (text: string) => detectPatterns(text).filter((s) => s.category === 'DATE').map((s) => text.slice(s.start, s.end));

// Issue 11: a short pair joined by a word to another day ("4/4 thru 6/7", "1/25 to 2/2", "2/3 and 2/10") is a
// day too, though alone it would read as a grade or a fraction; and a hyphen pair after a deadline's or an
// approximation's word ("by 4-14", "around 1-17") is a day unless it reads as a range of counts. Every example is invented.
describe('pairs joined to a day, and deadline pairs', () => {
  it.each([
    ['isolation 3/3 thru 3/12, then release', '3/3'],
    ['contagious from 12/28 to 1/1.', '1/1'],
    ['Mass attended 4/5 and 4/12 (~80 people)', '4/5'],
    ['window 2/4 through 2/20', '2/4'],
    ['paperwork due back by 6-19. Thanks', '6-19'],
    ['he thinks it started around 2-27 at work', '2-27'],
    ['family will decide by 10-2 re: placement', '10-2'],
  ])('%s → %s', (text, day) => {
    expect(dates(text)).toContain(day);
  });
  it.each([
    ['motor improved from 4/5 to 5/5 in the LUE', '5/5'],
    ['Apgar 8/9 and 9/9', '8/9'],
    ['take 1/2 and 3/4 tab alternating', '1/2'],
    ['PS 10/5 to 5/5 overnight', '5/5'],
    ['HR down by 10-15 after the bolus', '10-15'],
    ['voids around 2-10 per shift', '2-10'],
  ])('keeps the value in %s', (text, pair) => {
    expect(dates(text)).not.toContain(pair);
  });
});
