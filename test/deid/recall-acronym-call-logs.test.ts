import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

// Invented notes of one class (deid-place-cues.yaml acronyms.cues / wardsAfter, read by
// place-shapes.ts acronymsAfterMoves and acronym-wards.ts): in transfer-centre and dialysis-unit
// call logs an unknown acronym after a request, a callback or pushed images and a preposition
// ("transfer req from KVQ", "cb to DLM ext 4410", "images pushed from TWH"), or right before the
// hospital's charge nurse, transfer centre or image archive ("QWH charge RN", "PLM transfer ctr",
// "TVH PACS"), is the other hospital.
const places = (text: string) =>
  detectPhi(text, undefined, { model: null })
    .filter((s) => s.category === 'LOCATION' || s.category === 'INSTITUTION')
    .map((s) => text.slice(s.start, s.end));

describe('a hospital acronym in a call log', () => {
  it.each([
    ['1410 transfer req from KVQ Dr Ines Obi for volume overload', 'KVQ'],
    ['03MAR 07:15 CB TO DLM EXT 4410 - NO ANSWER', 'DLM'],
    ['2215 images pushed from TWH PACS, acc 55120', 'TWH'],
    ['0802 QWH charge RN called - bed ready', 'QWH'],
    ['PLM transfer ctr / 12/02/26\npt: see below', 'PLM'],
    ['5-4 1320 zrb charge rn called - pt en route', 'zrb'],
    ['REQUEST FROM GKMC FOR URGENT HD', 'GKMC'],
  ])('%j', (text, acronym) => {
    expect(places(text)).toContain(acronym);
  });
});

describe('clinical and unit acronyms in the same places', () => {
  it.each([
    ['cb to ICU ext 2201 - spoke w/ RN', 'ICU'],
    ['transfer req from MICU for CRRT', 'MICU'],
    ['images pushed from CT PACS', 'CT'],
    ['HD charge RN notified', 'HD'],
    ['CB TO PT RE: DIET', 'PT'],
    ['req from NSGY to hold heparin', 'NSGY'],
  ])('%j', (text, acronym) => {
    expect(places(text)).not.toContain(acronym);
  });
});
