import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

const names = (text: string) =>
  detectPhi(text)
    .filter((s) => s.category === 'NAME')
    .map((s) => text.slice(s.start, s.end));

// Session 43: whoever labelled a specimen or a syringe writes their initials after "labelled" (staffInitials.weakLabels):
// a group closing the clause that is no word or clinical abbreviation. Every example is invented.
describe('initials after "labelled"', () => {
  it.each([
    ['Blood tubes labelled kqv, sent to lab.', ['kqv']],
    ['Heparin syringe labelled T.R.W. / bay 4.', ['T', 'R', 'W']],
    ['Urine cup labeled ZDF.', ['ZDF']],
  ])('%j', (text, who) => {
    expect(names(text)).toEqual(expect.arrayContaining(who));
  });
  it.each(['Specimen labelled STAT.', 'Cup labelled RUQ.', 'Vial labelled with pt name.', 'Tubes labelled x2, sent.', 'Slides labelled A, B, C.'])(
    'no name in %j',
    (text) => {
      expect(names(text)).toEqual([]);
    },
  );
});
