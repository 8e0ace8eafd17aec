import { describe, expect, it } from 'vitest';
import { tokenStream } from '../../src/deid/token-stream.js';
import { loadLexicons } from '../../src/deid/lexicons.js';
import { TokenScanner } from '../../src/deid/free-text/token-scanner.js';
import { clippedWords, commonWords } from '../../src/deid/free-text/vocabulary.js';
import { shippedVocabulary } from '../../src/deid/keep-list/keep-vocabulary.js';
import { besideClinicalTerm, learnedNames } from '../../src/deid/learned/learned-names.js';
import type { LearnedModel } from '../../src/deid/learned/model-file.js';

// An ordinary word right beside a clinical term ("suspected Colon Cancer at …", "Known Lung Nodule")
// is part of the term's phrase, not a town or a person written in Title case: the learned layer
// leaves it whatever the model scores. Every example is invented.
const scan = (text: string) => new TokenScanner(tokenStream(text), loadLexicons(), commonWords(), clippedWords());
const at = (s: TokenScanner, word: string) => s.tokens.findIndex((t) => t.word === word);
const eager = (cls: 1 | 2): LearnedModel => ({ weights: new Map([['bias', Float64Array.from(cls === 1 ? [0, 100, 0] : [0, 0, 100])]]), thresholds: { balanced: 0, strict: 0 }, origin: 'test' });
const PROSE = 'The patient was seen today. ';

describe('learned layer: ordinary words beside a clinical term', () => {
  it.each([
    ['Referred with suspected Colon Cancer at an outside clinic.', 'Cancer'],
    ['History of Breast Cancer treated in the past.', 'Cancer'],
    ['Known Lung Nodule followed by CT.', 'Nodule'],
    ['She has Chronic Kidney Disease and gout.', 'Chronic'],
    ['Started on Lisinopril Therapy last month.', 'Therapy'],
  ])('%j: %s is part of the term', (text, word) => {
    const s = scan(PROSE + text);
    expect(besideClinicalTerm(s, at(s, word))).toBe(true);
    for (const cls of [1, 2] as const) {
      const m = scan(PROSE + text);
      learnedNames(m, eager(cls), shippedVocabulary(), 'balanced');
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
    const s = scan(PROSE + text);
    expect(besideClinicalTerm(s, at(s, word))).toBe(false);
  });
});
