import { describe, expect, it } from 'vitest';
import { TokenScanner } from '../../src/deid/free-text/token-scanner.js';
import { inHeadlineSentence } from '../../src/deid/free-text/headline-case.js';
import { eagerModel, learnedMarks, scanNote } from '../helpers/learned-models.js';

// A sentence in headline case ("Cardiac And Mediastinal Contours Are Unremarkable.") capitalises
// every word, so a capital tells nothing there: the learned layer reads an ordinary word in it as
// it does in a note in capitals, only beside a name or place cue. Every example is invented.
const at = (s: TokenScanner, word: string) => s.tokens.findIndex((t) => t.word === word);
// A model that takes every token it may mark as a place (class 2), whatever its features.
const eager = eagerModel(2);
const marked = (text: string, profile: 'balanced' | 'strict' = 'balanced') => learnedMarks(text, eager, profile);
const PROSE = 'The patient was seen today. ';

describe('a sentence in headline case', () => {
  it.each([
    ['Cardiac And Mediastinal Contours Are Unremarkable.', 'Contours'],
    ['Lungs Are Clear Without Focal Consolidation.', 'Focal'],
    ['Osseous Structures Remain Intact With Mild Degenerative Change.', 'Structures'],
    ['Heart Size Is Within Normal Limits', 'Limits'],
    ['Impression: Stable Appearance Of Lines And Tubes.', 'Appearance'],
  ])('%j: %s stands in one', (text, word) => {
    const s = scanNote(PROSE + text);
    expect(inHeadlineSentence(s, at(s, word))).toBe(true);
  });
  it.each([
    // Prose: the marker words are in lower case, or open the sentence, or are the word itself.
    ['She lives near Orchard Ridge and is well.', 'Orchard'],
    ['Is Orchard Ridge far from here?', 'Orchard'],
    ['Visited by Rose Hill. Lungs are clear and heart normal.', 'Rose'],
    // The marker stands in another sentence or field.
    ['Lungs Are Clear. Daughter visiting from Maple Grove today.', 'Maple'],
    ['Pain: None And Stable\nLives near Cedar Bluff', 'Cedar'],
    // A marker in capitals is an abbreviation or emphasis, not headline case.
    ['Daughter from Maple Grove AND son at bedside', 'Maple'],
  ])('%j: %s does not', (text, word) => {
    const s = scanNote(PROSE + text);
    expect(inHeadlineSentence(s, at(s, word))).toBe(false);
  });
});

describe('learned layer: ordinary words of a headline-case sentence', () => {
  it.each([
    'Cardiac And Mediastinal Contours Are Unremarkable.',
    'Pulmonary Vasculature Is Within Normal Limits And Bones Are Intact.',
    'Soft Tissues Are Unremarkable Without Subcutaneous Emphysema.',
  ])('an eager model takes no ordinary word of %j', (text) => {
    for (const profile of ['balanced', 'strict'] as const) expect(marked(PROSE + text, profile)).toEqual([]);
  });
  it.each([
    // A place cue still lets the model decide, as in a note in capitals.
    ['Lives With Daughter In Orchard Ridge And Is Independent.', ['Orchard', 'Ridge']],
    // Prose: a capitalised word mid-sentence is left to the model as before.
    ['She moved near Orchard Ridge last year and is well.', ['Orchard', 'Ridge']],
  ])('%j is still the model’s to decide', (text, words) => {
    expect(marked(PROSE + text)).toEqual(expect.arrayContaining(words));
  });
});
