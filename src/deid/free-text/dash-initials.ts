// Initials that sign a line in the middle of a note (issue 11, session 25): a writer who adds a line to a
// shared chart, a portal thread or a work-status form closes it with a dash and their initials after the
// sentence ("Total time 60 min, >50% counseling. -APC", "Closed encounter. -ATB", "Form completed. --
// KBT / SWB"), opens a line of their own with a double dash ("-- aht (coordinator), pager 88461"), or
// writes the signer's and the typist's groups alone on a line, one of them dotted ("bep/d.t.v.",
// "CPP/f.c.d."), or their dotted initials alone on a line ("j.j.d."). note-end-initials.ts reads the
// note's last line only; these lines stand anywhere. The dash or the slash on a line of its own is the
// mark of a signature: a list bullet ("- CBC in AM") opens its line with a single dash and a blank.
// In a log, entries opening with a clock time and closing with a dash and a group ("1410 LM on VM - sc")
// are signed when two or more are so closed.
import { allMatches } from '../regex-matches.js';
import { blockEndsAfter, isBlank } from './blank-skip.js';
import { mayCloseLineWithGroup } from './line-ends.js';
import type { TokenScanner } from './token-scanner.js';
import { hasLower, hasUpper } from './token-scanner.js';
import { inVocabulary, LEX, lexiconFlags } from '../lexicon-flags.js';
import type { KeepVocabulary } from '../keep-list/keep-vocabulary.js';
import { initialsGroup as noWordGroup } from './sign-off-lines.js';
import { dottedAbbreviationWord, neverInitials } from '../keep-list/name-words.js';
import { nameCues } from '../rules/deid-rules.js';

const NON_INITIALS: ReadonlySet<string> = new Set(nameCues().signOffWords.noteEndNonInitials);
// A group: two or three letters, or two or three letters each with its stop ("d.t.v.").
const G = '([A-Za-z]{2,3}(?![A-Za-z.])|(?:[A-Za-z]\\.){2,3}(?![A-Za-z]))';
// A dash after the end of a sentence on the line, glued to one group or (double dash) before one or two.
const AFTER_SENTENCE_RE = new RegExp(`(?<=[.!?)][ \\t]+)(?:-(?=[A-Za-z])|(?:--|—)[ \\t]*)${G}(?:[ \\t]*/[ \\t]*${G})?[ \\t]*$`, 'gmd');
// A double dash opening the line before one or two groups, then the line end, the writer's role in brackets, or
// the clock time of the entry closing the line after a wide gap ("-- kvb  1418h", "-- QTL  2:05 am"; one blank is a
// list item's dose time: "-- neb 2200").
const CLOCK_CLOSE = String.raw`[ \t]{2,}(?:[01]?\d|2[0-3]):?[0-5]\d(?:[ \t]?(?:[ap]\.?m?\.?|h|hrs))?[ \t]*$`;
const LINE_START_RE = new RegExp(`^[ \\t]*(?:--|—)[ \\t]*${G}(?:[ \\t]*/[ \\t]*${G})?(?=[ \\t]*(?:$|\\([A-Za-z ]{2,20}\\))|${CLOCK_CLOSE})`, 'gmd');
// Two groups joined by a slash, alone on their line.
const SLASH_LINE_RE = new RegExp(`^[ \\t]*${G}[ \\t]*/[ \\t]*${G}[ \\t]*$`, 'gmd');
// A log entry (a line opening with a clock time, a date before it allowed) closed by a dash and a
// group: "1410 LM on VM (ok to leave msg) - sc", "05:33  Continue obs.  -cr", "2030: care assumed -fh".
const LOG_DASH_RE = /^[ \t]*(?:\d{1,2}\/\d{1,2}(?:\/\d{2,4})?[ \t]+)?(?:[01]?\d|2[0-3]):?[0-5]\d(?![\d/]|:\d)[^\n]*?[ \t](?:-|--|—)[ \t]?([A-Za-z]{2,3})[ \t]*$/gmd;
// A log entry opening with a date (numeric, or a day and a month's name: "27 August 2025", "Aug 27, 2025"),
// a clock time after it allowed, closed after a sentence by a group of capitals: "1/9/2023 2:36 pm  Review sent. IS".
const MONTH_NAME = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const LOG_STOP_RE = new RegExp(
  `^[ \\t]*(?:\\d{1,2}\\/\\d{1,2}(?:\\/\\d{2,4})?|\\d{1,2}[ -]${MONTH_NAME}[ -]\\d{2,4}|${MONTH_NAME}[ \\t]+\\d{1,2}(?:st|nd|rd|th)?,?[ \\t]+\\d{4})(?![\\d/])[^\\n]*?[.!?)][ \\t]+([A-Z]{2,3})[ \\t]*$`,
  'gimd',
);
// A single dash or slash and a group alone on their line ("- sf", "/TS", "-rl"): a writer's mark closing an entry.
const LONE_MARK_RE = /^[ \t]*[-/][ \t]?([A-Za-z]{2,3})[ \t]*$/gmd;
// A dash glued to a capitalised word alone on its line ("-Emeka"): the writer's given name closing an entry.
const LONE_NAME_RE = /^[ \t]*-([A-Z][a-z]{2,14})[ \t]*$/gmd;
// Two groups joined by a slash at the end of a line after two blanks or more ("RD, LDN  RM/sl"): read
// after the signer's credentials (the word before the blanks) or on a sign-off line opened by a dash.
const CREDENTIAL_SLASH_RE = new RegExp(`([A-Za-z]+)[.,]?[ \\t]{2,}${G}[ \\t]*/[ \\t]*${G}[ \\t]*$`, 'gmd');
// Dotted letters alone on their line.
const DOTTED_LINE_RE = /^[ \t]*((?:[A-Za-z]\.){2,3})[ \t]*$/gmd;

// What a slash line or a dotted line needs somewhere in the text (the gate of their passes).
// (Tested by mayHoldInitialsLine without a regex; exported for its test.)
export const INITIALS_LINE_GATE = /[A-Za-z.][ \t]*\/[ \t]*[A-Za-z][.A-Za-z]*[ \t]*(?:\n|$)|[A-Za-z]\.[A-Za-z]\.[ \t]*(?:\n|$)/;

const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * Whether {@link INITIALS_LINE_GATE} matches `text`, read around each slash and before each line
 * end instead of trying the regex at every position (issue 11, speed). Its first alternative is a
 * slash with, before it, blanks after a letter or a dot and, after it, blanks, a letter, letters and
 * dots, blanks and the line's end (a line feed, or the text's end: no `m` flag); the classes read in
 * turn are disjoint, so each is read to its end. The second is two dotted letters, then blanks, then
 * the line's end. Exported for its test.
 */
export function mayHoldInitialsLine(text: string): boolean {
  const n = text.length;
  const endsLine = (p: number) => p === n || text.charCodeAt(p) === 10;
  for (let q = text.indexOf('/'); q >= 0; q = text.indexOf('/', q + 1)) {
    let a = q - 1;
    while (a >= 0 && isBlank(text.charCodeAt(a))) a--;
    if (a < 0 || !(isLetter(text.charCodeAt(a)) || text.charCodeAt(a) === 46)) continue;
    let b = q + 1;
    while (b < n && isBlank(text.charCodeAt(b))) b++;
    if (b >= n || !isLetter(text.charCodeAt(b))) continue;
    b++;
    while (b < n && (isLetter(text.charCodeAt(b)) || text.charCodeAt(b) === 46)) b++;
    while (b < n && isBlank(text.charCodeAt(b))) b++;
    if (endsLine(b)) return true;
  }
  for (let e = text.indexOf('\n'); ; e = text.indexOf('\n', e + 1)) {
    const end = e < 0 ? n : e;
    let b = end;
    while (b > 0 && isBlank(text.charCodeAt(b - 1))) b--;
    if (b >= 4 && text.charCodeAt(b - 1) === 46 && isLetter(text.charCodeAt(b - 2)) && text.charCodeAt(b - 3) === 46 && isLetter(text.charCodeAt(b - 4))) return true;
    if (e < 0) return false;
  }
}

const NEVER_DOTTED = LEX.STOP | LEX.CREDENTIAL | LEX.TITLE | LEX.SIGN_CREDENTIAL | LEX.CLINICAL;

/** Whether group `g` (dotted or not) can be someone's initials; `strict` also refuses clinical and ordinary words. */
function initialsGroup(g: string, strict: boolean): boolean {
  if (hasUpper(g) && hasLower(g)) return false;
  const letters = g.replace(/\./g, '').toLowerCase();
  if (neverInitials(letters) || NON_INITIALS.has(letters)) return false;
  if (g.includes('.')) return (lexiconFlags(letters) & NEVER_DOTTED) === 0 && !dottedAbbreviationWord(letters);
  return !strict || (lexiconFlags(letters) & (LEX.CLINICAL | LEX.COMMON)) === 0;
}

/** Marks the letters of group `g` found at `at` (each dotted letter is its own token). */
function markGroup(s: TokenScanner, at: number, g: string): void {
  if (!g.includes('.')) return s.markWordAt(at, g, 'NAME', 'dash-initials');
  for (let k = 0; k < g.length; k += 2) s.markWordAt(at + k, g[k]!, 'NAME', 'dash-initials');
}

/** Marks the groups of a match whose groups all pass; `strictLone` asks more of a lone undotted group. */
function markAll(s: TokenScanner, m: RegExpExecArray, strictLone: boolean): void {
  const groups = [1, 2].filter((k) => m[k] !== undefined);
  const lone = groups.length === 1 && !m[1]!.includes('.');
  if (!groups.every((k) => initialsGroup(m[k]!, strictLone && lone))) return;
  for (const k of groups) markGroup(s, m.indices![k]![0], m[k]!);
}

/**
 * Marks the groups that close log entries after a dash when two entries of the note or more are so
 * closed: the repeated place says the group signs the entry, whatever its letters spell ("- sc", "-LV");
 * an answer ("- neg", "- ok") or a function word, credential, title, staff word or month does not.
 * One such entry alone may close on a result or a term.
 */
function loggedDashInitials(s: TokenScanner): void {
  const found = allMatches(LOG_DASH_RE, s.text).filter((m) => initialsGroup(m[1]!, false));
  // Capitals after a sentence's stop, in a note of mixed case (a note in capitals closes every line so),
  // no clinical or common word there (a route or a unit may close a sentence: "40 mg given. PO").
  if (s.style === 'mixed') for (const m of allMatches(LOG_STOP_RE, s.text)) if (/^[A-Z]+$/.test(m[1]!) && initialsGroup(m[1]!, true)) found.push(m);
  if (found.length < 2) return;
  for (const m of found) markGroup(s, m.indices![1]![0], m[1]!);
}

/** Whether the line of match `m` of LINE_START_RE goes on after its groups with a clock time (not the line end or a bracketed role). */
function clockClosed(text: string, m: RegExpExecArray): boolean {
  const end = m.index + m[0].length;
  return /^[ \t]{2,}\d/.test(text.slice(end, end + 3));
}

/**
 * Whether the last line holding anything before position `lineStart` ends a sentence: an entry closed by its
 * writer's "-- kvb  1418h" ("Ice pack applied."), not one item of a list of doses and times ("-- neb  2200").
 */
function afterSentence(text: string, lineStart: number): boolean {
  let p = lineStart - 1;
  while (p >= 0 && /\s/.test(text[p]!)) p--;
  return p >= 0 && /[.!?]/.test(text[p]!);
}

/** Whether the line before position `lineStart` is a list item opened by a dash or a slash. */
function afterListItem(text: string, lineStart: number): boolean {
  const prevEnd = text.lastIndexOf('\n', lineStart - 1);
  if (prevEnd < 0) return false;
  const prevStart = text.lastIndexOf('\n', prevEnd - 1) + 1;
  return /^[ \t]*[-/]/.test(text.slice(prevStart, prevEnd));
}

/**
 * Marks a writer's mark alone on its line: a single dash or slash and a group ("- sf", "/TS"), which
 * must be no word, clinical abbreviation or vocabulary entry unless the line closes an entry; or a dash glued to a
 * capitalised word no vocabulary holds ("-Emeka").
 */
function loneMarks(s: TokenScanner, vocab: KeepVocabulary): void {
  for (const m of allMatches(LONE_MARK_RE, s.text)) {
    const g = m[1]!;
    // Closing an entry the mark may spell a word ("- aa"), but no clinical abbreviation, no vocabulary
    // entry in capitals of a mixed-case note or of three letters ("Labs drawn.⏎- CBC"), and not as the
    // last item of a list ("- f/u⏎- MRI"): there it must be no word at all.
    const f = lexiconFlags(g.toLowerCase());
    const abbreviationLike = inVocabulary(vocab, g.toLowerCase(), f) && (g.length === 3 || (s.style === 'mixed' && g === g.toUpperCase()));
    const closing = blockEndsAfter(s.text, m.index + m[0].length) && (f & LEX.CLINICAL) === 0 && !abbreviationLike && !afterListItem(s.text, m.index);
    if (initialsGroup(g, !closing) && (closing || noWordGroup(g, vocab))) markGroup(s, m.indices![1]![0], g);
  }
  for (const m of allMatches(LONE_NAME_RE, s.text)) {
    const w = m[1]!.toLowerCase();
    if (!inVocabulary(vocab, w) && !neverInitials(w)) s.markWordAt(m.indices![1]![0], m[1]!, 'NAME', 'dash-initials');
  }
}

/** Marks the signer's and typist's groups joined by a slash at the end of a line after the signer's credentials or on a sign-off line opened by a dash ("-- Ada Okafor RD, LDN  AO/sl"). */
function credentialSlashPairs(s: TokenScanner): void {
  for (const m of allMatches(CREDENTIAL_SLASH_RE, s.text)) {
    const lineStart = s.text.lastIndexOf('\n', m.index) + 1;
    const signOff = /^[ \t]*(?:--|—|-)[ \t]*[A-Za-z]/.test(s.text.slice(lineStart, lineStart + 8));
    if (!signOff && (lexiconFlags(m[1]!.toLowerCase()) & (LEX.CREDENTIAL | LEX.SIGN_CREDENTIAL)) === 0) continue;
    if (!initialsGroup(m[2]!, false) || !initialsGroup(m[3]!, false)) continue;
    markGroup(s, m.indices![2]![0], m[2]!);
    markGroup(s, m.indices![3]![0], m[3]!);
  }
}

// The gates of the passes below (each a necessary condition of its pass's matches), exported for
// the test that checks the cheaper conditions read before them (mayOpenLineWithMark and the others;
// line-ends.ts mayCloseLineWithGroup for LOG_GATE).
export const LONE_GATE = /(?:^|\n)[ \t]*[-/][ \t]?[A-Za-z]+[ \t]*(?:\n|$)/;
export const CREDENTIAL_SLASH_GATE = /[ \t]{2}[A-Za-z.]+[ \t]*\/[ \t]*[A-Za-z.]+[ \t]*(?:\n|$)/;
export const LOG_GATE = /(?:[ \t](?:-|--|—)[ \t]?[A-Za-z]{2,3}|[.!?)][ \t]+[A-Z]{2,3})[ \t]*$/m;
export const AFTER_SENTENCE_GATE = /[.!?)][ \t]+(?:-[A-Za-z]|--|—)/;

/**
 * A necessary condition of {@link LONE_GATE} (issue 11, speed: most reports fail it, and the
 * pattern is tried at every character): a line (the text's start, `^` without the `m` flag, or
 * after a line feed) opening, after blanks or tabs, with a dash or a slash.
 */
export function mayOpenLineWithMark(text: string): boolean {
  for (let p = 0; ; ) {
    while (isBlank(text.charCodeAt(p))) p++;
    const c = text.charCodeAt(p);
    if (c === 45 || c === 47) return true;
    const nl = text.indexOf('\n', p);
    if (nl < 0) return false;
    p = nl + 1;
  }
}

const isLetterOrDot = (c: number) => isLetter(c) || c === 46;

/**
 * A necessary condition of {@link CREDENTIAL_SLASH_GATE}: a slash whose nearest characters that
 * are no blank or tab, before and after it, are letters or dots (the pattern's `[A-Za-z.]+` on
 * either side, blanks between). Slashes of dates ("7/9/23") fail it.
 */
export function mayHoldLetterSlash(text: string): boolean {
  for (let q = text.indexOf('/'); q >= 0; q = text.indexOf('/', q + 1)) {
    let a = q - 1;
    while (a >= 0 && isBlank(text.charCodeAt(a))) a--;
    if (a < 0 || !isLetterOrDot(text.charCodeAt(a))) continue;
    let b = q + 1;
    while (isBlank(text.charCodeAt(b))) b++;
    if (isLetterOrDot(text.charCodeAt(b))) return true;
  }
  return false;
}

/**
 * A necessary condition of {@link AFTER_SENTENCE_GATE}: a dash or an em dash with blanks or tabs
 * before it and a sentence's stop or a closing bracket before those.
 */
export function mayHoldDashAfterStop(text: string): boolean {
  const afterStop = (q: number): boolean => {
    let a = q - 1;
    if (a < 0 || !isBlank(text.charCodeAt(a))) return false;
    while (a >= 0 && isBlank(text.charCodeAt(a))) a--;
    const c = text.charCodeAt(a);
    return c === 46 || c === 33 || c === 63 || c === 41;
  };
  for (let q = text.indexOf('-'); q >= 0; q = text.indexOf('-', q + 1)) if (afterStop(q)) return true;
  for (let q = text.indexOf('—'); q >= 0; q = text.indexOf('—', q + 1)) if (afterStop(q)) return true;
  return false;
}

/** Marks initials that sign a line mid-note after a dash, or alone on their line with a slash or stops (rule id `dash-initials`). */
export function dashInitials(s: TokenScanner, vocab: KeepVocabulary): void {
  // Each gate's pattern runs only where its cheaper necessary condition (above) holds.
  if (mayOpenLineWithMark(s.text) && LONE_GATE.test(s.text)) loneMarks(s, vocab);
  if (mayHoldLetterSlash(s.text) && CREDENTIAL_SLASH_GATE.test(s.text)) credentialSlashPairs(s);
  // Only a text with a line closed by a dash or a stop and a group is read for log entries: in a
  // match of LOG_GATE the group's two or three letters close the line, a blank, a dash or a stop before them.
  if (mayCloseLineWithGroup(s.text) && LOG_GATE.test(s.text)) loggedDashInitials(s);
  if (mayHoldDashAfterStop(s.text) && AFTER_SENTENCE_GATE.test(s.text)) for (const m of allMatches(AFTER_SENTENCE_RE, s.text)) markAll(s, m, true);
  // The pattern's dashes are a text's own characters: a report without "--" or "—" is not scanned for them.
  if ((s.text.includes('--') || s.text.includes('—')) && /(?:^|\n)[ \t]*(?:--|—)/.test(s.text)) {
    for (const m of allMatches(LINE_START_RE, s.text)) if (!clockClosed(s.text, m) || afterSentence(s.text, m.index)) markAll(s, m, true);
  }
  if (!mayHoldInitialsLine(s.text)) return;
  for (const m of allMatches(SLASH_LINE_RE, s.text)) {
    // Without stops the pair must hold a group that is no word or abbreviation at all ("ICU/CCU", "HEENT/ENT" stay).
    if (!m[1]!.includes('.') && !m[2]!.includes('.') && ![m[1]!, m[2]!].some((g) => lexiconFlags(g.toLowerCase()) === 0)) continue;
    markAll(s, m, false);
  }
  for (const m of allMatches(DOTTED_LINE_RE, s.text)) if (initialsGroup(m[1]!, true)) markGroup(s, m.indices![1]![0], m[1]!);
}
