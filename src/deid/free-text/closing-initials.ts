// Closing initials (issue 11): the letters that close a dictated letter or a note where the other
// initials passes (sign-off-lines.ts, entry-initials.ts) find no cue of their own — the typist's
// group next to the dictation stamp ("kvq  Job# 4411  Conf# 9902", "LMB:TR" over "D: 3/2/21 T:
// 3/4/21"), and the writer's group alone on the last line of a section after a dash ("- qz",
// "-TR"). The place is what decides: there a group of letters is someone's even when it spells a
// word or an abbreviation ("an", "SOB", "BB"); only function words, credentials, titles and months
// stay, and the stamp words are data (rules/en/deid-name-cues.yaml signOffWords.dictationStamps).
import type { TokenScanner } from './token-scanner.js';
import { hasLower, hasUpper } from './token-scanner.js';
import { LEX, lexiconFlags } from '../lexicon-flags.js';
import { MONTH_WORDS } from '../patterns.js';
import { staffWord } from '../keep-list/name-words.js';
import { nameCues } from '../rules/deid-rules.js';
import { cueAlternation } from '../rules/word-alternation.js';

const STAMP = cueAlternation(nameCues().signOffWords.dictationStamps, '[ \\t]*');
// The job or confirmation number of a dictation after the typist's group on its line ("Job# 4411", "JOB ID 19839", "Conf# 9902").
const JOB_AFTER_RE = new RegExp(`^[ \\t]+(?:${STAMP})[ \\t]*(?:#|no\\.?|id)?[ \\t:#]*\\d`, 'i');
// A dictation stamp line: "D: 3/2/21 T: 3/4/21", "DD/DT: …", "Job# 4411", "Dictated: …".
const STAMP_LINE_RE = new RegExp(`^[ \\t]*(?:d[ \\t]*:[ \\t]*\\d|dd[ \\t]*/[ \\t]*dt[ \\t]*:|(?:${STAMP})\\b)`, 'i');
// A line that is one group of initials or two joined by a slash or a colon ("kvq", "LMB:TR", "rao/ylb").
const GROUPS_LINE_RE = /^[ \t]*([A-Za-z]{2,4})(?:[ \t]*[/:][ \t]*([A-Za-z]{2,4}))?[ \t]*$/;
// A lone group of two or three letters after a dash, alone on its line ("- qz", "-TR", "-- hm").
const DASH_LINE_RE = /^[ \t]*(?:-{1,2}|–|—)[ \t]*([A-Za-z]{2,3})[ \t]*$/;

/** A function word, credential, title, staff word or month: no one's initials, whatever the place ("MD", "RN", "and", "Mar"). */
function neverInitials(g: string): boolean {
  const w = g.toLowerCase();
  return (lexiconFlags(w) & (LEX.STOP | LEX.CREDENTIAL | LEX.TITLE | LEX.SIGN_CREDENTIAL)) !== 0 || staffWord(w) || MONTH_WORDS.has(w);
}

/** The lines of `text` with their start positions. */
function linesOf(text: string): { start: number; line: string }[] {
  const out: { start: number; line: string }[] = [];
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

/**
 * The typist's initials of a dictated letter: a group opening its line before the job or
 * confirmation number ("kvq  Job# 4411  Conf# 9902", "an  JOB# 2280"), or a line of one group or
 * two joined by a slash or a colon right above or below a dictation stamp line ("LMB:TR" over "D:
 * 3/2/21 T: 3/4/21", "rao/ylb" under "DD/DT: …"). A group may spell a word ("an", "SOB"), as the
 * stamp beside it leaves no other reading; function words may not, save before the job number.
 */
function typistLines(s: TokenScanner): void {
  if (!/\b(?:d|t|dd\/dt|job|conf)\b/i.test(s.text)) return;
  const lines = linesOf(s.text);
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
function dashLines(s: TokenScanner): void {
  if (!/^[ \t]*(?:-{1,2}|–|—)[ \t]*[A-Za-z]{2,3}[ \t]*$/m.test(s.text)) return;
  const lines = linesOf(s.text);
  const blank = (k: number) => k < 0 || k >= lines.length || lines[k]!.line.trim() === '';
  for (let k = 0; k < lines.length; k++) {
    const m = DASH_LINE_RE.exec(lines[k]!.line);
    if (!m || !blank(k - 1) || !blank(k + 1)) continue;
    const g = m[1]!;
    if ((hasUpper(g) && hasLower(g)) || neverInitials(g)) continue;
    markGroup(s, lines[k]!.start + m[0].indexOf(g, m[0].search(/[-–—]/) + 1), g, 'dash-initials');
  }
}

/** Marks the typist's initials by the dictation stamp and the writer's initials on a dash line closing a section. */
export function closingInitials(s: TokenScanner): void {
  typistLines(s);
  dashLines(s);
}
