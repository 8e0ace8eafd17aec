import { describe, expect, it } from 'vitest';
import { detectFreeTextNames } from '../../src/deid/free-text-names.js';

// Invented notes (issue 11, false positives found on eval/deid-styles-dev-3, a development set): a
// credential right after a label's colon opens the field ("Plan: MSW f/u"), and a credential before a
// wide gap ends a column ("…, MD    Biometry tech: …"): neither makes a name of the word beside it
// (src/deid/free-text/person-names.ts, credentials / titlesAndLexiconNames).
const names = (text: string) =>
  detectFreeTextNames(text, { model: null })
    .filter((s) => s.category === 'NAME')
    .map((s) => text.slice(s.start, s.end));

describe('a credential after a label or before a column gap', () => {
  it.each([
    ['Walker at bedside.\nPlan: MSW visit in 2 wks.', 'Plan'],
    ['Goals reviewed.\nReferral: RN to assess wound.', 'Referral'],
    ['Interpreting: Sara Holm, MD   Techs: see log', 'Techs'],
    ['Surgeon: Omar Reyes, MD    Keratometry tech: Ana Li', 'Keratometry'],
  ])('%s', (text, word) => {
    expect(names(text)).not.toContain(word);
  });
  it.each([
    ['Wound care by Nell Okoro, RN today.', 'Okoro'],
    ['Discussed with NP Carol at the bedside.', 'Carol'],
    ['Seen with Dr. Lee; note by Lena Park, MD', 'Park'],
    ['Reviewed by MD Ostrowski.', 'Ostrowski'],
  ])('still finds %s', (text, word) => {
    expect(names(text)).toContain(word);
  });
});
