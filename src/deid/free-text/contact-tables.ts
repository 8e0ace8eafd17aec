// People in a contact table (issue 11): safety plans, social-work assessments and release forms list
// the people to call in a table with a relation column ("Contact | Relation | Phone" / "Grace | wife |
// 660-6202"). In such a table the cell of the people's column names a person whatever its words
// ("Grace", "Faith", "JOY" are words too): the table's head says so. Its people's column is the one
// headed by a person word (rules/en/deid-name-cues.yaml nameWords.contactColumnHeads), or else the
// first; a relation column is headed by one of nameWords.contactRelationHeads. A cell that names a
// role ("PCP", "Case manager") or holds a digit is no person.
import type { TokenScanner } from './token-scanner.js';
import { RELATION_CUE_WORDS } from './vocabulary.js';
import { inVocabulary, LEX, NAME_LISTS } from '../lexicon-flags.js';
import type { KeepVocabulary } from '../keep-list/keep-vocabulary.js';
import { staffWord } from '../keep-list/name-words.js';
import { nameCues } from '../rules/deid-rules.js';
import { visitBarRows } from '../bar-cells.js';

const PERSON_HEADS: ReadonlySet<string> = new Set(nameCues().nameWords.contactColumnHeads);
const RELATION_HEADS: ReadonlySet<string> = new Set(nameCues().nameWords.contactRelationHeads);
// Words that name a role, not a person, in a people's cell: titles, credentials, function words, occupations and job words (and staff words).
const ROLE_FLAGS = LEX.TITLE | LEX.CREDENTIAL | LEX.SIGN_CREDENTIAL | LEX.STOP | LEX.OCCUPATION | LEX.JOB_CUE;

/** The index of the people's column of a head row with a relation column, or -1 when the row is no such head. */
function peopleColumn(head: { text: string }[]): number {
  const lower = head.map((c) => c.text.toLowerCase().replace(/[:.]$/, ''));
  const rel = lower.findIndex((c) => RELATION_HEADS.has(c));
  if (rel < 0) return -1;
  const person = lower.findIndex((c) => PERSON_HEADS.has(c));
  if (person >= 0) return person;
  return rel === 0 ? -1 : 0;
}

/**
 * Marks the words of a people's cell spanning `[at, at + length)` when one is a name list's word or a
 * word no vocabulary holds, and none names a role or a relation ("PCP", "Case manager", "Mother").
 */
function markPerson(s: TokenScanner, at: number, length: number, vocab: KeepVocabulary): void {
  const ks: number[] = [];
  for (let p = at; p < at + length; p++) {
    const i = s.byStart.get(p);
    if (i !== undefined) ks.push(i);
  }
  if (ks.length === 0 || ks.length > 4) return;
  let named = false;
  for (const i of ks) {
    const t = s.tokens[i]!;
    if ((t.flags & ROLE_FLAGS) !== 0 || staffWord(t.lower) || RELATION_CUE_WORDS.has(t.lower)) return;
    // A name list's word, or a word no vocabulary holds that is no short acronym of a mixed-case note ("PCP").
    const acronym = s.style === 'mixed' && t.word.length <= 4 && t.word === t.word.toUpperCase();
    if ((t.flags & NAME_LISTS) !== 0 || (!acronym && !inVocabulary(vocab, t.lower, t.flags))) named = true;
  }
  if (named) for (const i of ks) s.mark(i, 'NAME', 'contact-table');
}

/** Marks the people of contact tables: the cells of the people's column under a head with a relation column. */
export function contactTables(s: TokenScanner, vocab: KeepVocabulary): void {
  const { text } = s;
  // A match holds a bar (no letter, so no case): a report without one is not scanned.
  if (!text.includes('|') || !/\|[ \t]*rel/i.test(text)) return;
  let column = -1;
  visitBarRows(text, (row) => {
    if (row === null) {
      column = -1;
      return;
    }
    const head = peopleColumn(row);
    if (head >= 0) column = head;
    else if (column >= 0) {
      const c = row[column];
      // A person's cell: letters, blanks, commas, stops, hyphens and apostrophes, beginning with a letter.
      if (c && c.text && /^[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ .,'’-]*$/.test(c.text)) markPerson(s, c.at, c.text.length, vocab);
    }
  });
}
