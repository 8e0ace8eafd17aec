import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

// Invented notes of one class (src/deid/free-text/acronym-shapes.ts AGENCY_SHAPE_RE, used by
// acronym-wards.ts letterheadAcronym): an EMS agency's or fire department's acronym no list holds
// ("…EMS", "…FD") opening a note's first line before its heading is the agency of the record.
const places = (text: string) =>
  detectPhi(text, undefined, { model: null })
    .filter((s) => s.category === 'LOCATION' || s.category === 'INSTITUTION')
    .map((s) => text.slice(s.start, s.end).split(/\s+/)[0]);

describe("an agency's acronym opening the record", () => {
  it.each([
    ['QRCEMS MIH HOME VISIT\nUnit Medic 4', 'QRCEMS'],
    ['bvems community paramedic visit\npt seen at home', 'bvems'],
    ['TLFD PATIENT CARE REPORT\nDispatched 0412', 'TLFD'],
    ['WKEMS - Run Report\nChief complaint: fall', 'WKEMS'],
  ])('%j', (text, acronym) => {
    expect(places(text)).toContain(acronym);
  });
});

describe('clinical abbreviations of the same ending stay', () => {
  it.each([
    ['EGFR MUTATION REPORT\nExon 19 deletion', 'EGFR'],
    ['HHD TRAINING VISIT\nPt doing well', 'HHD'],
    ['PFD NOTE\npelvic floor exercises', 'PFD'],
    ['CVVHD ORDERS day 2\nUF 100 mL/h', 'CVVHD'],
    ['EMS RUN REPORT\nfound down', 'EMS'],
  ])('%j', (text, acronym) => {
    expect(places(text)).not.toContain(acronym);
  });
});
