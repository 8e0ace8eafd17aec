import { describe, expect, it } from 'vitest';
import { TokenScanner } from '../../src/deid/free-text/token-scanner.js';
import { besideClinicalTerm } from '../../src/deid/learned/learned-names.js';
import { eagerModel, learnedScan, scanNote } from '../helpers/learned-models.js';

// An ordinary word right beside a clinical term ("suspected Colon Cancer at …", "Known Lung Nodule")
// is part of the term's phrase, not a town or a person written in Title case: the learned layer
// leaves it whatever the model scores. Every example is invented.
const at = (s: TokenScanner, word: string) => s.tokens.findIndex((t) => t.word === word);
const PROSE = 'The patient was seen today. ';

describe('learned layer: ordinary words beside a clinical term', () => {
  it.each([
    ['Referred with suspected Colon Cancer at an outside clinic.', 'Cancer'],
    ['History of Breast Cancer treated in the past.', 'Cancer'],
    ['Known Lung Nodule followed by CT.', 'Nodule'],
    ['She has Chronic Kidney Disease and gout.', 'Chronic'],
    ['Started on Lisinopril Therapy last month.', 'Therapy'],
  ])('%j: %s is part of the term', (text, word) => {
    const s = scanNote(PROSE + text);
    expect(besideClinicalTerm(s, at(s, word))).toBe(true);
    for (const cls of [1, 2] as const) {
      const m = learnedScan(PROSE + text, eagerModel(cls), 'balanced');
      expect(m.spans.map((x) => m.text.slice(x.start, x.end))).not.toContain(word);
    }
  });
  it.each([
    ['She moved near Orchard Ridge last year.', 'Orchard'],
    ['Lives in Cedar Hollow; colon screening due.', 'Hollow'],
    // A clinical word on the next line, or across punctuation, is not beside it.
    ['Daughter lives in Maple Grove.\nColon prep reviewed.', 'Grove'],
    ['Transferred from Stone Bridge, lungs clear.', 'Bridge'],
  ])('%j: %s is not', (text, word) => {
    const s = scanNote(PROSE + text);
    expect(besideClinicalTerm(s, at(s, word))).toBe(false);
  });
});
