import { describe, expect, it } from 'vitest';
import { rulePlaces } from './rule-spans.js';

// Invented lines of one class (rules/en/deid-place-cues.yaml acronyms.cues "declined", "offered"):
// an unknown capitals acronym after a hospital's refusal or offer and a preposition is the hospital.
describe('the hospital that declined a transfer or offered a bed', () => {
  it.each([
    ['declined by KWR (no neuro ICU beds) before calling us', ['KWR']],
    ['DECLINED BY TBMC - NO CATH LAB', ['TBMC']],
    ['bed offered at QRV, family prefers closer', ['QRV']],
  ])('%j', (text, want) => {
    expect(rulePlaces(text)).toEqual(want);
  });
});

describe('decision makers, staff and units that decline', () => {
  it.each(['intubation declined by DPOA', 'declined by NOK', 'PT declined by PT today', 'sx declined by MD', 'declined by PCP', 'declined by ICU', 'declined by HCP, DNR'])('%j', (text) => {
    expect(rulePlaces(text)).toEqual([]);
  });
});
