import { describe, expect, it } from 'vitest';
import { detectPatterns } from '../../src/deid/patterns.js';

const dates = (text: string) => detectPatterns(text).filter((s) => s.category === 'DATE').map((s) => text.slice(s.start, s.end));

// Issue 11: a bare ordinal day ("14th", "2nd") standing alone (punctuation, a dash, "at" or the line's end
// after it) is a day of the month after a date cue (an event or strong cue word, one word between allowed,
// or a word of dateCues.ordinalDay), or alone in brackets after a value. Before a noun ("2nd floor",
// "3rd dose") or without a cue it is an ordinal. Every example is invented.
describe('a bare ordinal day after a date cue', () => {
  it.each([
    ['missed run 14th -- no transport', '14th'],
    ['dressing last changed 3rd.', '3rd'],
    ['more confused since 22nd, per son', '22nd'],
    ['Mg 1.6 (9th), repleted', '9th'],
    ['ANTI-D GIVEN 12TH AT 28 WKS', '12TH'],
    ['last drink 30th; CIWA 3', '30th'],
    ['script refilled 5th at a corner pharmacy', '5th'],
    ['labs 21st: Na 131', '21st'],
  ])('%s → %s', (text, day) => {
    expect(dates(text)).toContain(day);
  });
  it.each(['moved to 2nd floor today', 'given 3rd dose of abx', 'finished 1st.', 'tender over 4th-5th ribs', 'in her 2nd trimester', 'L 5th digit swollen', 'since 3rd grade'])('keeps %s', (text) => {
    expect(dates(text)).toEqual([]);
  });
});
