import { describe, expect, it } from 'vitest';
import { detectPatterns } from '../../src/deid/patterns.js';

const dates = (text: string) => detectPatterns(text).filter((s) => s.category === 'DATE').map((s) => text.slice(s.start, s.end));

// Issue 11: a shift-shaped hyphen pair ("7-3", "3-11") after a preposition such as "for" or "on" is read as
// the shift of a nursing note; with a clock time after "at" it is the day of a planned event. After a note or
// shift word ("NPN", "nursing") it stays the shift. Every example is invented.
describe('shift-shaped pairs before "at" and a clock time', () => {
  it.each([
    ['Van booked with Oakhurst Transit for 7-11 at 0845, pt aware.', '7-11'],
    ['Dialysis chair reserved for 3-11 at 0630.', '3-11'],
    ['follow-up set up on 11-7 at 1015 with wound team', '11-7'],
    ['ECHO SCHEDULED FOR 8-4 AT 1300', '8-4'],
  ])('%s → %s', (text, day) => {
    expect(dates(text)).toContain(day);
  });
  it.each([
    'NPN 7-3 at 1400 pt resting comfortably',
    'Nursing note 3-11 at 2000 pt up to chair',
    'Labs drawn for 7-3 shift.',
    'Report given for 11-7 shift',
  ])('keeps %s', (text) => {
    expect(dates(text)).toEqual([]);
  });
});
