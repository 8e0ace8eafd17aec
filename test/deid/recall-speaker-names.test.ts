// A name of the note that is also a word ("Frank", "Joy", "Faith") spreads to where it stands as a
// speaker or subject — before a colon, a possessive or a verb of what a patient says or does — and
// nowhere else (issue 11, recall of names). Every example is invented.
import { describe, expect, it } from 'vitest';
import { ruleNames as names } from './rule-spans.js';

const count = (text: string, word: string) => names(text).filter((n) => n.replace(/['’]s$/i, '') === word).length;

describe('a name of the note in the possessive', () => {
  it.each([
    ["Married to Teodoro Vashti for 30 years.\nTeodoro's cell is on file.\n", 'Teodoro'],
    ['Sister Ingvild Marrow visited.\nIngvild’s number changed.\n', 'Ingvild'],
    ["PATIENT: OKONJO, BRISEIS\nOKONJO'S FAMILY AT BEDSIDE.\n", 'OKONJO'],
  ])('spreads the name in %j', (text, word) => {
    expect(count(text, word)).toBe(2);
  });
});

describe('a word-name of the note as speaker or subject', () => {
  it.each([
    ['Thread: Frank Okonkwo\n\n[11/25] Frank: fever gone but cough still there\n', 'Frank'],
    ['Hi Joy Banerjee,\nJoy has tried Humira without relief.\n', 'Joy'],
    ['Patient: Faith Lindqvist\nFaith reports good adherence.\n', 'Faith'],
    ["Daughter: Dawn Feld\nDawn's cell is on file.\n", 'Dawn'],
    ['Seen with Mr. Clay Mbeki today.\nClay states the rash is spreading.\n', 'Clay'],
  ])('spreads the name in %j', (text, word) => {
    expect(count(text, word)).toBe(2);
  });

  it.each([
    ['Thread: Frank Okonkwo\nFrank discussion about alcohol use.\n', 'Frank'],
    ['Hi Joy Banerjee,\nWe share your joy at the news.\n', 'joy'],
    ['Patient: Faith Lindqvist\nKeep the Faith, she said.\n', 'Faith'],
  ])('leaves the word where it is a word: %j', (text, word) => {
    expect(count(text, word)).toBeLessThanOrEqual(1);
    expect(names(text).length).toBeGreaterThanOrEqual(1);
  });

  it('spreads no word that was never a name of the note', () => {
    expect(names('Frank discussion held. Joy is a feeling.\n')).toEqual([]);
  });
});

// Session 22: in a one-case note the subject position alone decides (case tells nothing there),
// with a few more verbs of what a patient does; in a lower-case note a colon is a label's.
describe('a word-name of a one-case note as subject', () => {
  it.each([
    ['I SAW HOPE K. MBEKI TODAY AT YOUR REQUEST. HOPE CAME WITH HER SON.', 'HOPE'],
    ['pt: joy okafor, 40f.\nrecently started on tamsulosin. joy passed out after standing.', 'joy'],
    ['Patient: Clay Mbeki\nLow-grade fevers at home. Clay noticed redness of the right foot.', 'Clay'],
  ])('spreads the name in %j', (text, word) => {
    expect(count(text, word)).toBe(2);
  });
  it.each([
    ['I SAW HOPE K. MBEKI TODAY. THE HOPE OF RECOVERY IS GOOD.', 'HOPE'],
    ['pt: joy okafor, 40f.\njoy: none expressed today.', 'joy'],
  ])('leaves the word in %j', (text, word) => {
    expect(count(text, word)).toBe(1);
  });
});
