import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

// Invented notes of one class (src/deid/free-text/acronym-wards.ts letterheadAcronym): on a note's
// first line, an acronym no list holds that opens the heading (shaped like a hospital's, or before a
// dash and a department) or closes it (after a dash, or alone in a bracket) is the letterhead's hospital.
const places = (text: string) =>
  detectPhi(text, undefined, { model: null })
    .filter((s) => s.category === 'LOCATION' || s.category === 'INSTITUTION')
    .map((s) => text.slice(s.start, s.end));

describe("the letterhead's hospital acronym", () => {
  it.each([
    ['QWH ANESTHESIA RECORD - intraop summary\nASA 3', 'QWH'],
    ['PVMC Wound Care Intake\nName: see chart', 'PVMC'],
    ['zvb - department of surgery\npt seen in clinic', 'zvb'],
    ['Nephrology Follow-up - tlmh\nPt: see chart', 'tlmh'],
    ['pre-op evaluation  (krvh)\nbp 120/80', 'krvh'],
    ['KLDQ - Division of Cardiology\nReason: syncope', 'KLDQ'],
  ])('%j', (text, acronym) => {
    expect(places(text)).toContain(acronym);
  });
});

describe('clinical abbreviations heading a record stay', () => {
  it.each([
    ['FNA REPORT\nSpecimen: thyroid', 'FNA'],
    ['PICC - line check\nflushes well', 'PICC'],
    ['EDH follow-up imaging\nCT stable', 'EDH'],
    ['Plan - ptld\nreviewed', 'ptld'],
    ['Wound check (npwt)\nseal intact', 'npwt'],
    ['Notes\nLine two QWH ANESTHESIA RECORD', 'QWH'],
  ])('%j', (text, word) => {
    expect(places(text)).not.toContain(word);
  });
});
