// The learned layer (issue 11): an averaged perceptron over token features (features.ts) that
// marks names and places the cue, lexicon and keep-list passes did not reach. It adds spans (a
// union with the rules); it never removes one. It scores only candidate tokens — not function
// words, and in mixed-case notes not lower-case vocabulary words — so it stays cheap.
import * as tokenScanner from '../free-text/token-scanner.js';
import type { Token, TokenScanner } from '../free-text/token-scanner.js';
import * as vocabularyLists from '../free-text/vocabulary.js';
import type { DeidProfile } from '../keep-list/keep-list-names.js';
import type { KeepVocabulary } from '../keep-list/keep-vocabulary.js';
import { lineIndex, tokenFeatures } from './features.js';
import { LEARNED_CLASSES, type LearnedModel } from './model-file.js';
import { scoreFeatures } from './perceptron.js';
import { nameCues } from '../rules/deid-rules.js';

const { isCap } = tokenScanner;
const { CREDENTIALS, STATE_OR_COUNTRY, STOP, TITLES, commonWords } = vocabularyLists;

/**
 * Whether the layer looks at a token at all. Function words never name anyone; in a mixed-case
 * note a lower-case vocabulary word is prose. Training uses the same test, so the model learns
 * only the tokens it will be asked about.
 */
export function isCandidate(s: TokenScanner, t: Token, vocab: KeepVocabulary): boolean {
  if (STOP.has(t.lower)) return false;
  if (s.style === 'mixed' && !isCap(t.word) && vocab.has(t.lower)) return false;
  return true;
}

// Words of the name cues (titles, credentials, relations, leads): the context of a name, never one.
const CUE_WORDS = new Set(Object.values(nameCues().cues).flatMap((c) => c.words));

/**
 * Whether the layer may mark a token it scored as PHI. Some classes of word stay whatever the
 * score: states and countries (not Safe Harbor identifiers); clinical terms and cue words
 * ("Niece", "Radiologist"); ordinary words, unless a name list holds them and they are written as
 * a name mid-sentence ("Hope" may be a name; "DAYS", "WELL" in capitals are words); and, in
 * the balanced profile, a misspelling one edit from a vocabulary word ("Famliy", "AFBRILE") that
 * no name list knows.
 */
export function mayMark(s: TokenScanner, t: Token, vocab: KeepVocabulary, profile: DeidProfile): boolean {
  const w = t.lower.endsWith("'s") ? t.lower.slice(0, -2) : t.lower;
  const l = s.lex;
  if (STATE_OR_COUNTRY.has(w) || l.clinical.has(w) || CUE_WORDS.has(w) || TITLES.has(w) || CREDENTIALS.has(w)) return false;
  if (vocab.has(w) || commonWords().has(w)) {
    // A word that is also a name ("Hope", "Will") counts only written as a name: Title case in a
    // mixed-case note, not at a sentence or line start. In capitals nothing tells it from the word.
    if (!(l.ambiguousNames.has(w) || l.firstNames.has(w)) || s.style !== 'mixed' || !isCap(t.word) || t.word === t.word.toUpperCase()) return false;
    return !/(?:^|[.:!?;\n])[ \t"'(*-]*$/.test(s.text.slice(Math.max(0, t.start - 4), t.start));
  }
  if (l.firstNames.has(w) || l.lastNames.has(w) || l.places.has(w)) return true;
  return !(profile === 'balanced' && w.length >= 5 && vocab.nearMiss(w));
}

/** The class a token takes: 0 (not PHI) or the index of NAME / LOCATION, and its margin over O. */
export function classify(model: LearnedModel, features: readonly string[], scores: Float64Array): { label: number; margin: number } {
  scoreFeatures(model.weights, features, scores);
  let best = 1;
  for (let c = 2; c < scores.length; c++) if (scores[c]! > scores[best]!) best = c;
  return { label: best, margin: scores[best]! - scores[0]! };
}

/**
 * Marks (source `learned`) every unmarked candidate token whose best PHI class beats "not PHI" by
 * more than the profile's threshold. Runs after the rule passes, so a token keeps the rule id that
 * found it first and the learned layer only adds what they missed.
 */
export function learnedNames(s: TokenScanner, model: LearnedModel, vocab: KeepVocabulary, profile: DeidProfile): void {
  if (s.tokens.length === 0) return;
  const threshold = model.thresholds[profile];
  const lines = lineIndex(s);
  const features: string[] = [];
  const scores = new Float64Array(LEARNED_CLASSES.length);
  const initials: number[] = [];
  for (let i = 0; i < s.tokens.length; i++) {
    const t = s.tokens[i]!;
    if (s.marked.has(i) || !isCandidate(s, t, vocab)) continue;
    tokenFeatures(s, vocab, lines, i, features);
    const { label, margin } = classify(model, features, scores);
    if (margin <= threshold) continue;
    // A lone letter ("Hep B", "spoke w/RN") is a name only beside a name word: decided after the pass.
    if (t.word.length === 1) initials.push(i);
    else if (mayMark(s, t, vocab, profile)) s.mark(i, LEARNED_CLASSES[label] === 'LOCATION' ? 'LOCATION' : 'NAME', 'learned');
  }
  const nameAt = (k: number) => s.marked.has(k) && s.spans.some((x) => x.category === 'NAME' && x.start === s.tokens[k]!.start);
  for (const i of initials) {
    if ((i > lines.first[i]! && nameAt(i - 1)) || (i < lines.last[i]! && nameAt(i + 1))) s.mark(i, 'NAME', 'learned');
  }
}
