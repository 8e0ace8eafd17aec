import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

// Invented notes of one class (issue 11): a dotted month.day.two-digit-year ("4.17.23") is a date by
// default, wherever it stands (after a test or vaccine name, in brackets, in a list of dates); it
// stays a value only after a word of values, versions, sections or scores, before a unit, or after a
// dotted triple of the line that is itself a value.
const dates = (text: string) => detectPhi(text).filter((s) => s.category === 'DATE').map((s) => text.slice(s.start, s.end));

describe('dotted dates with a two-digit year, by default', () => {
  it.each([
    ['Sigmoidoscopy 6.2.23 at an outside clinic showed polyps.', '6.2.23'],
    ['renal panel reviewed, PTH 488 (3.14.25).', '3.14.25'],
    ['Vaccines: Hib 4.11.24, PCV 5.30.24, rotavirus 7.1.24', '5.30.24'],
    ['Vaccines: Hib 4.11.24, PCV 5.30.24, rotavirus 7.1.24', '7.1.24'],
    ['stress test 11.08.22 (Lakemoor Heart): no ischemia', '11.08.22'],
    ['CODE BLUE ON 4 EAST 2.9.25 4:10P, ROSC AT 4:18P', '2.9.25'],
    ['housed at the shelter 02.11.26 to Mar 3 per SW', '02.11.26'],
  ])('%j', (text, want) => {
    expect(dates(text)).toContain(want);
  });

  it.each([
    'Workstation software 6.2.23 installed.',
    'see section 3.1.12 of the protocol',
    'values 4.2.10 and 7.3.15 on the strip',
    'K 3.5.12 mg given',
    'pH 7.3.45 on the gas',
    'grade 2.1.10 per the scale',
    'Compared with the exam of 5.3.24.',
  ])('keeps %j', (text) => {
    expect(dates(text)).toEqual([]);
  });
});
