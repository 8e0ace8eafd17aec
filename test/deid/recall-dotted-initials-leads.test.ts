import { describe, expect, it } from 'vitest';
import { detectFreeTextNames } from '../../src/deid/free-text-names.js';

// Invented notes (issue 11, class found on eval/deid-styles-dev-3, a development set): a person
// written as dotted initials — after "initials", after a patient lead, or as the subject of a log
// line or in a bracket (src/deid/free-text/dotted-initials.ts). Dotted abbreviations stay.
const dotted = (text: string) =>
  detectFreeTextNames(text, { model: null })
    .filter((s) => s.category === 'NAME' && s.source === 'dotted-initials')
    .map((s) => text.slice(s.start, s.end))
    .join('');

describe('dotted initials of a person', () => {
  it.each([
    ['Call from son re: pt K.L.M.\nChart 4410', 'KLM'],
    ['Pt initials D.O.   Physician: Dr. Voss', 'DO'],
    ['resident initials b.n.o.   aide signature: lw', 'bno'],
    ['Summary (R.J.): slowing over the left temporal region.', 'RJ'],
    ['0230 T.W. woke, asked for water, back to sleep.', 'TW'],
    ['Discharge: H.Q.Z. picked up by niece.', 'HQZ'],
    ['callback re Y.K.: resting now.', 'YK'],
  ])('%s', (text, letters) => {
    expect(dotted(text)).toBe(letters);
  });

  it.each([
    'Given 5 mg p.o. b.i.d. with meals, e.g. at 8 a.m.',
    'Signed Jon Wu, M.D. at 5 P.M.',
    'Unable to draw from D.L. PICC.',
    'Fentanyl increased per V.O. DR. LEE.',
    'pt N.P.O. after midnight.',
    'Moved from Pierre, S.D., last year.',
    'Chest tube D.C.\'D at noon.',
  ])('leaves %s', (text) => {
    expect(dotted(text)).toBe('');
  });
});
