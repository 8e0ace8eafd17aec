import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

// Invented notes of one class (free-text/identified-pairs.ts): a "LAST, FIRST" pair opening its
// line (or after a patient label) and closed by the record number, the date of birth or the age is
// the patient's name, though both words are also ordinary words ("Field", "Fox", "Destiny").
// The same shape with words that are no names, a clinical term, or no identifier after it stays.
const names = (text: string, profile: 'balanced' | 'strict' = 'balanced') =>
  detectPhi(text, undefined, { profile }).filter((s) => s.category === 'NAME').map((s) => text.slice(s.start, s.end));

describe('a LAST, FIRST pair closed by the patient identifier', () => {
  it.each([
    ['Fertility clinic follow-up\nHILL,MEADOW K  MRN 4418203  DOB 2-Mar-85\nDOS today', ['HILL', 'MEADOW']],
    ['Memory clinic\nCRANE,WARD R  MRN 00551237  DOB 9-Jun-47\nVisit: 3/2', ['CRANE', 'WARD']],
    ['Cycle Monitoring\nFORTUNE, DESTINY   MRN Q550219   Cycle #2\nDate: 3/4/2026', ['FORTUNE', 'DESTINY']],
    ['MED REC  4/2/2026\nPorter, Cora -- 61 y/o F -- Larchmont Hospital\nSource: patient', ['Porter', 'Cora']],
    ['Exposure workup\nIndex: Frost, Chance (44M) - line cook\nOnset 2/2', ['Frost', 'Chance']],
    ['xfer log nights\nCase # QQ26-11029   Pt SPARROW,EARNEST A  DOB 14MAY61\nMar 3 arrived', ['SPARROW', 'EARNEST']],
    ['progress note 02/01\nkowalski,anne-marie  dob 01/02/1950  mrn 882-11-07\n80 yo f', ['anne-marie']],
    ['board minutes\nminutes for GARDENER, HOPE (mrn 7720091)\nAttendees below', ['GARDENER', 'HOPE']],
  ])('finds the pair in %j', (text, want) => {
    const got = names(text).join(' ');
    for (const w of want) expect(got).toContain(w);
  });

  it.each([
    'Pain, sharp  DOB verified with two identifiers',
    'Pt alert, oriented (45) and calm',
    'Allergies: NKDA, latex -- 61 y/o F',
    'Knee, Left  MRN 4418203 on the requisition',
    'Mood, affect (45M) appropriate',
    'Blount, Perthes  MRN 123 reviewed',
    'Hep A, Hep B  DOB on file',
    'Vitals, stable  MRN 1234567',
  ])('keeps %j', (text) => {
    expect(names(text, 'strict')).toEqual([]);
  });
});
