// A relative's given name that a clinical list also holds (issue 11): "NEPHEW QUENTIN CALLED" (Quinton
// is a catheter, and its misspelling is listed with it), "DAD CHANCE AT BEDSIDE", "grandson Douglas
// (age 9)", "husband Glenn Okafor". The relation pass takes a name-list word after a relation unless it
// is clinical, as eponyms and devices must survive elsewhere ("pouch of Douglas", "Glenn shunt"). Right
// after a relation word the word names the relative when the note writes it as a name and what follows
// is what follows a person: a surname, a person's act, a bracket, or the clause's end.
import { hasLower, isCap, type TokenScanner } from './token-scanner.js';
import { LEX } from '../lexicon-flags.js';
import { givenNameWords, loadLexicons } from '../lexicons.js';
import { calendarWord, LANGUAGES } from '../keep-list/name-words.js';
import { nameCues } from '../rules/deid-rules.js';
import { personSlots } from '../rules/person-slot-rules.js';
import { SOCIAL_VERBS } from './vocabulary.js';

const BELIEFS: ReadonlySet<string> = new Set(nameCues().nameWords.beliefWords);
// What a person does right after a name (deid-person-slots.yaml roleNames.wordNameAfter, single words).
const ACTS: ReadonlySet<string> = new Set(personSlots().roleNames.wordNameAfter.filter((w) => !w.includes(' ')));
const NEVER = LEX.STOP | LEX.TITLE | LEX.CREDENTIAL;
// A bracket, a comma, a semicolon or a stop closing the clause, or the line's end.
const CLAUSE_END_RE = /^[ \t]*(?:\(|[,;.](?![A-Za-z0-9])|\r?\n|$)/;

/** Whether a token is written as a name stands out in the note's case: Title case in a mixed-case note, the note's one case otherwise. */
function writtenAsName(s: TokenScanner, word: string): boolean {
  if (s.style === 'mixed') return isCap(word) && hasLower(word);
  return s.style === 'upper' ? !hasLower(word) : word === word.toLowerCase();
}

/**
 * Marks token `i`, read right after a relation word (person-names.ts namesAfterRelatives), as the
 * relative's name when it is a given name (of the first names, or a word-name frequent as a given name)
 * that the clinical list also holds, written as a name in the note's case, and followed on its line by a
 * surname, a person's act (relatives' socialVerbs, roleNames.wordNameAfter), a bracket or the clause's
 * end. Never a month or weekday (their own passes read them), a language, people or faith word
 * ("father Christian"), or a function, title or credential word. Returns whether it marked.
 */
export function clinicalGivenNameAfterRelation(s: TokenScanner, i: number): boolean {
  const t = s.tokens[i]!;
  const w = t.lower;
  if (s.marked.has(i) || w.length < 3 || (t.flags & LEX.CLINICAL) === 0 || (t.flags & NEVER) !== 0) return false;
  if ((!loadLexicons().clinicalGivenNames.has(w) && !givenNameWords().has(w)) || calendarWord(w) || BELIEFS.has(w) || LANGUAGES.has(w)) return false;
  if (!writtenAsName(s, t.word)) return false;
  const n = s.tokens[i + 1];
  const blankNext = !!n && /^[ \t]+$/.test(s.text.slice(t.end, n.start));
  // "grandson Quentin Okafor": a word an earlier pass found as a name, or a surname written the same way that the lists
  // hold and no clinical or function word; in a mixed-case note, where Title case sets it apart, also a word no vocabulary holds.
  const surname = blankNext && (s.inName(i + 1) || (writtenAsName(s, n.word) && (n.flags & (NEVER | LEX.CLINICAL)) === 0 && ((n.flags & LEX.LAST) !== 0 || (s.style === 'mixed' && (n.flags & (LEX.VOCAB | LEX.COMMON)) === 0))));
  const act = blankNext && (SOCIAL_VERBS.has(n.lower) || ACTS.has(n.lower));
  if (!surname && !act && !CLAUSE_END_RE.test(s.text.slice(t.end, t.end + 3))) return false;
  s.mark(i, 'NAME', 'relative');
  if (surname && !s.marked.has(i + 1)) s.mark(i + 1, 'NAME', 'relative');
  return true;
}
