import { describe, expect, it } from 'vitest';
import { detectFreeTextNames } from '../../src/deid/free-text-names.js';

// Invented notes of one class (src/deid/free-text/desk-contact-names.ts, EXT_BRACKET_RE): the given name in
// brackets after the desk or service called, right before its extension, is the staff member reached there,
// though it is also a word.
const names = (text: string) =>
  detectFreeTextNames(text, { profile: 'balanced', model: null })
    .filter((s) => s.category === 'NAME')
    .map((s) => text.slice(s.start, s.end));

describe('a given name in brackets before a desk extension', () => {
  it.each([
    ['Spoke with the lab (Rosalind) ext 4471 about the sample.', 'Rosalind'],
    ['Called blood bank (Hope) x2231 re: crossmatch.', 'Hope'],
    ['SPOKE WITH MICRO LAB (TEVITA) EXT. 5521 RE: ID.\n', 'TEVITA'],
  ])('%j', (text, given) => {
    expect(names(text)).toContain(given);
  });
});

describe('brackets before an extension that hold no staff member', () => {
  it.each([
    // A staff word, an abbreviation in capitals of a mixed-case note, a desk word.
    ['Spoke with pharmacy (chaplain) ext 4471 today.', 'chaplain'],
    ['Called radiology (ICU) x2231 re: portable film.', 'ICU'],
    ['Called the desk (front) x2000 for a bed.', 'front'],
    // A role tag in brackets after a person, not after a desk.
    ['T. OKAFOR MD FOR R. HALVORSEN (ATTG)  X1927\n', 'ATTG'],
    // No extension after the brackets.
    ['Spoke with the lab (Given) today.', 'Given'],
  ])('%j', (text, word) => {
    expect(names(text)).not.toContain(word);
  });
});
