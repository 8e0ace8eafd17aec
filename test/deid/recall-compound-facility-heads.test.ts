import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

// Invented notes of one class (deid-place-cues.yaml organisations.compoundHeads, read by
// place-shapes.ts organisations and one-case-compound-orgs.ts): a name before a two-word head that
// says what kind of place it is (a day or outpatient surgery centre, an ambulance or claims
// service, a distribution centre, a Friends meeting) is that organisation.
const places = (text: string) =>
  detectPhi(text, undefined, { model: null })
    .filter((s) => s.category === 'LOCATION' || s.category === 'INSTITUTION')
    .map((s) => text.slice(s.start, s.end));

describe('a name before a two-word kind of place', () => {
  it.each([
    ['Colonoscopy done 3/2 at Pellworth Day Surgery, no issues.', 'Pellworth'],
    ['ZANDERLY OUTPATIENT SURGERY\nPROCEDURE REPORT', 'ZANDERLY'],
    ['1712 quenmore ambulance service called, eta 20 min', 'quenmore'],
    ['Case mgr w/ Tressler Claims Services re: claim', 'Tressler'],
    ['SITE: HOLLOWAY DISTRIBUTION CENTER   JOB: LOADER', 'HOLLOWAY'],
    ['CHAPLAIN FROM BRINDLEWOOD FRIENDS MEETING VISITED', 'BRINDLEWOOD'],
  ])('%j', (text, word) => {
    expect(places(text).some((p) => p.includes(word))).toBe(true);
  });
});

describe('the kinds alone, or after generic words, stay', () => {
  it.each([
    ['Scheduled for day surgery on Monday.', 'surgery'],
    ['Needs Outpatient Surgery referral', 'Outpatient'],
    ['called ambulance service for transport', 'ambulance'],
    ['Please contact Claims Services for a form.', 'Claims'],
    ['Family attends a friends meeting weekly.', 'friends'],
  ])('%j', (text, word) => {
    expect(places(text).some((p) => p.includes(word))).toBe(false);
  });
});
