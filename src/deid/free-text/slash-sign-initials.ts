// Initials joined by a slash to a name found on a sign line (issue 11): a note signed by two people writes
// the second as initials after the first, set off by a slash ("-- Gisela Lindahl, rn / KT", "-- wq (scribe) /
// DFR", "Logged by Gisela / RPM  (night)", "Dr. Quaye / KW (PGY-2)"), or the co-signer's
// initials first ("cosign: vb / Gisela Lindgren, PTA"). The slash on a line that a found name signs is the
// mark: the line holds the signer and nothing but a dash, a label, a title, a role in brackets or a
// credential before the slash, and the group closes the line (its end, a bracket, a run of blanks).
// Read from the NAME spans found by every rule and the model, never by a scan of the text.
import type { TokenScanner } from './token-scanner.js';
import { hasLower, hasUpper } from './token-scanner.js';
import { LEX } from '../lexicon-flags.js';
import { nameCues } from '../rules/deid-rules.js';
import { cueAlternation } from '../rules/word-alternation.js';
import { patternCues } from '../pattern-cues.js';

// The groups that name a service, a ward or a state, not a person ("/ ICU", "/ ED", "/ ok"): traineeTags.services,
// rooms.wards and signOffWords.noteEndNonInitials of the rules.
const NON_INITIALS: ReadonlySet<string> = new Set([...nameCues().traineeTags.services, ...nameCues().signOffWords.noteEndNonInitials]);

// What may stand on the line before the found name of an "after" line: nothing, a dash or two, a title of
// rules/en/deid-name-cues.yaml `cues.titles` ("Dr. ", "Mrs "), or a label closed by a colon or "by" ("Logged by ",
// "Scribe: ").
const SIGN_PREFIX_RE = new RegExp(`^[ \\t]*(?:-{1,2}[ \\t]*|(?:${cueAlternation(nameCues().cues.titles.words, '[ \\t]+')})\\.?[ \\t]+|(?:[A-Za-z-]+[ \\t]+)?(?:[A-Za-z-]+:|by)[ \\t]+)?$`, 'i');
// After the found name: a role in brackets or a credential after a comma, then the slash and the group, closed by
// the line end, a run of two blanks or a bracket.
const AFTER_RE = /^(?:[ \t]*\([A-Za-z][A-Za-z .-]{0,20}\)|,[ \t]*[A-Za-z]{2,5}\.?)?[ \t]*\/[ \t]*([A-Za-z]{2,3})(?=[ \t]*(?:\r?\n|$)|[ \t]{2,}|[ \t]*\()/;
// Before the found name: the group after the line start (a dash or two opening the line allowed) or a label's
// colon, then the slash. Not a word's hyphen ("POST-OP / CLEARANCE" is a heading).
const BEFORE_RE = /(?:^[ \t]*(?:-{1,2}[ \t]*)?|[A-Za-z-]+:[ \t]*)([A-Za-z]{2,3})([ \t]*\/[ \t]*)$/;

/** Whether `g`, token `i`, may be a group of initials: all capitals or all small letters, no service, ward, function word, credential or state. */
export function groupOk(s: TokenScanner, g: string, i: number | undefined): boolean {
  if (i === undefined || s.marked.has(i) || s.claimed.has(i) || s.tokens[i]!.word !== g) return false;
  if (hasLower(g) && hasUpper(g)) return false;
  const lower = g.toLowerCase();
  if (NON_INITIALS.has(lower) || patternCues().roomWards.has(lower)) return false;
  const f = s.tokens[i]!.flags;
  // A small-letter group that is a word of the language is a word ("/ am", "/ per").
  // A sign-off credential is the signer's own there ("/ RN", "/ NP"); other short credentials ("CM", "SW") are
  // someone's initials on a sign line as often as a role, and the line's frame decides.
  if ((f & (LEX.TITLE | LEX.STOP | LEX.SIGN_CREDENTIAL)) !== 0) return false;
  return hasUpper(g) || (f & LEX.COMMON) === 0;
}

/** Marks the initials joined by a slash to a found NAME on its sign line (source `slash-sign-initials`). */
export function slashSignInitials(s: TokenScanner): void {
  const { text } = s;
  // Both shapes hold a slash on the name's line: a note without one is answered at once (speed).
  if (!text.includes('/')) return;
  const found = s.spans.filter((x) => x.category === 'NAME');
  // A name found as two spans ("Gisela" and "Lindahl" by two lists) is one signer: the line before the last
  // span is read from the first span's start.
  let byEnd: Map<number, number> | undefined;
  const runStart = (start: number): number => {
    for (let n = 0; n < 4; n++) {
      let p = start;
      while (p > 0 && (text[p - 1] === ' ' || text[p - 1] === '.') && start - p < 2) p--;
      byEnd ??= new Map(found.map((x) => [x.end, x.start]));
      const prev = p < start ? byEnd.get(p) : undefined;
      if (prev === undefined) break;
      start = prev;
    }
    return start;
  };
  for (const span of found) {
    const lineStart = text.lastIndexOf('\n', span.start - 1) + 1;
    let lineEnd = text.indexOf('\n', span.end);
    if (lineEnd < 0) lineEnd = text.length;
    // A sign line is short: a sentence with a slash in it is no signature.
    if (lineEnd - lineStart > 72) continue;
    const slash = text.indexOf('/', lineStart);
    if (slash < 0 || slash >= lineEnd) continue;
    const prefix = text.slice(lineStart, span.start);
    if (SIGN_PREFIX_RE.test(text.slice(lineStart, runStart(span.start)))) {
      const m = AFTER_RE.exec(text.slice(span.end, lineEnd + 1));
      if (m) {
        const at = span.end + m[0].length - m[1]!.length;
        const i = s.byStart.get(at);
        if (groupOk(s, m[1]!, i)) s.mark(i!, 'NAME', 'slash-sign-initials');
      }
    }
    const b = BEFORE_RE.exec(prefix);
    if (b) {
      const at = span.start - b[2]!.length - b[1]!.length;
      const i = s.byStart.get(at);
      if (groupOk(s, b[1]!, i)) s.mark(i!, 'NAME', 'slash-sign-initials');
    }
  }
}
