// Closing initials (issue 11): the letters that close a dictated letter or a note where the other
// initials passes (sign-off-lines.ts, entry-initials.ts) find no cue of their own — the typist's
// group next to the dictation stamp ("kvq  Job# 4411  Conf# 9902", "LMB:TR" over "D: 3/2/21 T:
// 3/4/21"), and the writer's group alone on the last line of a section after a dash ("- qz",
// "-TR"). The place is what decides: there a group of letters is someone's even when it spells a
// word or an abbreviation ("an", "SOB", "BB"); only function words, credentials, titles and months
// stay, and the stamp words are data (rules/en/deid-name-cues.yaml signOffWords.dictationStamps).
import { allMatches } from '../regex-matches.js';
import { AnchoredRegex } from '../keyword-anchors.js';
import { isDash, lastTextLine, lineStartMatches } from './line-ends.js';
import * as tokenScanner from './token-scanner.js';
import type { TokenScanner } from './token-scanner.js';
import { LEX, lexiconFlags } from '../lexicon-flags.js';
import { MONTH_WORDS } from '../patterns.js';
import { neverInitials, staffWord } from '../keep-list/name-words.js';
import { nameCues, numericContexts } from '../rules/deid-rules.js';
import { cueAlternation } from '../rules/word-alternation.js';

// Bound once at load (see token-scanner.ts: under tsx's CommonJS output an import is a getter call).
const { hasLower, hasUpper } = tokenScanner;

const STAMP = cueAlternation(nameCues().signOffWords.dictationStamps, '[ \\t]*');
// The job or confirmation number of a dictation after the typist's group on its line ("Job# 4411", "JOB ID 19839", "Conf# 9902").
// A date after the stamp word ("Date dictated: 5/19/2009") is no job number.
const JOB_AFTER_RE = new RegExp(`^[ \\t]+(?:${STAMP})[ \\t]*(?:#|no\\.?|id)?[ \\t:#]*\\d+(?![\\d/.-])`, 'i');
// A dictation stamp line: "D: 3/2/21 T: 3/4/21", "DD/DT: …", "Job# 4411", "Dictated: …".
const STAMP_LINE_RE = new RegExp(`^[ \\t]*(?:d[ \\t]*:[ \\t]*\\d|dd[ \\t]*/[ \\t]*dt[ \\t]*:|(?:${STAMP})\\b)`, 'i');
// A pair joined by a slash or a colon opening its line, a dictation stamp after a wide gap ("im:nc  D: 3/18").
const INLINE_STAMP_PAIR_RE = new RegExp(`^[ \\t]*([A-Za-z]{2,3})[ \\t]*[/:][ \\t]*([A-Za-z]{2,3})[ \\t]{2,}(?=${STAMP_LINE_RE.source.replace(/^\^\[ \\t\]\*/, '')})`, 'i');
// A line that is one group of initials or two joined by a slash or a colon ("kvq", "LMB:TR", "rao/ylb").
const GROUPS_LINE_RE = /^[ \t]*([A-Za-z]{2,4})(?:[ \t]*[/:][ \t]*([A-Za-z]{2,4}))?[ \t]*$/;
// A lone group of two or three letters after a dash, alone on its line ("- qz", "-TR", "-- hm").
const DASH_LINE_RE = /^[ \t]*(?:-{1,2}|–|—)[ \t]*([A-Za-z]{2,3})[ \t]*$/;
// Whether any line of the text is such a line: the pattern opens with `^` (multiline), so it is
// tried at the line starts alone (line-ends.ts), not at every character of the report.
const DASH_LINE_AT = new RegExp(DASH_LINE_RE.source, 'my');

// A group of letters closing a line after "by" ("TRANSCRIBED 8/21/02 BY HO").
const BY_END_RE = /(?<![A-Za-z])by[ \t]+([A-Za-z]{2,3})[ \t]*$/i;
// A slash pair alone on its line, a dash before it or not ("MED/CM", "ef/dk", "-- AM/sl").
const PAIR_LINE_RE = /^[ \t]*(?:(?:-{1,2}|–|—)[ \t]*)?([A-Za-z]{2,3})[ \t]*\/[ \t]*([A-Za-z]{2,3})[ \t]*$/;
// A lone group of two or three lower-case letters alone on its line ("mn", "tq").
const LOWER_LINE_RE = /^[ \t]*([a-z]{2,3})[ \t]*$/;
// Words a note may end with on a line of their own that sign nothing (deid-name-cues.yaml signOffWords.closingNonInitials).
const CLOSING_NON_INITIALS: ReadonlySet<string> = new Set(nameCues().signOffWords.closingNonInitials);
// A lone group of three capitals alone on its line ("QZR").
const LONE_LINE_RE = /^[ \t]*([A-Z]{3})[ \t]*$/;
/**
 * Whether the line `text[from, to)` ends an entry ("… CONSENTED.", "… ON OCT 28, 2015**", "(WW)"):
 * what `/[.!?)*][ \t]*$/` tests on the line, read back from its end in place.
 */
function entryEnds(text: string, from: number, to: number): boolean {
  let p = to - 1;
  while (p >= from && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9)) p--;
  if (p < from) return false;
  const c = text.charCodeAt(p);
  return c === 46 || c === 33 || c === 63 || c === 41 || c === 42;
}
// Units of measure (the numeric contexts' unit lists): "mg/dl" and "mcg/min" are no one.
const UNIT_WORDS: ReadonlySet<string> = new Set([...numericContexts().year.unitsAfter, ...numericContexts().slash.after]);

// A date a typist's group may follow ("typed 2/19 (SHR)", "Typed: 23-Mar-17 fms"), with its time.
const STAMP_DATE = '(?:\\d{1,4}[-/.]\\d{1,2}(?:[-/.]\\d{2,4})?|\\d{1,2}-[A-Za-z]{3}-\\d{2,4})(?:[ \\t]+\\d{1,2}:?\\d{2})?';
// A typing cue, an optional date, then one group of letters (bracketed or not) closing its line or clause or before a date.
const TYPED_GROUP_RE = new RegExp(
  `(?<![A-Za-z])(?:${cueAlternation(nameCues().signOffWords.typistCues, '[ \\t]+')})(?:[ \\t]+by)?[ \\t]*:?[ \\t]*(?:${STAMP_DATE}[ \\t,]*)?\\(?([A-Za-z]{2,4})\\)?(?=[ \\t]*(?:$|[.;,)]|[ \\t]\\d))`,
  'gim',
);
// Whether a text can hold either: a typing cue or a job number's word.
const TYPED_GATE_RE = new RegExp(`${cueAlternation(nameCues().signOffWords.typistCues, '[ \\t]+')}|job|conf`, 'i');
// The typist's group after the job number at the end of a line ("Job 725435 / TTM").
const JOB_SLASH_GROUP_RE = /(?<![A-Za-z])(?:job|conf)[ \t]*(?:#|no\.?|id)?[ \t:#]*\d+[ \t]*\/[ \t]*([A-Za-z]{2,4})[ \t]*$/gim;

/** A line of the text and where it starts. */
interface Line {
  start: number;
  line: string;
}

/** The lines of `text` with their start positions. */
function linesOf(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    out.push({ start, line });
    start += line.length + 1;
  }
  return out;
}

/** Whether the last character of `line` that is no blank or tab is an ASCII letter. */
function endsInLetter(line: string): boolean {
  let e = line.length - 1;
  while (e >= 0 && (line.charCodeAt(e) === 32 || line.charCodeAt(e) === 9)) e--;
  if (e < 0) return false;
  const c = line.charCodeAt(e);
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

// A dictation stamp's label or a job / confirmation number somewhere in the text, else no typist line:
// the labels are whole words, so the test runs at those words only (keyword-anchors.ts).
const TYPIST_GATE = new AnchoredRegex(/\b(?:d|t|dd\/dt|job|conf)\b/gi, ['d', 't', 'dd', 'job', 'conf']);

/**
 * The typist's initials of a dictated letter: a group opening its line before the job or
 * confirmation number ("kvq  Job# 4411  Conf# 9902", "an  JOB# 2280"), or a line of one group or
 * two joined by a slash or a colon right above or below a dictation stamp line ("LMB:TR" over "D:
 * 3/2/21 T: 3/4/21", "rao/ylb" under "DD/DT: …"). A group may spell a word ("an", "SOB"), as the
 * stamp beside it leaves no other reading; function words may not, save before the job number.
 */
function typistLines(s: TokenScanner, linesOfText: () => readonly Line[]): void {
  if (!TYPIST_GATE.test(s.text)) return;
  const lines = linesOfText();
  const stampLine = (k: number) => k >= 0 && k < lines.length && STAMP_LINE_RE.test(lines[k]!.line);
  for (let k = 0; k < lines.length; k++) {
    const { start, line } = lines[k]!;
    const job = /^[ \t]*([A-Za-z]{2,4})(?=[ \t])/.exec(line);
    if (job && JOB_AFTER_RE.test(line.slice(job[0].length))) {
      const g = job[1]!;
      const w = g.toLowerCase();
      if ((lexiconFlags(w) & (LEX.CREDENTIAL | LEX.TITLE)) === 0 && !MONTH_WORDS.has(w) && !STAMP_LINE_RE.test(line)) s.markWordAt(start + line.indexOf(g), g, 'NAME', 'typist-initials');
      continue;
    }
    // A pair opening its line before the stamp on the same line ("im:nc  D: 3/18  T: 4/7  Job 4512").
    const inline = INLINE_STAMP_PAIR_RE.exec(line);
    if (inline && !STAMP_LINE_RE.test(line) && ![inline[1]!, inline[2]!].some((g) => (hasUpper(g) && hasLower(g)) || neverInitials(g))) {
      const a = start + line.indexOf(inline[1]!);
      s.markWordAt(a, inline[1]!, 'NAME', 'typist-initials');
      s.markWordAt(s.text.indexOf(inline[2]!, a + inline[1]!.length), inline[2]!, 'NAME', 'typist-initials');
      continue;
    }
    // Both patterns below end in letters and blanks only: a line whose last character but blanks is
    // no ASCII letter holds neither.
    if (!endsInLetter(line)) continue;
    // A group closing a line after "by", the stamp's job line right below ("TRANSCRIBED 8/21/02 BY HO" over "JOB 70166").
    const by = BY_END_RE.exec(line);
    if (by && stampLine(k + 1) && !STAMP_LINE_RE.test(line.slice(by.index)) && !neverInitials(by[1]!) && !(hasUpper(by[1]!) && hasLower(by[1]!))) {
      s.markWordAt(start + by.index + by[0].lastIndexOf(by[1]!), by[1]!, 'NAME', 'typist-initials');
      continue;
    }
    const m = GROUPS_LINE_RE.exec(line);
    if (!m || !(stampLine(k + 1) || stampLine(k - 1))) continue;
    const groups = [m[1]!, m[2]].filter((g): g is string => g !== undefined);
    // One case per group, and no stamp label itself ("DD/DT").
    if (groups.some((g) => (hasUpper(g) && hasLower(g)) || neverInitials(g)) || STAMP_LINE_RE.test(line)) continue;
    // A lone group must be no heading: in capitals it needs the stamp below it.
    if (groups.length === 1 && !stampLine(k + 1)) continue;
    let from = start;
    for (const g of groups) {
      const at = s.text.indexOf(g, from);
      s.markWordAt(at, g, 'NAME', 'typist-initials');
      from = at + g.length;
    }
  }
}

/**
 * "- qz", "-TR": the writer's initials alone on a line after a dash, closing a section — a blank
 * line or the text's start before it, a blank line or the text's end after it. Set apart so, the
 * group is no item of a list, whatever it spells ("-BB" signs; "- BB" inside a list does not).
 */
function dashLines(s: TokenScanner, linesOfText: () => readonly Line[]): void {
  if (lineStartMatches(s.text, DASH_LINE_AT, isDash).length === 0) return;
  const lines = linesOfText();
  const blank = (k: number) => k < 0 || k >= lines.length || lines[k]!.line.trim() === '';
  for (let k = 0; k < lines.length; k++) {
    const m = DASH_LINE_RE.exec(lines[k]!.line);
    if (!m || !blank(k - 1) || !blank(k + 1)) continue;
    const g = m[1]!;
    if ((hasUpper(g) && hasLower(g)) || neverInitials(g)) continue;
    s.markWordAt(lines[k]!.start + m[0].indexOf(g, m[0].search(/[-–—]/) + 1), g, 'NAME', 'dash-initials');
  }
}

/** Whether the slash pair of a closing line can be two people's initials: no month, no two units, function words, abbreviations or credentials ("mg/dl", "and/or", "PT/OT", "MD/PhD"). */
function initialsPair(a: string, b: string): boolean {
  const fa = lexiconFlags(a.toLowerCase());
  const fb = lexiconFlags(b.toLowerCase());
  if ([a, b].some((g) => (hasUpper(g) && hasLower(g)) || MONTH_WORDS.has(g.toLowerCase()))) return false;
  const both = (flags: number) => (fa & flags) !== 0 && (fb & flags) !== 0;
  if ((UNIT_WORDS.has(a.toLowerCase()) && UNIT_WORDS.has(b.toLowerCase())) || both(LEX.STOP) || both(LEX.CLINICAL) || (both(LEX.CREDENTIAL | LEX.SIGN_CREDENTIAL) && a.toLowerCase() !== b.toLowerCase())) return false;
  return ![a, b].some((g) => (lexiconFlags(g.toLowerCase()) & LEX.TITLE) !== 0 && (lexiconFlags(g.toLowerCase()) & LEX.STOP) === 0);
}

/**
 * "NEG/CM", "ef/dk", "AM/sl", "QZR": the writer's and the typist's initials on a line of their own
 * right after an entry's end (the line before ends a sentence or a stamp). A slash pair there signs
 * whatever its groups spell, unless both are units, function words, abbreviations or credentials,
 * or one is a month; a lone group must be three capitals no list holds as a word, abbreviation,
 * credential or title, with a blank line or the text's end after it (a heading stands before text).
 */
function closingLines(s: TokenScanner): void {
  const text = s.text;
  // Whether the line from `from` (a line feed ends it, or the text) holds blanks alone.
  const blank = (from: number) => {
    if (from < 0) return true;
    const e = text.indexOf('\n', from);
    return text.slice(from, e < 0 ? text.length : e).trim() === '';
  };
  // The last line holding text: the note's own close, whatever the line before it ends with. It
  // is the line whose span [start, end] holds that start (the last line starting at or before it).
  const lastStart = lastTextLine(text)?.start ?? 0;
  // The lines after the first, read in place: `[start, end)` and the line before, `[prevStart, prevEnd)`;
  // only a line of twelve characters or fewer is sliced.
  let prevStart = 0;
  let prevEnd = text.indexOf('\n');
  for (; prevEnd >= 0; prevStart = prevEnd + 1, prevEnd = text.indexOf('\n', prevStart)) {
    const start = prevEnd + 1;
    const feed = text.indexOf('\n', start);
    const end = feed < 0 ? text.length : feed;
    if (end - start > 12) continue;
    const line = text.slice(start, end);
    const afterEntry = entryEnds(text, prevStart, prevEnd);
    if (start <= lastStart && lastStart <= end && lastLineInitials(s, { start, line }, afterEntry)) continue;
    if (!afterEntry) continue;
    const pair = PAIR_LINE_RE.exec(line);
    if (pair && initialsPair(pair[1]!, pair[2]!)) {
      const a = start + line.indexOf(pair[1]!);
      s.markWordAt(a, pair[1]!, 'NAME', 'closing-initials');
      s.markWordAt(s.text.indexOf(pair[2]!, a + pair[1]!.length), pair[2]!, 'NAME', 'closing-initials');
      continue;
    }
    const lone = LONE_LINE_RE.exec(line);
    if (lone && blank(feed < 0 ? -1 : feed + 1) && (lexiconFlags(lone[1]!.toLowerCase()) & (LEX.STOP | LEX.COMMON | LEX.CLINICAL | LEX.CREDENTIAL | LEX.SIGN_CREDENTIAL | LEX.TITLE)) === 0 && !staffWord(lone[1]!.toLowerCase())) {
      s.markWordAt(start + line.indexOf(lone[1]!), lone[1]!, 'NAME', 'closing-initials');
    }
  }
}

/**
 * "-- LT/qk", "rw/bd" closing the note after its signature block, and "mn" alone on the last line
 * after a sentence: the last line of a note that is a slash pair (see {@link initialsPair}), or a
 * lone group of lower-case letters after an entry's end, is the writer's, whatever the group spells
 * ("go", "so"), save a month, a credential, a title or a word that answers (closingNonInitials).
 * Returns whether the line had them.
 */
function lastLineInitials(s: TokenScanner, { start, line }: Line, afterEntry: boolean): boolean {
  const pair = PAIR_LINE_RE.exec(line);
  // Under a line that ends no entry (a department, a date), no unit either ("mg/dl" wrapped from a table).
  if (pair && initialsPair(pair[1]!, pair[2]!) && (afterEntry || ![pair[1]!, pair[2]!].some((g) => UNIT_WORDS.has(g.toLowerCase())))) {
    const a = start + line.indexOf(pair[1]!, line.search(/[A-Za-z]/));
    s.markWordAt(a, pair[1]!, 'NAME', 'closing-initials');
    s.markWordAt(s.text.indexOf(pair[2]!, a + pair[1]!.length), pair[2]!, 'NAME', 'closing-initials');
    return true;
  }
  const lone = LOWER_LINE_RE.exec(line);
  if (!lone || !afterEntry) return false;
  const w = lone[1]!;
  if (MONTH_WORDS.has(w) || CLOSING_NON_INITIALS.has(w) || (lexiconFlags(w) & (LEX.CREDENTIAL | LEX.SIGN_CREDENTIAL | LEX.TITLE)) !== 0) return false;
  s.markWordAt(start + line.indexOf(w), w, 'NAME', 'closing-initials');
  return true;
}

// A bracket of two or three capitals right after a name, closing the line or the clause ("Shira Gold (SG)").
// Tried (sticky) at each "(" only: a whole-text scan of the blank-led form tries every position.
const BRACKET_INITIALS_AT = /\(([A-Z]{2,3})\)(?=[ \t]*(?:[.,;]|\n|$))/y;

/**
 * "Taken by: Shira (SG)", "Omar Reyes (OR)": a bracket of two or three capitals right after a name
 * found, whose first letter is the name's, is that person's initials (no function word, credential or title: "Joan (NP)" is her role).
 */
function bracketInitials(s: TokenScanner): void {
  const text = s.text;
  // Where each name span found before the first bracket ends, and where it starts (made at that bracket).
  let nameAt: Map<number, number> | undefined;
  for (let p = text.indexOf('('); p >= 0; p = text.indexOf('(', p + 1)) {
    BRACKET_INITIALS_AT.lastIndex = p;
    const m = BRACKET_INITIALS_AT.exec(text);
    if (m === null) continue;
    if (nameAt === undefined) {
      nameAt = new Map<number, number>();
      for (const sp of s.spans) if (sp.category === 'NAME') nameAt.set(sp.end, sp.start);
    }
    // The match of the blank-led pattern `[ \t]*\(…\)` a whole-text scan finds: from the blanks
    // right before the bracket (a scan resumes past the last match's ")", before this "(").
    let index = p;
    while (index > 0 && (text.charCodeAt(index - 1) === 32 || text.charCodeAt(index - 1) === 9)) index--;
    const g = m[1]!;
    let start = nameAt.get(index);
    if (start === undefined || neverInitials(g)) continue;
    // The run of name spans the bracket closes ("Shira Gold"): its first word gives the first letter.
    for (let k = start - 1; k >= 0 && (text[k] === ' ' || text[k] === '\t'); k--) {
      const before = nameAt.get(k);
      if (before !== undefined) {
        start = before;
        k = before;
      }
    }
    if (text[start]!.toUpperCase() !== g[0]) continue;
    s.markWordAt(p + 1, g, 'NAME', 'closing-initials');
  }
}

/**
 * "typed nnc", "Transcriptionist: php", "transcribed ddl 06/18/2005", "typed 2/19 (SHR)", "Job 725435 /
 * TTM": one group of letters in one case after a typing cue (a date between may stand) or after the
 * job number closing the line is the typist's initials, whatever it spells, unless it is a function
 * word, credential, title, staff word, month, unit or an ordinary word ("typed and signed", "transcribed by MD").
 */
function typedGroups(s: TokenScanner): void {
  if (!TYPED_GATE_RE.test(s.text)) return;
  for (const re of [TYPED_GROUP_RE, JOB_SLASH_GROUP_RE]) {
    for (const m of allMatches(re, s.text)) {
      const g = m[1]!;
      const w = g.toLowerCase();
      if ((hasUpper(g) && hasLower(g)) || neverInitials(g) || UNIT_WORDS.has(w) || (lexiconFlags(w) & LEX.COMMON) !== 0) continue;
      s.markWordAt(m.index + m[0].lastIndexOf(g), g, 'NAME', 'typist-initials');
    }
  }
}

/** Marks the typist's initials by the dictation stamp, the writer's initials on a dash line or a line of their own closing a section, and initials in brackets after a name. */
export function closingInitials(s: TokenScanner): void {
  // One split of the text serves the two line passes that need it, made only when one's gate lets it through.
  let lines: Line[] | undefined;
  const linesOfText = () => (lines ??= linesOf(s.text));
  typistLines(s, linesOfText);
  typedGroups(s);
  dashLines(s, linesOfText);
  closingLines(s);
  bracketInitials(s);
}
