import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

const institutions = (text: string) =>
  detectPhi(text, undefined, { model: null })
    .filter((s) => s.category === 'INSTITUTION' || s.category === 'LOCATION')
    .map((s) => text.slice(s.start, s.end));

// Invented sentences of one class (src/deid/free-text/places.ts institutions): in a mixed-case note a
// clinical acronym right before "clinic" or "center" says what the clinic treats; it names no facility,
// and the "in" before it is no state code (Indiana).
describe('a clinical acronym before a facility head names no facility', () => {
  it.each([
    'He was seen in CHF clinic today and his weight is stable.',
    'She will follow up in COPD Clinic in two weeks with repeat spirometry.',
    'Labs drawn at HIV clinic last month were unremarkable.',
    'Referred to the DVT Clinic for anticoagulation teaching.',
  ])('%j', (text) => {
    expect(institutions(text)).toEqual([]);
  });
});

describe('facilities named by an acronym or a proper word before the head stay found', () => {
  it.each([
    ['Seen last year at Quenby Clinic for the same rash.', 'Quenby'],
    ['Transferred from KVMH Hospital by ground.', 'KVMH'],
    ['He was seen in Tollan Medical Center ED overnight.', 'Tollan'],
    ['Records requested from Marrowby Heart Center.', 'Marrowby'],
  ])('%j', (text, want) => {
    expect(institutions(text).join(' ')).toContain(want);
  });
});
