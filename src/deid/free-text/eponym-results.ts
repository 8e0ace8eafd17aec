// Eponyms of bedside signs and tests written bare, with their result beside them instead of a head
// word ("neg Murphy", "Romberg neg", "+ Homans bilaterally", "Kernig/Brudzinski negative"): the
// bareSigns lists of rules/en/deid-eponym-heads.yaml, read for TokenScanner.eponymHeadNear so that
// every layer asking it (name lists, keep-list, learned) keeps the word as the sign.
import type { Token } from '../token-stream.js';
import { LEX } from '../lexicon-flags.js';
import { eponymHeadRules } from '../rules/eponym-heads.js';
import { isAsciiAlnum } from '../../util/ascii-chars.js';
import { isBlank, isBlankRun, skipBlanks } from './blank-skip.js';

/** What the reading needs of the scanner (TokenScanner has it): the text, its tokens and its person cue test. */
export interface BareSignReader {
  readonly text: string;
  readonly tokens: readonly Token[];
  personCueBefore(a: number): boolean;
}

const rules = eponymHeadRules().bareSigns;
const EPONYMS: ReadonlySet<string> = new Set(rules?.eponyms ?? []);
const RESULTS_BEFORE: ReadonlySet<string> = new Set([...(rules?.results ?? []), ...(rules?.resultsBefore ?? [])]);
const RESULTS_AFTER: ReadonlySet<string> = new Set([...(rules?.results ?? []), ...(rules?.resultsAfter ?? [])]);
const QUALIFIERS: ReadonlySet<string> = new Set(rules?.qualifiers ?? []);
const JOIN_WORDS: ReadonlySet<string> = new Set(rules?.joinWords ?? []);
const JOIN_MARKS: ReadonlySet<number> = new Set((rules?.joinMarks ?? []).map((m) => m.charCodeAt(0)));
const SCREENED_FOR: ReadonlySet<string> = new Set(rules?.screenedFor ?? []);
const PERSON_LEADS: ReadonlySet<string> = new Set(rules?.personLeads ?? []);
// Longest first, so "(+)" and "+/-" are read whole before "+".
const byLength = (a: string, b: string) => b.length - a.length;
const MARKS_BEFORE: readonly string[] = [...(rules?.marks ?? [])].sort(byLength);
const MARKS_AFTER: readonly string[] = [...(rules?.marks ?? []), ...(rules?.marksAfter ?? [])].sort(byLength);
// Qualifiers between an eponym and its result ("Homans bilat neg"); more and the result reads something else.
const MAX_QUALIFIERS = 2;

// Characters a result mark is written with: one of them beside a mark makes it part of something longer ("2+", "+/-").
const isMarkChar = (c: number) => c === 43 || c === 45 || c === 47 || c === 40;

/** The word of token `t` without a possessive ending: "murphy's" → "murphy", "homans'" → "homans". */
export function bareEponymWord(t: Token): string {
  const w = t.lower;
  if (w.length > 2 && w.charCodeAt(w.length - 1) === 115 && w.charCodeAt(w.length - 2) === 39) return w.slice(0, -2);
  if (w.length > 1 && w.charCodeAt(w.length - 1) === 39) return w.slice(0, -1);
  return w;
}

/** Whether `text[from, to)` joins two eponyms: a bare hyphen ("Dix-Hallpike"), or a join mark with blanks around it ("Tinel / Phalen", "Ortolani, Barlow"). */
function joinGap(text: string, from: number, to: number): boolean {
  if (to - from === 1 && text.charCodeAt(from) === 45) return true;
  const p = skipBlanks(text, from);
  if (p >= to || !JOIN_MARKS.has(text.charCodeAt(p))) return false;
  return p + 1 === to || isBlankRun(text, p + 1, to);
}

/** The eponym joined to eponym token `x` on side `dir` ("Kernig and Brudzinski", "Tinel/Phalen"), or -1. */
function joinedEponym(s: BareSignReader, x: number, dir: 1 | -1): number {
  const toks = s.tokens;
  const y = x + dir;
  if (y < 0 || y >= toks.length) return -1;
  const [l, r] = dir === 1 ? [x, y] : [y, x];
  if (EPONYMS.has(bareEponymWord(toks[y]!))) return joinGap(s.text, toks[l]!.end, toks[r]!.start) ? y : -1;
  const z = y + dir;
  if (!JOIN_WORDS.has(toks[y]!.lower) || z < 0 || z >= toks.length || !EPONYMS.has(bareEponymWord(toks[z]!))) return -1;
  return isBlankRun(s.text, toks[Math.min(x, z)]!.end, toks[y]!.start) && isBlankRun(s.text, toks[y]!.end, toks[Math.max(x, z)]!.start) ? z : -1;
}

/** The length of the result mark of `marks` at `text[p]` ("+", "(-)", "+ve"), or 0; a mark must not run into a word or a longer mark. */
function markAt(text: string, p: number, marks: readonly string[]): number {
  for (const m of marks) {
    if (!text.startsWith(m, p)) continue;
    const c = p + m.length < text.length ? text.charCodeAt(p + m.length) : -1;
    if (!isAsciiAlnum(c) && !isMarkChar(c)) return m.length;
  }
  return 0;
}

/** Whether a mark made of dashes alone ("Neer -") closes its clause: only blanks, then the line end or closing punctuation. */
function dashCloses(text: string, at: number): boolean {
  const p = skipBlanks(text, at);
  if (p >= text.length) return true;
  const c = text.charCodeAt(p);
  return c === 10 || c === 13 || c === 44 || c === 59 || c === 46 || c === 41 || c === 124;
}

/** Whether a result follows eponym token `b` on its line: a mark or a result word, after blanks (a colon right after the eponym) and up to two qualifiers. */
function resultAfter(s: BareSignReader, b: number): boolean {
  const { text, tokens: toks } = s;
  let p = toks[b]!.end;
  for (let k = b + 1, q = 0; ; k++, q++) {
    const from = p;
    p = skipBlanks(text, p);
    if (q === 0 && text.charCodeAt(p) === 58) p = skipBlanks(text, p + 1);
    const m = markAt(text, p, MARKS_AFTER);
    if (m > 0) return text.charCodeAt(p) !== 45 || text.charCodeAt(p + m - 1) !== 45 || dashCloses(text, p + m);
    const t = toks[k];
    if (t === undefined || t.start !== p || p === from) return false;
    if (RESULTS_AFTER.has(t.lower)) return !screenedFor(s, k);
    if (q >= MAX_QUALIFIERS || !QUALIFIERS.has(t.lower)) return false;
    p = t.end;
  }
}

/** Whether result word `k` is followed by a screening object ("negative for HIV"): a person's result, not a sign's. */
function screenedFor(s: BareSignReader, k: number): boolean {
  const n = s.tokens[k + 1];
  return n !== undefined && SCREENED_FOR.has(n.lower) && isBlankRun(s.text, s.tokens[k]!.end, n.start);
}

/** Whether a result stands before eponym token `a` on its line: a mark or a result word, after blanks and up to two qualifiers. */
function resultBefore(s: BareSignReader, a: number): boolean {
  const { text, tokens: toks } = s;
  let p = toks[a]!.start;
  for (let k = a - 1, q = 0; ; k--, q++) {
    let from = p;
    while (from > 0 && isBlank(text.charCodeAt(from - 1))) from--;
    for (const m of MARKS_BEFORE) {
      const at = from - m.length;
      if (at >= 0 && text.startsWith(m, at) && (at === 0 || (!isAsciiAlnum(text.charCodeAt(at - 1)) && !isMarkChar(text.charCodeAt(at - 1))))) return true;
    }
    const t = k >= 0 ? toks[k] : undefined;
    if (t === undefined || t.end !== from || from === p) return false;
    if (RESULTS_BEFORE.has(t.lower)) return true;
    if (q >= MAX_QUALIFIERS || !QUALIFIERS.has(t.lower)) return false;
    p = t.start;
  }
}

/**
 * Whether a person is named at token `a`: a lead right before it ("seen by Weber"), or a name-list
 * word that is no eponym and a comma ("Smith, Allen negative" reads as "Surname, Given").
 */
function personBefore(s: BareSignReader, a: number): boolean {
  if (a === 0) return false;
  const p = s.tokens[a - 1]!;
  if (PERSON_LEADS.has(p.lower) && isBlankRun(s.text, p.end, s.tokens[a]!.start)) return true;
  if ((p.flags & (LEX.FIRST | LEX.LAST)) === 0 || (p.flags & LEX.CLINICAL) !== 0 || EPONYMS.has(bareEponymWord(p))) return false;
  const gap = s.text.slice(p.end, s.tokens[a]!.start);
  return /^[ \t]*,[ \t]*$/.test(gap);
}

/**
 * Whether token `i` is an eponym of a bedside sign or test written bare with its result: a word of
 * the bareSigns list (with the eponyms joined to it, "Kernig and Brudzinski", "Tinel/Phalen") that
 * has a result word or mark right before or after it on its line ("neg Murphy", "Romberg: neg",
 * "Homans bilat +", "Weber lateralizes", "Rinne AC>BC") and no person cue before it ("Dr. Murphy
 * negative", "seen by Weber", a given name, "Smith, Allen positive"). A result followed by "for"
 * is a person's screening result ("Allen negative for HIV"), not a sign's.
 */
export function bareSignWithResult(s: BareSignReader, i: number): boolean {
  if (!EPONYMS.has(bareEponymWord(s.tokens[i]!))) return false;
  let a = i;
  let b = i;
  for (let y = joinedEponym(s, b, 1); y >= 0; y = joinedEponym(s, b, 1)) b = y;
  for (let y = joinedEponym(s, a, -1); y >= 0; y = joinedEponym(s, a, -1)) a = y;
  if (s.personCueBefore(a) || personBefore(s, a)) return false;
  return resultAfter(s, b) || resultBefore(s, a);
}
