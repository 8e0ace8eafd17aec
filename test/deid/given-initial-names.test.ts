import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

// Invented notes of one class (free-text/given-initial-names.ts): a given name and the surname's
// initial with its stop ("Hope R.", "Will V.", "June K.") is a person, though the given name is a
// word as well. A vitamin, a hepatitis type, a plan letter, a Roman numeral or a dotted germ stays.
const names = (text: string, profile: 'balanced' | 'strict' = 'balanced') =>
  detectPhi(text, undefined, { profile }).filter((s) => s.category === 'NAME').map((s) => text.slice(s.start, s.end));

describe('a given name and the initial of the surname', () => {
  it.each([
    ['Date: 4/17/2026   Witness: Hope R.', 'Hope R'],
    ['GC student Will C. observed.', 'Will C'],
    ['crew Dawn and June K. report BGL 97 in the field', 'June K'],
    ['Session co-treated with Ravi O., PTA. Pt amb 120 ft', 'Ravi O'],
    ['Employer contact: Olive H. (HR, Acme Tools) 555-201-3344', 'Olive H'],
    ['SW, covering for Abena C.', 'Abena C'],
  ])('finds the name in %j', (text, want) => {
    expect(names(text).join(' ')).toContain(want);
  });

  it.each([
    'Start Vitamin D. Recheck in 2 wk.',
    'Hepatitis B. Immune per titer.',
    'Culture grew E. coli, sensitive to cipro.',
    'Hope C. diff negative',
    'Plan B. discussed with pt.',
    'Mobitz I. No pauses.',
    'Troponin I. Trending down.',
    'Type A. Aortic dissection ruled out.',
  ])('keeps %j', (text) => {
    expect(names(text, 'strict')).toEqual([]);
  });
});
