// "Last,First" header names typed without a blank after the comma, and "LAST, First" pairs closed by
// "age 69" (issue 11, recall of names): the comma alone separates the surname from the first name
// as it does with a blank. The same shape with clinical or ordinary words stays. Invented examples.
import { describe, expect, it } from 'vitest';
import { ruleNames as names } from './rule-spans.js';

describe('a "Last,First" pair without a blank after the comma', () => {
  it.each([
    ['L&D ADMISSION NOTE\nOkafor,Nkechi  29yo G2P1001 @ 39w2d   MRN 44120987\n', ['Okafor', 'Nkechi']],
    ['INTAKE\nDate: 3/4/26   Patient: BRISTOW,Marguerite   MRN: 5521907\n', ['BRISTOW', 'Marguerite']],
    ['PT Daily Note\nLindqvist,Oskar  age 74  MRN 88213009\n', ['Lindqvist', 'Oskar']],
    ['Census\n4 - Baptiste,Ysolde 64F\n', ['Baptiste', 'Ysolde']],
    ['SLP Evaluation\nWREN, Tobias  age 58  MRN 30012876\n', ['WREN', 'Tobias']],
  ])('takes the name in %j', (text, expected) => {
    expect(names(text)).toEqual(expect.arrayContaining(expected));
  });

  it.each([
    ['Assessment\nHTN,DM  stable\n'],
    ['Pain: sharp,dull  worse at night\n'],
    ['Pt: alert,oriented  calm\n'],
    ['Meds\nLasix,Coreg  held for SBP 88\n'],
    ['Mood,Affect  euthymic\n'],
  ])('takes no name from %j', (text) => {
    expect(names(text)).toEqual([]);
  });
});
