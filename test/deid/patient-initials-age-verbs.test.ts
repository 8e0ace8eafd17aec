import { describe, expect, it } from 'vitest';
import { detectFreeTextNames } from '../../src/deid/free-text-names.js';

// Invented notes (session 25): the patient's initials before the patient's age ("(pt R.K., age 71)"), and a
// unit- or title-shaped group in brackets after "pt" when a verb of the patient follows ("Pt (MM) cooperative").
const spans = (text: string) =>
  detectFreeTextNames(text, { model: null })
    .filter((s) => s.category === 'NAME')
    .map((s) => text.slice(s.start, s.end));

describe("the patient's initials before the age and before a verb", () => {
  it.each([
    ['Caregiver teaching done w/ daughter (pt R.K., age 71): tub transfer.', ['R', 'K']],
    ['Home eval (pt TW, age 64) shows two steps.', ['TW']],
    ['pt jd, 8 yo, here with grandmother.', ['jd']],
    ['PT KW, 45 YEARS OLD, ARRIVED BY EMS.', ['KW']],
    ['Pt (IM) cooperative with the exam.', ['IM']],
    ['Pt (kg) tolerated the first session.', ['kg']],
    ['PT (MR) REQUESTING WATER.', ['MR']],
  ])('%j', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it.each([
    'Pt (IM) injection given at 0900.',
    'pt (mm) of drainage noted.',
    'Pt (kg) weight stable.',
    'pt now, age 5, weight 20 kg.',
    'pt has, 45 yo per chart.',
    'Pt (ok) cooperative.',
  ])('finds no initials in %j', (text) => {
    expect(spans(text)).toEqual([]);
  });
});
