// The learned layer (issue 11): an averaged perceptron over token features (features.ts) that
// marks names and places the cue, lexicon and keep-list passes did not reach. It adds spans (a
// union with the rules); it never removes one. It scores only candidate tokens — not function
// words, and in mixed-case notes not lower-case vocabulary words — so it stays cheap.
import * as tokenScanner from '../free-text/token-scanner.js';
import type { Token, TokenScanner } from '../free-text/token-scanner.js';
import * as vocabularyLists from '../free-text/vocabulary.js';
import type { DeidProfile } from '../keep-list/keep-list-names.js';
import type { KeepVocabulary } from '../keep-list/keep-vocabulary.js';
import { inVocabulary, LEX, NAME_LISTS, lexiconFlags } from '../lexicon-flags.js';
import { loadLexicons } from '../lexicons.js';
import { shippedVocabulary } from '../keep-list/keep-vocabulary.js';
import { fillLine, lazyLineIndex, role, tokenFeatures, type LazyLineIndex } from './features.js';
import { LEARNED_CLASSES, type LearnedModel } from './model-file.js';
import { scoreFeatures } from './perceptron.js';
import { nameCues } from '../rules/deid-rules.js';
import { calendarWord, languageWord } from '../keep-list/name-words.js';
import { placeCues } from '../free-text/place-rules.js';
import { besidePlaceholder as besideMarker } from '../placeholders.js';
import { inHeadlineSentence } from '../free-text/headline-case.js';
import { blankOrHyphenBetween, relationCompoundTail } from '../free-text/relation-compounds.js';

const { isCap, isTitleCase, noLineFeed } = tokenScanner;
const { CREDENTIALS, GENERIC_FACILITY, INSTITUTION_HEADS, RELATION_CUE_WORDS, STATE_CODES, STATE_OR_COUNTRY, STOP, TITLES, commonWords } = vocabularyLists;

// Head words that close the name of a place people go to: "GOLDEN MEADOWS NURSING HOME", "Union
// Memorial Hospital", "Acme Industries".
const FACILITY_HEADS = new Set([
  ...INSTITUTION_HEADS, 'nursing', 'manor', 'gardens', 'village', 'school', 'academy', 'college', 'church', 'industries', 'company', 'corp', 'inc',
  'associates', 'vna', 'ems', 'campus', 'tower', 'hospice', 'house', 'residence', 'estates',
]);

/**
 * Balanced, mixed-case notes: a Title-case word no list holds, with no capitalised word beside it
 * and no name cue (title, credential, relation, lead) within two words, is more often a brand or
 * a term ("Withdrawal from Xanax") than a name.
 */
function loneUnlistedWord(s: TokenScanner, i: number): boolean {
  for (let k = i - 2; k <= i + 2; k++) {
    if (k === i || k < 0 || k >= s.tokens.length || !sameLine(s, Math.min(i, k), Math.max(i, k))) continue;
    const n = s.tokens[k]!;
    if (CUE_WORDS.has(n.lower) || TITLES.has(n.lower) || CREDENTIALS.has(n.lower)) return false;
    if ((k === i - 1 || k === i + 1) && isCap(n.word) && !STOP.has(n.lower)) return false;
  }
  return true;
}

/** Whether the next token on token `i`'s line is a relation word, only blanks between ("GRAND DAUGHTER", "close friend"). */
function beforeRelation(s: TokenScanner, i: number): boolean {
  const n = s.tokens[i + 1];
  return !!n && RELATION_CUE_WORDS.has(n.lower) && /^[ \t]+$/.test(s.text.slice(s.tokens[i]!.end, n.start));
}

/**
 * Whether a clinical term stands right beside token `i`, only blanks or one hyphen between: an
 * ordinary word there is part of the term's phrase ("Colon Cancer", "Lung Nodule Clinic",
 * "Cancer-Colon"), not a town or a person written in Title case. The clinical lexicon and the
 * drug and clinical endings (clinical-morphology.ts) say what a clinical term is.
 */
export function besideClinicalTerm(s: TokenScanner, i: number): boolean {
  const clinical = (k: number) => {
    const n = s.tokens[k];
    if (!n || n.word.length < 3 || !blankOrHyphenBetween(s, Math.min(i, k), Math.max(i, k))) return false;
    return (n.flags & (LEX.CLINICAL | LEX.CLINICAL_ENDING)) !== 0;
  };
  return clinical(i - 1) || clinical(i + 1);
}

/** Whether a Title-case or capitals run from token `i` reaches a facility head within three words on its line. */
function beforeFacilityHead(s: TokenScanner, i: number): boolean {
  for (let k = i + 1; k <= i + 3 && k < s.tokens.length; k++) {
    if (!sameLine(s, k - 1, k)) return false;
    const n = s.tokens[k]!;
    if (FACILITY_HEADS.has(n.lower)) return true;
    if (s.style === 'mixed' && !isCap(n.word)) return false;
  }
  return false;
}

/**
 * Whether the layer looks at a token at all. Function words never name anyone; in a mixed-case
 * note a lower-case vocabulary word is prose. Training uses the same test, so the model learns
 * only the tokens it will be asked about.
 */
export function isCandidate(s: TokenScanner, t: Token, vocab: KeepVocabulary): boolean {
  // The token's lexicon flags answer the function words and the shipped vocabulary (one memo look-up per word).
  if ((t.flags & LEX.STOP) !== 0) return false;
  if (s.style === 'mixed' && !isCap(t.word) && inVocabulary(vocab, t.lower, t.flags)) return false;
  return true;
}

/** Extra margin a lower-case word of a mixed-case note needs to be marked as a place. */
export const LOWER_CASE_MARGIN = 4;

// Words of the name cues (titles, credentials, relations, leads): the context of a name, never one.
const CUE_WORDS = new Set(Object.values(nameCues().cues).flatMap((c) => c.words));

/**
 * Extra margins for classes of word the layer once left alone whatever the score: Infinity keeps a
 * class out of the model's reach. Chosen by leave-one-writer-out scoring on the generated notes of
 * independent writers (eval/deid-learned/writer-cv.ts) and the patient-grouped CV of the dev split.
 * Exported, and mutable, so the sweeps of eval/deid-learned can try other values.
 */
// Detector 2.5.0: all three at 4 gave leave-one-writer-out span recall 0.8823 → 0.8842 balanced and
// 0.9045 → 0.9070 strict, the dev split's CV unchanged; but acronyms at 4 took "HCH" in Open-i and a
// lone drug brand after "from" ("Withdrawal from Zolvarex") as places, so those two stayed out of reach (acronyms: until 2.10.0).
// Plain words alone: 0.8852 → 0.8858 at margin 16.
export const SOFT_LIMITS = {
  /** An ordinary word no name list holds, in a name position (see {@link markBar}). */
  plainWord: 4,
  /**
   * A short word in capitals of a mixed-case note that no vocabulary holds ("SMH", "UMMC").
   * Infinity until 2.9.0; 8 since 2.10.0: the six held-out writers' mean span recall 0.9006 ->
   * 0.9036, dev CV token precision 0.9109 -> 0.9104; in Open-i it takes one word, the hospital
   * acronym of "outside institution: HCH".
   */
  acronym: 8,
  /** Balanced, mixed-case: a Title-case word no list holds, alone (see loneUnlistedWord). */
  loneWord: Infinity,
  /** A word that is also a name, in a note whose case says nothing (capitals, lower case), with no name cue near. */
  uncuedWordName: 8,
  /** A lower-case word of a mixed-case note taken for a name (places pass at {@link LOWER_CASE_MARGIN}). */
  lowerCaseName: 12,
  /**
   * Added to the threshold in a note (or a re-read line) wholly in capitals or in lower case, where
   * case says nothing and the model is the only evidence; the threshold never falls below 0 (the
   * model must still prefer a PHI class). Detector 2.8.0 measured -12 on the six held-out writers
   * scored with this model (mean span recall 0.881 → 0.885 balanced, token precision 0.937 →
   * 0.936), but the dev split's patient-grouped CV token precision fell to 0.891 (-6: 0.897), below
   * the 0.90 bar: the dev notes' capitals lines hold typos and abbreviations the writers' lack. So 0.
   */
  oneCase: 0,
};

/**
 * Whether an origin cue of the place rules (rules/en/deid-place-cues.yaml: a preposition such as
 * "in", "from", or a residence verb) stands one or two words before token `i` on its line: "lives in
 * ORCHARD RIDGE", "from maple grove".
 */
function placeLeadBefore(s: TokenScanner, i: number): boolean {
  const c = placeCues();
  for (let k = i - 1; k >= i - 2 && k >= 0; k--) {
    if (!sameLine(s, k, i)) return false;
    const w = s.tokens[k]!.lower;
    if (c.originPrepositions.has(w) || c.originVerbs.has(w)) return true;
  }
  return false;
}

/**
 * Whether token `i` is a US postal state code right after a place preposition ("DAUGHTER CALLED
 * FROM WI", "lives in vt", "moved to NJ"): there it names a state, which is no Safe Harbor
 * identifier (the place rules take it in the strict profile only), and not a person's initials.
 * A bare "to" counts only after a verb of residence: "report to SC" hands over to a person.
 */
function stateCodeAfterPlaceLead(s: TokenScanner, i: number): boolean {
  const t = s.tokens[i]!;
  if (t.word.length !== 2 || !STATE_CODES.has(t.lower) || !sameLine(s, i - 1, i)) return false;
  const c = placeCues();
  const prev = s.tokens[i - 1]!.lower;
  if (prev !== 'to') return c.originPrepositions.has(prev);
  return sameLine(s, i - 2, i - 1) && c.originVerbs.has(s.tokens[i - 2]!.lower);
}

/** Extra margin a word that is also a vocabulary word needs, when the limits let the model decide it (see {@link markBar}). */
export const WORD_NAME_MARGIN = 6;

/**
 * Whether a name cue (title, credential, person lead, relation or initial) stands within two
 * words of token `i` on its line: "SIG: SUMMER J. SHARP RN", "PER HOPE", "BY FRANK N.". Read on
 * lower-cased words, so the same in every case style.
 */
function cueNear(s: TokenScanner, i: number): boolean {
  for (let k = i - 2; k <= i + 2; k++) {
    if (k === i || k < 0 || k >= s.tokens.length || !sameLine(s, Math.min(i, k), Math.max(i, k))) continue;
    const n = s.tokens[k]!;
    const r = role(s, n);
    if (r && !(r === 'init' && (letterCode(s, n) || shorthandLetter(n)))) return true;
  }
  return false;
}

/**
 * Whether a one-letter token is part of a code, not a person's initial: a charge sign glued to it
 * ("K+", "B+") or a letter joined to another by "&" ("I & O", "H&P", "D & C"). So "Keep careful
 * I & O. Check K+" has no name cue near "Check".
 */
function letterCode(s: TokenScanner, t: Token): boolean {
  const after = s.text.slice(t.end, t.end + 4);
  if (after.startsWith('+')) return true;
  return /^[ \t]*&[ \t]*[A-Za-z](?![A-Za-z])/.test(after) || /(?<![A-Za-z])[A-Za-z][ \t]*&[ \t]*$/.test(s.text.slice(Math.max(0, t.start - 4), t.start));
}

// Lower-case letters of clinical shorthand (rules/en/deid-name-cues.yaml nameWords.shorthandLetters).
let shorthandLetters: ReadonlySet<string> | undefined;

/**
 * Whether a token is a single lower-case letter of clinical shorthand ("c" with, "s" without, "p"
 * after, "x" times, "w" with): in "pt seen by c ross" or "tol diet s n/v" it is no initial and cues
 * no name. A capital letter ("seen by C. Ross") or another lower-case letter ("per d ross") still
 * may be one.
 */
export function shorthandLetter(t: Token): boolean {
  shorthandLetters ??= new Set(nameCues().nameWords.shorthandLetters);
  return t.word.length === 1 && shorthandLetters.has(t.word);
}

/**
 * Whether an upstream placeholder ("XXXX", "___", "[** … **]": placeholders.ts) stands next to
 * token `i` on its line. The identifier there is already gone, so an ordinary word beside it is
 * the sentence's own ("transposition of the Great XXXX", "___ Valley fever"), not part of a name.
 */
const besidePlaceholder = (s: TokenScanner, i: number): boolean => besideMarker(s.text, s.tokens[i]!.start, s.tokens[i]!.end);

/**
 * The margin over its threshold the model must reach for the layer to mark token `i`: 0 for an
 * ordinary candidate, {@link WORD_NAME_MARGIN} for a word that is also a name and that the old
 * limits refused outright, Infinity for what stays whatever the score. Some classes of word stay
 * whatever the score: states and countries, and a state code after a place preposition (not Safe Harbor identifiers); clinical terms and cue
 * words ("Niece", "Radiologist"); eponyms and devices before their head words; ordinary words,
 * unless a name list holds them and they are written as a name mid-sentence ("Hope" may be a
 * name) or stand before a facility head ("Golden Meadows Nursing Home"); and, in the balanced
 * profile, a misspelling one edit from a vocabulary word ("Famliy", "AFBRILE") that no name list
 * knows. A word a name list holds that nothing in its case tells from the word — in a note in
 * capitals ("SIG: SUMMER J. SHARP RN") or in lower case, and in strict also opening a line of a
 * mixed-case note ("Faith is a 60-year-old") — is left to the model with a wider margin, and only
 * beside a name cue.
 */
export function markBar(s: TokenScanner, i: number, vocab: KeepVocabulary, profile: DeidProfile): number {
  const t = s.tokens[i]!;
  const w = t.lower.endsWith("'s") ? t.lower.slice(0, -2) : t.lower;
  // Which lists hold the word: the token's lexicon mask (or the word's, for a possessive), read
  // from the lexicons the scanner holds (see {@link listMask}).
  const f = listMask(s, t, w);
  // A clinical term stays on every path below (the acronym branch refuses it too): most candidates
  // of a radiology report are such terms, answered here before the neighbour tests.
  if ((f & LEX.CLINICAL) !== 0) return Infinity;
  // So does a word built as a drug or a clinical term ("imipramine", "Hematocrit", "TRIGEMINY"):
  // rules/en/deid-clinical-morphology.yaml, whose endings close no listed name or place.
  // (The ending is a bit of the word's lexicon mask, one regex run per word, not per candidate.)
  if (((w === t.lower ? t.flags : lexiconFlags(w)) & LEX.CLINICAL_ENDING) !== 0) return Infinity;
  // An upstream placeholder glued to a word ("XXXXPM") stays as it is.
  if (w.includes('xxxx')) return Infinity;
  if (slashShorthand(s, i, vocab) || measuredRatio(s, i) || stateCodeAfterPlaceLead(s, i) || relationCompoundTail(s, i)) return Infinity;
  const inVocab = inVocabulary(vocab, w, f);
  // In a mixed-case note a short word in capitals is an abbreviation ("DORV", "HCH"); hospital acronyms are the rules' part.
  if (s.style === 'mixed' && w.length <= 5 && t.word === t.word.toUpperCase()) {
    return w.length >= 2 && !inVocab && (f & (LEX.COMMON | LEX.CLINICAL)) === 0 && !/\d/.test(w) ? SOFT_LIMITS.acronym : Infinity;
  }
  if ((f & (LEX.CLINICAL | LEX.TITLE | LEX.CREDENTIAL)) !== 0 || STATE_OR_COUNTRY.has(w) || CUE_WORDS.has(w) || FACILITY_HEADS.has(w)) return Infinity;
  // A spoken language or a people's adjective ("Somali", "Amharic") names neither a person nor a place;
  // a bar at prediction time, so the model's training and features stay as they are.
  if (languageWord(w, f)) return Infinity;
  // A weekday or month no name list holds ("Tues", "Fri", "Sept") says when, never who or where ("April", "Sun" may be names).
  if (calendarWord(w) && (f & NAME_LISTS) === 0) return Infinity;
  // A town that names a scale, rule or reflex ("Ottawa ankle rules", "APACHE II", "Edinburgh 4") is
  // one only after a place preposition, as the place pass reads it (deid-place-cues.yaml scales.eponyms).
  if (placeCues().scaleEponyms.has(w) && !s.afterPlacePreposition(t)) return Infinity;
  const bar = wordBar(s, i, w, f, inVocab, vocab, profile);
  // An eponym or a device before its head word ("Westermark sign", "Kerley B lines", "Zenker diverticulum" as written by a radiologist).
  // (The heads are rules/en/deid-eponym-heads.yaml, read by serviceAfter and eponymHeadNear.) Asked
  // last, of a word the other limits leave to the model only: most candidates stay whatever they
  // are followed by, and these two tests cost more than all the others (speed; the answer is the same).
  return bar !== Infinity && (s.serviceAfter(i) || s.eponymHeadNear(i)) ? Infinity : bar;
}

/**
 * The part of {@link markBar} after the tests of the word's own lists and shape, eponyms aside:
 * what the word's place in the note says (`w` its bare lower-case form, `f` its list mask).
 */
function wordBar(s: TokenScanner, i: number, w: string, f: number, inVocab: boolean, vocab: KeepVocabulary, profile: DeidProfile): number {
  const t = s.tokens[i]!;
  if (inVocab || (f & LEX.COMMON) !== 0) {
    // An ordinary word right before a relation word qualifies the relation ("GRAND DAUGHTER", "close
    // friend", "OLDER SISTER"): the relative's name follows the relation word, it does not precede it.
    if (beforeRelation(s, i)) return Infinity;
    // A word before a facility head names the facility ("GOLDEN MEADOWS NURSING HOME"), unless it is a generic one ("COMMUNITY HOSPITAL").
    if (!GENERIC_FACILITY.has(w) && w.length >= 3 && beforeFacilityHead(s, i)) return 0;
    const titleCase = isTitleCase(t.word);
    // Read only where the case can speak for a name: a Title-case word of a mixed-case note. In a
    // sentence written in headline case ("Mediastinal Contours Are Unremarkable") a capital says
    // nothing, so there the word also needs a name or place cue, as in a note in capitals.
    const midSentence = () =>
      s.style === 'mixed' &&
      titleCase &&
      !/(?:^|[.:!?;\n])[ \t"'(*-]*$/.test(s.text.slice(Math.max(0, t.start - 4), t.start)) &&
      (!inHeadlineSentence(s, i) || cueNear(s, i) || placeLeadBefore(s, i));
    if ((f & (LEX.AMBIGUOUS | LEX.FIRST | LEX.LAST)) === 0 || w.length < 3) {
      // An ordinary word no name list holds may still name a place or a person ("Orchard Ridge",
      // "Meadow"): written as a name mid-sentence of a mixed-case note, or beside a name or place cue
      // in a note whose case says nothing, the model decides with the wider margin SOFT_LIMITS.plainWord.
      if (w.length < 4 || SOFT_LIMITS.plainWord === Infinity || besidePlaceholder(s, i) || besideClinicalTerm(s, i)) return Infinity;
      const placed = s.style === 'mixed' ? midSentence() : cueNear(s, i) || placeLeadBefore(s, i);
      return placed ? SOFT_LIMITS.plainWord : Infinity;
    }
    // A word that is also a name ("Hope", "Will") written as a name mid-sentence of a mixed-case note: the model decides.
    if ((f & (LEX.AMBIGUOUS | LEX.FIRST)) !== 0 && midSentence()) return 0;
    // Otherwise the case says nothing (capitals, lower case; in strict also a line's first word in a
    // mixed-case note, where sentence starts make it cost precision): only beside a name cue, with a wider margin.
    if (s.style === 'mixed' && (!titleCase || profile === 'balanced')) return Infinity;
    return cueNear(s, i) ? WORD_NAME_MARGIN : s.style === 'mixed' ? Infinity : SOFT_LIMITS.uncuedWordName;
  }
  if ((f & (LEX.FIRST | LEX.LAST | LEX.PLACE)) !== 0) return 0;
  if (profile === 'balanced' && s.style === 'mixed' && loneUnlistedWord(s, i)) return SOFT_LIMITS.loneWord;
  return profile === 'balanced' && w.length >= 5 && vocab.nearMiss(w) ? Infinity : 0;
}

/**
 * The bits of {@link LEX} that {@link markBar} reads (clinical, names, places, common, title,
 * credential, shipped vocabulary) for word `w` of token `t`: the token's own mask when `w` is its
 * word and the scanner holds the shipped lexicons (the mask was made from them), else worked out
 * from the scanner's lexicons and the shared word lists.
 */
function listMask(s: TokenScanner, t: Token, w: string): number {
  if (s.lex === loadLexicons()) return w === t.lower ? t.flags : lexiconFlags(w);
  const l = s.lex;
  let f = 0;
  if (l.clinical.has(w)) f |= LEX.CLINICAL;
  if (l.ambiguousNames.has(w)) f |= LEX.AMBIGUOUS;
  if (l.firstNames.has(w)) f |= LEX.FIRST;
  if (l.lastNames.has(w)) f |= LEX.LAST;
  if (l.places.has(w)) f |= LEX.PLACE;
  if (commonWords().has(w)) f |= LEX.COMMON;
  if (TITLES.has(w)) f |= LEX.TITLE;
  if (CREDENTIALS.has(w)) f |= LEX.CREDENTIAL;
  if (shippedVocabulary().has(w)) f |= LEX.VOCAB;
  return f;
}

/**
 * Whether token `i` is a lower-case word glued by a slash to a lower-case vocabulary word of three
 * letters or more ("sero/san", "tol/ambul", "dsg c/d/i"): nurses' shorthand pairs. Dictation
 * initials ("JRS/kmw", "hr/io") pair two words no vocabulary holds, and the rule passes own them.
 */
function slashShorthand(s: TokenScanner, i: number, vocab: KeepVocabulary): boolean {
  const t = s.tokens[i]!;
  if (t.word !== t.lower) return false;
  // `o` is the neighbour, `from`-`to` the gap between the two words: exactly one slash.
  const shorthand = (o: Token | undefined, from: number, to: number) =>
    !!o && to - from === 1 && s.text.charCodeAt(from) === 47 && o.word === o.lower && o.lower.length >= 3 && (inVocabulary(vocab, o.lower, o.flags) || (o.flags & (LEX.COMMON | LEX.CLINICAL)) !== 0);
  const prev = s.tokens[i - 1];
  const next = s.tokens[i + 1];
  return shorthand(prev, prev?.end ?? 0, t.start) || shorthand(next, t.end, next?.start ?? 0);
}

// A value after a ratio's name: "Kt/V 1.42", "P/F 210", "E/A: 0.8"; no date ("jb/wb 6/13") or clock time.
const RATIO_VALUE = /^[ \t]*[:=]?[ \t]*\d+(?:\.\d+)?(?![\d/:.-])/;

/**
 * Whether token `i` is one side of a ratio measured in the note: two short groups of letters glued
 * by a slash, a number right after ("Kt/V 1.42", "P/F 210", "E/A 0.8", "A/G ratio" is the rules'
 * part). Initials pairs are followed by a date, a job number or nothing, not by a bare value.
 */
function measuredRatio(s: TokenScanner, i: number): boolean {
  const t = s.tokens[i]!;
  if (t.word.length > 3) return false;
  const pair = (a: Token | undefined, b: Token | undefined) =>
    !!a && !!b && a.word.length <= 3 && b.word.length <= 3 && b.start - a.end === 1 && s.text.charCodeAt(a.end) === 47 && RATIO_VALUE.test(s.text.slice(b.end, b.end + 12));
  return pair(t, s.tokens[i + 1]) || pair(s.tokens[i - 1], t);
}

/** Whether the layer may mark token `i` at all (a finite {@link markBar}). */
export function mayMark(s: TokenScanner, i: number, vocab: KeepVocabulary, profile: DeidProfile): boolean {
  return markBar(s, i, vocab, profile) !== Infinity;
}

/** The class a token takes: 0 (not PHI) or the index of NAME / LOCATION, and its margin over O. */
export function classify(model: LearnedModel, features: readonly string[], scores: Float64Array): { label: number; margin: number } {
  scoreFeatures(model.weights, features, scores);
  let best = 1;
  for (let c = 2; c < scores.length; c++) if (scores[c]! > scores[best]!) best = c;
  return { label: best, margin: scores[best]! - scores[0]! };
}

// The line index of the note scored last, emptied and reused by the next (see lazyLineIndex).
let spareLines: LazyLineIndex | undefined;
// The feature list and class scores of the token scored last, overwritten by the next: most notes
// score no token at all, and would otherwise allocate both for nothing (the layer is not re-entrant).
const spareFeatures: string[] = [];
let spareScores: Float64Array | undefined;

/**
 * Marks (source `learned`) every unmarked candidate token whose best PHI class beats "not PHI" by
 * more than the profile's threshold. Runs after the rule passes, so a token keeps the rule id that
 * found it first and the learned layer only adds what they missed.
 */
export function learnedNames(s: TokenScanner, model: LearnedModel, vocab: KeepVocabulary, profile: DeidProfile): void {
  if (s.tokens.length === 0) return;
  const threshold = model.thresholds[profile];
  const oneCaseThreshold = Math.min(threshold, Math.max(0, threshold + SOFT_LIMITS.oneCase));
  let lines: LazyLineIndex | undefined;
  const score = (i: number) => {
    lines ??= spareLines = lazyLineIndex(s, spareLines);
    fillLine(s, lines, i);
    tokenFeatures(s, vocab, lines, i, spareFeatures);
    return classify(model, spareFeatures, (spareScores ??= new Float64Array(LEARNED_CLASSES.length)));
  };
  const initials: number[] = [];
  for (let i = 0; i < s.tokens.length; i++) {
    const t = s.tokens[i]!;
    if (s.marked.has(i) || !isCandidate(s, t, vocab)) continue;
    // A lone letter ("Hep B", "spoke w/RN") is a name only beside a name word: decided after the pass.
    if (t.word.length === 1) {
      if (!shorthandLetter(t)) initials.push(i);
      continue;
    }
    // The cheap limits first: most candidates of a report are vocabulary words the layer may not mark, and are never scored.
    const bar = markBar(s, i, vocab, profile);
    if (bar === Infinity) continue;
    const { label, margin } = score(i);
    if (margin <= (s.style === 'mixed' ? threshold : oneCaseThreshold) + bar) continue;
    // In a mixed-case note a lower-case word is mostly prose or a typo; only a place clearly in a
    // place position ("lives in hallock") passes, with a wider margin.
    if (s.style === 'mixed' && !isCap(t.word) && margin <= threshold + bar + (LEARNED_CLASSES[label] === 'LOCATION' ? LOWER_CASE_MARGIN : SOFT_LIMITS.lowerCaseName)) continue;
    // A name only (towns are often built so: "westbrook"); asked only of a token about to be marked.
    if (s.style === 'mixed' && LEARNED_CLASSES[label] === 'NAME' && t.word === t.lower && vocabularyCompound(bareWord(t), vocab)) continue;
    // A word the place rules list as standing where a town may, yet naming none ("lives in harmony",
    // "MEDS FROM CART", "12 Oak St, rear") is no learned place either.
    if (LEARNED_CLASSES[label] === 'LOCATION' && notAPlace(bareWord(t)) && aloneAfterPlaceLead(s, i)) continue;
    s.mark(i, LEARNED_CLASSES[label] === 'LOCATION' ? 'LOCATION' : 'NAME', 'learned');
  }
  const nameAt = (k: number) => s.marked.has(k) && s.spans.some((x) => x.category === 'NAME' && x.start === s.tokens[k]!.start);
  for (const i of initials) {
    if (!sameLine(s, i - 1, i) && !sameLine(s, i, i + 1)) continue;
    if (!((sameLine(s, i - 1, i) && nameAt(i - 1)) || (sameLine(s, i, i + 1) && nameAt(i + 1)))) continue;
    if (score(i).margin > threshold) s.mark(i, 'NAME', 'learned');
  }
}

/**
 * Whether token `i` stands alone right after a place preposition or verb on its line ("lives in
 * harmony,", "MEDS FROM CART."): the phrase ends with it (punctuation, the line's end, or a
 * lower-case word of a mixed-case note after it). Inside a longer name ("Riverside Community
 * Hospital", "Tower 3") a word of those lists may be part of a place.
 */
function aloneAfterPlaceLead(s: TokenScanner, i: number): boolean {
  const prev = s.tokens[i - 1];
  if (!prev || !s.blankBetween(i - 1, i)) return false;
  const c = placeCues();
  if (!c.originPrepositions.has(prev.lower) && !c.originVerbs.has(prev.lower)) return false;
  const next = s.tokens[i + 1];
  if (!next || !s.blankBetween(i, i + 1)) return true;
  return s.style === 'mixed' && !isCap(next.word);
}

/**
 * Whether the place rules (rules/en/deid-place-cues.yaml) list a word as standing in a town's
 * position without naming one (asked of a word alone after a place preposition, {@link aloneAfterPlaceLead}): how a person lives (`originCues.notPlaces`), what follows a street's
 * comma (`addresses.notTowns`), kinds of place, dwelling and supply (`wordTowns.notTowns`).
 */
export function notAPlace(w: string): boolean {
  const c = placeCues();
  return c.residenceNotPlaces.has(w) || c.notTowns.has(w) || c.wordTownNotTowns.has(w);
}

// A token's lower-case word without a possessive "'s", as markBar reads it.
const bareWord = (t: Token) => (t.lower.endsWith("'s") ? t.lower.slice(0, -2) : t.lower);

/**
 * Whether a word is two vocabulary words written as one ("midlevels",
 * "housestaff", "nightshift"): a head of three letters or more and a tail of five or more. In a
 * mixed-case note such a word in lower case is staff shorthand or prose run together, not a name
 * the writer forgot to capitalise; most surnames built so ("newman", "redfern", "treadwell") have a shorter tail.
 */
export function vocabularyCompound(word: string, vocab: KeepVocabulary): boolean {
  if (word.length < 7 || !/^[a-z]+$/.test(word)) return false;
  for (let k = 3; k <= word.length - 5; k++) if (vocab.has(word.slice(0, k)) && vocab.has(word.slice(k))) return true;
  return false;
}

/** Whether tokens `a` and `b` (adjacent, both present) stand on one line. */
function sameLine(s: TokenScanner, a: number, b: number): boolean {
  const x = s.tokens[a];
  const y = s.tokens[b];
  return !!x && !!y && noLineFeed(s.text, x.end, y.start);
}
