import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

const found = (text: string, cat?: string) =>
  detectPhi(text, undefined, { profile: 'balanced' })
    .filter((s) => cat === undefined || s.category === cat)
    .map((s) => text.slice(s.start, s.end));

// Session 26: skin, ear, weight-loss and surgical eponyms (lexicons/clinical-terms.txt), the eponym
// heads "level / depth / notch / defect / nevus / equation" (vocabulary.ts), hearing-test frequency
// ranges (deid-pattern-cues.yaml localPhone.unitsAfter) and clinics named for a kind of care or a
// role (deid-place-cues.yaml placeWords.careKinds). Every example is invented.
describe('eponyms of procedures, staging, signs and equations are no names', () => {
  it.each([
    'Mohs layer I: 3 sections; pt asks whether Mohs is needed.',
    'To: Mohs scheduling',
    'Breslow depth 1.1 mm, Clark level II, no ulceration.',
    'Spitz nevus favoured over melanoma.',
    'Rinne AC > BC on the right.',
    'Carhart notch at 2 kHz on the left.',
    'Dix-Hallpike positive on the right; Epley performed twice.',
    'REE by Mifflin-St Jeor 1890 kcal; goal 1400 kcal.',
    'Jejunal limb 100 cm; Petersen defect closed with silk.',
    "STAGE I: 2 SECTIONS, TUMOR AT THE 9 O'CLOCK MARGIN.",
  ])('%j', (text) => {
    expect(found(text, 'NAME')).toEqual([]);
    expect(found(text, 'LOCATION')).toEqual([]);
  });

  it.each([
    ['Seen with Dr. Mohs in clinic.', 'Mohs'],
    ['Referred by Dr. Ines Parkinson for a mole.', 'Ines Parkinson'],
    ['ACCEPTING MD: DR TALLIS WEBER (ICU)', 'TALLIS WEBER'],
  ])('a surname in a strong position stays a name: %j', (text, name) => {
    expect(found(text, 'NAME')).toContain(name);
  });
});

describe('frequency ranges of a hearing test are no phone numbers', () => {
  it.each(['Aided to targets within 5 dB at 500-4000 Hz.', 'thresholds flat 250-8000 hz', 'noise notch 300-6000 kHz'])('%j', (text) => {
    expect(found(text, 'PHONE')).toEqual([]);
  });
  it('a local number without a unit stays a phone', () => {
    expect(found('call daughter at 615-0955 tomorrow', 'PHONE')).toEqual(['615-0955']);
  });
});

describe('a clinic named for its kind of care or role is no institution; the bracketed clinician is a name', () => {
  it.each(['ENT Clinic Note - follow-up', 'Vertigo clinic 2026-03-02', 'BARIATRIC CLINIC VISIT', 'Mohs clinic today'])('%j', (text) => {
    expect(found(text, 'INSTITUTION')).toEqual([]);
  });
  it.each([
    ['Surgeon clinic (Halvorsen) note 3/6/2026: liquids', 'Halvorsen'],
    ['Bariatric clinic (Quenby) follow-up', 'Quenby'],
  ])('%j', (text, name) => {
    expect(found(text)).toContain(name);
  });
  it.each(['Lipid clinic (fasting) labs drawn', 'Vertigo clinic (Tuesday) slot'])('no name in a bracket of words: %j', (text) => {
    expect(found(text, 'NAME')).toEqual([]);
  });
  it('a clinic with a proper name stays an institution', () => {
    expect(found('Follow up at Harwood Clinic next week.', 'INSTITUTION')).toEqual(['Harwood']);
  });
});
