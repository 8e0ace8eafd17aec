import { describe, expect, it } from 'vitest';
import { detectPatterns } from '../../src/deid/patterns.js';

const dates = (text: string) => detectPatterns(text).filter((s) => s.category === 'DATE').map((s) => text.slice(s.start, s.end));

// Issue 11: a short pair alone in a bar table's cell is a day when its column holds dates: another row has a full
// date in that column, or the column's heading is a word of dates (src/deid/date-columns.ts). Every example is invented.
describe('a short pair in a column of dates', () => {
  it.each([
    ['| metoprolol | 25 mg BID | 03/11/2026 | 90/30 |\n| Eliquis | 5 mg BID | 3/4 | 30/30 |', '3/4'],
    ['| limit | from | to |\n|---|---|---|\n| no kneeling | Apr 2 2026 | 2-9 |', '2-9'],
    ['| drug | last filled |\n|---|---|\n| statin | 1/2 |', '1/2'],
    ['| Task | Due |\n| wound check | 5/5 |', '5/5'],
  ])('%s → %s', (text, day) => {
    expect(dates(text)).toContain(day);
  });
  it.each([
    ['| muscle | right | left |\n| deltoid | 5/5 | 4/5 |\n| biceps | 4/5 | 5/5 |', '5/5'],
    ['| dose | amount |\n| morning | 1/2 |', '1/2'],
    ['| reps | sets |\n| 2-3 | 3 |\n| 4-6 | 2 |', '2-3'],
  ])('keeps the value in %s', (text, pair) => {
    expect(dates(text)).not.toContain(pair);
  });
});
