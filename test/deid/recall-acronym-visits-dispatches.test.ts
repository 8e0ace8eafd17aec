import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

// Invented notes of one class (src/deid/free-text/acronym-wards.ts; deid-place-cues.yaml
// acronyms.directCues "visit", acronyms.wardsAfter "dispatched"): an unknown capitals acronym right
// after "visit" names the hospital visited, one right before "dispatched" the team or service sent.
// Generic teams, kinds of visit and words of any list stay.
const found = (text: string) =>
  detectPhi(text, undefined, { model: null }).map((s) => text.slice(s.start, s.end));

describe('a facility or agency acronym after "visit" or before "dispatched"', () => {
  it.each([
    ['Exposure sites:\n- ED visit QXB 5/14, waiting room ~2 h, not masked.', 'QXB'],
    ['Where pt went:\n- ED VISIT KWLT 3/02, WAITING ROOM ~1 H.', 'KWLT'],
    ['1715 caller gave address; consent to mobile crisis. QRTX dispatched (Ana Roe, LCSW)\n1730 callback.', 'QRTX'],
    ['0212 Caller agrees to transport. ZMVA dispatched, ETA 20 min.\n0240 on scene.', 'ZMVA'],
  ])('%j', (text, acronym) => {
    expect(found(text)).toContain(acronym);
  });
});

describe('generic teams, kinds of visit and known words stay', () => {
  it.each([
    ['1715 consent to mobile crisis. MCOT dispatched (Ana Roe, LCSW)\n1730 callback.', 'MCOT'],
    ['0212 Caller agrees. EMS dispatched to the home.\n0240 on scene.', 'EMS'],
    ['Home health visit ROC today; wound healing.\nPlan: continue.', 'ROC'],
    ['Clinic visit PRN if worse.\nPlan: rest.', 'PRN'],
    ['Follow-up visit TBD.\nPlan: rest.', 'TBD'],
  ])('%j', (text, word) => {
    expect(found(text)).not.toContain(word);
  });
});
