// Initials in a team list after found names (issue 11): a delivery, code or procedure note lists who was there
// after "Team:" in the middle of a line, names and initials set off by commas ("Delivered at bedside. Team:
// Gisela Lindahl, Yamashita, kdr.", "TEAM: LINDGREN, SIGRUN QUAYE, RJT."). team-lines.ts reads a line opened by
// "Team:" member by member after role words; this pass reads the comma list wherever "Team:" opens it. Where
// two items or more of the list are names found by a rule or the model, an item that is one group of two or
// three letters is a member's initials too. Read from the NAME spans found, never by a scan for groups.
import type { TokenScanner } from './token-scanner.js';
import { groupOk } from './slash-sign-initials.js';

// "Team:" at the line start or after a sentence's end, a word before it allowed ("Primary team:"); the list
// runs to the stop that closes it, a semicolon or the line end.
const TEAM_LIST_RE = /(?:^|[.;!?][ \t]+)(?:[A-Za-z]+[ \t]+)?team[ \t]*:[ \t]*([^\n;]*?)(?=\.(?:[ \t]|$)|;|\n|$)/gim;
// One item of the list: a group of two or three letters and nothing else.
const GROUP_RE = /^[ \t]*([A-Za-z]{2,3})[ \t]*$/;

/** Marks the initials in a "Team:" comma list two items of which are found names (source `team-list-initials`). */
export function teamListInitials(s: TokenScanner): void {
  const { text } = s;
  if (!/team[ \t]*:/i.test(text)) return;
  const names = s.spans.filter((x) => x.category === 'NAME');
  for (const m of text.matchAll(TEAM_LIST_RE)) {
    const from = m.index + m[0].length - m[1]!.length;
    const items: { start: number; end: number }[] = [];
    let p = from;
    for (const part of m[1]!.split(',')) {
      items.push({ start: p, end: p + part.length });
      p += part.length + 1;
    }
    if (items.length < 3) continue;
    const named = items.filter((it) => names.some((x) => x.start >= it.start && x.end <= it.end)).length;
    if (named < 2) continue;
    for (const it of items) {
      const g = GROUP_RE.exec(text.slice(it.start, it.end));
      if (!g) continue;
      const at = it.start + g[0].indexOf(g[1]!);
      const i = s.byStart.get(at);
      if (groupOk(s, g[1]!, i)) s.mark(i!, 'NAME', 'team-list-initials');
    }
  }
}
