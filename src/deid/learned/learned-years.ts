// The learned year layer (issue 11): bare four-digit years the pattern layer's cues did not take.
import type { DeidProfile } from '../keep-list/keep-list-names.js';
import type { KeepVocabulary } from '../keep-list/keep-vocabulary.js';
import type { PhiSpan } from '../phi-span.js';
import { scoreFeatures } from './perceptron.js';
import { yearCandidates, yearFeatures, yearNoteInfo } from './year-features.js';
import type { YearModel } from './year-model.js';

/** Rule id of the layer's spans (`deid-eval` reports recall and false positives per rule). */
export const LEARNED_YEAR_RULE = 'learned-year';

/**
 * The year candidates of `text` that no span of `taken` (the earlier layers' span lists) touches and
 * whose YEAR score beats O by more than the profile's margin, as DATE spans.
 */
export function learnedYears(text: string, taken: ReadonlyArray<readonly PhiSpan[] | undefined>, model: YearModel, vocab: KeepVocabulary, profile: DeidProfile): PhiSpan[] {
  // A number an earlier layer took is dropped before its context is read; with none left, the
  // note-wide scan below is not needed either.
  const candidates = yearCandidates(text, (start, end) => taken.some((list) => list?.some((s) => s.start < end && s.end > start)));
  if (candidates.length === 0) return [];
  const info = yearNoteInfo(text);
  const bar = model.thresholds[profile];
  const features: string[] = [];
  const scores = new Float64Array(2);
  const out: PhiSpan[] = [];
  for (const c of candidates) {
    yearFeatures(text, c, info, vocab, features);
    scoreFeatures(model.weights, features, scores);
    if (scores[1]! - scores[0]! > bar) out.push({ start: c.start, end: c.end, category: 'DATE', source: LEARNED_YEAR_RULE });
  }
  return out;
}
