// Team lines (issue 11): a progress note lists its team on one line, each member after a role
// abbreviation ("Team: Attg K. Woods; Res Okksana; Int Min-jun; MS3 Lee", "TEAM: ATTG COOPER; RES
// CROSS; INT STONE"). On such a line the place decides: the words after a role, up to the next
// semicolon, are that member's name even when they spell a word ("Cross", "Stone", "Holly"), which
// the cue passes refuse. Only lines opened by "Team:" are read, so "res" or "int" elsewhere (a
// resident, an interval) is untouched. The role words are data (deid-name-cues.yaml signOffWords.teamRoles).
import { isCap, type TokenScanner } from './token-scanner.js';
import { LEX, NAME_LISTS } from '../lexicon-flags.js';
import { nameCues } from '../rules/deid-rules.js';
import { cueAlternation } from '../rules/word-alternation.js';

// A line opened by "Team:" ("Team:", "Primary team:", "TEAM -"): the members follow.
const TEAM_LINE_RE = /^[ \t]*(?:[A-Za-z]+[ \t]+)?team[ \t]*[:-][ \t]*(.*)$/gim;
const ROLES = cueAlternation(nameCues().signOffWords.teamRoles, '[ \\t]+') || '(?!)';
// A role opening a member's entry: at the start of the list or after a separator, before a blank or a colon.
const ROLE_RE = new RegExp(`(?:^|[;|,])[ \\t]*(?:${ROLES})(?:[ \\t]*:[ \\t]*|[ \\t]+)(?=[A-Za-z])`, 'gi');
// The most words one member's name takes ("Penny Gurung", "J. von Stein", "Robin A. Kulkarni").
const MAX_WORDS = 4;
// Words never a member's name on a team line: function words, credentials and titles ("Dr", "MD", "and").
const NEVER = LEX.STOP | LEX.CREDENTIAL | LEX.TITLE;

/**
 * Marks the names after the role abbreviations of a team line ("Team: Attg K. Woods; Res Okksana")
 * as NAME (source `team-line`): each name runs from its role to the next separator (a semicolon, a
 * bar, a comma or a bracket) or the line end.
 */
export function teamLines(s: TokenScanner): void {
  if (!/team/i.test(s.text)) return;
  TEAM_LINE_RE.lastIndex = 0;
  for (let m = TEAM_LINE_RE.exec(s.text); m; m = TEAM_LINE_RE.exec(s.text)) {
    const list = m[1]!;
    const listStart = m.index + m[0].length - list.length;
    ROLE_RE.lastIndex = 0;
    for (let r = ROLE_RE.exec(list); r; r = ROLE_RE.exec(list)) {
      const from = listStart + r.index + r[0].length;
      const stop = /[;|,([]/.exec(list.slice(r.index + r[0].length));
      const to = stop ? from + stop.index : listStart + list.length;
      let i = s.byStart.get(from);
      let taken = 0;
      while (i !== undefined && taken < MAX_WORDS) {
        const t = s.tokens[i];
        if (!t || t.start >= to) break;
        if (!/^[A-Za-z][A-Za-z'-]*$/.test(t.word) || (t.flags & NEVER) !== 0) break;
        // A word no name list holds is a plain or clinical word ("Res pending", "Int per protocol"),
        // and in a mixed-case note a member's name is capitalised.
        if ((t.flags & (LEX.COMMON | LEX.CLINICAL)) !== 0 && (t.flags & NAME_LISTS) === 0) break;
        // The second half of a hyphenated name may be written small ("Ji-woo").
        const hyphenHalf = taken > 0 && s.text.slice(s.tokens[i - 1]!.end, t.start) === '-';
        if (s.style === 'mixed' && !isCap(t.word) && !hyphenHalf) break;
        s.mark(i, 'NAME', 'team-line');
        taken++;
        i++;
      }
      // The next role is looked for from the separator that ended this name on.
      ROLE_RE.lastIndex = Math.max(ROLE_RE.lastIndex, to - listStart);
    }
  }
}
