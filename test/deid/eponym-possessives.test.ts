import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

// Invented notes of one class (rules/en/deid-name-cues.yaml, eponymConditions): a surname that names
// a condition, written in the possessive without the condition's noun, is the condition and must
// survive de-identification; a title or a relation after it still makes a person, and a common
// surname in the possessive stays a name ("Wilson's wife", "Bell's").
const names = (text: string) => detectPhi(text).filter((s) => s.category === 'NAME').map((s) => text.slice(s.start, s.end));

describe('eponymous conditions in the possessive', () => {
  it.each([
    "PMH: GERD, Barrett's, HTN.",
    "Addison's crisis on arrival, stress-dose steroids given.",
    "hx of Paget's, on alendronate",
    'CROHN’S FLARE, ON BUDESONIDE',
    "Known Cushing's; endocrine following.",
    "h/o Hodgkin's in remission",
  ])('keeps %j', (text) => {
    expect(names(text)).toEqual([]);
  });

  it.each([
    ["Dr. Barrett's office called back.", "Barrett's"],
    ["Mrs. Paget's son at bedside.", "Paget's"],
    ["Barrett's daughter called with questions.", "Barrett's"],
    ["Spoke with Graves' son about the plan.", "Graves'"],
    ["Tamsin Wilson, 71. Wilson's pharmacy refill sent.", "Wilson's"],
  ])('still finds the person in %j', (text, want) => {
    expect(names(text)).toContain(want);
  });
});
