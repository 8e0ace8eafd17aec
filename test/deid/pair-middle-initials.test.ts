import { describe, expect, it } from 'vitest';
import { detectFreeTextNames } from '../../src/deid/free-text-names.js';

// Invented notes of one class (src/deid/free-text/comma-name-pairs.ts pairMiddleInitials, found-name-pairs.ts
// afterPair): a "Last, First" pair with a middle initial after it, closed as a header field. The initial is the
// person's, and it no longer hides the field's close from the pair passes.
const spans = (text: string) => detectFreeTextNames(text, { profile: 'balanced', model: null });
const found = (text: string) => spans(text).filter((s) => s.category === 'NAME').map((s) => text.slice(s.start, s.end));

describe('the middle initial of a "Last, First" pair set off as a field', () => {
  it.each([
    ['Pt HALVORSEN,GINGER P  pt # M123456\nTx date 2/2', 'P'],
    ['run note\nokonkwo,ezekiel a  mrn 00533002\ntx date 4/4', 'a'],
    ['RE: Zielinski, Marisol T (76 yo) MRN 9406028', 'T'],
    ['PATIENT MUKHERJEE,BEATRIX A  Study ID SL-25-1', 'A'],
    ['Name: Lindqvist, Padraig S. DOB 07/21/1958', 'S'],
  ])('%j', (text, initial) => {
    expect(found(text)).toContain(initial);
  });
  it('lets the pair passes see the close past the initial', () => {
    expect(found('Pt LACHANCE,BUCK P  pt # M766004\nTx date 2/24')).toEqual(expect.arrayContaining(['BUCK', 'P']));
  });
});

describe('a letter after a pair that is no middle initial', () => {
  it.each([
    // No close after the letter, another case than the note's, or no pair before it.
    ['Seen with Okafor, Ada A 2 cm mass noted.', 'A'],
    ['Discussed with Halvorsen, Chase and team.', 'and'],
    ['Mixed note: Okafor, Ada a  follow up', 'a'],
    ['Dr. Okafor ordered a CT.', 'a'],
  ])('%j', (text, letter) => {
    expect(found(text)).not.toContain(letter);
  });
});
