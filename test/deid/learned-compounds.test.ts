import { describe, expect, it } from 'vitest';
import { shippedVocabulary } from '../../src/deid/keep-list/keep-vocabulary.js';
import { vocabularyCompound } from '../../src/deid/learned/learned-names.js';
import { detectPhi } from '../../src/deid/detect.js';
import { eagerModel, learnedMarks } from '../helpers/learned-models.js';

// Two vocabulary words run together in lower case in a mixed-case note ("midlevels aware",
// "housestaff notified") are staff words, not a name written without its capital: the learned
// layer never takes them as a name, whatever the model scores. Towns built so stay places.
const marked = (text: string, cls: 1 | 2 = 1, profile: 'balanced' | 'strict' = 'balanced') => learnedMarks(text, eagerModel(cls), profile);

describe('learned layer: lower-case compounds of vocabulary words are no names', () => {
  it('reads a head of 3+ letters and a tail of 5+ letters, both vocabulary', () => {
    for (const w of ['midlevels', 'housestaff', 'nightshift', 'floorstaff', 'weekendstaff', 'nightnurses', 'teamleads']) expect(vocabularyCompound(w, shippedVocabulary()), w).toBe(true);
    // Surnames and unknown words: no split into two vocabulary words with a long tail.
    for (const w of ['dudak', 'zemlak', 'redfern', 'newman', 'treadwell', 'goodwin', 'okonkwo', 'whitlock', 'hillman', 'blackwood', 'mid-levels', 'Midlevels']) {
      expect(vocabularyCompound(w, shippedVocabulary()), w).toBe(false);
    }
  });

  it('an eager name model takes none of them in lower case in a mixed-case note', () => {
    for (const w of ['midlevels', 'housestaff', 'nightshift', 'floorstaff', 'nightnurses']) {
      expect(marked(`Fluid bolus given per ICU protocol. ${w} aware. BP 110/70.`), w).toEqual([]);
    }
  });

  it('still takes an unknown lower-case word, a Title-case compound, a compound place and a compound of a one-case note', () => {
    expect(marked('Fluid bolus given per ICU protocol. zemlak aware. BP 110/70.')).toEqual(['zemlak']);
    expect(marked('Fluid bolus given per ICU protocol. Housestaff aware. BP 110/70.')).toEqual(['Housestaff']);
    expect(marked('Daughter lives in westbrook per ICU SW. BP 110/70.', 2)).toEqual(['westbrook']);
    expect(marked('fluid bolus given. housestaff aware. bp stable.')).toEqual(['housestaff']);
  });

  it('the shipped detector leaves staff compounds and keeps the person told', () => {
    const names = (text: string) => detectPhi(text).filter((s) => s.category === 'NAME').map((s) => text.slice(s.start, s.end));
    expect(names("MD's aware. Team notified. midlevels aware. Family made aware.")).toEqual([]);
    expect(names('Pain meds given. nightshift aware. Fluid bolus given, housestaff notified.')).toEqual([]);
    expect(names('Fluid bolus given. HO Zemlak notified, no other intervention.')).toEqual(['Zemlak']);
  });
});
