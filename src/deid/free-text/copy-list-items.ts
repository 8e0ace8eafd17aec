// A person listed under a copy head by an initial and a surname (issue 11): letters close with the
// people who get a copy, one a line ("cc:\n    T. Rich, PCP\n    N. Snow, endocrine"). An item that
// opens with a dotted initial and a word, then a comma (the role or service after it) or the line's
// end, is a person whatever the surname spells ("Rich", "Snow", "Stone"): the copy head and the initial
// say so. copyListInitials (person-names.ts) reads groups of capitals after "cc:"; names in full are
// the other passes'. Particles may stand between the initial and the surname ("Y. de la Cruz"); the
// surname is no function, title, credential, staff, clinical or month word, and in a mixed-case note
// it is capitalised ("E. coli" is a species).
import type { TokenScanner } from './token-scanner.js';
import { isCap } from './token-scanner.js';
import { inVocabulary, LEX, lexiconFlags, NAME_LISTS } from '../lexicon-flags.js';
import type { KeepVocabulary } from '../keep-list/keep-vocabulary.js';
import { neverInitials } from '../keep-list/name-words.js';
import { NAME_PARTICLES } from './vocabulary.js';
import { holdsBeforeColon } from './blank-skip.js';

/** Rule id of the pass. */
export const COPY_LIST_ITEM_RULE = 'copy-list-item';

// A copy head alone on its line, or with its first item after it.
const CC_HEAD_RE = /^[ \t]*(?:cc|c\.c\.|copies to|copy to)[ \t]*:[ \t]*/gim;
// The heads of a copy list as the whole-text test below spells them, asked of the lowered report first.
const COPY_HEADS: readonly string[] = ['cc', 'c.c.', 'copy to', 'copies to'];
// An item: a bullet allowed, an initial and its stop, up to two particles, the surname, then a comma
// (and the role or service after it, group 3) or the line's end.
const ITEM_RE = /^[ \t]*(?:[-•*][ \t]*)?([A-Za-z])\.[ \t]*((?:[A-Za-z]{1,4}[ \t]+){0,2}[A-Za-z][A-Za-z'’]+(?:-[A-Za-z][A-Za-z'’]*)*)[ \t]*(?:,[ \t]*([^\n]*)|$)/d;

/** Marks the initial and surname items of each copy list (see the file's head). */
export function copyListItems(s: TokenScanner, vocab: KeepVocabulary): void {
  const { text } = s;
  // A match holds one of the four heads, blanks and a colon, in ASCII characters: in the lowered report
  // (TokenScanner.lowerText) the head stands in lower case before the blanks and colon. A report with
  // none (most: "cc" alone stands in many words) is not scanned with the pattern.
  const lower = s.lowerText();
  if (!COPY_HEADS.some((w) => holdsBeforeColon(lower, w))) return;
  if (!/\b(?:cc|c\.c\.|copy to|copies to)[ \t]*:/i.test(text)) return;
  CC_HEAD_RE.lastIndex = 0;
  for (let m = CC_HEAD_RE.exec(text); m !== null; m = CC_HEAD_RE.exec(text)) {
    // The head's own line after the colon, then each next line up to a blank one (at most twelve).
    let start = m.index + m[0].length;
    for (let n = 0; n < 13 && start < text.length; n++) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      const line = text.slice(start, end);
      if (n > 0 && line.trim() === '') break;
      const item = ITEM_RE.exec(line);
      if (item) markItem(s, start, item, vocab);
      start = end + 1;
    }
  }
}

/** Marks one item's initial and name words when its words are a name's (see the file's head). */
function markItem(s: TokenScanner, lineStart: number, item: RegExpExecArray, vocab: KeepVocabulary): void {
  const words = item[2]!.split(/[ \t]+/);
  const surname = words[words.length - 1]!;
  if (!words.slice(0, -1).every((w) => NAME_PARTICLES.has(w.toLowerCase()))) return;
  // In a mixed-case note a surname is capitalised: "E. coli" under a capital initial names a species.
  if (s.style === 'mixed' && !isCap(surname)) return;
  for (const part of surname.toLowerCase().split('-')) {
    if (neverInitials(part) || (lexiconFlags(part) & LEX.CLINICAL) !== 0) return;
  }
  const [a] = item.indices![1]!;
  const [, b] = item.indices![2]!;
  for (let p = lineStart + a; p < lineStart + b; p++) {
    const i = s.byStart.get(p);
    if (i !== undefined) s.mark(i, 'NAME', COPY_LIST_ITEM_RULE);
  }
  // The role or service after the comma ("podiatry", "PCP") is the person's, no name of a list of
  // names: when all its words are ordinary, clinical or service words no name or place list holds, no
  // pass may mark them.
  if (item[3] === undefined || item[3].trim() === '') return;
  const [ra, rb] = item.indices![3]!;
  const role: number[] = [];
  for (let p = lineStart + ra; p < lineStart + rb; p++) {
    const i = s.byStart.get(p);
    if (i === undefined) continue;
    const t = s.tokens[i]!;
    if (s.marked.has(i) || (t.flags & (NAME_LISTS | LEX.PLACE | LEX.PLACE_START)) !== 0) return;
    if ((t.flags & (LEX.CLINICAL | LEX.ORG_HEAD)) === 0 && !inVocabulary(vocab, t.lower, t.flags)) return;
    role.push(i);
  }
  if (role.length <= 3) for (const i of role) s.claimed.add(i);
}
