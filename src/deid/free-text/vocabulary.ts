// Word lists, patterns and lazily loaded lexicons of the free-text name and place detector
// (layers 3 and 4). Pure data: nothing here depends on a scanner.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { LEXICON_DIR } from '../lexicons.js';
import { nameCues } from '../rules/deid-rules.js';
import { personSlots } from '../rules/person-slot-rules.js';
import { eponymHeadWords } from '../rules/eponym-heads.js';
import { AnchoredRegex } from '../keyword-anchors.js';
import { cueAlternation, cueFirstRun } from '../rules/word-alternation.js';
import { placeCues } from './place-rules.js';

// "C/O'ing" (complaining of) is shorthand, not an O' surname.
export const IRISH_O = /^o'(?!(?:ing|ed|er|ers|s)$)[a-z]{3,}$/;
// A header's name field at the start of a line ("Patient: …", "NAME: …", "Pt name: …").
export const NAME_FIELD_RE = /(?:^|\n|[|;]|\.[ \t])[ \t]*(?:patient(?:'s)?[ \t]+name|pt\.?[ \t]+name|name|patient|pt)[ \t]*:[ \t]*/gi;
// "Patient John Smith, 64M": a name right after the word patient.
export const PATIENT_NAME_RE = /\b(?:[Pp]atient|PATIENT|[Pp]t)[ \t]+(?=[A-Z][a-z])/g;
export const TITLES = new Set(nameCues().cues.titles.words);
// Credentials that also precede a name ("per NP Carol", "MD Spears").
// Staff roles written before a name ("SW Ruby", "per CM Bill Katsaros", "resident sunny aware").
// ("RT" and "OT" are left out: in notes they are mostly "right" and "to".)
export const WEAK_TITLES = new Set(nameCues().cues.weakTitles.words);
// Words after "PA" / "NP" that make them the pulmonary artery or nasal prongs (deid-name-cues.yaml personVocabulary.paNouns).
export const PA_NOUNS: ReadonlySet<string> = new Set(nameCues().personVocabulary.paNouns);
// Verbs after which nursing notes put the person told ("Smith aware", "Falco notified"; deid-name-cues.yaml
// personVocabulary.awarenessVerbs: plain words, so the alternation's order does not change what it matches).
const AWARENESS_VERBS: readonly string[] = nameCues().personVocabulary.awarenessVerbs;
export const AWARENESS_RE = new RegExp(`\\b(?:${cueAlternation(AWARENESS_VERBS)})\\b`, 'gi');
/** {@link AWARENESS_RE} run only at its verbs (see keyword-anchors.ts). */
export const AWARENESS_ANCHORED = new AnchoredRegex(AWARENESS_RE, [...new Set(AWARENESS_VERBS)]);
// "J SMITH ORDERED EPI", "K. Lee aware": an initial and a surname before an order / awareness verb
// (deid-name-cues.yaml personVocabulary.initialSurnameVerbs: plain words, so their order changes no match).
export const INITIAL_SURNAME_VERBS: readonly string[] = nameCues().personVocabulary.initialSurnameVerbs;
export const INITIAL_NAME_VERB_RE = new RegExp(`(?<![\\w/.&-])([A-Za-z])\\.?[ \\t]+([A-Za-z][A-Za-z'’]{2,})[ \\t]+(?:${cueAlternation(INITIAL_SURNAME_VERBS)})\\b`, 'gi');
// "Anne is family contact", "Joe is the HCP": the person named as the family's contact or proxy (personVocabulary.contactRoles,
// contactRoleOwners). The tail after the name, "is" to the role, is also the anchored guard of person-names.ts.
const CONTACT_OWNERS = cueAlternation(nameCues().personVocabulary.contactRoleOwners, '[ \\t]+');
const CONTACT_ROLE_TAIL_BODY = `is[ \\t]+(?:the[ \\t]+)?(?:(?:${CONTACT_OWNERS})[ \\t]+)?(?:${cueAlternation(nameCues().personVocabulary.contactRoles, '[ \\t]+')})\\b`;
export const CONTACT_ROLE_TAIL_SOURCE = `\\b${CONTACT_ROLE_TAIL_BODY}`;
export const CONTACT_ROLE_RE = new RegExp(`\\b([A-Z][A-Za-z'’]+)[ \\t]+${CONTACT_ROLE_TAIL_BODY}`, 'gi');
export const AWARENESS_AUX = new Set(['is', 'was', 'made', 'been']);
export const CREDENTIALS = new Set(nameCues().cues.credentials.words);
// Function words that never start a name even when a lexicon lists them ("dr will call"; deid-name-cues.yaml personVocabulary.stopWords).
export const STOP: ReadonlySet<string> = new Set(nameCues().personVocabulary.stopWords);
/** Prepositions and adverbs that carry a sentence on after a person word, never a name there (nameWords.carryOnWords). */
export const CARRY_ON_WORDS: ReadonlySet<string> = new Set(nameCues().nameWords.carryOnWords);
export const RELATIVES = nameCues().cues.relatives.words.join('|');
export const RELATIVE_WORDS = new Set(RELATIVES.split('|').flatMap((r) => [r, `${r}s`]));
/** The relation words of the name cues as listed (cues.relatives: "daughter", "wife"); {@link RELATIVE_WORDS} adds their plurals. */
export const RELATION_CUE_WORDS: ReadonlySet<string> = new Set(nameCues().cues.relatives.words);
/**
 * What a person has, keeps or is owed (deid-name-cues.yaml nameWords.possessions: "chart", "house", "wishes"): a
 * possessive name right before one is a person's ("Quennell's chart"), though the word is also an eponym head.
 */
export const POSSESSIONS: ReadonlySet<string> = new Set(nameCues().nameWords.possessions);
// Words after a name behind "social:" or a relation that let a name that is also a word count (deid-name-cues.yaml personVocabulary.socialVerbs).
export const SOCIAL_VERBS: ReadonlySet<string> = new Set(nameCues().personVocabulary.socialVerbs);
// An act with "by" leads to whoever did it ("received by Clemence", "logged by Quillane"): the actCues of
// rules/en/deid-name-cues.yaml and the actions of deid-person-slots.yaml userIds (whose own pass takes user
// ids and initials there) with "by". Weaker than the person cues: a service or a staff group does them too.
/** The act cues, lower case, one blank between words ("witnessed by"); a person cue of the same words stays a person cue. */
export const ACT_CUES: ReadonlySet<string> = new Set(
  [...nameCues().actCues, ...[...personSlots().userIds.actions, ...personSlots().userIds.handsOnActions].map((v) => `${v} by`)].filter((c) => !nameCues().personCues.includes(c)),
);
// The cues of the cue pass as one alternation, longest first (rules/en/deid-name-cues.yaml personCues).
export const PERSON_CUES: readonly string[] = [...new Set([...nameCues().personCues, ...ACT_CUES])];
export const CUES = cueAlternation(PERSON_CUES);
export const CUE_RE = new RegExp(`\\b(?:${CUES})\\b\\s*[:,]?\\s*`, 'gi');
// The first word of every cue (keyword-anchors.ts: each is followed by a blank, "/" or a word end).
const CUE_FIRST_WORDS = [...new Set(PERSON_CUES.map(cueFirstRun))];
/** {@link CUE_RE} run only where a cue's first word stands. */
export const CUE_ANCHORED = new AnchoredRegex(CUE_RE, CUE_FIRST_WORDS);
export const RELATIVE_RE = new RegExp(`\\b(?:(?:${RELATIVES})(?:'s)?\\b\\s*(?:named\\s+|is\\s+|[:,(-]\\s*)?|social\\s*[:=>-]+\\s*)`, 'gi');
/** {@link RELATIVE_RE} run only at a relation word or "social" (a relation list that is not plain words scans the whole text). */
// "sister-in-law" starts at the run "sister" (a hyphen is no letter); any other shape is passed whole and refused.
const relativeAnchor = (w: string) => (/^[a-z]+(?:-[a-z]+)*$/.test(w) ? w.split('-')[0]! : w);
export const RELATIVE_ANCHORED = new AnchoredRegex(RELATIVE_RE, [...RELATIVES.split('|').map(relativeAnchor), 'social']);
// Movement and care-setting cues after which a proper noun is a place or facility (deid-place-cues.yaml
// placeVocabulary.movementVerbs, movementAdverbs, movementPrepositions). A verb and a preposition are each
// followed by white space, so the alternations' order (longest first) cannot change a match.
const MOVEMENT_VERBS: readonly string[] = placeCues().movementVerbs;
export const PLACE_CUE_RE = new RegExp(
  `(?:\\b(?:(?:${cueAlternation(MOVEMENT_VERBS)})\\s+(?:(?:${cueAlternation(placeCues().movementAdverbs)})\\s+)?(?:(?:${cueAlternation(placeCues().movementPrepositions)})\\s+)?|(?:from|at)\\s+)|@[ \\t]*)(?:the\\s+)?`,
  'gi',
);
/** {@link PLACE_CUE_RE} run only at its movement words (their first run of letters: "d" of "d/c'd"), "from", "at" and "@". */
export const PLACE_CUE_ANCHORED = new AnchoredRegex(PLACE_CUE_RE, [...new Set([...MOVEMENT_VERBS.map(cueFirstRun), 'from', 'at'])], '@');
// "University of MD Medical Center": a state code inside a facility name (deid-place-cues.yaml states.codes
// without states.territoryCodes: the fifty states and DC).
export const STATE_CODES: ReadonlySet<string> = new Set([...placeCues().stateCodes].filter((c) => !placeCues().territoryCodes.has(c)));
// State codes that are also words or common abbreviations ("IN HOSPITAL", "the VA hospital", "PA"; deid-place-cues.yaml placeVocabulary.ambiguousStateCodes).
export const AMBIGUOUS_STATE_CODES: ReadonlySet<string> = placeCues().ambiguousStateCodes;
// State names are not Safe Harbor identifiers (only subdivisions smaller than a state are): the state
// names of one word (deid-place-cues.yaml states.names).
export const STATE_NAMES: ReadonlySet<string> = new Set([...placeCues().stateNames].filter((n) => !n.includes(' ')));
// States (with the parts of two-word state names) and countries / continents: not Safe Harbor
// identifiers, and never a person when a place preposition or "New" precedes them
// (STATE_NAMES and deid-place-cues.yaml placeVocabulary.stateOrCountryWords).
export const STATE_OR_COUNTRY: ReadonlySet<string> = new Set([...STATE_NAMES, ...placeCues().stateOrCountryWords]);
// Words before a state or country that make it a place (deid-place-cues.yaml placeVocabulary.statePrepositions).
export const PLACE_PREPOSITION: ReadonlySet<string> = placeCues().statePrepositions;
// Facility heads that need a proper name right before them (placeVocabulary.weakFacilityHeads).
export const WEAK_FACILITY_HEAD: ReadonlySet<string> = placeCues().weakFacilityHeads;
// Words before a facility head that name no facility ("outside hospital"; placeVocabulary.genericFacilities).
export const GENERIC_FACILITY: ReadonlySet<string> = placeCues().genericFacilities;
// "x3" glued to a word ("orientedx3", "percocetX2") is a count, not a unit number.
export const GLUED_WARD_RE = /([A-Za-z]{6,}[A-WYZa-wyz])\d{1,2}\b/y;
// "to Quartermain 7": a ward and its floor after a preposition, unless a unit follows the number (deid-place-cues.yaml
// placeVocabulary.wardPrepositions, wardUnitStarts, wardUnitWords). The prepositions are followed by white space and
// the units sit in a negative look-ahead, so the alternations' order cannot change a match.
const WARD_PREPOSITIONS: readonly string[] = placeCues().wardPrepositions;
export const WARD_RE = new RegExp(
  `\\b(?:${cueAlternation(WARD_PREPOSITIONS)})\\s+(?:the\\s+)?(?:\\d{1,4}\\s+)?([A-Za-z]{5,})\\s+\\d{1,2}\\b(?!\\s*(?:${cueAlternation(placeCues().wardUnitStarts)}|(?:${cueAlternation(placeCues().wardUnitWords)})\\b|%|\\/|\\.\\d))`,
  'gi',
);
/** {@link WARD_RE} run only at its prepositions. */
export const WARD_ANCHORED = new AnchoredRegex(WARD_RE, [...new Set(WARD_PREPOSITIONS)]);
// Particles inside a name ("van der Berg", "de la Cruz", "bin Talal", "al-Husayni"; deid-name-cues.yaml personVocabulary.nameParticles).
export const NAME_PARTICLES: ReadonlySet<string> = new Set(nameCues().personVocabulary.nameParticles);
// The generic words of a place name that follow its proper part ("Cedar Falls", "Mill Creek",
// "Oak Junction"): vocabulary on their own, part of the place after one (deid-place-cues.yaml placeVocabulary.placeTails).
export const PLACE_TAILS: ReadonlySet<string> = placeCues().placeTails;
// Cue words of the name passes (deid-name-cues.yaml), kept here with the other word lists so the
// lexicon mask (lexicon-flags.ts) can hold them as gates without an import cycle.
/** Words that lead to a person named right after them (personLeads; keep-list-names.ts). */
export const PERSON_LEADS: ReadonlySet<string> = new Set(nameCues().cues.personLeads.words);
/** Every credential of the three credential lists (credentials, signCredentials, signOffCredentials), in that order. */
export const LISTED_CREDENTIALS: readonly string[] = [...nameCues().cues.credentials.words, ...nameCues().cues.signCredentials.words, ...nameCues().cues.signOffCredentials.words];
/** Credentials that close a signature ("…, RRT", signCredentials): in a mixed-case note they count written in capitals. */
export const SIGN_CREDENTIALS: ReadonlySet<string> = new Set(nameCues().cues.signCredentials.words);
/** Words before a patient's name ("pt", "patient"; patientLeads; name-positions.ts). */
export const PATIENT_LEADS: ReadonlySet<string> = new Set(nameCues().cues.patientLeads.words);
/** Words after "Name, " that open a relative clause (relativeClauses; name-positions.ts). */
export const RELATIVE_CLAUSES: ReadonlySet<string> = new Set(nameCues().cues.relativeClauses.words);
// Heads of a facility's name ("… Hospital", "… Clinic"; deid-place-cues.yaml placeVocabulary.institutionHeads).
export const INSTITUTION_HEADS: ReadonlySet<string> = placeCues().institutionHeads;
// "the hospital ("QuartermainBuilding")": a proper name glued to a building word.
// The building words in Title case (deid-place-cues.yaml placeVocabulary.gluedBuildingWords; a word end after each).
const GLUED_BUILDING_WORDS = cueAlternation(placeCues().gluedBuildingWords.map((w) => w.charAt(0).toUpperCase() + w.slice(1)));
export const GLUED_BUILDING_RE = new RegExp(`\\b[A-Z][a-z]{3,}(?:${GLUED_BUILDING_WORDS})\\b`, 'g');
/** A building word of {@link GLUED_BUILDING_RE} as it spells it: a text without one holds no match. */
export const GLUED_BUILDING_WORD_RE = new RegExp(GLUED_BUILDING_WORDS);
// "Plan: QUARTERMAIN 2 when bed available": a ward and floor as the disposition of a plan.
export const PLAN_WARD_RE = /\b(?:plan|dispo(?:sition)?)[ \t]*[:=-][ \t]*(?:(?:transfer|tx)[ \t]+)?(?:to[ \t]+)?([A-Za-z]{5,})[ \t]+\d{1,2}\b(?=[ \t]*(?:$|[.,;]|when|this|today|tomorrow|once|if|after|pending|asap|am\b|in[ \t]+am|bed))/gim;
// "he works for vista health", "employed by Acme": the employer, an organisation near the patient.
// (deid-place-cues.yaml placeVocabulary.employerVerbs and employerPrepositions; a blank after each, so order cannot change a match.)
export const EMPLOYER_RE = new RegExp(
  `\\b(?:${cueAlternation(placeCues().employerVerbs, '[ \\t]+')})[ \\t]+(?:${cueAlternation(placeCues().employerPrepositions, '[ \\t]+')})[ \\t]+(?:the[ \\t]+)?`,
  'gi',
);
/** {@link EMPLOYER_RE} run only at its verbs. */
export const EMPLOYER_ANCHORED = new AnchoredRegex(EMPLOYER_RE, [...new Set(placeCues().employerVerbs)]);
// "his business Genentech": a named business of the patient or family.
// (deid-place-cues.yaml placeVocabulary.businessOwners and businessNouns; the nouns longest first, as no word end follows them.)
export const BUSINESS_RE = new RegExp(
  `\\b(?:${cueAlternation(placeCues().businessOwners, '[ \\t]+')})[ \\t]+(?:${cueAlternation(placeCues().businessNouns, '[ \\t]+')})[ \\t]*[,:-]?[ \\t]*`,
  'gi',
);
/** {@link BUSINESS_RE} run only at its possessives. */
export const BUSINESS_ANCHORED = new AnchoredRegex(BUSINESS_RE, [...new Set(placeCues().businessOwners)]);
export const INSTITUTION_HEAD = { test: (w: string) => INSTITUTION_HEADS.has(w) };
// After a movement cue, an all-capitals word is a facility only when shaped like a hospital short
// name (…H, …MC, …HC, …MH); ward and device abbreviations ("to CRSU", "from ET tube") are not.
export const HOSPITAL_ABBREV_RE = /^[A-Z]{1,4}(?:H|MC|HC)$/;
// Hospital short names end in H (hospital) or MC (medical center): "to GH cath lab", "at UMMC".
export const HOSPITAL_ACRONYM_RE = /^[A-Za-z]{1,3}(?:h|mc)$/i;
export const ACRONYM_CUE_RE = /(?:\b(?:to|at|in|into|from)[ \t]+(?:the[ \t]+)?|->[ \t]*|@[ \t]*)$/i;

let basic: Set<string> | undefined;
let clipped: WordTest | undefined;
/**
 * The ordinary vocabulary, lower case (loaded once): the common English words of
 * `common-words.txt` and the clinical words of `clinical-vocabulary.txt` (rules, ontologies and
 * Open-i report text: "anteriorly", "bibasilar", "cavoatrial" are no places).
 */
export function commonWords(): Set<string> {
  if (basic) return basic;
  basic = new Set(readFileSync(path.join(LEXICON_DIR, 'common-words.txt'), 'utf8').split('\n').filter(Boolean));
  for (const w of readFileSync(path.join(LEXICON_DIR, 'clinical-vocabulary.txt'), 'utf8').split('\n')) if (w) basic.add(w);
  return basic;
}
/** A membership test over words (a `Set`, or a computed test such as {@link clippedWords}). */
export interface WordTest {
  has(word: string): boolean;
}

/**
 * Proper prefixes (≥ 3 letters, ≥ 2 letters short of the word) of common words: clipped forms.
 * Answered by binary search over the sorted vocabulary instead of a set of every prefix: that set
 * held some 200,000 strings and was a tenth of a rules run's start-up.
 */
export function clippedWords(): WordTest {
  if (clipped) return clipped;
  const sorted = [...commonWords()].sort();
  clipped = {
    has(x: string): boolean {
      if (x.length < 3) return false;
      let lo = 0;
      let hi = sorted.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (sorted[mid]! < x) lo = mid + 1;
        else hi = mid;
      }
      // Words starting with x are contiguous from here; only x itself and x + one letter are too short.
      for (let i = lo; i < sorted.length && sorted[i]!.startsWith(x); i++) if (sorted[i]!.length >= x.length + 2) return true;
      return false;
    },
  };
  return clipped;
}

let rawPlaces: Set<string> | undefined;
/** Every town of `us-places.txt`, eponyms included ("hampton"): the places lexicon drops clinical words. */
export function allPlaces(): Set<string> {
  rawPlaces ??= new Set(readFileSync(path.join(LEXICON_DIR, 'us-places.txt'), 'utf8').split('\n').filter(Boolean));
  return rawPlaces;
}

let facilityStarts: Map<string, string[][]> | undefined;
/** Facility and region phrases of `facility-names.txt`, by first word ("sacred" → [["sacred", "heart"]]). */
export function facilityPhrases(): Map<string, string[][]> {
  if (facilityStarts) return facilityStarts;
  facilityStarts = new Map();
  for (const line of readFileSync(path.join(LEXICON_DIR, 'facility-names.txt'), 'utf8').split('\n')) {
    const words = line.trim().toLowerCase().split(/\s+/).filter(Boolean);
    if (words.length === 0 || words[0]!.startsWith('#')) continue;
    const list = facilityStarts.get(words[0]!) ?? [];
    list.push(words);
    facilityStarts.set(words[0]!, list);
  }
  return facilityStarts;
}
// "in the Edgemere area", "Harford County": a proper noun before an area word is a place (deid-place-cues.yaml
// placeVocabulary.areaPrepositions and areaWords, written in lower case; countyWords, written in Title case).
// Case-sensitive; a word end or a blank after each word, so the alternations' order cannot change a match.
const AREA_WORDS: readonly string[] = placeCues().areaWords;
const COUNTY_WORDS: readonly string[] = placeCues().countyWords.map((w) => w.charAt(0).toUpperCase() + w.slice(1));
export const AREA_RE = new RegExp(
  `\\b(?:(?:${cueAlternation(placeCues().areaPrepositions, '[ \\t]+')})[ \\t]+(?:the[ \\t]+)?([A-Z][a-z]{3,})[ \\t]+(?:${cueAlternation(AREA_WORDS, '[ \\t]+')})|([A-Z][a-z]{2,})[ \\t]+(?:${cueAlternation(COUNTY_WORDS, '[ \\t]+')}))\\b`,
  'g',
);
/** Every area word of {@link AREA_RE} as that regex spells it: a text without one holds no match. */
export const AREA_WORD_RE = new RegExp(cueAlternation([...AREA_WORDS, ...COUNTY_WORDS], '[ \\t]+'));

let placeStarts: Set<string> | undefined;
/** First words of the multi-word places ("bel" of "bel air"): most tokens are rejected by one lookup. */
export function multiWordPlaceStarts(places: Set<string>): Set<string> {
  if (placeStarts) return placeStarts;
  placeStarts = new Set();
  for (const p of places) {
    const sp = p.indexOf(' ');
    if (sp > 0) placeStarts.add(p.slice(0, sp));
  }
  return placeStarts;
}

// Word endings of verbs, adverbs and clinical terms ("extubated", "sedation", "ischemia"): an unknown
// word shaped like this is a misspelt word, not a name or a place.
export const WORD_SHAPED =
  /(?:ed|tion|sion|ness|ment|itis|osis|emia|ectomy|otomy|ostomy|scopy|graphy|gram|ology|ologist|ical|ous|able|ize|phasia|plegia|paresis|algia|opathy|trophy|rrhea|megaly|penia|cytosis|azine|olol|pril|sartan|statin|mycin|cillin|oxacin|azole|dipine|amide|parin|zepam|caine)$/;
// Words after a candidate that make it a team, service or device, not a person ("spoke to MED TEAM",
// "anderson tubes", "Jones fracture", "Murphy's sign"): the staff and team words of deid-name-cues.yaml
// personVocabulary.serviceWordsAfter, and every eponym head of rules/en/deid-eponym-heads.yaml (the one
// list of eponym heads; eponym-heads.ts).
export const SERVICE_OR_DEVICE_AFTER: ReadonlySet<string> = new Set([...nameCues().personVocabulary.serviceWordsAfter, ...eponymHeadWords()]);
// The result a sign or test is written with right after its eponym ("Spurling neg", "Hawkins +",
// "Phalen's (+)", "Finkelstein negative"): a person's name is never graded so.
export const EXAM_RESULT_MARK = /^[ \t]*(?:(?:neg|negative|pos|positive)\b|\([ \t]*[+-][ \t]*\)|\+(?=[ \t]*(?:$|[\n,;.|)]|[ \t][A-Za-z])))/i;
