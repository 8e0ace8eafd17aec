// Section headings the shouted-line re-read cannot find anything in (issue 11, speed). Nearly
// every mixed-case radiology report has lines such as "FINDINGS:" or "IMPRESSION:"; the shouted-line
// test (three runs of two capitals) takes a lone word of six letters or more as such a line, so
// the free-text passes used to run a second time over a text that held only those headings.
//
// Why that re-read finds nothing when every kept line is `[ \t]*HEADING:[ \t]*` with HEADING one of
// the words below (free-text-names.ts then skips it; the output is the same):
// - The re-read text holds only blanks, line feeds, the colons and the headings: no digit, no
//   "@", "/", "(", ",", "." or "-", so no pass that needs one (addresses, ZIP codes, wards, glued
//   words, dictation and copy-list initials, log lines, brackets, relation tags) can match. It is
//   in capitals (the "upper" case style), so every mixed-case-only branch is off.
// - Every token is a heading alone on its line, a colon right after it: no two tokens have only
//   blanks, a comma, a dot or a hyphen between them, which every pass that joins a word to a cue,
//   a title, a state, a street word, a place tail, a particle or a facility head asks for.
// - Each heading is a clinical and a common word (LEX.CLINICAL and LEX.COMMON) and no name, place,
//   function word, title, credential or near-relation: after any cue `canFollowCue`, `unknownWord`,
//   `nameListWord`, `partOf` / `strongPart` (name positions), the sign-off `nameWord` and both place
//   `properWord`s refuse it, and the learned layer's `markBar` is Infinity for a clinical word in a
//   one-case note, whatever the vocabulary, model or profile.
// - Each has seven letters or more: longer than the acronym, hospital-acronym, initials and
//   transcriptionist checks allow (two to six letters); no one-word facility phrase spells it.
// - The passes that grow what others found (extend, place parts, towns after places, letterheads,
//   propagation, speaker names, name lists, particles, initials of names) have nothing to grow.
// The properties each word needs are checked in test/deid/inert-headings.test.ts.
import { isBlank } from './blank-skip.js';

/** The headings (in capitals, as the re-read's lines are written) a re-read of them alone cannot mark. */
export const INERT_HEADINGS: ReadonlySet<string> = new Set(['INDICATION', 'FINDINGS', 'IMPRESSION', 'COMPARISON', 'TECHNIQUE', 'HISTORY', 'ADDENDUM']);

/** Whether `text[a, b)` is blanks or tabs, one of {@link INERT_HEADINGS}, a colon, then blanks or tabs only. */
export function inertHeadingLine(text: string, a: number, b: number): boolean {
  let p = a;
  while (p < b && isBlank(text.charCodeAt(p))) p++;
  const word = p;
  while (p < b && text.charCodeAt(p) >= 65 && text.charCodeAt(p) <= 90) p++;
  if (p === word || p >= b || text.charCodeAt(p) !== 58 || !INERT_HEADINGS.has(text.slice(word, p))) return false;
  p++;
  while (p < b && isBlank(text.charCodeAt(p))) p++;
  return p === b;
}

/** Whether every kept range (`[start, end)` pairs) of `text` is an inert heading line. */
export function onlyInertHeadings(text: string, ranges: readonly number[]): boolean {
  for (let r = 0; r < ranges.length; r += 2) if (!inertHeadingLine(text, ranges[r]!, ranges[r + 1]!)) return false;
  return true;
}
