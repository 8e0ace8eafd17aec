import { describe, expect, it } from 'vitest';
import { detectFreeTextNames } from '../../src/deid/free-text-names.js';

// Invented notes of one class (src/deid/free-text/call-back-names.ts): the caller written between a
// call-back word with "from" and the number to call back is a person, though the name is also a word.
const names = (text: string) =>
  detectFreeTextNames(text, { profile: 'balanced', model: null })
    .filter((s) => s.category === 'NAME')
    .map((s) => text.slice(s.start, s.end));

describe('the caller between a call-back word and the number', () => {
  it.each([
    ['0915 cb from rosalind @ 555-201-3344; bed ready 1300', 'rosalind'],
    ['2210 cb from ivy @ (555)201-3344, accepts pt', 'ivy'],
    ['Returned call from Tevita at 555.201.3344 re: transport', 'Tevita'],
    ['VM FROM DESTINY - 5552013344\n', 'DESTINY'],
  ])('%j', (text, caller) => {
    expect(names(text)).toContain(caller);
  });
});

describe('a service, a relation or an abbreviation before the number', () => {
  it.each([
    ['call back from team - 555-201-3344', 'team'],
    ['cb from mom @ 555-201-3344 re meds', 'mom'],
    ['Msg from pharmacy 555-201-3344.', 'pharmacy'],
    ['Cb from ICU @ 555-201-3344, bed ready', 'ICU'],
    // No number after the words: no call-back entry.
    ['cb from lance re: labs', 'lance'],
  ])('%j', (text, word) => {
    expect(names(text)).not.toContain(word);
  });
});
