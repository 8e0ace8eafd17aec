import { describe, expect, it } from 'vitest';
import { detectFreeTextNames } from '../../src/deid/free-text-names.js';

// A person's name right before a bracketed age and sex ("Index: Gold, Ranger (47M)"): the bracket
// makes the run a person's even when its words are words too. Every example is invented.
const names = (text: string, source?: string) =>
  detectFreeTextNames(text, { model: null })
    .filter((s) => s.category === 'NAME' && (source === undefined || s.source === source))
    .map((s) => text.slice(s.start, s.end));
const found = (text: string) => names(text, 'age-sex-bracket');
const words = (xs: string[]) => xs.flatMap((x) => x.split(/[\s,.-]+/)).filter(Boolean);

describe('age and sex brackets', () => {
  it.each([
    ['Case 2026-104\nIndex: Frost, Penny (38F) - teacher', ['Frost', 'Penny']],
    ['CASE 2026-104\nINDEX CASE: MEADOW, BRANDY (71M) - RETIRED', ['MEADOW', 'BRANDY']],
    ['case 2026-104\nindex: lane, dusty (29 m) - cook', ['lane', 'dusty']],
    ['Bed board\n| 4 | Haverkamp, Ottoline (84 F) | falls |', ['Haverkamp', 'Ottoline']],
    ['Seen today: Zebedee Quarrington (56 yo M), referred by ED', ['Zebedee', 'Quarrington']],
  ])('%j', (text, people) => {
    expect(words(names(text))).toEqual(expect.arrayContaining(people));
  });
  it.each([
    // A relation, a role or a clinical phrase before the bracket is no name.
    'Lives with wife (45F) and son (12M).',
    'Index case (47M) was seen in clinic.',
    'Contacts: Coworker (33F), roommate (29M).',
    // Ordinary words not in the "Last, First" shape at a line's opening.
    'He was seen at the Rose Garden (45M) cohort.',
    // Capitals in a mixed-case note: an acronym before the bracket.
    'Reviewed the ED, ICU (52M) list.',
  ])('%j', (text) => {
    expect(found(text)).toEqual([]);
  });
});
