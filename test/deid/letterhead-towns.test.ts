// The town of a practice's site after a dash on the note's letterhead (session 44): "Harlow
// Physical Therapy - otter run", "OSPREY IMAGING SERVICES - FREEDOM", "Tollan Allergy Partners
// -- Amity office". The note's kind after such a dash stays ("- Daily Note", "- Progress",
// "- Main Campus"), and so does a dash after no organisation head or after a department alone
// ("NUCLEAR MEDICINE - HEPATOBILIARY SCAN"). Invented examples.
import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

// The places and organisations the rules find (no learned layer), merged as the detector reports them.
const rulePlaces = (text: string): string[] =>
  detectPhi(text, undefined, { model: null })
    .filter((s) => s.category === 'LOCATION' || s.category === 'INSTITUTION')
    .map((s) => text.slice(s.start, s.end));

describe('letterhead towns', () => {
  it.each([
    ['Harlow Industrial Medicine - otter run\nWork Status Report\n', 'otter run'],
    ['OSPREY IMAGING SERVICES - FREEDOM\nUS RENAL COMPLETE\n', 'FREEDOM'],
    ['Tollan Allergy Partners -- Amity office\n\nDate: 2/3/2026\n', 'Amity'],
    ['Pinecrest Wound Care - Brenlow\nVisit note\n', 'Brenlow'],
    ['brightwell occupational health - friendship\nwc recheck\n', 'friendship'],
  ])('finds the town in %j', (text, town) => {
    expect(rulePlaces(text)).toContain(town);
  });

  it.each([
    ['Harlow Physical Therapy - Daily Note\nPt seen\n', 'Daily'],
    ['Harlow Physical Therapy - daily\nPt seen\n', 'daily'],
    ['Kestrel Cardiology Associates - Progress\nPt seen\n', 'Progress'],
    ['Sleep Medicine - Followup\nPt seen\n', 'Followup'],
    ['Wound Care - Initial Evaluation\n', 'Initial'],
    ['Harbor Health - Main Campus\n', 'Main'],
    ['Follow-up visit - harmony\n', 'harmony'],
    ['Pt seen today.\nPlan reviewed with team.\nTollan Health - Unity\n', 'Amity'],
    // A department and its study: no word of a name before the head.
    ['NUCLEAR MEDICINE - HEPATOBILIARY SCAN\nPt: x\n', 'HEPATOBILIARY'],
    ['VASCULAR LAB - CAROTID DUPLEX\nPt: x\n', 'CAROTID'],
    // An ordinary second word makes the pair the note's kind.
    ['Tollan County Family Services - CASEWORKER CONTACT\nCase: x\n', 'CASEWORKER'],
  ])('takes no town from %j', (text, word) => {
    expect(rulePlaces(text).some((p) => p.includes(word))).toBe(false);
  });
});
