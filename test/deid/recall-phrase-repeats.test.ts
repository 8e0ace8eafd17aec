import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

// Invented notes of one class (src/deid/free-text/phrase-repeats.ts, and the carrier / mode labels
// of deid-place-cues.yaml organisations.labels): an organisation of two words or more found once in
// the note is found again wherever the note repeats it, in any case.
const orgs = (text: string) =>
  detectPhi(text, undefined, { model: null })
    .filter((s) => s.category === 'INSTITUTION' || s.category === 'LOCATION')
    .map((s) => text.slice(s.start, s.end).toLowerCase());
const count = (text: string, org: string) => orgs(text).filter((w) => w === org).length;

describe('an organisation named again in the note', () => {
  it.each([
    ['Pt left via Seabright Ambulette.\ncalled seabright ambulette to cancel pickup', 'seabright ambulette', 2],
    ['INSURANCE: KESTREL MUTUAL / MEDICARE\nFIRST REPORT FAXED TO KESTREL MUTUAL 0930', 'kestrel mutual', 2],
    ['TRANSPORT: SKYWARD AIR, ETA 20 MIN\n0915 SKYWARD AIR ON SCENE', 'skyward air', 2],
    ['carrier: Quorra Claims Services, adjuster on file\nprogress note faxed to Quorra Claims Services', 'quorra claims services', 2],
    ['8. MODE: Heronwing Air\n9. EMTALA signed', 'heronwing air', 1],
  ])('%j', (text, org, n) => {
    expect(count(text, org)).toBe(n);
  });
});

describe('ordinary phrases and labels that name no organisation', () => {
  it.each([
    ['MODE: GROUND\nWEATHER HOLD ON AIR, GROUND INSTEAD', 'ground'],
    ['carrier: pending\nclaim number to follow', 'pending'],
    ['Mode: air ambulance per MD', 'air ambulance'],
    ['home health aide 3x/wk; home health to resume', 'home health'],
  ])('%j', (text, phrase) => {
    expect(orgs(text)).not.toContain(phrase);
  });
});
