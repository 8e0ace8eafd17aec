// Places and sponsors in three shapes of outpatient and research notes (session 26):
// - the ZIP code in brackets after a town ("Lives in Harrowgate (39793).", "lives in charity (24935)"):
//   a five-digit number alone in brackets right after a town found, or after one to three words that
//   follow "in" and could be a town, is the ZIP code, and those words the town;
// - the town a relative is in ("travelled to see her grandson in Fallow", "son in Yarrow visits
//   monthly"): in a mixed-case note, a capitalised word after a relation word and "in";
// - a study's sponsor before its protocol number ("STUDY VISIT NOTE - Kestrel Bio protocol KES-114",
//   "Protocol TES-ONC-03 (Halberd Pharmaceuticals)"): one to three words before "protocol" and a code
//   with a digit, or in brackets right after "protocol <code>".
import * as tokenScanner from './token-scanner.js';
import type { TokenScanner } from './token-scanner.js';
import { LEX } from '../lexicon-flags.js';
import { nextNonBlank } from './blank-skip.js';
import { RELATIVE_WORDS } from './vocabulary.js';
import { relationCompoundTail } from './relation-compounds.js';
import { placeCues, type PlaceCueSets } from './place-rules.js';

const { hasLower, isCap } = tokenScanner;

// Months and weekdays are clinical terms (lexicons/clinical-terms.txt).
const BLOCK = LEX.STOP | LEX.CLINICAL | LEX.TITLE | LEX.CREDENTIAL;

/** Whether token `k` may be a word of a proper name here (a town, a sponsor), in the note's case style. */
function properWord(s: TokenScanner, k: number, cues: PlaceCueSets): boolean {
  const t = s.tokens[k];
  if (!t || t.lower.length < 2 || !/^[A-Za-z][A-Za-z'&.-]*$/.test(t.word) || (t.flags & BLOCK) !== 0 || cues.notTowns.has(t.lower)) return false;
  // A kind of care or a department ("Stroke protocol", "mother in ICU") names nothing.
  if (cues.careKinds.has(t.lower) || cues.departments.has(t.lower)) return false;
  if (s.style === 'mixed') return isCap(t.word) && hasLower(t.word);
  return (t.flags & LEX.COMMON) === 0 || (t.flags & (LEX.PLACE | LEX.AMBIGUOUS | LEX.FIRST | LEX.LAST)) !== 0;
}

// Prepositions before a residence's name that end the look back (deid-place-cues.yaml placeVocabulary.residenceBracketPrepositions).
const PREPOSITIONS: ReadonlySet<string> = placeCues().residenceBracketPrepositions;
const ZIP_BRACKET_RE = /^[ \t]*\([ \t]*(\d{5})[ \t]*\)/;

function bracketZips(s: TokenScanner, cues: PlaceCueSets): void {
  for (let i = 0; i < s.tokens.length; i++) {
    const t = s.tokens[i]!;
    // The pattern opens with blanks and "(": the first other character after the word must be it.
    if (nextNonBlank(s.text, t.end) !== 40) continue;
    const m = ZIP_BRACKET_RE.exec(s.text.slice(t.end, t.end + 12));
    if (!m) continue;
    const zipStart = t.end + m[0].indexOf(m[1]!);
    if (s.spans.some((sp) => sp.start <= zipStart && zipStart < sp.end)) continue;
    const zip = () => s.spans.push({ start: zipStart, end: zipStart + 5, category: 'ZIP', source: 'place-bracket-zip' });
    const span = s.spans.find((sp) => sp.end === t.end);
    if (span !== undefined) {
      if (span.category === 'LOCATION') zip();
      continue;
    }
    // One to three words after a preposition, each possibly a town.
    let first = i;
    while (first > 0 && i - first < 2 && properWord(s, first - 1, cues) && s.blankBetween(first - 1, first)) first--;
    for (; first <= i; first++) {
      const p = s.tokens[first - 1];
      if (p && PREPOSITIONS.has(p.lower) && s.blankBetween(first - 1, first)) break;
    }
    if (first > i) continue;
    let ok = true;
    for (let k = first; k <= i && ok; k++) ok = !s.marked.has(k) && properWord(s, k, cues);
    if (!ok) continue;
    for (let k = first; k <= i; k++) s.mark(k, 'LOCATION', 'place-bracket-zip');
    zip();
  }
}

function relativeTowns(s: TokenScanner, cues: PlaceCueSets): void {
  if (s.style !== 'mixed') return;
  for (let i = 2; i < s.tokens.length; i++) {
    const t = s.tokens[i]!;
    if (s.tokens[i - 1]!.lower !== 'in' || !RELATIVE_WORDS.has(s.tokens[i - 2]!.lower) || !s.blankBetween(i - 2, i - 1) || !s.blankBetween(i - 1, i)) continue;
    if (s.marked.has(i) || !properWord(s, i, cues) || t.word === t.word.toUpperCase()) continue;
    // "brother in Rehab", "mother in Hospice": a kind of facility or ward is no town.
    if (cues.facilityTrimHeads.has(t.lower) || cues.orgHeads.has(t.lower) || cues.departments.has(t.lower) || cues.careKinds.has(t.lower)) continue;
    // "son in Law", "daughter-in-law": the relation compound is no place.
    if (relationCompoundTail(s, i) || s.text[s.tokens[i - 2]!.end] === '-') continue;
    let last = i;
    while (last - i < 2 && s.blankBetween(last, last + 1) && !s.marked.has(last + 1) && properWord(s, last + 1, cues)) last++;
    // The town ends its part: punctuation, the line end, or a lower-case word going on the sentence.
    if (!/^(?:[ \t]*(?:[.,;:)(]|$|\n)|[ \t]+[a-z])/.test(s.text.slice(s.tokens[last]!.end, s.tokens[last]!.end + 3))) continue;
    for (let k = i; k <= last; k++) s.mark(k, 'LOCATION', 'place-relative-town');
    i = last;
  }
}

// A protocol number: letters and digits, or digits joined by a hyphen ("KES-114-02", "VLT301", "2024-113"); not "protocol 2".
const PROTOCOL_CODE_RE = /^[ \t]+(?=[A-Za-z0-9-]*[A-Za-z][A-Za-z0-9-]*\d|\d+-\d)[A-Za-z0-9][A-Za-z0-9-]*/;

function protocolSponsors(s: TokenScanner, cues: PlaceCueSets): void {
  for (let i = 0; i < s.tokens.length; i++) {
    const t = s.tokens[i]!;
    if (t.lower !== 'protocol') continue;
    const code = PROTOCOL_CODE_RE.exec(s.text.slice(t.end, t.end + 24));
    // "protocol v2", "protocol version 3": a version is no protocol number.
    if (!code || /^[ \t]+v\d+$/i.test(code[0])) continue;
    // Before: one to three proper words opening their phrase (a line start, a dash, a colon or a bracket before them).
    let first = i;
    while (first > 0 && i - first < 3 && s.blankBetween(first - 1, first) && !s.marked.has(first - 1) && properWord(s, first - 1, cues)) first--;
    const before = first > 0 ? s.text.slice(s.tokens[first - 1]!.end, s.tokens[first]!.start) : '\n';
    if (first < i && first > 0 ? /[-–:(\n]/.test(before) : first === 0 && first < i) {
      if (s.style !== 'mixed' && !anyUnknown(s, first, i)) continue;
      for (let k = first; k < i; k++) s.mark(k, 'INSTITUTION', 'place-protocol-sponsor');
    }
    // After: "(Sponsor Name)" right after the code.
    const after = t.end + code[0].length;
    const open = /^[ \t]*\([ \t]*/.exec(s.text.slice(after, after + 4));
    if (!open) continue;
    const a = s.byStart.get(after + open[0].length);
    if (a === undefined) continue;
    let b = a;
    while (b - a < 3 && properWord(s, b, cues) && !s.marked.has(b) && s.blankBetween(b, b + 1)) b++;
    if (b - a < 3 && properWord(s, b, cues) && !s.marked.has(b) && /^[ \t]*\)/.test(s.text.slice(s.tokens[b]!.end, s.tokens[b]!.end + 3))) {
      if (s.style !== 'mixed' && !anyUnknown(s, a, b + 1)) continue;
      for (let k = a; k <= b; k++) s.mark(k, 'INSTITUTION', 'place-protocol-sponsor');
    }
  }
}

/** Whether a token in [a, b) is no common word: in a one-case note a sponsor's name holds one. */
function anyUnknown(s: TokenScanner, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if ((s.tokens[k]!.flags & LEX.COMMON) === 0) return true;
  return false;
}

/** The three shapes of the file comment. */
export function residenceBrackets(s: TokenScanner, cues: PlaceCueSets = placeCues()): void {
  bracketZips(s, cues);
  relativeTowns(s, cues);
  protocolSponsors(s, cues);
}
