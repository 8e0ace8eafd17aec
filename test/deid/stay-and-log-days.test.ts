import { describe, expect, it } from 'vitest';
import { detectPatterns } from '../../src/deid/patterns.js';

const dates = (text: string) => detectPatterns(text).filter((s) => s.category === 'DATE').map((s) => text.slice(s.start, s.end));

// Issue 11: a small pair after a word of a hospital stay ("adm", "admits", "readm") is the day of the stay,
// and a hyphen pair that opens a line before a clock time written with a colon is the day of a log entry
// (even one shaped like a nursing shift, "7-3"). Without them such pairs stay ranges, fractions and shifts.
// Every example is invented.
describe('a pair after a stay word, or opening a log line before a clock time', () => {
  it.each([
    ['76 yo w/ COPD exac adm 2-3 via EMS', '2-3'],
    ['readm 1/4 from a SNF', '1/4'],
    ['ADMIT 5-6 FROM CLINIC', '5-6'],
    ['admission 3/4 for falls', '3/4'],
    ['Log:\n7-3 09:12 HD started, access ok', '7-3'],
    ['renal called back\n11-7 22:40 K 6.1 repeated', '11-7'],
    ['4-9 6:05 pt arrived by van', '4-9'],
  ])('%s → %s', (text, day) => {
    expect(dates(text)).toContain(day);
  });
  it.each(['pain 2-3 via PCA', 'give 3/4 from the vial', '7-3 shift: pt slept', 'NPN 11-7 0300 resting', '7-3 0700 report from night RN'])('keeps %s', (text) => {
    expect(dates(text)).toEqual([]);
  });
});
