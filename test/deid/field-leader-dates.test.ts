import { describe, expect, it } from 'vitest';
import { detectPatterns } from '../../src/deid/patterns.js';

const dates = (text: string) => detectPatterns(text).filter((s) => s.category === 'DATE').map((s) => text.slice(s.start, s.end));

// Issue 11: a dotted date after a field's dot leaders ("DATE..........5.6.26") is read as after the field's
// label (a value's or version's label still keeps it a value); a dotted date after a document's word and "of"
// ("letter of 10.8.25") is that document's day; and the short date fields DOI / DOA / DOD date a pair like
// DOB and DOS. Every example is invented.
describe('dates after dot leaders, a document of a day, or a short date field', () => {
  it.each([
    ['PATIENT......DOE, J\nDATE..............3.9.26\nTECH......', '3.9.26'],
    ['Study date ........ 11.4.25', '11.4.25'],
    ['per the insurer letter of 2.17.26, coverage ends', '2.17.26'],
    ['see consult note of 7.3.25 for details', '7.3.25'],
    ['Employer: ACME   DOI: 3-4', '3-4'],
    ['DOA 2/2, DOD 2/5', '2/2'],
  ])('%s → %s', (text, day) => {
    expect(dates(text)).toContain(day);
  });
  it.each(['firmware......1.2.26 installed', 'Version........3.1.24', 'see section 4 of 2.1.10', 'K......3.5.12 mg'])('keeps %s', (text) => {
    expect(dates(text)).toEqual([]);
  });
});
