// Places known by their generic word alone (issue 11): a proper word before a place tail ("Gweath
// Point", "VORNEY JUNCTION", "tzietien creek") or after a saint's head ("to st. haruto 6", "ST.
// AGNIESZKA"), where no other pass took the place. placeParts (places.ts) grows a place another
// pass found to these words; these passes find the place by them when no pass did.
import * as tokenScanner from './token-scanner.js';
import type { Token, TokenScanner } from './token-scanner.js';
import type { KeepVocabulary } from '../keep-list/keep-vocabulary.js';
import { LEX } from '../lexicon-flags.js';
import { placeCues } from './place-rules.js';

// Bound once at load (see places.ts).
const { isBlankRun, isCap } = tokenScanner;

/** Rule ids of the two passes. */
export const TAILED_PLACE_RULE = 'tailed-place';
export const SAINT_PLACE_RULE = 'saint-place';

// After a tail, words that make the pair a scale or a finding ("MORSE FALLS SCORE"); before a saint's
// head, words that make "St. X" somewhere the patient goes; tails anatomy shares ("ileocecal junction"):
// rules/en/deid-place-cues.yaml placeWords.
const { notPlaceAfterTail: NOT_PLACE_AFTER, saintLeads: SAINT_CUES, anatomyTails: ANATOMY_TAILS } = placeCues();

/**
 * Whether a word could be the proper part of a place: alphabetic, three letters or more, not a
 * possessive ("Palmer's point"), and either in the name or place lists or in no vocabulary; never a
 * clinical term, a function word or a title. A word one edit from a vocabulary word counts
 * (elsewhere the mark of a typo): the tail or the saint's head beside it is the evidence here, and
 * invented and foreign place names are often one edit from an English word ("Gweath", "Abena").
 */
function properWord(t: Token, vocab: KeepVocabulary): boolean {
  if (t.word.length < 3 || !/^[A-Za-z][A-Za-z-]*$/.test(t.word)) return false;
  if ((t.flags & (LEX.CLINICAL | LEX.STOP | LEX.TITLE | LEX.CREDENTIAL)) !== 0 || (t.flags & LEX.STOP) !== 0) return false;
  if ((t.flags & (LEX.FIRST | LEX.LAST | LEX.PLACE)) !== 0) return true;
  return !vocab.has(t.lower);
}

// After a tail anatomy shares ("mucocutaneous junction", "transition point") the proper word must not
// have the ending of an adjective or of a noun of action ("transition").
const ADJECTIVE_END = /(?:al|ous|ic|ar|ary|eal|ial|oid|ine|ent|ant|ion)$/;

/** Whether two words are written as a place name in the note: both capitalised in a mixed-case note; any way in a note in one case. */
function casedAlike(s: TokenScanner, a: Token, b: Token): boolean {
  return s.style !== 'mixed' || (isCap(a.word) && isCap(b.word));
}

/**
 * "Gweath Point", "DEAN JUNCTION", "tzietien creek": a proper word (see {@link properWord}) right
 * before a place tail (`falls`, `creek`, `point`, `junction`, …) on the same line. In a mixed-case
 * note both must be capitalised. Not before a scale or a risk word ("MORSE FALLS SCORE").
 */
export function tailedPlaces(s: TokenScanner, vocab: KeepVocabulary): void {
  const { tokens } = s;
  for (let i = 1; i < tokens.length; i++) {
    const tail = tokens[i]!;
    // The lexicon mask holds PLACE_TAILS (vocabulary.ts): most words are skipped on one bit.
    if ((tail.flags & LEX.PLACE_TAIL) === 0 || s.marked.has(i)) continue;
    const t = tokens[i - 1]!;
    // "Tarnwick Heights" after a pass took "Tarnwick" for a name: in a mixed-case note a capitalised
    // tail right after it is the rest of a place (in one case, "MARY FALLS" may be a sentence).
    if (s.marked.has(i - 1)) {
      if (s.style === 'mixed' && isCap(t.word) && isCap(tail.word) && isBlankRun(s.text, t.end, tail.start) && !NOT_PLACE_AFTER.has(tokens[i + 1]?.lower ?? '')) {
        s.mark(i, 'LOCATION', TAILED_PLACE_RULE);
      }
      continue;
    }
    if (!isBlankRun(s.text, t.end, tail.start) || !casedAlike(s, t, tail) || !properWord(t, vocab)) continue;
    if (ANATOMY_TAILS.has(tail.lower) && ADJECTIVE_END.test(t.lower) && (t.flags & LEX.PLACE) === 0) continue;
    if (NOT_PLACE_AFTER.has(tokens[i + 1]?.lower ?? '')) continue;
    s.mark(i - 1, 'LOCATION', TAILED_PLACE_RULE);
    s.mark(i, 'LOCATION', TAILED_PLACE_RULE);
  }
}

/**
 * "transfer to st. haruto 6", "med-flighted to ST. AGNIESZKA", "Per St. Soo 3": a saint's head
 * (`st`, `saint`) after a place cue word, then a proper word. In a mixed-case note the proper word
 * must be capitalised; "ST elevation", "ST depression" never pass (vocabulary). The cue word
 * before it also keeps out a street ("12 Elm St").
 */
export function saintPlaces(s: TokenScanner, vocab: KeepVocabulary): void {
  const { tokens } = s;
  for (let i = 1; i + 1 < tokens.length; i++) {
    const head = tokens[i]!;
    if ((head.lower !== 'st' && head.lower !== 'saint') || s.marked.has(i)) continue;
    const cue = tokens[i - 1]!;
    if (!SAINT_CUES.has(cue.lower) || !/^[ \t]+$/.test(s.text.slice(cue.end, head.start))) continue;
    const name = tokens[i + 1]!;
    if (!/^\.?[ \t]+$/.test(s.text.slice(head.end, name.start))) continue;
    // A name another pass took ("to st. oksana": a first name) is the saint's: the head joins it.
    if (s.marked.has(i + 1)) {
      s.mark(i, 'LOCATION', SAINT_PLACE_RULE);
      continue;
    }
    if (s.style === 'mixed' && !isCap(name.word)) continue;
    if (!properWord(name, vocab)) continue;
    s.mark(i, 'LOCATION', SAINT_PLACE_RULE);
    s.mark(i + 1, 'LOCATION', SAINT_PLACE_RULE);
  }
}
