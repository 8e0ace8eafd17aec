import { describe, expect, it } from 'vitest';
import { detectPatterns } from '../../src/deid/patterns.js';

const dates = (text: string) => detectPatterns(text).filter((s) => s.category === 'DATE').map((s) => text.slice(s.start, s.end));

// Issue 11: in a log whose entries open with full dates, a short pair opening a line before a column bar, a
// dash, a colon or a clock time is the day of that entry (even a small equal pair, "4/4"). Without a dated
// entry in the few lines above, or with a word right after it, such a pair keeps its usual reading (a grade,
// a setting). Every example is invented.
describe('a short pair opening an entry of a dated log', () => {
  it.each([
    ['when | who | mins\n4/4/26 | 0830 | R. Ostby\n4/4 | 1515 | K. Imbert', '4/4'],
    ['Apr 3 0950 - chaplain visited, prayer offered\n   family at bedside\n3/3 - SW note: housing form done', '3/3'],
    ['05/01/2026 0700 - rounds\n5/1: family called for update', '5/1'],
    ['Jan 12, 1100 - PT eval\n1-1 - OT: splint fitted', '1-1'],
    ['11.2.25 - visit 1\n2/2 1300 phone check, doing well', '2/2'],
  ])('%s → %s', (text, day) => {
    expect(dates(text)).toContain(day);
  });
  it.each([
    ['Motor:\n4/4 - grip\n5/5 - deltoid', '5/5'],
    ['Plan reviewed.\n3/3 | sets | done', '3/3'],
    ['04/02/26 0900 - PT\n5/5 strength throughout', '5/5'],
    ['vent check\n5/5 - tolerating', '5/5'],
  ])('keeps %s', (text, pair) => {
    expect(dates(text)).not.toContain(pair);
  });
});
