import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

// Invented notes of one class (src/deid/free-text/name-towns.ts, town-state-codes.ts): a town a
// name pass took for a person, opened by an organisation and a separator or by a label's colon and
// closed by a state, is a town: the state is taken with it. A credential after a person stays.
const found = (text: string) =>
  detectPhi(text, undefined, { model: null }).map((s) => text.slice(s.start, s.end));

describe('the state after a town read as a name in an address line', () => {
  it.each([
    ['Referring: Kestrel Sleep Associates, Garfield MI. Fax 555-201-3344.\nSeen today.', 'MI'],
    ['Vendor site: Hartley, MT\nExaminer present.', 'MT'],
    ['Report copied to Harrow Valley Cardiology Associates, Kendall, NH.\nNo changes.', 'NH'],
    ['Prior PCP: Copperfield Family Practice, Garfield, PA; last visit 2024.\nStable.', 'PA'],
  ])('%j', (text, state) => {
    expect(found(text)).toContain(state);
  });
});

describe('a credential or a word after a person', () => {
  it.each([
    ['Pt seen at Harbor Family Medicine, Jo Smith, PA; f/u 2 wk.\nStable.', 'PA'],
    ['Referring: Ana Roe, MD\nStable.', 'MD'],
    ['Dr. Ana Roe, PA\nPlan as above.', 'PA'],
    ['Seen by: Jo Smith, PA\nStable.', 'PA'],
  ])('%j', (text, word) => {
    expect(found(text)).not.toContain(word);
  });
});
