import { describe, expect, it } from 'vitest';
import { detectFreeTextNames } from '../../src/deid/free-text-names.js';

// Invented notes of one class (src/deid/free-text/desk-contact-names.ts, SERVICE_PAGED_RE): the word between
// a consulting service and the word of its page or call, before a clock time or the call's matter, is the
// consultant paged, though it is also a word ("CARDS Hope PAGED 0212").
const names = (text: string) =>
  detectFreeTextNames(text, { profile: 'balanced', model: null })
    .filter((s) => s.category === 'NAME')
    .map((s) => text.slice(s.start, s.end));

describe('the staff member after a service and before a page word', () => {
  it.each([
    ['0210 HR 140s. CARDS Hope PAGED 0212 RE RATE.\n', 'Hope'],
    ['NEURO FIELD PAGED 0415 RE PUPILS\nBP 150/80\n', 'FIELD'],
    ['pt seen. renal tevita called back re: k 6.1\n', 'tevita'],
  ])('%j', (text, given) => {
    expect(names(text)).toContain(given);
  });
});

describe('words after a service that name nobody', () => {
  it.each([
    ['CARDS FELLOW PAGED 0212 RE RATE\n', 'FELLOW'],
    ['0210 GI team paged re: bleed\n', 'team'],
    ['Cards ICU called 0300 re bed.\n', 'ICU'],
    // A common word that is no name list's, in lower case.
    ['renal consult called re K\n', 'consult'],
    // No page word after the word.
    ['CARDS Hope following.\n', 'Hope'],
  ])('%j', (text, word) => {
    expect(names(text)).not.toContain(word);
  });
});
