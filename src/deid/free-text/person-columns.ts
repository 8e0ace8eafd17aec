// People in a column a table's head names as a person's (issue 11): a pharmacist's medication
// reconciliation lists each drug with its prescriber ("Med | dose | last filled | prescriber | Rx#" /
// "| apixaban | 5 mg BID | 10/7 | 90/90 | Bell |"), a log with who signed or gave each entry ("Given
// by"). Under such a head the cell names a person whatever its words ("Bell", "Pool", "Rich" are
// words too), or a role ("PCP", "same", "ED"). Writers often leave a column out of the head ("Qty/DS")
// or open the rows with a bar the head lacks, so a row longer or shorter than its head is read both
// ways: the cell as many bars from the row's start as the head's person column, and as many from its
// end. A cell is a person's only when it holds no digit, no role and no relation word, and one of
// its words is a name list's or no vocabulary's word (rules/en/deid-name-cues.yaml
// nameWords.personColumnHeads holds the heads).
import type { TokenScanner } from './token-scanner.js';
import { isTitleToken } from './token-scanner.js';
import { RELATION_CUE_WORDS, NAME_PARTICLES } from './vocabulary.js';
import { inVocabulary, LEX, NAME_LISTS } from '../lexicon-flags.js';
import type { KeepVocabulary } from '../keep-list/keep-vocabulary.js';
import { staffWord } from '../keep-list/name-words.js';
import { nameCues } from '../rules/deid-rules.js';
import { visitBarRows, type BarCell } from '../bar-cells.js';

/** Rule id of the pass. */
export const PERSON_COLUMN_RULE = 'person-column';

const HEADS: ReadonlySet<string> = new Set(nameCues().nameWords.personColumnHeads);
// Words that name a role, not a person: credentials and function words; occupations and job words
// unless a name list holds them too ("Cook", "Porter" are surnames; "nurse" is not).
const ROLE_FLAGS = LEX.CREDENTIAL | LEX.SIGN_CREDENTIAL | LEX.STOP;
const JOB_FLAGS = LEX.OCCUPATION | LEX.JOB_CUE;
// A person's cell: letters, blanks, stops, hyphens and apostrophes, beginning with a letter.
const PERSON_CELL = /^[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ .'’-]*$/;

/** The index of the person column of a head row, or -1 when no cell of the row heads one. */
function personColumn(head: BarCell[]): number {
  return head.findIndex((c) => HEADS.has(c.text.toLowerCase().replace(/[:.]$/, '').replace(/\s+/g, ' ')));
}

/**
 * Marks the words of a cell when it reads as a person's name: at most four words, none a role or a
 * relation, one of them a name list's word or a word no vocabulary holds (a short capitals acronym of a
 * mixed-case note, "PCP", "OSH", is none). A title before the name, an initial and particles are
 * taken with it ("Dr. Bell", "A. Woods", "Mac an tSaoir").
 */
function markPerson(s: TokenScanner, cell: BarCell, vocab: KeepVocabulary): void {
  if (!PERSON_CELL.test(cell.text)) return;
  const ks: number[] = [];
  for (let p = cell.at; p < cell.at + cell.text.length; p++) {
    const i = s.byStart.get(p);
    if (i !== undefined) ks.push(i);
  }
  if (ks.length === 0 || ks.length > 4) return;
  const names: number[] = [];
  let named = false;
  for (const i of ks) {
    const t = s.tokens[i]!;
    if (names.length === 0 && isTitleToken(t)) continue;
    names.push(i);
    if (t.word.length === 1 || NAME_PARTICLES.has(t.lower) || (t.lower === 'an' && names.length > 1)) continue;
    if ((t.flags & ROLE_FLAGS) !== 0 || RELATION_CUE_WORDS.has(t.lower)) return;
    if (((t.flags & JOB_FLAGS) !== 0 || staffWord(t.lower)) && (t.flags & NAME_LISTS) === 0) return;
    const acronym = s.style === 'mixed' && t.word.length <= 4 && t.word === t.word.toUpperCase();
    if (acronym) return;
    if ((t.flags & NAME_LISTS) !== 0 || !inVocabulary(vocab, t.lower, t.flags)) named = true;
  }
  // An initial alone is no name here; the name's last word is no particle.
  const last = s.tokens[names[names.length - 1]!];
  if (!named || !last || last.word.length === 1) return;
  for (const i of names) s.mark(i, 'NAME', PERSON_COLUMN_RULE);
}

/** Marks the people of the columns a table's head names as a person's (see the file's head). */
export function personColumns(s: TokenScanner, vocab: KeepVocabulary): void {
  const { text } = s;
  if (!text.includes('|')) return;
  let head: BarCell[] = [];
  let column = -1;
  visitBarRows(text, (row) => {
    if (row === null) {
      column = -1;
      return;
    }
    const at = personColumn(row);
    if (at >= 0) {
      head = row;
      column = at;
    } else if (column >= 0) {
      const left = row[column];
      const right = row[row.length - (head.length - column)];
      if (left) markPerson(s, left, vocab);
      if (right && right !== left) markPerson(s, right, vocab);
    }
  });
}
