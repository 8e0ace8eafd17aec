// The other half of a name pair in a header field (issue 11): a note's header writes its patient as
// "Last, First" or "First Last" before a date of birth, a record number or an age ("Trinh, Sipho
// (12/4/1958)", "Candidate: Stone, Chloe  DOB …", "PT AMBER SWAN, MRN …"). When a rule or the model
// found one half, the other half is a name too, though it is also a word or a month ("Stone",
// "April", "Swan"): the field's shape says so. Read from the spans found, never by a scan of the text.
import { hasLower, isCap, type TokenScanner } from './token-scanner.js';
import { afterPair, forEachFoundNamePair } from './found-name-pairs.js';
import { LEX, NAME_LISTS } from '../lexicon-flags.js';
import { pairNonName } from './name-positions.js';
import { isBlank, isCommaLedGap, isOneBlank } from './blank-skip.js';
import { nameCues } from '../rules/deid-rules.js';

// What closes a header name field: a bracket (a date of birth), DOB, MRN, a number sign, an age, or the line end.
const FIELD_CLOSE_RE = /^[ \t]*(?:\(|,?[ \t]*(?:dob\b|d\.o\.b\b|mrn\b|#|\d{1,3}[ \t]*(?:y\/?o\b|yo\b|[mf]\b|-?year))|\r?\n|$)/i;
// What opens one: the line start, a label ending in a colon, a dash or "pt" / "patient" before it.
// (Tested by fieldOpens without a regex; exported for its test.)
export const FIELD_OPEN_RE = /(?:^|:|[ \t]-|\b(?:pt|patient|re))[ \t]*$/i;
const FIELD_OPEN_WORDS = ['pt', 'patient', 're'];
const isWordChar = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

/**
 * Whether {@link FIELD_OPEN_RE} matches `text.slice(a, b)`, read backwards in place (issue 11,
 * speed: no slice, no regex tried at every position). Every alternative ends in a character that is
 * no blank (or is the slice's start), and `[ \t]*$` takes all that follows it: so the blanks at the
 * end are skipped and the alternatives are asked of what ends there. The words are compared in
 * ASCII case alone, as the regex (no `u` flag) compares them; `\b` before a word holds at the
 * slice's start or after a character that is no word character. Exported for its test.
 */
export function fieldOpens(text: string, a: number, b: number): boolean {
  let e = b;
  while (e > a && isBlank(text.charCodeAt(e - 1))) e--;
  if (e === a) return true;
  const c = text.charCodeAt(e - 1);
  if (c === 58 || (c === 45 && e - 1 > a && isBlank(text.charCodeAt(e - 2)))) return true;
  for (const w of FIELD_OPEN_WORDS) {
    const from = e - w.length;
    if (from < a || (from > a && isWordChar(text.charCodeAt(from - 1)))) continue;
    let k = 0;
    while (k < w.length) {
      const d = text.charCodeAt(from + k);
      if (!((d >= 65 && d <= 90) || (d >= 97 && d <= 122)) || (d | 32) !== w.charCodeAt(k)) break;
      k++;
    }
    if (k === w.length) return true;
  }
  return false;
}
const NEVER = LEX.STOP | LEX.TITLE | LEX.CREDENTIAL;
// The words a header writes after a surname in place of a first name ("White, Male, 45 y/o").
// (deid-name-cues.yaml personVocabulary.headerNonNames)
const NON_NAMES: ReadonlySet<string> = new Set(nameCues().personVocabulary.headerNonNames);

/**
 * Whether token `j` can be the missing half of the pair with found token `k`: a capitalised word (any word in a
 * one-case note) written in the same case as the found half ("Vernon, MLS(ASCP)" is a name and a credential), that
 * is no function, title, credential or sex word, nor a clinical one outside "Last, First".
 */
function half(s: TokenScanner, j: number, k: number, comma: boolean): boolean {
  const t = s.tokens[j];
  if (!t || s.marked.has(j) || s.claimed.has(j) || t.word.length < 2 || (t.flags & NEVER) !== 0 || NON_NAMES.has(t.lower) || pairNonName(t.lower)) return false;
  if (s.style === 'mixed' && hasLower(t.word) !== hasLower(s.tokens[k]!.word)) return false;
  // A clinical word ("Penrose") only in the "Last, First" shape, where the comma sets it off as a surname.
  if ((t.flags & LEX.CLINICAL) !== 0 && (t.flags & NAME_LISTS) === 0 && !(comma && (t.flags & LEX.COMMON) === 0)) return false;
  return s.style !== 'mixed' || isCap(t.word);
}

/** Marks the unfound half of a header name pair whose other half was found as NAME (source `header-pair`). */
export function headerPairHalves(s: TokenScanner): void {
  const { text, tokens } = s;
  forEachFoundNamePair(s, (a, b, other, k) => {
    // The gap's tests (`/^,[ \t]*$/`, `/^[ \t]$/` on its slice) read in place: most pairs fail them.
    const from = tokens[a]!.end;
    const to = tokens[b]!.start;
    const comma = isCommaLedGap(text, from, to);
    if (!comma && !isOneBlank(text, from, to)) return;
    const line = text.lastIndexOf('\n', tokens[a]!.start - 1) + 1;
    if (!fieldOpens(text, Math.max(line, tokens[a]!.start - 40), tokens[a]!.start)) return;
    const after = afterPair(text, tokens[b]!.end, 24);
    // A bare line end closes only the "Last, First" shape ("Penrose, Adaeze"); "First Last" needs a field after it.
    if (!FIELD_CLOSE_RE.test(after) || (!comma && /^[ \t]*(?:\n|$)/.test(after))) return;
    if (half(s, other, k, comma)) s.mark(other, 'NAME', 'header-pair');
  });
}
