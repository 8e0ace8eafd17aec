import { describe, expect, it } from 'vitest';
import { detectFreeTextNames } from '../../src/deid/free-text-names.js';

// Invented notes of one class (src/deid/free-text/comma-name-pairs.ts PHONE_CLOSE_RE): a "Last, First" pair
// closed by a phone number is a contact's entry wherever it stands ("case mgr farrow, ada 557-392-9630"), so
// the half that is also a word is the person's too.
const names = (text: string) =>
  detectFreeTextNames(text, { profile: 'balanced', model: null })
    .filter((s) => s.category === 'NAME')
    .map((s) => text.slice(s.start, s.end));

describe('the word half of a pair closed by a phone number', () => {
  it.each([
    ['medicaid waiver case mgr ashworth, temperance 558.261.8840\nplan: continue', 'temperance'],
    ['Housing navigator Okafor, Faith (555) 201-3344 left vm.', 'Faith'],
    ['Hospice liaison Lindqvist, Hope ph 555-201-3344', 'Hope'],
  ])('%j', (text, half) => {
    expect(names(text)).toContain(half);
  });
});

describe('a word after a name and a comma before a phone number that is no given name', () => {
  it.each([
    ['Seen by Okafor, cardiology 555-201-3344', 'cardiology'],
    ['Call Okafor, will call back 555-201-3344', 'will'],
    ['Lindqvist, clinic 555-201-3344', 'clinic'],
    // A two-letter mark after the comma ("cb": call back) is no surname.
    ['caller: ivy lindqvist, mom, cb 555.201.3344', 'mom'],
  ])('%j', (text, word) => {
    expect(names(text)).not.toContain(word);
  });
});
