// What the learned layer's limit tests share: a note scanned as the detector scans it, and a model
// that takes every candidate token it is shown, so that only the layer's own limits stop it.
import { tokenStream } from '../../src/deid/token-stream.js';
import { loadLexicons } from '../../src/deid/lexicons.js';
import { TokenScanner } from '../../src/deid/free-text/token-scanner.js';
import { clippedWords, commonWords } from '../../src/deid/free-text/vocabulary.js';
import { shippedVocabulary } from '../../src/deid/keep-list/keep-vocabulary.js';
import { learnedNames } from '../../src/deid/learned/learned-names.js';
import type { LearnedModel } from '../../src/deid/learned/model-file.js';
import type { DeidProfile } from '../../src/deid/keep-list/keep-list-names.js';

/** The text as the detector's free-text passes scan it (shipped lexicons and vocabularies). */
export function scanNote(text: string): TokenScanner {
  return new TokenScanner(tokenStream(text), loadLexicons(), commonWords(), clippedWords());
}

/**
 * A model whose one feature (`bias` by default, present on every token) scores its class 100 and
 * the others 0, with thresholds 0: it calls every candidate a name (class 1) or a place (class 2).
 */
export function eagerModel(cls: 1 | 2 = 1, feature = 'bias'): LearnedModel {
  return { weights: new Map([[feature, Float64Array.from(cls === 1 ? [0, 100, 0] : [0, 0, 100])]]), thresholds: { balanced: 0, strict: 0 }, origin: 'test' };
}

/** The spans the learned layer alone marks in `text` with `model`, as the scanner holds them after it. */
export function learnedScan(text: string, model: LearnedModel, profile: DeidProfile = 'balanced'): TokenScanner {
  const s = scanNote(text);
  learnedNames(s, model, shippedVocabulary(), profile);
  return s;
}

/** The text of every span the learned layer marks in `text` with `model`. */
export function learnedMarks(text: string, model: LearnedModel, profile: DeidProfile = 'balanced'): string[] {
  const s = learnedScan(text, model, profile);
  return s.spans.map((x) => text.slice(x.start, x.end));
}
