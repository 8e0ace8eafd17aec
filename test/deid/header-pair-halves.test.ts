import { describe, expect, it } from 'vitest';
import { detectFreeTextNames } from '../../src/deid/free-text-names.js';
import { FIELD_OPEN_RE, fieldOpens } from '../../src/deid/free-text/header-pair-halves.js';

// Invented headers (issue 11, session 24): one half of a header name pair found, the other half a word or a month.
const spans = (text: string) =>
  detectFreeTextNames(text, { model: null })
    .filter((s) => s.category === 'NAME')
    .sort((a, b) => a.start - b.start)
    .map((s) => text.slice(s.start, s.end));

describe('the other half of a header name pair', () => {
  it.each([
    ['Phone Note - Clinic\nNguyen, Wren  (3/9/1961)\nReceived: today', ['Nguyen', 'Wren']],
    ['Applicant: Brook, Fatima  DOB 2/2/1988', ['Brook', 'Fatima']],
    ['Bay 4 - Penrose, Fatima\nRx unchanged.', ['Penrose', 'Fatima']],
    ['GARCIA, MEADOW  #221-45  61 y/o', ['GARCIA', 'MEADOW']],
    // A credential in capitals after a Title-case name is no first name.
    ['Verified by: Okafor, MLS(ASCP)  1728', ['Okafor']],
  ])('%j', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it.each([
    'Seen in clinic, Cardiology (pager 4411).',
    'Diagnosis: Fracture, Penrose drain (left) removed.',
    'Plan: Lasix, Potassium  (recheck 3/4)',
  ])('finds no name in %j', (text) => {
    expect(spans(text)).toEqual([]);
  });
});

// fieldOpens reads the field's opening backwards in place: the answers of FIELD_OPEN_RE on the slice.
describe('the opening of a header field, read without a regex', () => {
  it.each(['', '   ', 'Name:', 'Name:  \t', 'RE:', 'x -', 'x-', '-', ' -  ', 'Pt ', 'PATIENT\t', 'the patient', 'outpatient', 'xpt', 'Re', 'are', 'pre ', '_re', '1pt', 'é pt', 'ére', 'Candidate:  '])('%j', (before) => {
    expect(fieldOpens(before, 0, before.length)).toBe(FIELD_OPEN_RE.test(before));
  });

  it('answers as the regex on every short text of the characters it reads, at every slice', () => {
    // A fixed pseudo-random walk over the characters that matter (the Kelvin sign and "ſ" fold to
    // ASCII letters under Unicode case rules, which the regex does not use).
    const chars = [' ', '\t', ':', '-', 'p', 't', 'P', 'T', 'a', 'i', 'e', 'n', 'r', 'R', 'E', 'x', '_', '1', '\n', 'é', '\u212a', 'ſ'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    let opens = 0;
    for (let n = 0; n < 3000; n++) {
      let text = '';
      const len = next() % 12;
      for (let k = 0; k < len; k++) text += chars[next() % chars.length];
      const a = next() % (text.length + 1);
      const b = a + (next() % (text.length - a + 1));
      const want = FIELD_OPEN_RE.test(text.slice(a, b));
      if (want) opens++;
      expect(fieldOpens(text, a, b), JSON.stringify([text, a, b])).toBe(want);
    }
    expect(opens).toBeGreaterThan(300);
  });
});
