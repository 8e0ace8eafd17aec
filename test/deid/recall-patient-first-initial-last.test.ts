import { describe, expect, it } from 'vitest';
import { detectFreeTextNames } from '../../src/deid/free-text-names.js';

// Invented notes (issue 11, class found on eval/deid-styles-dev-3, a development set): after a patient
// lead, "First I. Last" in Title case closing its field is the patient even when both words are
// English words (src/deid/free-text/name-positions.ts, patientNames / firstInitialLast).
const names = (text: string) =>
  detectFreeTextNames(text, { model: null })
    .filter((s) => s.category === 'NAME')
    .map((s) => text.slice(s.start, s.end))
    .join(' ');

describe('First I. Last after a patient lead', () => {
  it.each([
    ['Study: EMG\nPatient: Will T. Marsh        MRN: 4471902', 'Will T Marsh'],
    ['Patient: Hope R. Church      DOB: 3/9/61', 'Hope R Church'],
    ['Pt: Major K. Bishop\nReferred by clinic.', 'Major K Bishop'],
    ['Patient: May K. Hill        MRN: 4471902', 'May K Hill'],
    ['Pt: Will O. Banks', 'Will O Banks'],
    ['Patient: Frank D. Wood, seen today for follow-up.', 'Frank D Wood'],
  ])('%s', (text, name) => {
    expect(names(text)).toContain(name);
  });
  it.each([
    'Patient: Will be seen in 2 weeks.',
    'Patient: Tolerated procedure well.',
    'Patient: The A. Fib resolved overnight.',
  ])('leaves %s', (text) => {
    expect(names(text)).toBe('');
  });
});
