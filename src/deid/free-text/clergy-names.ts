// The name after a clergy title (issue 11): chaplaincy, social-work and ICU notes name the faith leader
// who visits by a title of the clergy ("DEACON HOPE LARK FROM ST. ANSELM", "Imam Tevita Fale called",
// "ven. marsh of wat phothi"). deid-name-cues.yaml `cues.titles` holds "fr" and "rev" only; these
// titles are kept apart (nameWords.clergyTitles) so the learned layer is unchanged. One or two words
// after the title are the name, though a word too ("Will", "Green", "Bishop"): a word the name lists
// hold or one no vocabulary holds, written as a name stands out in the note's case; never a function
// word ("pastor from Grace Fellowship" names a church) or a clinical word.
import { hasLower, isCap, type TokenScanner } from './token-scanner.js';
import { LEX, NAME_LISTS } from '../lexicon-flags.js';
import { MONTH_WORDS } from '../patterns.js';
import { nameCues } from '../rules/deid-rules.js';
import { cueAlternation, cueFirstRun } from '../rules/word-alternation.js';
import { AnchoredRegex } from '../keyword-anchors.js';

const TITLES = cueAlternation(nameCues().nameWords.clergyTitles, '[ \\t]+') || '(?!)';
// A title (a stop after it allowed), then one or two words (groups 1, 2) on its line.
// Run only where a title's first word stands (keyword-anchors.ts).
const CLERGY_RE = new AnchoredRegex(new RegExp(String.raw`(?<![A-Za-z])(?:${TITLES})\.?[ \t]+([A-Za-z][A-Za-z'-]+)(?:[ \t]+([A-Za-z][A-Za-z'-]+))?`, 'gid'), nameCues().nameWords.clergyTitles.map(cueFirstRun));
const NEVER = LEX.STOP | LEX.TITLE | LEX.CREDENTIAL | LEX.CLINICAL;

/** Whether token `k` after a clergy title may be a word of the name (see the file comment). */
function clergyWord(s: TokenScanner, k: number, modalOk = false): boolean {
  const t = s.tokens[k]!;
  // A name that is also a function word ("Will", "May") only before a second word of the name.
  const modal = modalOk && (t.flags & LEX.STOP) !== 0 && (t.flags & LEX.AMBIGUOUS) !== 0;
  if (t.word.length < 2 || ((t.flags & NEVER) !== 0 && !modal) || MONTH_WORDS.has(t.lower)) return false;
  if (s.style === 'mixed' && !isCap(t.word)) return false;
  // A capitals word after a Title-case title in a mixed-case note is an abbreviation ("Pastor ICU visit").
  if (s.style === 'mixed' && !hasLower(t.word) && t.word.length < 4) return false;
  return (t.flags & NAME_LISTS) !== 0 || (t.flags & LEX.VOCAB) === 0;
}

/** Marks the name after a clergy title as NAME (source `clergy-name`). */
export function clergyNames(s: TokenScanner): void {
  for (const m of CLERGY_RE.matchAll(s.text)) {
    const k = s.groupToken(m, 1);
    if (k === undefined) continue;
    const j = s.groupToken(m, 2);
    const second = j !== undefined && clergyWord(s, j);
    if (!clergyWord(s, k, second)) continue;
    s.mark(k, 'NAME', 'clergy-name');
    if (second) s.mark(j, 'NAME', 'clergy-name');
  }
}
