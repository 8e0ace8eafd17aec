import { describe, expect, it } from 'vitest';
import { detectFreeTextNames } from '../../src/deid/free-text-names.js';

// Invented headers (issue 11, session 24): one half of a header name pair found, the other half a word or a month.
const spans = (text: string) =>
  detectFreeTextNames(text, { model: null })
    .filter((s) => s.category === 'NAME')
    .sort((a, b) => a.start - b.start)
    .map((s) => text.slice(s.start, s.end));

describe('the other half of a header name pair', () => {
  it.each([
    ['Phone Note - Clinic\nNguyen, Wren  (3/9/1961)\nReceived: today', ['Nguyen', 'Wren']],
    ['Applicant: Brook, Fatima  DOB 2/2/1988', ['Brook', 'Fatima']],
    ['Bay 4 - Penrose, Fatima\nRx unchanged.', ['Penrose', 'Fatima']],
    ['GARCIA, MEADOW  #221-45  61 y/o', ['GARCIA', 'MEADOW']],
    // A credential in capitals after a Title-case name is no first name.
    ['Verified by: Okafor, MLS(ASCP)  1728', ['Okafor']],
  ])('%j', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it.each([
    'Seen in clinic, Cardiology (pager 4411).',
    'Diagnosis: Fracture, Penrose drain (left) removed.',
    'Plan: Lasix, Potassium  (recheck 3/4)',
  ])('finds no name in %j', (text) => {
    expect(spans(text)).toEqual([]);
  });
});
