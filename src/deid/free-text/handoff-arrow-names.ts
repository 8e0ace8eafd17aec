// The two nurses of a hand-off written by name either side of an arrow (issue 11): "HANDOFF: OPAL K. ->
// DESTINY R., SBAR DONE", "Handoff: Hope -> Tevita S.", "handover: kaiah -> marisol". handoff-initials.ts
// reads such a hand-off written in initials; here each side is a given name, an initial with a stop or a
// surname after it allowed. A name that is also a word ("Hope", "Cookie", "Blue") counts when an initial
// follows it; alone, a word the name lists hold or no vocabulary holds. Never a shift ("days -> nights";
// nameWords.handoffShifts), a ward or a staff word. The hand-off words are deid-name-cues.yaml
// handoffInitials.leads (read, not changed).
import { isCap, hasLower, type TokenScanner } from './token-scanner.js';
import { LEX, NAME_LISTS } from '../lexicon-flags.js';
import { MONTH_WORDS } from '../patterns.js';
import { nameCues } from '../rules/deid-rules.js';
import { personSlots } from '../rules/person-slot-rules.js';
import { cueAlternation, cueFirstRun } from '../rules/word-alternation.js';
import { AnchoredRegex } from '../keyword-anchors.js';

const LEADS = cueAlternation(nameCues().handoffInitials.leads, '[ \\t]+') || '(?!)';
const SHIFTS: ReadonlySet<string> = new Set(nameCues().nameWords.handoffShifts);
const STAFF_WORDS: ReadonlySet<string> = new Set(personSlots().roleNames.nonNames);
// One side: a name word (group a), then an initial with its stop (group b) or a second name word (group c).
const SIDE = String.raw`([A-Za-z][A-Za-z'-]+)(?:[ \t]+(?:([A-Za-z])\.|([A-Za-z][A-Za-z'-]+)))?`;
// A hand-off word, its colon, one side, an arrow, the other side, then a comma, a semicolon, a stop or the line end.
// Run only where a hand-off word's first word stands (keyword-anchors.ts).
const HANDOFF_RE = new AnchoredRegex(new RegExp(String.raw`(?<![A-Za-z])(?:${LEADS})[ \t]*:[ \t]*${SIDE}[ \t]*(?:->|-->|=>|→)[ \t]*${SIDE}(?=[ \t]*(?:[,;]|\.(?:[ \t]|$)|\r?\n|$))`, 'gid'), nameCues().handoffInitials.leads.map(cueFirstRun));
const NEVER = LEX.STOP | LEX.TITLE | LEX.CREDENTIAL | LEX.CLINICAL;

/** Whether token `k` may be a side's name word; `initialled`: an initial with a stop follows it. */
function sideWord(s: TokenScanner, k: number, initialled: boolean): boolean {
  const t = s.tokens[k]!;
  if (t.word.length < 2 || SHIFTS.has(t.lower) || STAFF_WORDS.has(t.lower) || MONTH_WORDS.has(t.lower) || (t.flags & NEVER) !== 0) return false;
  // In a mixed-case note a name is written in Title case or capitals, as the note's names are ("Blue F.", "RUBY L.").
  if (s.style === 'mixed' && !isCap(t.word)) return false;
  // A word in capitals of a mixed-case note alone may be a ward or an abbreviation ("ICU -> CCU").
  if (!initialled && s.style === 'mixed' && !hasLower(t.word) && t.word.length < 4) return false;
  return initialled || (t.flags & NAME_LISTS) !== 0 || (t.flags & LEX.VOCAB) === 0;
}

/** Marks the names either side of a hand-off's arrow as NAME (source `handoff-name`). */
export function handoffArrowNames(s: TokenScanner): void {
  if (!/->|=>|→/.test(s.text)) return;
  for (const m of HANDOFF_RE.matchAll(s.text)) {
    const marks: number[] = [];
    let ok = true;
    for (const [a, b, c] of [[1, 2, 3], [4, 5, 6]] as const) {
      const k = s.groupToken(m, a);
      if (k === undefined || !sideWord(s, k, m[b] !== undefined)) {
        ok = false;
        break;
      }
      marks.push(k);
      if (m[b] !== undefined) {
        const i = s.byStart.get(m.indices![b]![0]);
        if (i !== undefined) marks.push(i);
      } else if (m[c] !== undefined) {
        const j = s.groupToken(m, c);
        if (j === undefined || !sideWord(s, j, false)) {
          ok = false;
          break;
        }
        marks.push(j);
      }
    }
    if (ok) for (const k of marks) s.mark(k, 'NAME', 'handoff-name');
  }
}
