// A practice or supplier named by a word and two kinds of care joined by "&" (session 44): "Yarrow
// Sleep & Lung", "at wrexley gi & liver", "call quivrel oncology & infusion at 555-0100". The kinds
// alone, or after a clinical, generic or department word, are a service and stay. Invented examples.
import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

// The places and organisations the rules find (no learned layer), merged as the detector reports them.
const rulePlaces = (text: string): string[] =>
  detectPhi(text, undefined, { model: null })
    .filter((s) => s.category === 'LOCATION' || s.category === 'INSTITUTION')
    .map((s) => text.slice(s.start, s.end));

describe('practices named before two kinds of care joined by "&"', () => {
  it.each([
    ['PCP: M. Roe  (Zorvane Sleep & Lung)   Ph: 555-201-0100\n', 'Zorvane Sleep & Lung'],
    ['Referring: J. Roe MD, Tamsfield GI & Liver\n', 'Tamsfield GI & Liver'],
    ['lvm to call harmony oncology & infusion at 555-201-0100.\n', 'harmony oncology & infusion'],
    ['rx sent to brenn rx & feed in silt.\n', 'brenn rx & feed'],
    ['Follow-up at Velloway Skin & Mohs Center in 3 months.\n', 'Velloway Skin & Mohs'],
  ])('finds the practice in %j', (text, practice) => {
    expect(rulePlaces(text).some((p) => p.startsWith(practice))).toBe(true);
  });

  it.each([
    ['Seen in Hematology & Oncology clinic today.\n'],
    ['Division of Pulmonary & Critical Care Medicine\n'],
    ['f/u at pain & spine in 2 wk.\n'],
    ['labs at baseline liver & kidney function.\n'],
    ['Adult Sleep & Lung program referral placed.\n'],
    ['home oxygen & dme needs reviewed.\n'],
  ])('takes no practice from %j', (text) => {
    expect(rulePlaces(text)).toEqual([]);
  });
});
