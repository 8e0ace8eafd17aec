// Word tests of the keep-list layer shared by the keep-list passes and the name-position passes:
// whether a token could be a name word in a name-like position (issue 11).
import * as tokenScanner from '../free-text/token-scanner.js';
import type { Token, TokenScanner } from '../free-text/token-scanner.js';
import { MONTH_WORDS } from '../patterns.js';
import type { KeepVocabulary } from './keep-vocabulary.js';
import { inVocabulary, LEX, NAME_LISTS, lexiconFlags } from '../lexicon-flags.js';
import { nameCues } from '../rules/deid-rules.js';
import { loadLexicons } from '../lexicons.js';

// Bound once at load (see token-scanner.ts: under tsx's CommonJS output an import is a getter call).
const { isCap } = tokenScanner;

/** `strict` (research export: recall first) or `balanced` (the default). */
export type DeidProfile = 'strict' | 'balanced';

const cues = nameCues().cues;
// Credentials that close a signature ("…, RRT"): in a mixed-case note they count written in capitals.
export { SIGN_CREDENTIALS } from '../free-text/vocabulary.js';
/** The days of the week written in full. */
export const WEEKDAY_NAMES: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const WEEKDAYS = new Set([...WEEKDAY_NAMES, 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun']);
/** Whether a lower-case word names a month or a weekday, in full or abbreviated ("sept", "tues"). */
export const calendarWord = (w: string): boolean => MONTH_WORDS.has(w) || WEEKDAYS.has(w);
const RELATIVE_DAYS: ReadonlySet<string> = new Set(['today', 'tomorrow', 'yesterday']);
/** Whether a lower-case word is a month, a weekday or a relative day, never a town ("sept", "tues", "today"). */
export const notTownWord = (w: string): boolean => calendarWord(w) || RELATIVE_DAYS.has(w);
const STAFF_WORDS = new Set([
  ...cues.roles.words,
  ...cues.roleLeads.words,
  ...cues.weakTitles.words,
  ...[...cues.leadRuns.words, ...cues.staffLeads.words].filter((w) => /^[a-z]+$/.test(w)),
  // The team roles of a progress note ("Attg", "Res", "MS3"; signOffWords.teamRoles): a name growing on a team line stops at them.
  ...nameCues().signOffWords.teamRoles.filter((w) => /^[a-z]+\d?$/.test(w)),
  // The duties written before a credential ("Triage RN", "Flight RN"; staffDuties): no name part either.
  ...nameCues().staffDuties,
]);
/** Whether a word names a staff role or service ("Surgeon", "Assist", "Radiology") or is a lead ("Dear"): never a name part when a name grows. */
export const staffWord = (w: string) => STAFF_WORDS.has(w);

// Words that close an entry or a note's last line as themselves (a reply or a state: "Thanks. OK", "Seen. NAD";
// rules/en/deid-name-cues.yaml nameWords.closingReplies).
const CLOSING_REPLIES: ReadonlySet<string> = new Set(nameCues().nameWords.closingReplies);
/** Whether a lower-case word closes an entry as a reply or a state ("ok", "nad", "prn"), never as someone's initials. */
export const closingReply = (w: string) => CLOSING_REPLIES.has(w);

/**
 * A function word, credential, title, staff word or month: no one's initials, whatever the place ("MD",
 * "RN", "and", "Mar"). With `functionWords` false a function word may be: a column of initials signs
 * with "as" or "at" too (flowsheet-initials.ts).
 */
export function neverInitials(g: string, functionWords = true): boolean {
  const w = g.toLowerCase();
  const barred = LEX.CREDENTIAL | LEX.TITLE | LEX.SIGN_CREDENTIAL | (functionWords ? LEX.STOP : 0);
  return (lexiconFlags(w) & barred) !== 0 || staffWord(w) || MONTH_WORDS.has(w);
}

/** "H.O.", "R.T.", "O.R.": letters with dots in a run are an abbreviation, not initials. */
export function dottedAbbreviation(s: TokenScanner, t: Token): boolean {
  if (t.word.length !== 1) return false;
  return /^\.[A-Za-z]\./.test(s.text.slice(t.end, t.end + 3)) || /[A-Za-z]\.$/.test(s.text.slice(Math.max(0, t.start - 2), t.start));
}

/**
 * Letters a word no name list holds needs before strict's everywhere rule takes it, one edit from the
 * vocabulary, for a misspelling rather than a name ("Imtermittant", "Hemdynamically"); shorter words
 * one edit from a word are as often surnames ("Hale", "Moran"), and balanced forgives from five
 * letters. (The learned layer keeps strict's old bar: there the same test lost towns of the blind sets.)
 */
export const LONG_TYPO = 7;

/** Spoken languages and peoples' adjectives (rules/en/deid-name-cues.yaml nameWords.languages). */
export const LANGUAGES: ReadonlySet<string> = new Set(nameCues().nameWords.languages);
/**
 * Whether a lower-case word (`f` its lexicon mask) is a spoken language or a people's adjective
 * ("cantonese", "iranian"; rules/en/deid-name-cues.yaml nameWords.languages) that no name list holds.
 */
export const languageWord = (w: string, f: number): boolean => LANGUAGES.has(w) && (f & NAME_LISTS) === 0;

// An abbreviation in capitals with an inflection in lower case: a plural, possessive or verb form.
const ACRONYM_INFLECTION = /^([A-Z]{2,})(?:s|['’](?:s|d|ed|ing))$/;

/**
 * Whether a word is an abbreviation in capitals inflected in lower case: a plural ("RBCs", "EKGs"),
 * a possessive ("ADL's") or a verb form ("CPT'd", "NTS'd"). A name is not written so — capitals
 * and then a lower-case ending — unless its capitals are a name the lists hold ("LEE's" in "at
 * LEE's house"), which stays a candidate.
 */
export function acronymInflection(word: string): boolean {
  const m = ACRONYM_INFLECTION.exec(word);
  return m !== null && (lexiconFlags(m[1]!.toLowerCase()) & NAME_LISTS) === 0;
}

/** Whether token `t` is a word the keep-list would call a name in a name-like position. */
export function unknownWord(s: TokenScanner, t: Token, vocab: KeepVocabulary, profile: DeidProfile, forgiveTypos = true): boolean {
  const possessive = t.lower.endsWith("'s");
  const w = possessive ? t.lower.slice(0, -2) : t.lower;
  // The token's lexicon flags answer the shipped lists; a vocabulary built from training folds is asked itself.
  const f = possessive ? lexiconFlags(w) : t.flags;
  const known = inVocabulary(vocab, w, f);
  if (w.length < 2 || known || (f & (LEX.STOP | LEX.CREDENTIAL | LEX.TITLE | LEX.SIGN_CREDENTIAL)) !== 0 || calendarWord(w)) return false;
  if ((f & (LEX.CLINICAL | LEX.CLIPPED)) !== 0 || staffWord(w)) return false;
  // A word built as a drug or a clinical term ("Doxacurium", "Cosyntropin"; clinical-morphology.ts,
  // whose endings close no listed name or place) or an inflected abbreviation ("RBCs", "ADL's").
  if ((f & LEX.CLINICAL_ENDING) !== 0 || acronymInflection(t.word)) return false;
  // A spoken language or a people's adjective ("Cantonese", "Iranian"; nameWords.languages) no name list holds.
  if (languageWord(w, f)) return false;
  // In a mixed-case note a name is written capitalised (or in capitals); a lower-case word is prose.
  if (s.style === 'mixed' && !isCap(t.word)) return false;
  // Balanced: a misspelt word one edit from the vocabulary ("PROTOCAL", "GLUCCOSE") is the word,
  // unless a name list knows it ("Bowen" is one edit from "bowel").
  if (profile === 'balanced' && forgiveTypos && w.length >= 5 && vocab.nearMiss(w) && (f & (LEX.FIRST | LEX.LAST)) === 0) return false;
  return true;
}

/** In a strong position (a signature, a credential's line) a word a name list holds counts even when it is also a word ("ANNE", "GRACE"). */
export function nameListWord(s: TokenScanner, t: Token): boolean {
  const w = t.lower;
  const f = t.flags;
  if (w.length < 2 || (f & (LEX.STOP | LEX.CLINICAL | LEX.CREDENTIAL | LEX.TITLE | LEX.SIGN_CREDENTIAL)) !== 0 || calendarWord(w)) return false;
  if ((s.style === 'mixed' && !isCap(t.word)) || staffWord(w)) return false;
  return (f & NAME_LISTS) !== 0;
}


const CLINICAL_NAMES = loadLexicons().clinicalNames;

/**
 * Whether token `t` can be the surname after an initial in a strong position: a word of the name
 * lists ({@link nameListWord}) or an eponym the lists hold ("per R. Jefferson", "T. HARTMANN, MD"):
 * after an initial an eponym names no condition ("Parkinson disease" is never "P. Parkinson").
 */
export function surnameAfterInitial(s: TokenScanner, t: Token): boolean {
  if (nameListWord(s, t)) return true;
  const f = t.flags;
  if (!CLINICAL_NAMES.has(t.lower) || t.lower.length < 3 || (f & (LEX.STOP | LEX.CREDENTIAL | LEX.TITLE)) !== 0) return false;
  return s.style !== 'mixed' || isCap(t.word);
}

// Dotted groups that are words, times or Latin abbreviations, not initials, whatever the lexicons hold ("a.m.", "e.g.", "N.B.").
// (rules/en/deid-name-cues.yaml, nameWords.dottedAbbreviations).
const DOTTED_WORDS: ReadonlySet<string> = new Set(nameCues().nameWords.dottedAbbreviations);
/** Whether the letters of a dotted group (joined, lower case) spell a word, time or abbreviation ("am", "eg", "nb"). */
export const dottedAbbreviationWord = (letters: string) => DOTTED_WORDS.has(letters);
