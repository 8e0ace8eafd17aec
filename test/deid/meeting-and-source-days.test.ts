import { describe, expect, it } from 'vitest';
import { detectPatterns } from '../../src/deid/patterns.js';

const dates = (text: string) => detectPatterns(text).filter((s) => s.category === 'DATE').map((s) => text.slice(s.start, s.end));

// Issue 11: a meeting or visit named by its noun ("mtg", "conference", "clinic") and a skin test's reading
// ("read") date the small pair after them; and "per" followed by a name in title case after a hyphen pair
// names a source, not a rate, so the pair stays a date ("on 7-25 per Lakeview Clinic"). Without them, small
// ranges and fractions keep their reading. Every example is invented.
describe('a pair after a meeting, a visit or a reading; a pair before a named source', () => {
  it.each([
    ['care mtg 2-4 with daughter and PT', '2-4'],
    ['family conference 3/4 re goals', '3/4'],
    ['see her back in clinic 5-9.', '5-9'],
    ['PPD placed 1/30, read 2/1: 0 mm', '2/1'],
    ['colonoscopy on 4-18 per Lakeview GI', '4-18'],
    ['echo 2-11 per Dr. Amsel', '2-11'],
  ])('%s → %s', (text, day) => {
    expect(dates(text)).toContain(day);
  });
  it.each(['walks 2-3 per day', 'smokes 3-4 PER DAY', 'pain 2/3 at rest', 'clinic in 2-3 weeks', 'meeting 1/2 of goals'])('keeps %s', (text) => {
    expect(dates(text)).toEqual([]);
  });
});
