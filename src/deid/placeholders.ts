import type { PhiSpan } from './phi-span.js';
import { GENERIC_FACILITY, INSTITUTION_HEADS, TITLES } from './free-text/vocabulary.js';

/**
 * Redaction markers left by an upstream de-identification, kept as they stand in both modes:
 * - `XXXX` (Open-i / Indiana), also inside a word (`x-XXXX`, `XXXX-year-old`, `XXXX/10`);
 * - `___` (MIMIC-CXR);
 * - `[** … **]` (MIMIC-II / III notes: `[**Last Name (NamePattern1) 123**]`, `[**2101-10-20**]`).
 *
 * A marker hides an identifier that is already gone, so there is nothing to protect. Replacing it
 * would invent one: a name detector that fires on a marker ("Dr. XXXX XXXX") and then propagates
 * that "name" turns every `XXXX` of the report into a surrogate surname ("Chest x-PINILLA"), and an
 * extractor downstream reads the fake as clinical text. Three or more capital X or underscores,
 * so ordinary words ("XX chromosome", "x-ray", "a_b") are not markers.
 */
const MARKER = /X{3,}|_{3,}|\[\*\*[^\n]{0,120}?\*\*\]/g;

// The same markers, tried at one place (sticky).
const MARKER_AT = new RegExp(MARKER.source, 'y');

/** Whether a marker of {@link MARKER} starts at `at`. */
function markerStartsAt(text: string, at: number): boolean {
  MARKER_AT.lastIndex = at;
  return MARKER_AT.test(text);
}

/** Whether a marker of {@link MARKER} ends at `at` (its last character is `text[at - 1]`). */
function markerEndsAt(text: string, at: number): boolean {
  const last = text[at - 1];
  let from: number;
  if (last === 'X' || last === '_') {
    // A run of the character: the marker is the whole run.
    from = at - 1;
    while (from > 0 && text[from - 1] === last) from--;
  } else if (last === ']') {
    // The nearest opening before the closing "**]": "[****]" is the shortest bracket marker.
    from = text.lastIndexOf('[**', at - 6);
    if (from < 0) return false;
  } else return false;
  MARKER_AT.lastIndex = from;
  const m = MARKER_AT.exec(text);
  return m !== null && from + m[0].length === at;
}

/**
 * Whether an upstream marker stands right beside `text[start, end)` on its line, with only spaces
 * or tabs between: one ends before `start` or one starts at `end` ("the Great XXXX", "___ Valley
 * fever", "Prior [**Hospital 12**] study"). The one marker test of {@link MARKER} for the layers
 * that read a word's neighbours.
 */
export function besidePlaceholder(text: string, start: number, end: number): boolean {
  let after = end;
  while (text[after] === ' ' || text[after] === '\t') after++;
  if (markerStartsAt(text, after)) return true;
  let before = start;
  while (text[before - 1] === ' ' || text[before - 1] === '\t') before--;
  return markerEndsAt(text, before);
}

/** A marker's range in the text. */
export interface PlaceholderSpan {
  start: number;
  end: number;
}

/** Upstream redaction markers of `text`, in order (see {@link MARKER} for the styles). */
export function findPlaceholders(text: string): PlaceholderSpan[] {
  const out: PlaceholderSpan[] = [];
  MARKER.lastIndex = 0;
  for (let m = MARKER.exec(text); m; m = MARKER.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Words that only say what kind of thing the marker was ("XXXX Hospital", "Dr. XXXX"): no identifier. */
function onlyGenericWords(piece: string): boolean {
  const words = piece.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
  return words.every((w) => INSTITUTION_HEADS.has(w) || GENERIC_FACILITY.has(w) || TITLES.has(w));
}

/**
 * Narrows [start, end) to its first and last letter or digit; undefined when what is left is
 * shorter than two characters or only generic facility / title words.
 */
function trimToWord(text: string, start: number, end: number): { start: number; end: number } | undefined {
  let s = start;
  let e = end;
  while (s < e && !WORD_CHAR.test(text[s] as string)) s++;
  while (e > s && !WORD_CHAR.test(text[e - 1] as string)) e--;
  return e - s >= 2 && !onlyGenericWords(text.slice(s, e)) ? { start: s, end: e } : undefined;
}

/**
 * Takes the markers out of detected spans: a span wholly inside markers (or made only of markers
 * and punctuation) is dropped; a span that also covers real text keeps that text, cut around the
 * markers ("John XXXX" still replaces "John"), so a real identifier next to a marker is never
 * spared. A span touching a marker that holds only generic facility or title words ("XXXX
 * Hospital") is dropped too. Spans must be sorted and non-overlapping (the output of `mergeSpans`); so is the result.
 */
export function spareUpstreamPlaceholders(text: string, spans: PhiSpan[]): PhiSpan[] {
  const markers = findPlaceholders(text);
  if (markers.length === 0) return spans;
  const out: PhiSpan[] = [];
  let first = 0;
  for (const span of spans) {
    while (first < markers.length && (markers[first] as PlaceholderSpan).end <= span.start) first++;
    let pos = span.start;
    for (let i = first; i < markers.length && (markers[i] as PlaceholderSpan).start < span.end; i++) {
      const m = markers[i] as PlaceholderSpan;
      const piece = m.start > pos ? trimToWord(text, pos, m.start) : undefined;
      if (piece) out.push({ ...span, ...piece });
      pos = Math.max(pos, m.end);
    }
    if (pos === span.start) {
      // "XXXX Hospital": the detector saw the marker as the name and kept only the head word.
      const gap = (a: number, b: number) => a <= b && /^[ \t-]*$/.test(text.slice(a, b));
      const touches = markers.some((m) => gap(m.end, span.start) || gap(span.end, m.start));
      if (!(touches && onlyGenericWords(text.slice(span.start, span.end)))) out.push(span);
    }
    else if (pos < span.end) {
      const piece = trimToWord(text, pos, span.end);
      if (piece) out.push({ ...span, ...piece });
    }
  }
  return out;
}
