// "Last, First" lines whose surname is also an ordinary word (issue 11, recall of names): before a
// first name the lists hold and no word list does, or a word no vocabulary holds, the word is a
// surname ("Small, Goran - scrub"). The same shape with ordinary words stays. Invented examples.
import { describe, expect, it } from 'vitest';
import { ruleNames as names } from './rule-spans.js';

describe('a surname that is also a word, before a first name', () => {
  it.each([
    ['Team:\n  Small, Goran - scrub\n', ['Small', 'Goran']],
    ['Census\n4 - Rich, Oyelaran 64F\n', ['Rich', 'Oyelaran']],
    ['RM 911A / HOPE, KASIMIR / 80 Y/O F\nPT SLEEPING\n', ['HOPE', 'KASIMIR']],
    ['Patient: Fields, Tamsin\nDOB on file\n', ['Fields', 'Tamsin']],
    ['OR list\n  Hill, Anouk  (scrub)\n', ['Hill', 'Anouk']],
  ])('takes the name in %j', (text, expected) => {
    expect(names(text)).toEqual(expect.arrayContaining(expected));
  });

  it.each([
    ['Pain, Sharp in nature.\n'],
    ['Rest, Ice and elevation.\n'],
    ['Plan, Goals reviewed with team.\n'],
    ['Small, round nodule in RUL.\n'],
    ['Stable, Afebrile overnight.\n'],
  ])('takes no name from %j', (text) => {
    expect(names(text)).toEqual([]);
  });
});
