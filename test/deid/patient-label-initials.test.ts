import { describe, expect, it } from 'vitest';
import { detectFreeTextNames } from '../../src/deid/free-text-names.js';

// Invented notes (session 25): the patient's initials on a label, band or tag, glued by a slash to the record
// number or in brackets (deid-person-slots.yaml patientInitials.labelWords / codeLabels).
const spans = (text: string) =>
  detectFreeTextNames(text, { model: null })
    .filter((s) => s.category === 'NAME' && s.source === 'patient-initials')
    .map((s) => text.slice(s.start, s.end));

describe("the patient's initials on a label", () => {
  it.each([
    ['Chart label KT/00418822. SVE 4/60/-1.', ['KT']],
    ['Specimen tube label rk/5512093 matched.', ['rk']],
    ['ID band checked (QW), two identifiers used.', ['QW']],
    ['Bracelet sticker BN/2290117 applied at triage.', ['BN']],
  ])('%j', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it.each([
    'Chart label MRN/00418822 printed.',
    'Band FIN/2290117 scanned.',
    'Tube labeled (CBC) and sent.',
    'ID band on (L) wrist.',
    'Tag (RN) written by triage.',
    'Lot/1234567 checked; SP/00763930 alone without a label.',
  ])('finds no initials in %j', (text) => {
    expect(spans(text)).toEqual([]);
  });
});
