import { describe, expect, it } from 'vitest';
import { detectFreeTextNames } from '../../src/deid/free-text-names.js';

// Invented notes of one class (src/deid/free-text/desk-contact-names.ts, DISCUSSED_RE): the word after a
// discussion word and a consulting service, closing its clause or before "on phone", is the consultant the
// patient was discussed with, a name particle before it too ("d/w gi le blanc on phone").
const names = (text: string) =>
  detectFreeTextNames(text, { profile: 'balanced', model: null })
    .filter((s) => s.category === 'NAME')
    .map((s) => text.slice(s.start, s.end));

describe('the consultant after a discussion word and a service', () => {
  it.each([
    ['- d/w gi le blanc on phone, will scope\n- f/u lfts\n', ['le', 'blanc']],
    ['Spoke with Cards Hope, agrees with plan.', ['Hope']],
    ['- d/w renal tevita on the phone, hd tmrw\n- f/u k\n', ['tevita']],
  ])('%j', (text, words) => {
    for (const w of words) expect(names(text)).toContain(w);
  });
});

describe('words after a discussion and a service that name nobody', () => {
  it.each([
    ['d/w renal who will see\n', 'who'],
    ['d/w gi fellow, agrees\n', 'fellow'],
    ['d/w surgery today.\n', 'today'],
    // Nothing closes the clause after the word: a sentence goes on.
    ['Spoke with Cards Hope and the family today.', 'Hope'],
  ])('%j', (text, word) => {
    expect(names(text)).not.toContain(word);
  });
});
