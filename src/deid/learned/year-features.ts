// Candidates and features of the learned year layer (issue 11). A bare four-digit number from 1900
// to 2049 is a year in a history list ("renal transplant 2002", "EF 35% 1999") and a clock time or a
// quantity elsewhere ("stool at 2000", "IVF: 2000 mL", "1900-0700 shift"). Cue lists in the pattern
// layer find the common history shapes; this layer learns the rest from context: the words around
// the number, the marks beside it, whether it can be read as a time of day, and whether the note
// writes times of day as four digits at all. As in features.ts, a word's identity is a feature only
// when the word is keep-list vocabulary, so no name or place of the training notes is in the weights.
import type { KeepVocabulary } from '../keep-list/keep-vocabulary.js';
import { numericContexts } from '../rules/deid-rules.js';
import { cueAlternation } from '../rules/word-alternation.js';
import { allMatches } from '../regex-matches.js';

/** Version of the year feature set; a year model file records it and is refused by another. */
export const YEAR_FEATURE_SET = 'deid-years/1';

/** A candidate year: its character range (the digits, with a plural `s` / `'s` when written). */
export interface YearCandidate {
  start: number;
  end: number;
}

// Four digits 1900-2049 standing alone: not inside a longer number, a date (12/3/2019), a time
// (19:45), a decimal, an id (MRN 19824, #2003), a signed balance (+1950) or a lower bound (2000+);
// a plural "1990s" counts.
const CANDIDATE_RE = /(?<![\p{L}\p{N}.,:/+#$'’-])(?:19\d\d|20[0-4]\d)(?:['’]?s)?(?![\p{L}\p{N}+]|[.,:/-]\d|[ \t]*[%°])/gu;

/** The year contexts of `rules/<lang>/deid-numeric-contexts.yaml`, compiled once. */
interface YearContexts {
  timeBefore: RegExp;
  rangeAfter: RegExp;
  valueBefore: Set<string>;
  unitsAfter: Set<string>;
}
let contexts: YearContexts | undefined;
function yearContexts(): YearContexts {
  if (contexts) return contexts;
  const y = numericContexts().year;
  return (contexts = {
    // A cue word (or mark) or a date right before: "at 2000", "@1930", "12/22/2015 1945", "D: 04/18/19 1945".
    timeBefore: new RegExp(`(?:(?:^|[^\\p{L}\\p{N}])(?:${cueAlternation(y.timeBefore)})|\\d{1,2}[/.-]\\d{1,2}(?:[/.-]\\d{2,4})?,?)[ \\t]*$`, 'iu'),
    rangeAfter: new RegExp(`^[ \\t]*(?:${cueAlternation(y.rangeWords)})[ \\t]*(\\d{4})(?!\\d)`, 'i'),
    valueBefore: new Set(y.valueBefore),
    unitsAfter: new Set(y.unitsAfter),
  });
}

/** Whether four digits read as a time of day (hours 00-23, minutes 00-59). */
export function readsAsClock(digits: string): boolean {
  return Number(digits.slice(0, 2)) <= 23 && Number(digits.slice(2, 4)) <= 59;
}

const isYear = (digits: string) => /^(?:19\d\d|20[0-4]\d)$/.test(digits);
const LAST_WORD_RE = /([\p{L}][\p{L}/&]*)[ \t:=]*$/u;
const FIRST_WORD_RE = /^[ \t]*([\p{L}]+)/u;

/**
 * The year candidates of a text, in order. The contexts of `deid-numeric-contexts.yaml` (`year`)
 * settle some numbers before any model: one that reads as a time of day after a time cue or a date,
 * or before a second time that no year can be, is a time; one after a measured value's name or
 * before a unit is a value. Neither is a candidate. A number `skip` refuses is left out before
 * its context is read (the layer skips numbers an earlier layer took: most of a report's).
 */
export function yearCandidates(text: string, skip?: (start: number, end: number) => boolean): YearCandidate[] {
  const cx = yearContexts();
  const out: YearCandidate[] = [];
  for (const m of allMatches(CANDIDATE_RE, text)) {
    if (skip?.(m.index, m.index + m[0].length)) continue;
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 16);
    if (readsAsClock(m[0])) {
      if (cx.timeBefore.test(before)) continue;
      const range = cx.rangeAfter.exec(after);
      if (range && !isYear(range[1]!) && (readsAsClock(range[1]!) || range[1] === '2400')) continue;
    }
    const prev = LAST_WORD_RE.exec(before)?.[1]?.toLowerCase();
    if (prev && (cx.valueBefore.has(prev) || (prev.endsWith('s') && cx.valueBefore.has(prev.slice(0, -1))))) continue;
    const next = FIRST_WORD_RE.exec(after)?.[1]?.toLowerCase();
    if (next && cx.unitsAfter.has(next)) continue;
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

// A time of day written as four digits that no year can be (0000-1859, 2050-2359), standing alone:
// a note that has one writes times that way, and its 1930 or 2015 is more likely a time too.
const MILITARY_TIME_RE = /(?<![\p{L}\p{N}.,:/#$-])(?:[01]\d|2[0-3])[0-5]\d(?![\p{L}\p{N}]|[.,:/]\d)/gu;

/** What the features need to know about the whole note, computed once per note. */
export interface YearNoteInfo {
  /** The note writes some time of day as four digits that cannot be a year. */
  military: boolean;
}

/** {@link YearNoteInfo} of a note. */
export function yearNoteInfo(text: string): YearNoteInfo {
  for (const m of allMatches(MILITARY_TIME_RE, text)) {
    const v = Number(m[0]);
    if (v < 1900 || v >= 2050) return { military: true };
  }
  return { military: false };
}

// History-list and record cues of a line: a year is likelier there.
const HISTORY_LINE_RE = /\b(?:pmh|psh|hx|history|s\/p|h\/o|dx|diagnosed|surgical|past|prior|since|remote)\b/i;
const WORD_RE = /[\p{L}][\p{L}'’&]*|\d+(?:[./:]\d+)*%?/gu;

/** A word as a feature value: itself (lower case) when vocabulary, else its shape. */
function wordValue(w: string, vocab: KeepVocabulary): string {
  if (/\d/.test(w)) {
    if (/^\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?$/.test(w)) return '#date';
    if (/^\d{1,2}:\d{2}$/.test(w)) return '#time';
    if (w.endsWith('%')) return '#pct';
    if (/^\d{4}$/.test(w)) return '#4d';
    return '#num';
  }
  const lower = w.toLowerCase().replace(/['’]s$/, '');
  if (vocab.has(lower)) return lower;
  if (w === w.toUpperCase()) return w.length <= 4 ? '?UP' : '?UPLONG';
  return /^\p{Lu}/u.test(w) ? '?Cap' : '?low';
}

/** The class of the first character that is not a blank, looking left or right from `at` within the line. */
function markBeside(text: string, at: number, dir: -1 | 1): string {
  let k = dir < 0 ? at - 1 : at;
  while (k >= 0 && k < text.length && (text[k] === ' ' || text[k] === '\t')) k += dir;
  if (k < 0 || k >= text.length || text[k] === '\n' || text[k] === '\r') return dir < 0 ? 'BOL' : 'EOL';
  const c = text[k]!;
  if (/\p{L}/u.test(c)) return 'w';
  if (/\d/.test(c)) return 'd';
  return c;
}

/** The features of one candidate (written into `out`, which is cleared first). */
export function yearFeatures(text: string, c: YearCandidate, info: YearNoteInfo, vocab: KeepVocabulary, out: string[]): void {
  out.length = 0;
  const digits = text.slice(c.start, c.start + 4);
  const clk = readsAsClock(digits) ? (Number(digits.slice(2)) % 5 === 0 ? 'clk5' : 'clk') : 'noclk';
  out.push('bias', clk, `dec:${digits.slice(0, 2)}`);
  if (c.end - c.start > 4) out.push('plural');
  const lineStart = text.lastIndexOf('\n', c.start - 1) + 1;
  let lineEnd = text.indexOf('\n', c.end);
  if (lineEnd < 0) lineEnd = text.length;
  const before = allMatches(WORD_RE, text.slice(Math.max(lineStart, c.start - 60), c.start)).map((m) => m[0]);
  const after = allMatches(WORD_RE, text.slice(c.end, Math.min(lineEnd, c.end + 40))).map((m) => m[0]);
  const p1 = before.length > 0 ? wordValue(before[before.length - 1]!, vocab) : '^';
  const p2 = before.length > 1 ? wordValue(before[before.length - 2]!, vocab) : '^';
  const p3 = before.length > 2 ? wordValue(before[before.length - 3]!, vocab) : '^';
  const n1 = after.length > 0 ? wordValue(after[0]!, vocab) : '$';
  const n2 = after.length > 1 ? wordValue(after[1]!, vocab) : '$';
  const pc = markBeside(text, c.start, -1);
  const nc = markBeside(text, c.end, 1);
  out.push(`p1:${p1}`, `p2:${p2}`, `p3:${p3}`, `p12:${p2}|${p1}`, `n1:${n1}`, `n2:${n2}`, `pc:${pc}`, `nc:${nc}`, `pcnc:${pc}|${nc}`);
  out.push(`${clk}|p1:${p1}`, `${clk}|pc:${pc}`, `${clk}|nc:${nc}`, `${clk}|n1:${n1}`);
  const gap = text.slice(c.start - 3, c.start).replace(/[ \t]/g, '');
  if (gap.length > 0 && !/[\p{L}\p{N}]$/u.test(gap)) out.push(`gap:${gap.slice(-1)}`);
  if (HISTORY_LINE_RE.test(text.slice(lineStart, lineEnd))) out.push('line:hist', `${clk}|line:hist`);
  if (before.length === 0) out.push('line:first');
  if (info.military) out.push('note:mil', `${clk}|note:mil`);
}
