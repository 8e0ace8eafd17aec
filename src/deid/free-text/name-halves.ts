// The other half of a name one half of which was found, when that half is also an ordinary word
// (issue 11). A surrogate for one half alone leaves the other in the text: "Will Varnadoe" marked
// only at "Varnadoe" comes out as "Will Hallett", the given name kept; "Ysolde Page" marked only at
// "Ysolde" keeps the surname. extend() grows names onto words no vocabulary holds; these are the
// name-list words it leaves because they are words too, taken only in a name's shape.
import type { TokenScanner } from './token-scanner.js';
import { endsWithPossessive, hasLower, isCap } from './token-scanner.js';
import { LEX, lexiconFlags } from '../lexicon-flags.js';
import { staffWord } from '../keep-list/name-words.js';
import { givenNameWords } from '../lexicons.js';

/** How two tokens of a name are joined (see person-names.ts nameGap): blanks, a full stop and blanks, or one hyphen. */
export type NameJoin = 'blank' | 'dot' | 'hyphen';

// A surname of the lists: the list proper, and the names that are also words ("Gay", "Page"),
// which the lexicons keep apart from it (lexicon-flags.ts). Given names that are words are read from
// their own, narrower list (givenName): the words of the ambiguous list stand before names as roles
// too ("driver", "crew", "judge").
const SURNAME = LEX.LAST | LEX.AMBIGUOUS;

/** A given name of the lists: the list proper, or a frequent given name that is also a word ("Will", "Pearl"). */
function givenName(lower: string, flags: number): boolean {
  return (flags & LEX.FIRST) !== 0 || ((flags & LEX.AMBIGUOUS) !== 0 && givenNameWords().has(lower));
}

// A word that never stands as a part of a person's name, whatever list holds it; and a word that
// also names or ends a place ("Cross", "Falls", "Bend"; place-shapes.ts tails), left to the place passes: taken for a name
// it would end a town before its state (beforeState).
const NEVER = LEX.TITLE | LEX.CREDENTIAL;
const PLACE_WORD = LEX.PLACE_TAIL | LEX.STATE_WORD;
// A word of the language's plain stock: an unlisted surname is none of these.
const PLAIN = LEX.COMMON | LEX.CLINICAL | LEX.STOP | LEX.AMBIGUOUS | LEX.CLIPPED;

/**
 * Whether token `j` (next to found name token `i`, joined by `join`) is the other half of the name:
 * - before an initial with its stop and a word written as a name, a given name of the lists ("Ivy Q. Lisowski");
 * - before an unlisted word or a surname of the lists written as a name, a given name of the lists ("Pearl Pellingham", "Will Varnadoe"),
 *   the surname in the possessive too ("Will Varnadoe's chart");
 * - after a given name of the lists and its middle initial, the surname ("Corwin D. Gay");
 * - after a given name of the lists proper, or in a mixed-case note an unlisted name word, a surname
 *   of the lists ("Ysolde Page"; in a one-case note of the surname list proper).
 * No clinical term is either half ("Ottoline Foley" stays half-found: a catheter's name). After a
 * hyphen, the lower-case half of a given name (see {@link hyphenGivenHalf}).
 *
 * In a mixed-case note both halves must be written Title-case; a function word such as "Will" or
 * "May" counts there only, where its capital says it is a name. A lower-case word after the pair
 * continues a phrase ("Foley catheter"), so the pair is left.
 */
export function nameHalfBeside(s: TokenScanner, i: number, j: number, join: NameJoin): boolean {
  const cur = s.tokens[i]!;
  const t = s.tokens[j]!;
  const f = t.flags;
  if (join === 'hyphen') return hyphenGivenHalf(s, i, j);
  if ((f & (NEVER | PLACE_WORD)) !== 0 || staffWord(t.lower) || t.word.length < 2) return false;
  const mixed = s.style === 'mixed';
  const shaped = (w: string) => !mixed || (isCap(w) && hasLower(w));
  if (!shaped(t.word) || ((f & LEX.STOP) !== 0 && !mixed)) return false;
  if (j === i - 1) {
    if (join !== 'blank' || !givenName(t.lower, f) || (f & (LEX.CLINICAL | LEX.NAME_PARTICLE)) !== 0) return false;
    const after = s.tokens[i + 1];
    if (cur.word.length === 1) return !!after && after.word.length > 1 && shaped(after.word) && /^\.[ \t]+$/.test(s.text.slice(cur.end, after.start));
    // A possessive surname ("Will Quennell's chart") is read without its ending, and the lower-case
    // word after it is what the person has, not a phrase the pair would open ("Foley catheter").
    if (endsWithPossessive(cur.lower)) {
      const stem = cur.word.slice(0, -2);
      return unlistedNameWord(stem, lexiconFlags(stem.toLowerCase())) && shaped(stem);
    }
    return unlistedNameWord(cur.word, cur.flags) && shaped(cur.word) && !s.lowerWordAfter(i);
  }
  if ((f & LEX.STOP) !== 0 || s.lowerWordAfter(j) || beforeState(s, j)) return false;
  if (cur.word.length === 1) {
    const given = s.tokens[i - 1];
    // In a one-case note a word after an initial is as often the next clause ("chaplain ruth m. visited"): only a surname of the lists or no word.
    if (!mixed && (((f & PLAIN) !== 0 && (f & SURNAME) === 0) || t.word.length < 3)) return false;
    return join === 'dot' && !!given && givenName(given.lower, given.flags) && (given.flags & (NEVER | LEX.STOP | LEX.CLINICAL)) === 0 && shaped(given.word) && s.blankBetween(i - 1, i);
  }
  // In a one-case note the case says nothing: only after a given name of the lists proper.
  // There a surname that is also a word ("DAY", "ONLY") is as often the next word of the line: the surname list proper only.
  if (!mixed) return join === 'blank' && (f & LEX.LAST) !== 0 && (f & LEX.CLINICAL) === 0 && (cur.flags & LEX.FIRST) !== 0;
  return join === 'blank' && (f & SURNAME) !== 0 && (f & LEX.CLINICAL) === 0 && shaped(cur.word) && ((cur.flags & LEX.FIRST) !== 0 || unlistedNameWord(cur.word, cur.flags));
}

/** A word of three letters or more that no list of plain words holds: a name word the lists may not have. */
function unlistedNameWord(word: string, flags: number): boolean {
  return word.length >= 3 && (flags & PLAIN) === 0 && (flags & NEVER) === 0;
}

/** Whether a comma and a state follow token `j` ("Quennick Cross, NH"): the pair is a town, its second word no surname. */
function beforeState(s: TokenScanner, j: number): boolean {
  const n = s.tokens[j + 1];
  return !!n && (n.flags & LEX.STATE_WORD) !== 0 && isCap(n.word) && /^,[ \t]*$/.test(s.text.slice(s.tokens[j]!.end, n.start));
}

/**
 * "Min-ho Vackley", "Hye-mi", "Eun-won Brackwell": in a mixed-case note the short lower-case half glued
 * by a hyphen after a Title-case part of a found name, even when its letters spell an abbreviation
 * or a word ("ho", "won", "ling"), when a Title-case word (the surname) or the phrase's end follows
 * it. The half is two to five letters and no function, title or credential word; a lower-case word
 * after it continues a phrase ("Smith-pt called"). Only beside a found name, never a place's part.
 */
function hyphenGivenHalf(s: TokenScanner, i: number, j: number): boolean {
  const cur = s.tokens[i]!;
  const t = s.tokens[j]!;
  if (s.style !== 'mixed' || j !== i + 1 || cur.word.length < 2 || !isCap(cur.word) || !hasLower(cur.word) || cur.word.slice(1) !== cur.word.slice(1).toLowerCase()) return false;
  if (!/^[a-z]{2,5}$/.test(t.word) || (t.flags & (NEVER | LEX.STOP)) !== 0) return false;
  if (!s.inName(i)) return false;
  const n = s.tokens[j + 1];
  const gap = s.text.slice(t.end, n ? n.start : s.text.length);
  // The half closes the name at a line's end, before punctuation, or before the surname on its line.
  if (!n || /^[ \t]*(?:[,.;:)]|\n)/.test(gap)) return true;
  return /^[ \t]+$/.test(gap) && isCap(n.word) && hasLower(n.word);
}
