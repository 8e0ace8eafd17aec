// Compound credentials and letters joined by "&" are never names (issue 11, false positives of
// names): "CCC-SLP", "COTA/L", "L&D", "I&D" stay, while the names before them are still found.
// Invented examples.
import { describe, expect, it } from 'vitest';
import { ruleNames as names } from './rule-spans.js';

describe('compound credentials and ampersand letters', () => {
  it.each([
    ['Speech eval by Mirela Dunstan, MS, CCC-SLP today.\n', ['Mirela', 'Dunstan']],
    ['Handoff to Tobiah Quenneville, COTA/L for ADL training.\n', ['Tobiah', 'Quenneville']],
    ['Signed: Ottoline Brathwaite, RN  L&D RN\n', ['Ottoline', 'Brathwaite']],
    ['Wound I&D done by Dr. Fenwick Oyelowo at bedside.\n', ['Fenwick', 'Oyelowo']],
    ['Seen by Esperanza Vantongeren OTR/L.\n', ['Esperanza', 'Vantongeren']],
  ])('keeps the credential out of %j', (text, expected) => {
    expect([...names(text)].sort()).toEqual([...expected].sort());
  });

  it.each([
    ['DSGS D&I. L LEG ACE WRAP INTACT.\n'],
    ['Extremities W&D, no edema.\n'],
    ['Pt given 1 u PRBCs, H&H stable.\n'],
    ['Strict I&O, D&C done 2019.\n'],
  ])('takes no name from %j', (text) => {
    expect(names(text)).toEqual([]);
  });
});
