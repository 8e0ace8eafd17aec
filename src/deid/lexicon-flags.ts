// Which word lists hold a word, as one bit mask (issue 11, speed). The detection passes ask the
// same questions of the same words many times ("clinical? a first name? common?"); each token
// gets its mask once, from one look-up in a memo shared by all reports, and the passes test bits.
import { loadLexicons } from './lexicons.js';
import {
  clippedWords, commonWords, CREDENTIALS, facilityPhrases, INSTITUTION_HEADS, multiWordPlaceStarts, NAME_PARTICLES, PATIENT_LEADS, PERSON_LEADS, PLACE_TAILS,
  RELATIVE_CLAUSES, SIGN_CREDENTIALS, STOP, TITLES, WEAK_TITLES,
} from './free-text/vocabulary.js';
import { placeCues } from './free-text/place-rules.js';
import { knownOrganisationNames } from './free-text/organisation-names.js';
import { nameCues } from './rules/deid-rules.js';
import { cueFirstRun } from './rules/word-alternation.js';
import { shippedVocabulary, type KeepVocabulary } from './keep-list/keep-vocabulary.js';
import { nearRelationShape } from './free-text/relation-shapes.js';
import { clinicalEnding } from './learned/clinical-morphology.js';

// The first run of letters of each person label (name-positions.ts reads the labels themselves).
const PERSON_LABEL_STARTS: ReadonlySet<string> = new Set(nameCues().cues.personLabels.words.map(cueFirstRun));

/** The bits of a word's lexicon mask. */
export const LEX = {
  /** `lexicons.clinical`: eponyms, anatomy, clinical words that must survive. */
  CLINICAL: 1 << 0,
  /** `lexicons.ambiguousNames`: names that are also words. */
  AMBIGUOUS: 1 << 1,
  FIRST: 1 << 2,
  LAST: 1 << 3,
  PLACE: 1 << 4,
  /** `commonWords()`: ordinary English and clinical vocabulary. */
  COMMON: 1 << 5,
  STOP: 1 << 6,
  CREDENTIAL: 1 << 7,
  TITLE: 1 << 8,
  /** `clippedWords()`: a clipped form of a common word ("tol", "maint"). */
  CLIPPED: 1 << 9,
  /** The shipped keep-list vocabulary holds it. */
  VOCAB: 1 << 10,
  /** One edit from a relation word ("neice", "daugher"; relation-shapes.ts), whatever the vocabulary holds. */
  NEAR_RELATION: 1 << 11,
  // The gates of the passes that look at every token: a word in none of a pass's opening lists
  // is skipped on one bit of its mask instead of a set look-up per list (shipped lists only).
  /** First word of a multi-word place of `lexicons.places` ("bel" of "bel air"; vocabulary.ts multiWordPlaceStarts). */
  PLACE_START: 1 << 12,
  /** A state name, its abbreviation, first word or code (deid-place-cues.yaml states). */
  STATE_WORD: 1 << 13,
  /** An organisation head, strong head or one-case head (deid-place-cues.yaml organisations). */
  ORG_HEAD: 1 << 14,
  /** A job word or work verb (deid-place-cues.yaml employers). */
  JOB_CUE: 1 << 15,
  /** An occupation after an employer's name (deid-place-cues.yaml employers). */
  OCCUPATION: 1 << 16,
  /** First word of an organisation cue label or phrase (deid-place-cues.yaml organisations). */
  ORG_CUE_START: 1 << 17,
  /** First word of a facility phrase of `facility-names.txt` (vocabulary.ts facilityPhrases). */
  FACILITY_START: 1 << 18,
  // Fixed cue lists of vocabulary.ts that passes test on every token: a bit instead of a set look-up.
  /** `PLACE_TAILS` ("falls", "creek", "junction"). */
  PLACE_TAIL: 1 << 19,
  /** `INSTITUTION_HEADS` ("hospital", "clinic", "memorial"). */
  INSTITUTION_HEAD: 1 << 20,
  /** `NAME_PARTICLES` ("van", "de", "al"). */
  NAME_PARTICLE: 1 << 21,
  /** `PATIENT_LEADS` (deid-name-cues.yaml patientLeads). */
  PATIENT_LEAD: 1 << 22,
  /** `RELATIVE_CLAUSES` (deid-name-cues.yaml relativeClauses). */
  RELATIVE_CLAUSE: 1 << 23,
  /** `PERSON_LEADS` (deid-name-cues.yaml personLeads). */
  PERSON_LEAD: 1 << 24,
  /** `SIGN_CREDENTIALS` (deid-name-cues.yaml signCredentials). */
  SIGN_CREDENTIAL: 1 << 25,
  /** `WEAK_TITLES`: credentials used as a title ("NP Carol"; deid-name-cues.yaml weakTitles). */
  WEAK_TITLE: 1 << 26,
  /** First word of an organisation of `organisations.txt` ("walgreens", "quest"; free-text/organisation-names.ts). */
  ORG_NAME_START: 1 << 27,
  /** First letters of a person label ("requesting", "pt", "witness"; deid-name-cues.yaml personLabels). */
  PERSON_LABEL_START: 1 << 28,
  /** Built as a drug or a clinical term ("imipramine", "hematocrit"; learned/clinical-morphology.ts): the learned layer's limits read it per candidate. */
  CLINICAL_ENDING: 1 << 29,
  // At most 1 << 29: a mask stays a small integer (31-bit Smi), never a boxed number.
} as const;

/** A word some name list holds: a first name, a last name, or a name that is also a word. */
export const NAME_LISTS = LEX.FIRST | LEX.LAST | LEX.AMBIGUOUS;

const MAX_CACHED = 200_000;
const memo = new Map<string, number>();

/** The lexicon mask of a lower-case word (memoised; bounded, dropped when full). */
export function lexiconFlags(lower: string): number {
  const hit = memo.get(lower);
  if (hit !== undefined) return hit;
  const lex = loadLexicons();
  let f = 0;
  if (lex.clinical.has(lower)) f |= LEX.CLINICAL;
  if (lex.ambiguousNames.has(lower)) f |= LEX.AMBIGUOUS;
  if (lex.firstNames.has(lower)) f |= LEX.FIRST;
  if (lex.lastNames.has(lower)) f |= LEX.LAST;
  if (lex.places.has(lower)) f |= LEX.PLACE;
  if (commonWords().has(lower)) f |= LEX.COMMON;
  if (STOP.has(lower)) f |= LEX.STOP;
  if (CREDENTIALS.has(lower)) f |= LEX.CREDENTIAL;
  if (TITLES.has(lower)) f |= LEX.TITLE;
  if (clippedWords().has(lower)) f |= LEX.CLIPPED;
  if (shippedVocabulary().has(lower)) f |= LEX.VOCAB;
  if (nearRelationShape(lower)) f |= LEX.NEAR_RELATION;
  if (multiWordPlaceStarts(lex.places).has(lower)) f |= LEX.PLACE_START;
  const cues = placeCues();
  if (cues.stateNames.has(lower) || cues.stateAbbreviations.has(lower) || cues.stateNameStarts.has(lower) || cues.stateCodes.has(lower)) f |= LEX.STATE_WORD;
  if (cues.orgHeads.has(lower) || cues.orgStrongHeads.has(lower) || cues.orgOneCaseHeads.has(lower) || cues.orgOneCaseKindHeads.has(lower) || cues.orgCompoundHeadEnds.has(lower)) f |= LEX.ORG_HEAD;
  if (cues.jobWords.has(lower) || cues.workVerbs.has(lower)) f |= LEX.JOB_CUE;
  if (cues.occupations.has(lower)) f |= LEX.OCCUPATION;
  if (cues.orgCueStarts.has(lower)) f |= LEX.ORG_CUE_START;
  if (facilityPhrases().has(lower)) f |= LEX.FACILITY_START;
  if (knownOrganisationNames().has(lower)) f |= LEX.ORG_NAME_START;
  if (PERSON_LABEL_STARTS.has(lower)) f |= LEX.PERSON_LABEL_START;
  if (PLACE_TAILS.has(lower)) f |= LEX.PLACE_TAIL;
  if (INSTITUTION_HEADS.has(lower)) f |= LEX.INSTITUTION_HEAD;
  if (NAME_PARTICLES.has(lower)) f |= LEX.NAME_PARTICLE;
  if (PATIENT_LEADS.has(lower)) f |= LEX.PATIENT_LEAD;
  if (RELATIVE_CLAUSES.has(lower)) f |= LEX.RELATIVE_CLAUSE;
  if (PERSON_LEADS.has(lower)) f |= LEX.PERSON_LEAD;
  if (SIGN_CREDENTIALS.has(lower)) f |= LEX.SIGN_CREDENTIAL;
  if (WEAK_TITLES.has(lower)) f |= LEX.WEAK_TITLE;
  if (clinicalEnding(lower) !== undefined) f |= LEX.CLINICAL_ENDING;
  if (memo.size >= MAX_CACHED) memo.clear();
  memo.set(lower, f);
  return f;
}

/**
 * Whether `vocab` holds a lower-case word. For the shipped vocabulary the word's lexicon mask
 * answers (`flags`, computed when not given: one memo look-up); a vocabulary built from training
 * folds is asked itself.
 */
export function inVocabulary(vocab: KeepVocabulary, lower: string, flags?: number): boolean {
  return vocab === shippedVocabulary() ? ((flags ?? lexiconFlags(lower)) & LEX.VOCAB) !== 0 : vocab.has(lower);
}
