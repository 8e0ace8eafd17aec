import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

// Invented notes of two name classes (rules/en/deid-name-cues.yaml): the name after a care or
// contact role written as the person's label (staffLeads, contactLeads: "hospice aide", "emergency
// contact"), and a name that opens its line before "aware" (presenceTails). A staff role before a
// credential ("Charge RN") is no one's name.
const names = (text: string) => detectPhi(text).filter((s) => s.category === 'NAME').map((s) => text.slice(s.start, s.end));

describe('names after care and contact roles, and before "aware"', () => {
  it.each([
    ['home health aide wrenna here for bath, skin intact.', 'wrenna'],
    ['CNA Dorotea reports pt refused breakfast.', 'Dorotea'],
    ['emergency contact thandiwe 413-555-0148, no answer.', 'thandiwe'],
    ['called house mgr pilar at the group home re: meds', 'pilar'],
    ['Pt tearful this AM.\nIsolde aware.', 'Isolde'],
    ['DAUGHTER CALLED. MARGIT AWARE OF PLAN.', 'MARGIT'],
  ])('%j', (text, want) => {
    expect(names(text)).toContain(want);
  });

  it.each([
    'Pt aware. Family aware of plan.',
    'MD aware, no new orders.',
    'Staff aware of fall risk.',
    'aide in for bath this morning',
    'cna assisted with transfer to chair',
    'Hospice aide to visit 3x/wk.',
    'Charge RN aware.\n',
    'report to oncoming\nCharge RN\n',
  ])('leaves %j alone', (text) => {
    expect(names(text)).toEqual([]);
  });
});
