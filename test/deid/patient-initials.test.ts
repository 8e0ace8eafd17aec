import { describe, expect, it } from 'vitest';
import { detectFreeTextNames } from '../../src/deid/free-text-names.js';

// Invented notes (issue 11, session 24): the patient's initials after "pt" in brackets or before a verb,
// and after "initials" and what they are written on; clinical abbreviations and words there stay.
const initials = (text: string) =>
  detectFreeTextNames(text, { model: null })
    .filter((s) => s.source === 'patient-initials')
    .map((s) => text.slice(s.start, s.end));

describe('patient initials by place', () => {
  it.each([
    ['Pt (QV) cooperative w/ exam, sat on dads lap.', ['QV']],
    ['pt (zk) cooperative w/ exam', ['zk']],
    ['Pt (MR) smiling, interactive.', ['MR']],
    ['Time out 09:12: pt name/DOB (tq, 1971-03-02), site confirmed.', ['tq']],
    ['Pt WXJ seen in milieu, pacing.', ['WXJ']],
    ['Tech note: pt yb verified x2, creatinine 0.8', ['yb']],
    ['Study ID 4471-PSG; pt initials on montage KQZ; tech JJ.', ['KQZ']],
    ['Donor initials on bottle seal: VX. Chain of custody kept.', ['VX']],
  ])('%j', (text, expected) => {
    expect(initials(text)).toEqual(expected);
  });

  it.each([
    'pt (NPO) after midnight',
    'Pt HR was 80, pt now seen by PT.',
    'Pt (ED) visit yesterday.',
    'pt (ok per family) to go home',
    'Pt is a 54 yo man.',
    'pt BP is 120/80',
    'Patient (DNR) status confirmed.',
    'initials on form: none',
  ])('finds no patient initials in %j', (text) => {
    expect(initials(text)).toEqual([]);
  });
});
