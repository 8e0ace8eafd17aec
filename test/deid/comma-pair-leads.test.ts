import { describe, expect, it } from 'vitest';
import { detectFreeTextNames } from '../../src/deid/free-text-names.js';

// Invented notes of one class (src/deid/free-text/comma-name-pairs.ts, the led frame): a "Last, First" pair led
// as a person by a lead word, a title or a person label right before the found surname, and closed after the
// given name, whose given name is a name though also a word or of no list.
const spans = (text: string, profile: 'balanced' | 'strict' = 'balanced') => detectFreeTextNames(text, { profile, model: null });
const covered = (text: string, word: string, profile: 'balanced' | 'strict' = 'balanced') => {
  const at = text.indexOf(word);
  return spans(text, profile).some((s) => s.category === 'NAME' && s.start <= at && s.end >= at + word.length);
};

describe('the given name of a led "Last, First" pair', () => {
  it.each([
    ['Wound care reviewed.\nCHARTED BY YAMASHITA, CHERISH CPTC AT 1100\n', 'CHERISH'],
    ['Implant placed.\nOPERATOR: DR. LINDAHL,JOURNEY MD\n', 'JOURNEY'],
    ['Case staffed with attending LINDGREN, HARMONY - to see at 3 pm\n', 'HARMONY'],
    ['Refill sent.\nSigned: Lindahl, Cherish DO\n', 'Cherish'],
    ['Seen by Yamashita, Hope (ID fellow) today.\n', 'Hope'],
    ['Lives alone; daughter Lindgren, Joy 555-201-3344 brings meds.\n', 'Joy'],
  ])('%j', (text, given) => {
    expect(covered(text, given)).toBe(true);
    expect(covered(text, given, 'strict')).toBe(true);
  });
});

describe('a word after a led surname and its comma that is no given name', () => {
  it.each([
    // A clinical word, a function word, a verb or a service after the comma; or no close after the word.
    ['Seen by Yamashita, improving\n', 'improving'],
    ['Discussed with Dr. Yamashita, stable overnight.\n', 'stable'],
    ['attending Yamashita, please call - pager 4411\n', 'please'],
    ['Dr. Yamashita, Will - ok to start heparin\n', 'Will'],
    ['Cleared by Lindgren, Babinski negative.\n', 'Babinski'],
    ['Seen by Dr. Lindgren, Patience advised.\n', 'Patience'],
  ])('%j', (text, word) => {
    expect(covered(text, word)).toBe(false);
  });
});
