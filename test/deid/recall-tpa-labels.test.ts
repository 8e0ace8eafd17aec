import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

// Invented notes of one class (deid-place-cues.yaml organisations.labels += tpa, "claims
// administrator"): the third-party administrator named after its label's colon in a workers'
// compensation note is an organisation; the thrombolytic written the same way ("tPA: given") is not.
const orgs = (text: string) =>
  detectPhi(text, undefined, { model: null })
    .filter((s) => s.category === 'LOCATION' || s.category === 'INSTITUTION')
    .map((s) => text.slice(s.start, s.end));

describe("a claim's third-party administrator after its label", () => {
  it.each([
    ['TPA: Varden TPA, nurse case mgr on file', 'Varden'],
    ['TPA: BrightLedger Claims, adjuster to call', 'BrightLedger'],
    ['Claims administrator: Quorrel Risk, claim # 4471', 'Quorrel'],
  ])('%j', (text, word) => {
    expect(orgs(text).some((o) => o.includes(word))).toBe(true);
  });
});

describe('the thrombolytic after the same label stays', () => {
  it.each([
    ['tPA: not given, outside window', 'not'],
    ['TPA: Activase 0.9 mg/kg over 60 min', 'Activase'],
    ['tpa: declined by family', 'declined'],
    ['TPA: Yes, door to needle 42 min', 'Yes'],
  ])('%j', (text, word) => {
    expect(orgs(text).some((o) => o.includes(word))).toBe(false);
  });
});
