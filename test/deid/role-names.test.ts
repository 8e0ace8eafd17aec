import { describe, expect, it } from 'vitest';
import { detectFreeTextNames } from '../../src/deid/free-text-names.js';

// Invented notes (issue 11, session 24): a given name after a staff or agency role, also a word.
const spans = (text: string) =>
  detectFreeTextNames(text, { model: null })
    .filter((s) => s.category === 'NAME')
    .sort((a, b) => a.start - b.start)
    .map((s) => text.slice(s.start, s.end));

describe('the given name after a staff or agency role', () => {
  it.each([
    ['RESP: RT MARISOL AT BEDSIDE FOR SBT, FAILED.', ['MARISOL']],
    ['Interpreter Blossom present for the whole visit.', ['Blossom']],
    ['Claims adjuster: Hope T., ph on file.', ['Hope', 'T']],
    ['called rx - pharmacist dawn confirmed dose.', ['dawn']],
    ['spoke w/ scheduler Ottoline re: MRI slot.', ['Ottoline']],
  ])('%j', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it.each([
    'RT NOTIFIED. RT AT BEDSIDE. SW CONSULT PLACED.',
    'Height 170 cm Weight 82 kg. Staff meeting today. RN assessment done.',
    'rt at bedside. sw to see. pharmacist recommends lasix. cm aware.',
    'SW referral placed. Pharmacist consult for vanc dosing.',
    'Pt c/o tingling in RT HAND, swollen. PA DOWN TO 38/22. SEE RT SCREEN. RT RAD ALINE. Call RN Case Manager.',
  ])('finds no name in %j', (text) => {
    expect(spans(text)).toEqual([]);
  });
});
