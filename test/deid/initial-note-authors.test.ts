import { describe, expect, it } from 'vitest';
import { detectFreeTextNames } from '../../src/deid/free-text-names.js';

// Invented notes of one class (src/deid/keep-list/keep-list-names.ts clinicalSurnameClosed, NOTE_AFTER): an
// initial and a surname that is also a word, before "note" ("see D. HOPE NOTE", "per S. Gold note"): the author
// of a note. A finding or a germ before "note" stays.
const names = (text: string) =>
  detectFreeTextNames(text, { profile: 'balanced', model: null })
    .filter((s) => s.category === 'NAME')
    .map((s) => text.slice(s.start, s.end));

describe('an initial and a word-surname before "note" name its author', () => {
  it.each([
    ['0510 RAPID RESPONSE HELD JAN 9 PER CHART, SEE Y. HOPE NOTE\n1330 LABS: K 3.2', 'HOPE'],
    ['0850 Rapid response held per chart, see F. Joy note.\n0900 turned.', 'Joy'],
    ['1315 EVENTS OVERNIGHT PER R. CASH NOTES, NO CHANGE.', 'CASH'],
    ['Plan per S. Gold note; continue drip.', 'Gold'],
  ])('%j', (text, name) => {
    expect(names(text)).toContain(name);
  });
});

describe('a finding or germ before "note" is no author', () => {
  it.each(['Urine grew E. coli note sensitivities.', 'R. Small bowel note reviewed.', 'B. Brown stool noted.', 'see A. Fib note from cardiology'])(
    '%j',
    (text) => {
      expect(names(text)).toEqual([]);
    },
  );
});
