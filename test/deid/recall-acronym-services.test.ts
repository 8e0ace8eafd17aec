import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

// Invented notes of one class (src/deid/free-text/acronym-wards.ts, deid-place-cues.yaml
// acronyms.wardsAfter): an unknown capitals acronym right before a department or clinic named after
// the hospital ("Radiology", "Peds", "urgent care", "Primary Care"), a floor and wing ("5 North") or
// an operating room's number ("OR 7") is the hospital.
const places = (text: string) =>
  detectPhi(text, undefined, { model: null })
    .filter((s) => s.category === 'LOCATION' || s.category === 'INSTITUTION')
    .map((s) => text.slice(s.start, s.end));

describe("a facility's acronym before its department, floor or operating room", () => {
  it.each([
    ['Signed by ROE MD, QLMH Radiology, 3/4/2025 at 10:12.', 'QLMH'],
    ['Referred by Dr. Pike (WZB Peds) for a squint.', 'WZB'],
    ['ordering: J Tran PA-C, KVRH urgent care (north site)', 'KVRH'],
    ['PCP: Ana Roe, NP, DFMC Primary Care.', 'DFMC'],
    ['Nursing shift note 7p-7a, PQW 4 West', 'PQW'],
    ['ADMITTED TO ZRMH 6 NORTH OVERNIGHT', 'ZRMH'],
    ['Op Note - KTV OR 3\nSurgeon: Dr. Lee', 'KTV'],
    ['Seen in the BXQ emergency department last week.', 'BXQ'],
  ])('%j', (text, acronym) => {
    expect(places(text)).toContain(acronym);
  });
});

describe('clinical acronyms and words in the same places', () => {
  it.each([
    ['NPO OR 2 UNITS PRBC GIVEN', 'NPO'],
    ['ABG 7 West side of unit', 'ABG'],
    ['Chest CT Radiology read pending', 'CT'],
    ['ED urgent care follow-up advised', 'ED'],
    ['IVDU 5 years ago per chart', 'IVDU'],
    ['Fit for OR 7/12 per anesthesia', 'OR'],
  ])('%j', (text, acronym) => {
    expect(places(text)).not.toContain(acronym);
  });
});

// Typed in lower case an acronym has no capitals to tell it: one of three or four consonants (no
// English word is spelt so) that no list holds, before a ward or service, is the hospital.
describe("a lower-case hospital acronym before its ward or service", () => {
  it.each([
    ['zkv behavioral health unit  daily note', 'zkv'],
    ['after hours zqt operator paged', 'zqt'],
    ['pt sent to bdw ed for eval', 'bdw'],
    ['transferred to kvrh 6 north overnight', 'kvrh'],
  ])('%j', (text, acronym) => {
    expect(places(text)).toContain(acronym);
  });

  it.each([
    ['bmp ed pending', 'bmp'],
    ['cbc icu draw at 0400', 'cbc'],
    ['nsgy icu consult placed', 'nsgy'],
    ['pcp radiology order', 'pcp'],
    ['snf 4 west bed offered', 'snf'],
  ])('%j', (text, acronym) => {
    expect(places(text)).not.toContain(acronym);
  });
});
