import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

const names = (text: string) =>
  detectPhi(text)
    .filter((s) => s.category === 'NAME')
    .map((s) => text.slice(s.start, s.end));

// Session 43: the patient's initials right after "pt initials" and before the check of them
// (patientInitials.holderChecks: "verified", "confirmed", "matched" …). Every example is invented.
describe('patient initials before their check', () => {
  it.each([
    ['Pt initials BR verified for the e-Rx.', 'BR'],
    ['Pt initials KQ verified for the e-Rx.', 'KQ'],
    ['Patient initials SO confirmed on the requisition.', 'SO'],
    ['Pt initials: TQW matched to the bottle label.', 'TQW'],
  ])('%j', (text, who) => {
    expect(names(text)).toContain(who);
  });
  it.each([
    'Pt initials on form verified.',
    'Pt initials and DOB verified.',
    'pt initials DOB verified',
    'Pt initials MRN checked at the desk.',
  ])('no name in %j', (text) => {
    expect(names(text)).toEqual([]);
  });
});
