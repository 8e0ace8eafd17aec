// A relative named before a Spanish relation word in brackets (issue 11): bilingual discharge
// instructions and interpreted notes write the relative as "Rosa (hija) will help with wound care",
// "Su cuidador(a): Wade W. Frost (esposa)", "ELENA (MADRE) AT BEDSIDE". The English relation in
// brackets is read by person-names.ts (namesAfterRelatives); the Spanish words are data
// (rules/en/deid-name-cues.yaml nameWords.foreignRelations), kept apart from the cue lists the
// learned layer reads. The word before the bracket is the name when it is no function, clinical,
// title, credential or relation word (capitalised in a mixed-case note); an initial and a given
// name before it join it.
import { LEX, NAME_LISTS } from '../lexicon-flags.js';
import { nameCues } from '../rules/deid-rules.js';
import { RELATIVE_WORDS } from './vocabulary.js';
import { isCap, type Token, type TokenScanner } from './token-scanner.js';

const FOREIGN: ReadonlySet<string> = new Set(nameCues().nameWords.foreignRelations);
const NEVER = LEX.STOP | LEX.CLINICAL | LEX.TITLE | LEX.CREDENTIAL;
// The person words that stand before a relation as themselves ("Patient (hija) …" is no one's name).
const PERSON_WORDS: ReadonlySet<string> = new Set(nameCues().nameWords.relationPersonWords);

/** Whether token `t` may be the relative's name: a word, in the note's case for a name, no function, clinical, title, credential or relation word. */
function nameWord(s: TokenScanner, t: Token): boolean {
  if (t.word.length < 2 || !/^[A-Za-z][A-Za-z'-]*$/.test(t.word) || (t.flags & NEVER) !== 0 || RELATIVE_WORDS.has(t.lower) || FOREIGN.has(t.lower) || PERSON_WORDS.has(t.lower)) return false;
  return s.style !== 'mixed' || isCap(t.word);
}

/** Marks the name before a bracketed Spanish relation word (source `foreign-relation`). */
export function foreignRelations(s: TokenScanner): void {
  if (FOREIGN.size === 0) return;
  const { text, tokens } = s;
  // The relation words' tokens alone, in order (cue-tokens.ts).
  for (const r of s.cueTokens(FOREIGN)) {
    const rel = tokens[r]!;
    if (r < 1 || text[rel.start - 1] !== '(' || text[rel.end] !== ')') continue;
    const k = r - 1;
    const t = tokens[k]!;
    if (!/^[ \t]*\($/.test(text.slice(t.end, rel.start)) || !nameWord(s, t)) continue;
    s.mark(k, 'NAME', 'foreign-relation');
    // The relation word itself is no acronym of a place ("VICTOR (HIJA)"): no later pass takes it.
    s.claimed.add(r);
    // "Wade W. Frost (esposa)": an initial with its stop, then a given name, before the surname.
    let j = k - 1;
    const initial = tokens[j];
    if (initial && initial.word.length === 1 && /^[A-Za-z]$/.test(initial.word) && /^\.[ \t]$/.test(text.slice(initial.end, t.start))) {
      s.mark(j, 'NAME', 'foreign-relation');
      j--;
    } else if (!initial || !s.blankBetween(j, k)) continue;
    const given = tokens[j];
    if (!given || !/^[ \t]$/.test(text.slice(given.end, tokens[j + 1]!.start))) continue;
    if (nameWord(s, given) && ((given.flags & NAME_LISTS) !== 0 || (given.flags & LEX.COMMON) === 0)) s.mark(j, 'NAME', 'foreign-relation');
  }
}
