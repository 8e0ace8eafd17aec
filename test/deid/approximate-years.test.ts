import { describe, expect, it } from 'vitest';
import { detectPatterns } from '../../src/deid/patterns.js';

const dates = (text: string) => detectPatterns(text).filter((s) => s.category === 'DATE').map((s) => text.slice(s.start, s.end));

// Issue 11: a year cue or a dated event, then an approximation mark ("~", "approx", "around", "circa"),
// dates the year after it; after "is" / "was" or a time cue an approximate number stays a quantity or
// a clock time. Every example is invented.
describe('an approximate year after a year cue or a dated event', () => {
  it.each([
    ['smoker since ~2019, quit twice', '2019'],
    ['moved here in approx. 2015 from abroad', '2015'],
    ['born circa 1931 in a farmhouse', '1931'],
    ['PMH: MI ~2015, HTN', '2015'],
    ['CABG circa 1998 at an outside hospital', '1998'],
    ['lap chole ~2005', '2005'],
    ['h/o TIA around 2012, no residual', '2012'],
    ['worked nights since about 2010', '2010'],
    ['first seizure during ~1999 per mother', '1999'],
  ])('%s → %s', (text, year) => {
    expect(dates(text)).toContain(year);
  });
  it.each(['platelets were ~2000 on arrival', 'next dose at ~2000', 'bolus ~2000 then drip', 'UOP was about 2000', 'temp spike around 2100, cultures sent'])('keeps %s', (text) => {
    expect(dates(text)).toEqual([]);
  });
});
