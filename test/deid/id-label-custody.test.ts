import { describe, expect, it } from 'vitest';
import { detectPatterns } from '../../src/deid/patterns.js';

const ids = (text: string) => detectPatterns(text).filter((s) => s.category === 'ID').map((s) => text.slice(s.start, s.end));

// Issue 11: a plain "ID" label (three digits or more after it), a drug-screen custody form's label
// ("CCF", "chain of custody", "COC") and an employee's number label (idLabels in
// rules/en/deid-pattern-cues.yaml). Every example is invented.
describe('codes after an ID, custody-form or employee label', () => {
  it.each([
    ['Interpreter Mira Tosh (ID 418, phone) for consent', '418'],
    ['video interpreter, ID 20571', '20571'],
    ['specimen sealed, CCF 7712-0043-9 to lab', '7712-0043-9'],
    ['chain of custody #5520913', '5520913'],
    ['COC: 88231045', '88231045'],
    ['Badge 4410 / employee no. 3318-207', '3318-207'],
    ['employee # 77120', '77120'],
  ])('%s → %s', (text, id) => {
    expect(ids(text)).toContain(id);
  });
  it.each(['ID following, recs to continue vanc', 'ID 1 wk f/u in clinic', 'ID 2 weeks out', 'employee 3 yrs at the plant', 'COC 2 hrs ago'])('keeps %s', (text) => {
    expect(ids(text)).toEqual([]);
  });
});
