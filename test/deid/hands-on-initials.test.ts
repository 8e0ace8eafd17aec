import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

const names = (text: string, profile: 'balanced' | 'strict' = 'balanced') =>
  detectPhi(text, undefined, { profile })
    .filter((s) => s.category === 'NAME')
    .map((s) => text.slice(s.start, s.end));

// Session 43: the initials of whoever did a hands-on act (userIds.handsOnActions in
// rules/en/deid-person-slots.yaml), even when the letters spell a clinical abbreviation. Every example is invented.
describe('initials after a hands-on act', () => {
  it.each([
    ['Left arm graft cannulated 16g x2 by KM. Flows good.', 'KM'],
    ['Tracer injected 0915 L hand by HO. Scan at 1015.', 'HO'],
    ['Isotope injected 11:40 am R antecubital by TR / imaging started 12:40.', 'TR'],
    ['Fistula recannulated by PVG after infiltration; pressures stable.', 'PVG'],
    ['Overnight call logged by KV 4.12.26 0301 and routed to the on-call.', 'KV'],
    ['Dose injected by BM at 14:05, no reaction.', 'BM'],
  ])('%j', (text, who) => {
    expect(names(text)).toContain(who);
    expect(names(text, 'strict')).toContain(who);
  });
  it.each([
    'Graft cannulated by IR. Flow good afterwards.',
    'Steroid injected by ENT at the last visit.',
    'Contrast injected by CT protocol for the abdomen.',
    'Lidocaine injected by MD, then the cyst was drained.',
    'Fistula cannulated by RN, no issues.',
    'Tracer injected 0915 R arm by me.',
    'Symptoms logged by phone with the daughter.',
    'Cannulated by ICU team before transfer.',
  ])('no name in %j', (text) => {
    expect(names(text)).toEqual([]);
  });
});
