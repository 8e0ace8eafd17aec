import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

// Invented notes of one class (src/deid/free-text/acronym-wards.ts, deid-place-cues.yaml
// acronyms.directCues / wardsAfter): an unknown capitals acronym right after a verb of leaving or
// arriving, or right before a hospital's ward or service, is a facility.
const places = (text: string) =>
  detectPhi(text, undefined, { model: null })
    .filter((s) => s.category === 'LOCATION' || s.category === 'INSTITUTION')
    .map((s) => text.slice(s.start, s.end));

describe("a facility's acronym by a movement verb or a ward", () => {
  it.each([
    ['0712  PT DEPARTED QVRH BY GROUND', 'QVRH'],
    ['0930  ARRIVED TBMC, REPORT GIVEN', 'TBMC'],
    ['*** STEMI TRANSFER ***\nKWH ED -> CATH LAB', 'KWH'],
    ['RECEIVING UNIT: LOMH SICU BED 12', 'LOMH'],
    ['Discharge summary from the WVRH hospitalist received.', 'WVRH'],
  ])('%j', (text, acronym) => {
    expect(places(text)).toContain(acronym);
  });
});

describe('clinical acronyms in the same places', () => {
  it.each([
    ['PT LEFT AMA AFTER IV REMOVED', 'AMA'],
    ['ARRIVED DOA, NO RESUSCITATION', 'DOA'],
    ['DR ROE FROM KWH LEFT MSG RE LABS', 'MSG'],
    ['S/P CABG ICU COURSE UNEVENTFUL', 'CABG'],
    ['ARRIVED NPO SINCE MIDNIGHT', 'NPO'],
  ])('%j', (text, acronym) => {
    expect(places(text)).not.toContain(acronym);
  });
});
