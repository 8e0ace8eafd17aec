import { describe, expect, it } from 'vitest';
import { detectFreeTextNames } from '../../src/deid/free-text-names.js';

// Invented notes (issue 11, session 28): initials right after a transcription stamp, and a
// patient's name quoted after "pt name" as an OCR or a face sheet read it.
const names = (text: string, source: string) =>
  detectFreeTextNames(text, { model: null })
    .filter((s) => s.category === 'NAME' && s.source === source)
    .map((s) => text.slice(s.start, s.end));

describe('the initials after a transcription stamp', () => {
  it.each([
    ['DICTATED BUT NOT READ  qmt:RWB  #4410297', ['qmt', 'RWB']],
    ['dictated but not read  HS:on  #1120456', ['HS', 'on']],
    ['Dictated Mar 3, typed 3.5.26   jw/lp', ['jw', 'lp']],
    ['DICTATED JAN 9, 2026, TYPED 01/12/26   KO/TRM', ['KO', 'TRM']],
    ['Transcribed 4-18   dpk/mm  job 55120', ['dpk', 'mm']],
  ])('%j', (text, expected) => {
    expect(names(text, 'stamp-initials')).toEqual(expected);
  });

  it.each([
    'Blood typed and crossed for 2 units.',
    'Pt typed 3/4 O/neg, antibody screen negative.',
    'CXR PA/lat today, no acute process.',
    'Dictated but not read by the attending; see addendum.',
    'Typed 2/3 of the HPI before the power cut.',
  ])('finds no initials in %j', (text) => {
    expect(names(text, 'stamp-initials')).toEqual([]);
  });
});

describe("a patient's name quoted after \"pt name\"", () => {
  it.each([
    ["OCR of faxed face sheet: pt name 'Bramwel, Ottoline', address on file", ['Bramwel', "Ottoline'"]],
    ['Patient name: "QUARSBY, TEMPERANCE" per the EMS run sheet.', ['QUARSBY', 'TEMPERANCE']],
    ["face sheet reads pt name 'hope tindle' - spelled wrong", ['hope', "tindle'"]],
    ["Pt's name 'Sage Marrowbey' on the bracelet is wrong.", ['Sage', "Marrowbey'"]],
  ])('%j', (text, expected) => {
    expect(names(text, 'quoted-patient-name')).toEqual(expected);
  });

  it.each([
    "Pt name 'unknown' until ID confirmed.",
    "Brand name 'Lasix' on the bottle.",
    "Trauma alias: pt name 'Trauma Baker' per protocol.",
    "Drug name 'Eliquis' confirmed with pharmacy.",
  ])('finds no name in %j', (text) => {
    expect(names(text, 'quoted-patient-name')).toEqual([]);
  });
});
