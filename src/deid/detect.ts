import { detectKnown, type KnownMatcher } from './known-identifiers.js';
import { detectPatterns } from './patterns.js';
import { detectNumberShapes } from './number-shapes.js';
import { phoneContacts } from './phone-contacts.js';
import { detectFreeTextNames, isPlainWord } from './free-text-names.js';
import type { PatientContext } from './patient-context.js';
import type { DeidProfile } from './keep-list/keep-list-names.js';
import type { KeepVocabulary } from './keep-list/keep-vocabulary.js';
import type { LearnedModel } from './learned/model-file.js';
import { learnedYears } from './learned/learned-years.js';
import { shippedYearModel, type YearModel } from './learned/year-model.js';
import { shippedVocabulary } from './keep-list/keep-vocabulary.js';
import { mergeSpans, type PhiSpan } from './phi-span.js';
import { trimFacilityHeads } from './facility-heads.js';
import { spareUpstreamPlaceholders } from './placeholders.js';
import { tokenStream, type TokenStream } from './token-stream.js';
import { tableIds } from './table-ids.js';
import { dateRangeEnds } from './date-range-ends.js';
import { dateListItems } from './date-list-items.js';
import { foldFieldLeaders, foldNumberPunctuation } from './fold-text.js';

/** Version of the detector stack, recorded with every de-identified report. Bump on any rule change. */
export const DETECTOR_VERSION = 'radlabel-deid/2.38.0';

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
  /** The learned year layer's model (the shipped one by default; `null` leaves bare years to the patterns alone). */
  yearModel?: YearModel | null;
}

/** What a detection layer reads: the text, its shared token stream, the options and the spans of the layers before it. */
export interface LayerInput {
  readonly text: string;
  /** The one tokenisation of `text` every layer shares (token offsets, case style, lexicon flags). */
  readonly stream: TokenStream;
  /** `text` with typographic dashes and slashes between digits as ASCII, same length ({@link foldNumberPunctuation}): what the number layers read. */
  readonly numberText: string;
  readonly known?: KnownMatcher;
  readonly opts: DetectOptions;
  /** Spans of the layers that ran before, by layer name. */
  readonly found: ReadonlyMap<string, PhiSpan[]>;
}

/** One detection layer: a name (its spans' place in the merge) and what it finds. */
export interface DetectionLayer {
  readonly name: string;
  detect(input: LayerInput): PhiSpan[];
}

/**
 * The detection layers, in the order they run (a layer sees the spans of those before it). A new
 * layer is one entry here and, for its spans to count, one name in {@link MERGE_ORDER}.
 */
export const LAYERS: readonly DetectionLayer[] = [
  // The number layers read typographic dashes and slashes between digits as ASCII ones ("555–214–7788"; fold-text.ts).
  { name: 'patterns', detect: (d) => shortTextMemo('p', d.text, () => detectPatterns(d.numberText)) },
  // Spoken and OCR-slipped phone numbers and dates, pagers after "at" (number-shapes.ts).
  { name: 'number-shapes', detect: (d) => shortTextMemo('n', d.text, () => detectNumberShapes(d.numberText)) },
  {
    name: 'free-text',
    detect: (d) => {
      const run = () => detectFreeTextNames(d.text, { profile: d.opts.profile, vocabulary: d.opts.vocabulary, model: d.opts.model, stream: d.stream });
      // Only with the shipped vocabulary and model is the answer a function of the text and profile alone.
      return d.opts.vocabulary === undefined && d.opts.model === undefined ? shortTextMemo(d.opts.profile ?? 'balanced', d.text, run) : run();
    },
  },
  {
    // The names and places found in the same patient's earlier reports of this run; then this
    // report's free-text finds join the memory.
    name: 'patient-context',
    detect: ({ text, opts: { context, scope }, found }) => {
      if (!context || !scope) return [];
      const remembered = context.recall(scope, text, isPlainWord);
      context.remember(scope, text, found.get('free-text') ?? [], isPlainWord);
      return remembered;
    },
  },
  // The codes of a bar table's column of identifiers ("DATE | TIME | INTERPRETER | ID"; table-ids.ts).
  { name: 'table-ids', detect: (d) => tableIds(d.text) },
  // The contacts phone numbers reach: the words right before a number (phone-contacts.ts).
  { name: 'phone-contacts', detect: (d) => phoneContacts(d.stream, [...d.found.get('patterns')!, ...d.found.get('number-shapes')!], d.opts.vocabulary ?? shippedVocabulary()) },
  // Known identifiers reuse the pattern layer's dates for the birth-date check.
  { name: 'known', detect: (d) => (d.known ? detectKnown(d.text, d.known, d.found.get('patterns')) : []) },
  // Bare years no cue of the pattern layer took, read by a model from their context; last, so
  // that it looks only at numbers no other layer has claimed (an id, a phone, a date).
  {
    name: 'learned-years',
    detect: ({ text, opts, found }) => {
      if (opts.yearModel === null) return [];
      return learnedYears(text, [found.get('patterns'), found.get('known'), found.get('free-text')], opts.yearModel ?? shippedYearModel(), opts.vocabulary ?? shippedVocabulary(), opts.profile ?? 'balanced');
    },
  },
];

// Short texts recur: every report of an exam type carries the same procedure description ("XR
// CHEST 2 VIEWS"), scrubbed on its own. The pattern, number-shape and free-text layers depend on the text (and
// the profile) alone, so their spans for a short text are memoised (bounded, dropped when full) and
// handed out as copies: the same spans a fresh run gives.
const SHORT_TEXT = 120;
const MAX_MEMO = 2_000;
const shortMemo = new Map<string, readonly PhiSpan[]>();

/**
 * Forgets the memoised spans of short texts. Only needed when the detectors' behaviour changes
 * within one process without an explicit vocabulary or model (a sweep that edits a module-level
 * setting between runs): the memo assumes the shipped detectors are fixed.
 */
export function clearShortTextMemo(): void {
  shortMemo.clear();
}

function shortTextMemo(kind: string, text: string, run: () => PhiSpan[]): PhiSpan[] {
  if (text.length > SHORT_TEXT) return run();
  const key = `${kind}\u0000${text}`;
  let spans = shortMemo.get(key);
  if (spans === undefined) {
    spans = run().map((s) => ({ ...s }));
    if (shortMemo.size >= MAX_MEMO) shortMemo.clear();
    shortMemo.set(key, spans);
  }
  return spans.map((s) => ({ ...s }));
}

/**
 * The order the layers' spans are merged in: where spans tie, the first listed stays (and a
 * structured-context hit outranks the rest in {@link mergeSpans}).
 */
export const MERGE_ORDER: readonly string[] = ['known', 'patterns', 'number-shapes', 'table-ids', 'free-text', 'phone-contacts', 'patient-context', 'learned-years'];

/**
 * Runs all detection layers over `text`: known identifiers from the structured context, patterns,
 * free-text names / institutions / places, and (with a patient context and scope) the names and
 * places found in the same patient's earlier reports of this run. Returns non-overlapping spans in
 * text order (offsets into `original`, which dot leaders aside is the text every layer reads). Without a context the result depends on `original` and `known` only.
 */
export function detectPhi(original: string, known?: KnownMatcher, opts: DetectOptions = {}): PhiSpan[] {
  // Dot leaders after a line's label read as a colon (same length: the spans' offsets are the original's).
  const text = foldFieldLeaders(original);
  const found = new Map<string, PhiSpan[]>();
  const input: LayerInput = { text, stream: tokenStream(text), numberText: foldNumberPunctuation(text), known, opts, found };
  for (const layer of LAYERS) found.set(layer.name, layer.detect(input));
  const spans: PhiSpan[] = [];
  for (const name of MERGE_ORDER) for (const s of found.get(name) ?? []) spans.push(s);
  // Upstream redaction markers (XXXX, ___, [** **]) stay as they are: never a surrogate for them.
  return trimFacilityHeads(text, mergeAdjacentNames(text, spareUpstreamPlaceholders(text, dateListItems(text, dateRangeEnds(text, mergeSpans(spans))))));
}

// The end of a span before a dot that abbreviates: one letter, or st / mt / ft / dr / jr / sr / mr / mrs / ms.
const ABBREVIATION_BEFORE_DOT_RE = /(?:^|[^A-Za-z])(?:[A-Za-z]|[Ss][Tt]|[Mm][Tt]|[Ff][Tt]|[Dd][Rr]|[Jj][Rr]|[Ss][Rr]|[Mm][Rr][Ss]?|[Mm][Ss])$/;

// "Smith, John" and "John Smith" are one name: joining them gives one surrogate span per name.
// The spans are detectPhi's own (mergeSpans copied them, the placeholder pass keeps or makes
// fresh ones): they are kept and extended in place, not copied again.
function mergeAdjacentNames(text: string, spans: PhiSpan[]): PhiSpan[] {
  const out: PhiSpan[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    // The gap is read only between two spans of one name-like category (most neighbours differ).
    if (last && last.category === s.category && (s.category === 'INSTITUTION' || s.category === 'LOCATION' || s.category === 'NAME')) {
      const gap = text.slice(last.end, s.start);
      // A dot joins only after an initial or a short abbreviation ("J. Smith", "St. Mary's"); after a
      // word it ends a sentence ("… Canton Ambulance. Summit Imaging …" are two names).
      const dotJoins = !gap.startsWith('.') || ABBREVIATION_BEFORE_DOT_RE.test(text.slice(Math.max(0, last.end - 4), last.end));
      if (/^(?:\.?[ \t]+|-)$/.test(gap) && dotJoins) {
        last.end = s.end;
        continue;
      }
    }
    out.push(s);
  }
  return out;
}
