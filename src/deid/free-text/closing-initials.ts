// Closing initials (issue 11): the letters that close a dictated letter or a note where the other
// initials passes (sign-off-lines.ts, entry-initials.ts) find no cue of their own — the typist's
// group next to the dictation stamp ("kvq  Job# 4411  Conf# 9902", "LMB:TR" over "D: 3/2/21 T:
// 3/4/21"), and the writer's group alone on the last line of a section after a dash ("- qz",
// "-TR"). The place is what decides: there a group of letters is someone's even when it spells a
// word or an abbreviation ("an", "SOB", "BB"); only function words, credentials, titles and months
// stay, and the stamp words are data (rules/en/deid-name-cues.yaml signOffWords.dictationStamps).
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
const JOB_AFTER_RE = new RegExp(`^[ \\t]+(?:${STAMP})[ \\t]*(?:#|no\\.?|id)?[ \\t:#]*\\d`, 'i');
// A dictation stamp line: "D: 3/2/21 T: 3/4/21", "DD/DT: …", "Job# 4411", "Dictated: …".
const STAMP_LINE_RE = new RegExp(`^[ \\t]*(?:d[ \\t]*:[ \\t]*\\d|dd[ \\t]*/[ \\t]*dt[ \\t]*:|(?:${STAMP})\\b)`, 'i');
// A line that is one group of initials or two joined by a slash or a colon ("kvq", "LMB:TR", "rao/ylb").
const GROUPS_LINE_RE = /^[ \t]*([A-Za-z]{2,4})(?:[ \t]*[/:][ \t]*([A-Za-z]{2,4}))?[ \t]*$/;
// A lone group of two or three letters after a dash, alone on its line ("- qz", "-TR", "-- hm").
const DASH_LINE_RE = /^[ \t]*(?:-{1,2}|–|—)[ \t]*([A-Za-z]{2,3})[ \t]*$/;

// A group of letters closing a line after "by" ("TRANSCRIBED 8/21/02 BY HO").
const BY_END_RE = /(?<![A-Za-z])by[ \t]+([A-Za-z]{2,3})[ \t]*$/i;
// A slash pair alone on its line ("MED/CM", "ef/dk", "AM/sl").
const PAIR_LINE_RE = /^[ \t]*([A-Za-z]{2,3})[ \t]*\/[ \t]*([A-Za-z]{2,3})[ \t]*$/;
// A lone group of three capitals alone on its line ("QZR").
const LONE_LINE_RE = /^[ \t]*([A-Z]{3})[ \t]*$/;
// The end of an entry closing the line before ("… CONSENTED.", "… ON OCT 28, 2015**", "(WW)").
const ENTRY_END_RE = /[.!?)*][ \t]*$/;
// Units of measure (the numeric contexts' unit lists): "mg/dl" and "mcg/min" are no one.
const UNIT_WORDS: ReadonlySet<string> = new Set([...numericContexts().year.unitsAfter, ...numericContexts().slash.after]);

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

/** Marks the token of `s` that spans exactly `g` at position `at`. */
function markGroup(s: TokenScanner, at: number, g: string, source: string): void {
  const i = s.byStart.get(at);
  if (i !== undefined && s.tokens[i]!.word === g) s.mark(i, 'NAME', source);
}

/** Whether the last character of `line` that is no blank or tab is an ASCII letter. */
function endsInLetter(line: string): boolean {
  let e = line.length - 1;
  while (e >= 0 && (line.charCodeAt(e) === 32 || line.charCodeAt(e) === 9)) e--;
  if (e < 0) return false;
  const c = line.charCodeAt(e);
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * The typist's initials of a dictated letter: a group opening its line before the job or
 * confirmation number ("kvq  Job# 4411  Conf# 9902", "an  JOB# 2280"), or a line of one group or
 * two joined by a slash or a colon right above or below a dictation stamp line ("LMB:TR" over "D:
 * 3/2/21 T: 3/4/21", "rao/ylb" under "DD/DT: …"). A group may spell a word ("an", "SOB"), as the
 * stamp beside it leaves no other reading; function words may not, save before the job number.
 */
function typistLines(s: TokenScanner, lines: readonly Line[]): void {
  if (!/\b(?:d|t|dd\/dt|job|conf)\b/i.test(s.text)) return;
  const stampLine = (k: number) => k >= 0 && k < lines.length && STAMP_LINE_RE.test(lines[k]!.line);
  for (let k = 0; k < lines.length; k++) {
    const { start, line } = lines[k]!;
    const job = /^[ \t]*([A-Za-z]{2,4})(?=[ \t])/.exec(line);
    if (job && JOB_AFTER_RE.test(line.slice(job[0].length))) {
      const g = job[1]!;
      const w = g.toLowerCase();
      if ((lexiconFlags(w) & (LEX.CREDENTIAL | LEX.TITLE)) === 0 && !MONTH_WORDS.has(w) && !STAMP_LINE_RE.test(line)) markGroup(s, start + line.indexOf(g), g, 'typist-initials');
      continue;
    }
    // Both patterns below end in letters and blanks only: a line whose last character but blanks is
    // no ASCII letter holds neither.
    if (!endsInLetter(line)) continue;
    // A group closing a line after "by", the stamp's job line right below ("TRANSCRIBED 8/21/02 BY HO" over "JOB 70166").
    const by = BY_END_RE.exec(line);
    if (by && stampLine(k + 1) && !STAMP_LINE_RE.test(line.slice(by.index)) && !neverInitials(by[1]!) && !(hasUpper(by[1]!) && hasLower(by[1]!))) {
      markGroup(s, start + by.index + by[0].lastIndexOf(by[1]!), by[1]!, 'typist-initials');
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
      markGroup(s, at, g, 'typist-initials');
      from = at + g.length;
    }
  }
}

/**
 * "- qz", "-TR": the writer's initials alone on a line after a dash, closing a section — a blank
 * line or the text's start before it, a blank line or the text's end after it. Set apart so, the
 * group is no item of a list, whatever it spells ("-BB" signs; "- BB" inside a list does not).
 */
function dashLines(s: TokenScanner, lines: readonly Line[]): void {
  if (!/^[ \t]*(?:-{1,2}|–|—)[ \t]*[A-Za-z]{2,3}[ \t]*$/m.test(s.text)) return;
  const blank = (k: number) => k < 0 || k >= lines.length || lines[k]!.line.trim() === '';
  for (let k = 0; k < lines.length; k++) {
    const m = DASH_LINE_RE.exec(lines[k]!.line);
    if (!m || !blank(k - 1) || !blank(k + 1)) continue;
    const g = m[1]!;
    if ((hasUpper(g) && hasLower(g)) || neverInitials(g)) continue;
    markGroup(s, lines[k]!.start + m[0].indexOf(g, m[0].search(/[-–—]/) + 1), g, 'dash-initials');
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
function closingLines(s: TokenScanner, lines: readonly Line[]): void {
  const blank = (k: number) => k >= lines.length || lines[k]!.line.trim() === '';
  for (let k = 1; k < lines.length; k++) {
    const { start, line } = lines[k]!;
    if (line.length > 12 || !ENTRY_END_RE.test(lines[k - 1]!.line)) continue;
    const pair = PAIR_LINE_RE.exec(line);
    if (pair && initialsPair(pair[1]!, pair[2]!)) {
      const a = start + line.indexOf(pair[1]!);
      markGroup(s, a, pair[1]!, 'closing-initials');
      markGroup(s, s.text.indexOf(pair[2]!, a + pair[1]!.length), pair[2]!, 'closing-initials');
      continue;
    }
    const lone = LONE_LINE_RE.exec(line);
    if (lone && blank(k + 1) && (lexiconFlags(lone[1]!.toLowerCase()) & (LEX.STOP | LEX.COMMON | LEX.CLINICAL | LEX.CREDENTIAL | LEX.SIGN_CREDENTIAL | LEX.TITLE)) === 0 && !staffWord(lone[1]!.toLowerCase())) {
      markGroup(s, start + line.indexOf(lone[1]!), lone[1]!, 'closing-initials');
    }
  }
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
    markGroup(s, p + 1, g, 'closing-initials');
  }
}

/** Marks the typist's initials by the dictation stamp, the writer's initials on a dash line or a line of their own closing a section, and initials in brackets after a name. */
export function closingInitials(s: TokenScanner): void {
  // One split of the text serves the three line passes.
  const lines = linesOf(s.text);
  typistLines(s, lines);
  dashLines(s, lines);
  closingLines(s, lines);
  bracketInitials(s);
}
