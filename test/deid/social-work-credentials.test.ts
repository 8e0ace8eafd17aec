import { describe, expect, it } from 'vitest';
import { detectFreeTextNames } from '../../src/deid/free-text-names.js';

// Invented notes of one class (rules/en/deid-name-cues.yaml credentials: lmsw, lisw beside lcsw, licsw, msw):
// the social-work licences close a signer's name as the others do, also a name of two words ("BEST,HONEY, LMSW").
const names = (text: string) =>
  detectFreeTextNames(text, { profile: 'balanced', model: null })
    .filter((s) => s.category === 'NAME')
    .map((s) => text.slice(s.start, s.end));

describe('a name before a social-work licence', () => {
  it.each([
    ['Total time 45 min. BEST,HONEY, LMSW X9992', ['BEST', 'HONEY']],
    ['Time spent 30 min.\nOkonkwo, Faith, LISW', ['Okonkwo', 'Faith']],
    ['-- Marisol Lindqvist, LMSW', ['Marisol', 'Lindqvist']],
  ])('%j', (text, expected) => {
    expect(names(text)).toEqual(expect.arrayContaining(expected));
  });
});

describe('a licence with no name before it', () => {
  it.each(['Plan: LMSW f/u 2 wks.', 'Referred to LISW for counselling.', 'Social work (LMSW) consulted.'])('%j', (text) => {
    expect(names(text)).toEqual([]);
  });
});
