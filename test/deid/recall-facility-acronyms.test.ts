import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

// Invented notes of one class (src/deid/free-text/facility-acronyms.ts): a bracket after a
// facility's name spelling its initials is the facility's acronym, and so is every later use of it
// alone in the note.
const places = (text: string) =>
  detectPhi(text, undefined, { model: null })
    .filter((s) => s.category === 'LOCATION' || s.category === 'INSTITUTION')
    .map((s) => text.slice(s.start, s.end));
const count = (text: string, word: string) => places(text).filter((w) => w === word).length;

describe("a facility's acronym defined in the note, and its later uses", () => {
  it.each([
    ['CALLED MARLOWE VALLEY HOSPITAL (MVH) TRANSFER LINE\n0810 PT DEPARTED MVH BY GROUND', 'MVH', 2],
    ['seen at quillby regional medical center (qrmc) 2 wk ago\nlabs faxed from qrmc', 'qrmc', 2],
    ['Discharge summary from Saint Orla Bay Hospital (SOBH).\nSOBH hospitalist called back.', 'SOBH', 2],
    ['Dialysis at Tri-Harbor Kidney Institute (THKI), chair 4\nTHKI social worker aware', 'THKI', 2],
    ['Transferred from RenalPoint of Wexcombe (RPW) after move', 'RPW', 1],
  ])('%j', (text, acronym, n) => {
    expect(count(text, acronym)).toBe(n);
  });
});

describe('brackets of initials that are no facility', () => {
  it.each([
    ['Admitted to the Intensive Care Unit (ICU) for coronary artery disease (CAD).', 'CAD'],
    ['Referred for Transcranial Magnetic Stimulation (TMS) trial.', 'TMS'],
    ['Patient Controlled Analgesia (PCA) started; PCA dose 1 mg.', 'PCA'],
    ['Spoke with Ana Ruiz (AR) about the plan.', 'AR'],
  ])('%j', (text, acronym) => {
    expect(places(text)).not.toContain(acronym);
  });
});
