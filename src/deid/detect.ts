import { detectKnown, type KnownMatcher } from './known-identifiers.js';
import { detectPatterns } from './patterns.js';
import { detectFreeTextNames, isPlainWord } from './free-text-names.js';
import type { PatientContext } from './patient-context.js';
import type { DeidProfile } from './keep-list/keep-list-names.js';
import type { KeepVocabulary } from './keep-list/keep-vocabulary.js';
import type { LearnedModel } from './learned/model-file.js';
import { mergeSpans, type PhiSpan } from './phi-span.js';
import { spareUpstreamPlaceholders } from './placeholders.js';

/** Version of the detector stack, recorded with every de-identified report. Bump on any rule change. */
export const DETECTOR_VERSION = 'radlabel-deid/2.1.0';

/** Options of one detection: the run's explicit patient context, if any (see {@link PatientContext}). */
export interface DetectOptions {
  /** The run's patient memory; with it, `scope` (the keyed patient scope) selects the patient. */
  context?: PatientContext;
  scope?: string;
  /** `balanced` (default) or `strict`; see {@link DeidProfile}. */
  profile?: DeidProfile;
  /** The keep-list vocabulary (the shipped one by default; cross-validation passes one built from training folds). */
  vocabulary?: KeepVocabulary;
  /** The learned layer's model (the shipped one by default; `null` runs the rules alone; cross-validation passes a fold's). */
  model?: LearnedModel | null;
}

/**
 * Runs all detection layers over `text`: known identifiers from the structured context, patterns,
 * free-text names / institutions / places, and (with a patient context and scope) the names and
 * places found in the same patient's earlier reports of this run. Returns non-overlapping spans in
 * text order. Without a context the result depends on `text` and `known` only.
 */
export function detectPhi(text: string, known?: KnownMatcher, opts: DetectOptions = {}): PhiSpan[] {
  const patterns = detectPatterns(text);
  const free = detectFreeTextNames(text, { profile: opts.profile, vocabulary: opts.vocabulary, model: opts.model });
  const { context, scope } = opts;
  const remembered = context && scope ? context.recall(scope, text, isPlainWord) : [];
  if (context && scope) context.remember(scope, text, free, isPlainWord);
  const spans = [...(known ? detectKnown(text, known, patterns) : []), ...patterns, ...free, ...remembered];
  // Upstream redaction markers (XXXX, ___, [** **]) stay as they are: never a surrogate for them.
  return mergeAdjacentNames(text, spareUpstreamPlaceholders(text, mergeSpans(spans)));
}

// "Smith, John" and "John Smith" are one name: joining them gives one surrogate span per name.
function mergeAdjacentNames(text: string, spans: PhiSpan[]): PhiSpan[] {
  const out: PhiSpan[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    const gap = last ? text.slice(last.end, s.start) : '';
    if (last && last.category === s.category && (s.category === 'INSTITUTION' || s.category === 'LOCATION' || s.category === 'NAME') && /^(?:\.?[ \t]+|-)$/.test(gap)) {
      last.end = s.end;
    } else {
      out.push({ ...s });
    }
  }
  return out;
}
