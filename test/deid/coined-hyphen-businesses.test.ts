// One-case businesses whose name is a coined hyphenated word before a head (session 44): "at
// valu-rite pharmacy", "VIA QUIK-MED AMBULANCE", and after the Spanish "en" of a bilingual sheet
// ("recoja sus medicinas en valu-rite pharmacy"). A compound of ordinary words names a kind of the
// business, not its name ("walk-in pharmacy", "long-term care pharmacy"). Invented examples.
import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

// The places and organisations the rules find (no learned layer), merged as the detector reports them.
const rulePlaces = (text: string): string[] =>
  detectPhi(text, undefined, { model: null })
    .filter((s) => s.category === 'LOCATION' || s.category === 'INSTITUTION')
    .map((s) => text.slice(s.start, s.end));

describe('coined hyphenated business names', () => {
  it.each([
    ['pick up meds at valu-rite pharmacy, then home.\n', 'valu-rite pharmacy'],
    ['rx sent to sav-mor pharmacy per pt.\n', 'sav-mor pharmacy'],
    ['TRANSPORTED VIA QUIK-MED AMBULANCE TO ED.\n', 'QUIK-MED AMBULANCE'],
    // The Spanish "en" of a bilingual sheet opens the name as "at" does.
    ['recoja sus medicinas en valu-rite pharmacy, 12 elm rd.\n', 'valu-rite pharmacy'],
  ])('finds the business in %j', (text, business) => {
    expect(rulePlaces(text)).toContain(business);
  });

  it.each([
    ['pt uses walk-in pharmacy near home.\n'],
    ['meds from long-term care pharmacy reviewed.\n'],
    ['refills via mail-order pharmacy.\n'],
    ['sent to in-house pharmacy for compounding.\n'],
    ['pt en route via ground ambulance.\n'],
  ])('takes no business from %j', (text) => {
    expect(rulePlaces(text)).toEqual([]);
  });
});
