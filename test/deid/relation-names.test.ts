import { describe, expect, it } from 'vitest';
import { detectFreeTextNames } from '../../src/deid/free-text-names.js';

// Invented notes (issue 11, session 24): a name after a relation in shorthand, and a month-name after a relation.
const spans = (text: string) =>
  detectFreeTextNames(text, { model: null })
    .filter((s) => s.category === 'NAME')
    .map((s) => text.slice(s.start, s.end));

describe('the name after a relation in shorthand', () => {
  it.each([
    ['FHx: maternal GM Okonkwo HTN, father CAD.', ['Okonkwo']],
    ['fam hx: paternal gf brannigan copd.', ['brannigan']],
    ['Younger sib Thiago seen today for a cough.', ['Thiago']],
    ['Siblings Marisol (4) and Dov (9) at home.', ['Marisol', 'Dov']],
    ['lives w/ stepmom quillan and 2 dogs.', ['quillan']],
    ['pt staying with brother june at his apartment.', ['june']],
    ['Daughter April visiting after work.', ['April']],
  ])('%j', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it.each([
    'FHx: maternal GM Alzheimer dementia, MGF MI at 52. GF Diabetes.',
    'fam hx: mgm breast ca, pgf copd. sibling has asthma. sib x2 healthy.',
    'Sibs healthy. GM with dementia. twin A delivered at 34 wk.',
    'sister june 2019 dx with lupus. Mother June 3rd visit.',
    'SIBLINGS AT HOME, GM PRESENT.',
  ])('finds no name in %j', (text) => {
    expect(spans(text)).toEqual([]);
  });
});
