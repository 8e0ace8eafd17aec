import type { PhiSpan } from './phi-span.js';
import { loadLexicons } from './lexicons.js';
import { LEX, lexiconFlags, NAME_LISTS } from './lexicon-flags.js';
import { isAsciiLower as isLower, isAsciiUpper as isUpper } from '../util/ascii-chars.js';
import { StartIndex, styleOf, tokenStream, type Token, type TokenStream } from './token-stream.js';
import * as tokenScanner from './free-text/token-scanner.js';
import * as vocabulary from './free-text/vocabulary.js';
import {
  copyListInitials, credentials, dictationInitials, extend, headerNames, namesAfterCues, namesAfterRelatives, namesBeforeAndTitle, namesBeforeAwareness, subjectLineNames, titleCasePairs,
  titlesAndLexiconNames,
} from './free-text/person-names.js';
import { keepListNames, type DeidProfile } from './keep-list/keep-list-names.js';
import { nameListItems } from './free-text/name-positions.js';
import { dottedInitialsNames } from './free-text/dotted-initials.js';
import { initialsAfterLeads, pagerLines, signatureMarks, signOffLines } from './free-text/sign-off-lines.js';
import { shippedVocabulary, type KeepVocabulary } from './keep-list/keep-vocabulary.js';
import { learnedNames } from './learned/learned-names.js';
import { shippedModel, type LearnedModel } from './learned/model-file.js';
import { entryInitials } from './free-text/entry-initials.js';
import { PLACE_INITIALS_SOURCES, slashInitials, staffInitials } from './free-text/staff-initials.js';
import { closingInitials } from './free-text/closing-initials.js';
import { noteEndInitials } from './free-text/note-end-initials.js';
import { dashInitials } from './free-text/dash-initials.js';
import { serviceConsultants } from './free-text/service-consultants.js';
import { selfIntroductions, threadHeaders } from './free-text/message-writers.js';
import { rowNamePairs } from './free-text/row-name-pairs.js';
import { contactTables } from './free-text/contact-tables.js';
import { personColumns } from './free-text/person-columns.js';
import { ageSexBrackets } from './free-text/age-sex-brackets.js';
import { dashSignPairs } from './free-text/dash-sign-pairs.js';
import { copyListItems } from './free-text/copy-list-items.js';
import { agedNameLines } from './free-text/aged-name-lines.js';
import { identifiedPairs } from './free-text/identified-pairs.js';
import { numberContacts } from './free-text/number-contacts.js';
import { givenInitialNames } from './free-text/given-initial-names.js';
import { teamLines } from './free-text/team-lines.js';
import { reLines } from './free-text/re-lines.js';
import { callSubjects } from './free-text/call-subjects.js';
import { handoverNames } from './free-text/handover-names.js';
import { transportCarriers } from './free-text/transport-carriers.js';
import { stampInitials } from './free-text/stamp-initials.js';
import { logStampInitials } from './free-text/log-stamp-initials.js';
import { callBackNames } from './free-text/call-back-names.js';
import { deskContactNames, FRAME_ONLY_SOURCES } from './free-text/desk-contact-names.js';
import { handoffArrowNames } from './free-text/handoff-arrow-names.js';
import { clergyNames } from './free-text/clergy-names.js';
import { subjectInitials } from './free-text/subject-initials.js';
import { familyAware } from './free-text/family-aware.js';
import { patientInitials } from './free-text/patient-initials.js';
import { monthNamesAfterRelations, relationNames } from './free-text/relation-names.js';
import { roleNames } from './free-text/role-names.js';
import { userIds } from './free-text/user-ids.js';
import { gluedNamePairs } from './free-text/glued-name-pairs.js';
import { headerPairHalves } from './free-text/header-pair-halves.js';
import { commaNamePairs, pairMiddleInitials } from './free-text/comma-name-pairs.js';
import { slashSignInitials } from './free-text/slash-sign-initials.js';
import { teamListInitials } from './free-text/team-list-initials.js';
import { townStateCodes } from './free-text/town-state-codes.js';
import { countryPlaces } from './free-text/country-places.js';
import { stateZipTowns } from './free-text/state-zip-towns.js';
import { foreignRelations } from './free-text/foreign-relations.js';
import { handoffInitials } from './free-text/handoff-initials.js';
import { nearbyPlaces } from './free-text/nearby-places.js';
import { hyphenPlaces } from './free-text/hyphen-places.js';
import { practiceNames } from './free-text/practice-names.js';
import { militaryPlaces } from './free-text/military-places.js';
import { initialsOfNames } from './free-text/name-initials.js';
import { claimCredentialCompounds } from './free-text/credential-compounds.js';
import { traineeTags } from './free-text/trainee-tags.js';
import { knownOrganisations } from './free-text/known-organisations.js';
import { deviceMakers } from './free-text/device-makers.js';
import { facilityAcronyms } from './free-text/facility-acronyms.js';
import { acronymWards } from './free-text/acronym-wards.js';
import { facilityAffiliations } from './free-text/facility-affiliations.js';
import { phraseRepeats } from './free-text/phrase-repeats.js';
import { townRepeats } from './free-text/town-repeats.js';
import { townsAfterStreets } from './free-text/address-towns.js';
import { homeBracketTowns, wordTowns } from './free-text/word-towns.js';
import { travelTowns } from './free-text/travel-towns.js';
import { capitalWordTowns } from './free-text/capital-word-towns.js';
import { addressZips } from './free-text/address-zips.js';
import { townsInFacilityBrackets } from './free-text/facility-bracket-towns.js';
import { facilityCampusTowns } from './free-text/facility-campus-towns.js';
import { letterheadTowns } from './free-text/letterhead-towns.js';
import { knownAcronymHospitals } from './free-text/known-acronym-hospitals.js';
import { ampersandPractices } from './free-text/ampersand-practices.js';
import { copyListOrganisations } from './free-text/copy-list-organisations.js';
import { consultBrackets } from './free-text/consult-brackets.js';
import { clinicBrackets } from './free-text/clinic-brackets.js';
import { visitLocations } from './free-text/visit-locations.js';
import { oneCaseCompoundOrganisations } from './free-text/one-case-compound-orgs.js';
import { residenceBrackets } from './free-text/residence-brackets.js';
import { headerFields, nicknamesAfterMoves, acronymsAfterMoves, employersBeforeOccupations, acronymsAfterPersons, letterheads, organisations, organisationsAfterCues, originPlaces, routeAddresses, states, streetAddresses, streetsAfterLeads, townsAfterPlaces, zipsAfterTowns } from './free-text/place-shapes.js';
import { employers, facilities, hospitalAcronyms, institutions, placeParts, places, placesAfterCues, placesAfterFacilities, wards } from './free-text/places.js';
import { saintPlaces, tailedPlaces } from './free-text/place-heads-tails.js';
import { nameParticles } from './free-text/name-particles.js';
import { employersAfterJobWords } from './free-text/employer-cues.js';
import { careFacilities, residenceNames } from './free-text/care-facilities.js';
import { datedStudyPlaces, outsideStudyPlaces } from './free-text/outside-studies.js';
import { onlyInertHeadings } from './free-text/inert-headings.js';
import { isLineTerminator, lineEndFinder } from './free-text/line-ends.js';

// The detector is split by what each part holds: free-text/vocabulary.ts (word lists, patterns,
// lexicon loaders), free-text/token-scanner.ts (tokens, marks, shared predicates),
// free-text/person-names.ts and free-text/places.ts (the passes). This file keeps the pass order.

// Bound once at load, as in the pass files: under tsx's CommonJS output an imported name is a getter call.
const { isCap, TokenScanner } = tokenScanner;
const { clippedWords, commonWords, STOP } = vocabulary;
type TokenScanner = tokenScanner.TokenScanner;

/**
 * Document-level consistency: a word found as a name or place once (by title, cue or lexicon) is
 * the same identifier wherever else it occurs in the report.
 */
const PLAIN = LEX.COMMON | LEX.CLINICAL | LEX.STOP;

/**
 * Whether `w`, the lower-cased text of a span from `start`, is a common, clinical or function
 * word. Most spans are one marked token, written as the token has it: its lexicon mask answers.
 * The others (an address, a ZIP code, an accented name) are asked of the three lists directly:
 * each is a new string, and a look-up of its whole mask would compute and memoise a mask for it.
 */
function plainSpan(s: TokenScanner, start: number, w: string, shipped: boolean): boolean {
  if (shipped) {
    const k = s.byStart.get(start);
    const t = k === undefined ? undefined : s.tokens[k];
    if (t !== undefined && t.lower === w) return (t.flags & PLAIN) !== 0;
  }
  return s.common.has(w) || s.lex.clinical.has(w) || STOP.has(w);
}

/**
 * The first letters and lengths of a few words (the names found in a note): a necessary test before
 * a look-up of a token's word among them, an array read instead of a hash look-up for the many
 * tokens that share no first letter and length with any (a bit per length up to 31, longer lengths
 * sharing bit 31, per first character code modulo 128).
 */
class WordSieve {
  private readonly bits: number[] = new Array<number>(128).fill(0);
  add(w: string): void {
    this.bits[w.charCodeAt(0) & 127]! |= 1 << Math.min(w.length, 31);
  }
  /** Whether `w`, or `w` without a final "'s", may be one of the words added. */
  mayHoldWordOrStem(w: string): boolean {
    const b = this.bits[w.charCodeAt(0) & 127]!;
    if (b === 0) return false;
    const n = w.length;
    if ((b & (1 << Math.min(n, 31))) !== 0) return true;
    return n > 2 && w.charCodeAt(n - 1) === 115 && w.charCodeAt(n - 2) === 39 && (b & (1 << Math.min(n - 2, 31))) !== 0;
  }
}

/**
 * The lower-cased text of a span. In an ASCII note a span that is one token is that token's
 * `lower` (the memoised string of the token stream): no copy is cut out and lower-cased for it.
 */
function spanWord(s: TokenScanner, span: PhiSpan): string {
  if (s.ascii) {
    const k = s.byStart.get(span.start);
    if (k !== undefined && s.tokens[k]!.end === span.end) return s.tokens[k]!.lower;
  }
  return s.text.slice(span.start, span.end).toLowerCase();
}

/** Whether `text[start, end)` holds a blank (U+0020). */
function hasBlank(text: string, start: number, end: number): boolean {
  const k = text.indexOf(' ', start);
  return k >= 0 && k < end;
}

function propagate(s: TokenScanner): void {
  const found = new Map<string, 'NAME' | 'LOCATION' | 'INSTITUTION'>();
  // Names that are also common words ("Ivy", "Frank", "Page"), found in a mixed-case note: they
  // spread only where case still tells a name, capitalised in the middle of a sentence.
  const wordNames = new Set<string>();
  const shipped = s.common === commonWords() && s.lex === loadLexicons();
  for (const span of s.spans) {
    // Initials found by their place alone ("--AB  (EH RN)") name no one elsewhere ("HCV Ab drawn"); nor does a word a
    // desk's or service's frame alone made a name ("CARDS Day PAGED" is no name in "OGT, DAY 5").
    if (span.category === 'INSTITUTION' || PLACE_INITIALS_SOURCES.has(span.source) || FRAME_ONLY_SOURCES.has(span.source)) continue;
    // A span holding a blank ("507 Wexford Road") is no token's word nor a token before its "'s"
    // (a token holds no blank): as a key of `found` no token would find it, and it is no one token
    // (the test of `wordNames` below). Skipped before its word is cut out and asked of the lists.
    if (hasBlank(s.text, span.start, span.end)) continue;
    const w = spanWord(s, span);
    if (w.length < 2) continue;
    // Common, clinical and function words never spread.
    if (plainSpan(s, span.start, w, shipped)) {
      // A word a name's shape alone made the other half of a name ("Corwin D. Gay") stays there:
      // the same word elsewhere is the word ("GAY").
      if (span.category === 'NAME' && s.style === 'mixed' && w.length >= 3 && span.source !== 'name-half') {
        const k = s.byStart.get(span.start);
        const t = k === undefined ? undefined : s.tokens[k];
        if (t !== undefined && t.end === span.end && (t.flags & (LEX.CLINICAL | LEX.STOP)) === 0 && (t.flags & NAME_LISTS) !== 0) wordNames.add(w);
      }
      continue;
    }
    if (span.category === 'NAME' || span.category === 'LOCATION') found.set(w, span.category);
  }
  if (found.size === 0 && wordNames.size === 0) return speakerNames(s);
  const sieve = new WordSieve();
  for (const w of found.keys()) sieve.add(w);
  for (const w of wordNames) sieve.add(w);
  for (let i = 0; i < s.tokens.length; i++) {
    // A marked token keeps its mark (mark() would refuse it): no look-up for it.
    if (s.marked.has(i)) continue;
    const t = s.tokens[i]!;
    // Nor does a word of another first letter or length than every word found, itself or before its "'s".
    if (!sieve.mayHoldWordOrStem(t.lower)) continue;
    // "Mamadou's cell": a possessive token carries the name found elsewhere in the note (a token's
    // lower form has straight apostrophes only, as speakerNames reads it).
    const c = found.get(t.lower) ?? (t.lower.endsWith("'s") ? found.get(t.lower.slice(0, -2)) : undefined);
    if (c && (s.style !== 'mixed' || isCap(t.word))) s.mark(i, c, 'propagate');
    else if (wordNames.has(t.lower) && isCap(t.word) && midSentence(s, i)) s.mark(i, 'NAME', 'propagate');
  }
  speakerNames(s);
}


// A determiner makes the next word a noun ("Keep the Faith", "a Rusty nail"): no name after one.
const DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'any', 'some', 'no', 'every', 'each']);

/** Whether token `i` stands inside a sentence, not after a determiner: a word, a number or a comma before it on its line. */
function midSentence(s: TokenScanner, i: number): boolean {
  let k = s.tokens[i]!.start - 1;
  while (k >= 0 && (s.text[k] === ' ' || s.text[k] === '\t')) k--;
  if (k < 0 || !/[A-Za-z0-9,]/.test(s.text[k]!)) return false;
  const prev = s.tokens[i - 1];
  return !(prev && prev.end === k + 1 && DETERMINERS.has(prev.lower));
}

// Where a person's name stands as the speaker or subject: before a colon, a possessive, or a verb
// of what a patient says, does or is ("Frank: fever gone", "Joy has tried", "Faith reports").
const SUBJECT_AFTER_RE = /^(?:['’]s\b|[ \t]*:[ \t]*(?!\d)|[ \t]+(?:is|was|reports|reported|states|stated|says|said|has|had|denies|denied|notes|noted|presents|presented|returns|returned|feels|felt|would|wants|wanted|asks|asked|agrees|agreed|understands|tolerated|continues|lives|works|came|comes|noticed|passed|looks|looked|appears|appeared|arrived|remains|needs|and[ \t]+(?:i|her|his|she|he)\b)\b)/i;

/**
 * A name of the note that is also a word ("Frank", "Joy", "Faith") spreads only to where it stands
 * as a speaker or subject, capitalised (in a lower-case note, as written): "Frank discussion about
 * alcohol" keeps its word.
 */
function speakerNames(s: TokenScanner): void {
  const named = new Set<string>();
  const speaker = (w: string, f: number) => {
    if ((f & NAME_LISTS) !== 0 && (f & (LEX.CLINICAL | LEX.STOP | LEX.TITLE | LEX.CREDENTIAL)) === 0 && (f & LEX.COMMON) !== 0) named.add(w);
  };
  for (const span of s.spans) {
    if (span.category !== 'NAME' || span.source === 'propagate') continue;
    const text = spanWord(s, span);
    // A span that is one token as the token has it splits into that word alone (a token holds no
    // blank, comma or dot): its mask is the token's.
    const k = s.byStart.get(span.start);
    const t = k === undefined ? undefined : s.tokens[k];
    if (t !== undefined && t.lower === text) speaker(text, t.flags);
    else for (const w of text.split(/[ \t,.]+/)) speaker(w, lexiconFlags(w));
  }
  if (named.size === 0) return;
  const sieve = new WordSieve();
  for (const w of named) sieve.add(w);
  for (let i = 0; i < s.tokens.length; i++) {
    const t = s.tokens[i]!;
    // In a lower-case note no name is capitalised: the subject position alone decides there.
    if (s.marked.has(i) || (s.style !== 'lower' && !isCap(t.word)) || !sieve.mayHoldWordOrStem(t.lower)) continue;
    // A possessive may be part of the token ("Dawn's"; a token's lower form has straight apostrophes only).
    const stem = t.lower.endsWith("'s") ? t.lower.slice(0, -2) : t.lower;
    if (!named.has(stem)) continue;
    const after = s.text.slice(t.end, t.end + 24);
    // In a lower-case note a word before a colon is as often a label ("student: s. khoury"): a verb or a possessive only there.
    if (stem !== t.lower || (SUBJECT_AFTER_RE.test(after) && !(s.style === 'lower' && /^[ \t]*:/.test(after)))) s.mark(i, 'NAME', 'speaker');
  }
}

/**
 * A runner of the passes a report runs more than once (speed): a pass is run again only when a span
 * was added or a token claimed since its last run started. Spans and claims only grow, so their
 * counts unchanged mean the pass would read the spans, marks and claims it read then, decide as it
 * did, and add nothing (what it added then would have changed the counts). Most late repeats of
 * the place passes and of the spread of names find a report as their first run left it.
 */
function repeatGuard(s: TokenScanner): (name: string, pass: () => void) => void {
  const last = new Map<string, { spans: number; claimed: number }>();
  return (name, pass) => {
    const was = last.get(name);
    if (was !== undefined && was.spans === s.spans.length && was.claimed === s.claimed.size) return;
    last.set(name, { spans: s.spans.length, claimed: s.claimed.size });
    pass();
  };
}

/** Runs every pass over one report in this order: a token keeps the first mark it gets, so the order decides. */
function run(s: TokenScanner, opts: FreeTextOptions): PhiSpan[] {
  const again = repeatGuard(s);
  // Facilities first: "Calvert Hospital" is one institution, not a surname plus a hospital.
  const vocab = opts.vocabulary ?? shippedVocabulary();
  const profile = opts.profile ?? 'balanced';
  institutions(s);
  facilities(s);
  // A hyphen-joined place name whole, before the passes that read its parts alone ("from Castleton-on-Hudson").
  hyphenPlaces(s);
  // Addresses and organisation names before the name passes: "Harbor View Dr, Marlow Creek" is no title and name.
  streetAddresses(s);
  routeAddresses(s);
  visitLocations(s);
  streetsAfterLeads(s);
  again('townsAfterStreets', () => townsAfterStreets(s));
  organisations(s, vocab);
  practiceNames(s, vocab);
  militaryPlaces(s);
  organisationsAfterCues(s);
  oneCaseCompoundOrganisations(s);
  careFacilities(s);
  ampersandPractices(s);
  residenceNames(s);
  employersBeforeOccupations(s, vocab);
  employersAfterJobWords(s);
  knownOrganisations(s);
  transportCarriers(s);
  deviceMakers(s, vocab);
  again('townsAfterPlaces', () => townsAfterPlaces(s, vocab));
  claimCredentialCompounds(s);
  titlesAndLexiconNames(s);
  namesAfterCues(s);
  namesAfterRelatives(s);
  headerNames(s);
  titleCasePairs(s);
  dictationInitials(s);
  stampInitials(s);
  logStampInitials(s);
  subjectInitials(s);
  copyListInitials(s);
  copyListItems(s, vocab);
  subjectLineNames(s);
  credentials(s);
  signatureMarks(s);
  traineeTags(s);
  pagerLines(s);
  signOffLines(s, vocab);
  initialsAfterLeads(s, vocab);
  dottedInitialsNames(s);
  entryInitials(s, vocab);
  closingInitials(s);
  noteEndInitials(s);
  dashInitials(s, vocab);
  dashSignPairs(s);
  // After the initials passes above, so the groups they find keep their rule ids.
  staffInitials(s, vocab);
  handoffInitials(s, vocab);
  userIds(s, vocab);
  gluedNamePairs(s, vocab);
  // After the cue passes, so a member they found keeps their rule id.
  teamLines(s);
  reLines(s);
  callSubjects(s);
  callBackNames(s);
  deskContactNames(s);
  handoffArrowNames(s);
  clergyNames(s);
  handoverNames(s);
  familyAware(s);
  patientInitials(s);
  relationNames(s);
  foreignRelations(s);
  roleNames(s);
  serviceConsultants(s);
  threadHeaders(s);
  selfIntroductions(s);
  rowNamePairs(s);
  contactTables(s, vocab);
  personColumns(s, vocab);
  namesBeforeAwareness(s);
  namesBeforeAndTitle(s);
  agedNameLines(s, vocab);
  identifiedPairs(s, vocab);
  numberContacts(s, vocab);
  givenInitialNames(s, vocab);
  ageSexBrackets(s, vocab);
  // After the cue and lexicon passes, so their rule ids stay on the spans they find; before the
  // growth of names, so a keep-list name grows to its neighbours like any other.
  // Places by cue and shape before the keep-list, which would take "Drummelby" or "Nebraska" for a name.
  originPlaces(s, vocab);
  wordTowns(s);
  travelTowns(s);
  capitalWordTowns(s);
  homeBracketTowns(s);
  residenceBrackets(s);
  outsideStudyPlaces(s);
  datedStudyPlaces(s);
  again('states', () => states(s, profile));
  keepListNames(s, vocab, profile);
  extend(s, vocab);
  nameListItems(s, vocab, profile);
  // After the name passes: a group after a slash signs when a name they found stands before it.
  slashInitials(s, vocab);
  // After the name slots, so a month-name they read after a relation keeps their rule id.
  monthNamesAfterRelations(s);
  places(s);
  placesAfterCues(s, vocab, profile);
  nearbyPlaces(s, vocab);
  tailedPlaces(s, vocab);
  saintPlaces(s, vocab);
  wards(s);
  hospitalAcronyms(s);
  acronymsAfterMoves(s, vocab);
  acronymWards(s, vocab);
  knownAcronymHospitals(s);
  nicknamesAfterMoves(s);
  placesAfterFacilities(s);
  employers(s);
  acronymsAfterPersons(s);
  facilityAffiliations(s, vocab);
  // After the facility and acronym passes, so the facility before the bracket is found.
  townsInFacilityBrackets(s);
  copyListOrganisations(s);
  consultBrackets(s);
  clinicBrackets(s);
  headerFields(s, vocab);
  letterheads(s);
  again('townsAfterStreets', () => townsAfterStreets(s));
  addressZips(s);
  again('townsAfterPlaces', () => townsAfterPlaces(s, vocab));
  again('states', () => states(s, profile));
  again('placeParts', () => placeParts(s));
  facilityAcronyms(s);
  // After the acronym a bracket defines, which may stand for the facility before the campus's town.
  facilityCampusTowns(s);
  letterheadTowns(s);
  townRepeats(s);
  phraseRepeats(s);
  again('propagate', () => propagate(s));
  // Last: the learned layer only adds what every rule missed, so the rule ids stay on what they found.
  if (opts.model !== null) {
    const beforeModel = s.marked.size;
    learnedNames(s, opts.model ?? shippedModel(), vocab, profile);
    // The names the model found grow to their other halves as the rules' names did ("Pearl Pellingham").
    if (s.marked.size > beforeModel) extend(s, vocab, beforeModel);
    // A name or place the model found is the same person or place where the note repeats it ("Quarry
    // Hill" in the history and again in the plan): the words it added spread as the rules' words did.
    again('propagate', () => propagate(s));
    // The places the learned layer adds grow to their generic words like the rules' places, and
    // close with the state after their comma ("visit family in Quarry Hill, MA").
    again('placeParts', () => placeParts(s));
    again('states', () => states(s, profile));
  }
  // Countries of a stay or journey, and the town before a country's comma, after every other place
  // pass and the model, so a town any of them found opens its country ("Zomba, Malawi").
  countryPlaces(s);
  // The town of a "Town, ST 12345" part that opens its field, whatever word it is named for ("Town/St: Bounty, MO 41177").
  stateZipTowns(s);
  // The state after the comma of a town found by any rule or the model ("a child in Ember Point, OK;").
  townStateCodes(s);
  // The particles before every name found, by rule or model ("von okafor"), and names after a run of them.
  nameParticles(s, vocab);
  // The other half of a header name pair one half of which a rule or the model found ("Stone, Chloe  DOB").
  headerPairHalves(s);
  // The other half of a "Last, First" pair set off anywhere in the note ("ZIELINSKI,ROSE (teacher)").
  commaNamePairs(s);
  // The middle initial after a "Last, First" pair both halves of which are found ("BEAUMONT,BEATRIX A  Study ID").
  pairMiddleInitials(s);
  // The initials joined by a slash to a name found on its sign line ("-- Gisela Lindahl, rn / KT").
  slashSignInitials(s);
  // The initials in a "Team:" comma list two items of which are found names ("Team: Gisela Lindahl, Yamashita, kdr.").
  teamListInitials(s);
  // The ZIP codes after the towns found, by rule or model.
  zipsAfterTowns(s);
  // Last of all: the initials of every name found, by rule or model.
  initialsOfNames(s);
  return s.spans;
}

/** Whether a lowercase word is ordinary vocabulary (common English, clinical, function word). */
export function isPlainWord(w: string): boolean {
  const lex = loadLexicons();
  return commonWords().has(w) || lex.clinical.has(w) || STOP.has(w) || lex.ambiguousNames.has(w) || clippedWords().has(w);
}

/** Options of the free-text layers: the keep-list vocabulary (the shipped one by default) and the profile. */
export interface FreeTextOptions {
  vocabulary?: KeepVocabulary;
  profile?: DeidProfile;
  /** The report's shared token stream (see token-stream.ts); made here when absent or of another text. */
  stream?: TokenStream;
  /** The learned layer's model: the shipped one by default, `null` to run the rules alone. */
  model?: LearnedModel | null;
}

/** Layers 3 and 4: names, institutions and places in free text, by title, cue, credential, lexicon and keep-list. */
export function detectFreeTextNames(text: string, opts: FreeTextOptions = {}): PhiSpan[] {
  const stream = opts.stream?.text === text ? opts.stream : tokenStream(text);
  const spans = run(new TokenScanner(stream, loadLexicons(), commonWords(), clippedWords()), opts);
  if (stream.style !== 'mixed') return spans;
  // A mixed-case note may hold lines in one case: a shouted sign-off block or header ("CONTACT:
  // ZSOFIA POACK"), a line typed in lower case ("spoke w/dr vasquez"). There case says nothing, so
  // those lines are read again, each case on its own, as a note written wholly in it would be.
  for (const upper of [true, false]) {
    const ranges = oneCaseLineRanges(text, upper);
    if (ranges.length === 0) continue;
    // Headings alone ("FINDINGS:", "IMPRESSION:") give a re-read nothing to find (inert-headings.ts):
    // a radiology report whose only shouted lines are its headings is not read again.
    if (upper && onlyInertHeadings(text, ranges)) continue;
    const lines: KeptLines = { text: linesOnly(text, ranges), ranges };
    // The words of those lines are the note's own: their stream is taken from the note's, not made again.
    const extra = run(new TokenScanner(streamOfLines(stream, lines), loadLexicons(), commonWords(), clippedWords()), opts);
    for (const x of extra) if (!spans.some((y) => y.start < x.end && x.start < y.end)) spans.push(x);
  }
  return spans;
}

// A line in one case worth reading again: three words or more of two letters or more, no letter of the other case.
export const SHOUTED_LINE = /^(?=(?:[^A-Za-z\n]*[A-Z]{2,}){3})[^a-z\n]*$/gm;
export const LOWER_LINE = /^(?=(?:[^A-Za-z\n]*[a-z]{2,}){3})[^A-Z\n]*$/gm;
// Sticky copies: tried at the line starts where a match may begin (see oneCaseLineRanges).
const SHOUTED_LINE_AT = new RegExp(SHOUTED_LINE.source, 'my');
const LOWER_LINE_AT = new RegExp(LOWER_LINE.source, 'my');


/**
 * Whether {@link SHOUTED_LINE} (`upper`) or {@link LOWER_LINE} may have a non-empty match in
 * `text`: some line start `p` (as `^` under the `m` flag has them) where both parts of the pattern
 * can hold. The body `[^a-z\n]*$` (for capitals) needs a line end before the first letter of the
 * other case or line feed; the lookahead needs three runs of two letters of the case before a
 * letter of the other case, a line feed or a lone letter of the case ends it (a run of `L` letters
 * gives `L >> 1` of them). A necessary condition, so the regex still decides when it holds.
 * Exported for its test.
 */
export function mayHoldOneCaseLine(text: string, upper: boolean): boolean {
  return oneCaseLineStarts(text, upper, true).length > 0;
}


/**
 * The line starts of `text` where {@link SHOUTED_LINE} (`upper`) or {@link LOWER_LINE} may have a
 * non-empty match (see {@link mayHoldOneCaseLine}), in text order; only the first when `first`.
 */
function oneCaseLineStarts(text: string, upper: boolean, first = false): number[] {
  const n = text.length;
  const same = upper ? isUpper : isLower;
  const other = upper ? isLower : isUpper;
  const lineEnd = lineEndFinder(text);
  const starts: number[] = [];
  for (let p = 0; p <= n; ) {
    if (oneCaseLineAt(text, p, same, other)) {
      starts.push(p);
      if (first) break;
    }
    p = lineEnd(p) + 1;
  }
  return starts;
}

function oneCaseLineAt(text: string, p: number, same: (c: number) => boolean, other: (c: number) => boolean): boolean {
  const n = text.length;
  // The body: a position after p where `$` holds, before any letter of the other case or line feed.
  let ends = false;
  for (let i = p; ; i++) {
    if (i === n) {
      ends = i > p;
      break;
    }
    const c = text.charCodeAt(i);
    if (c === 10) {
      ends = i > p;
      break;
    }
    if (other(c)) break;
    if (i > p && isLineTerminator(c)) {
      ends = true;
      break;
    }
  }
  if (!ends) return false;
  // The lookahead: three runs of two letters of the case.
  let count = 0;
  let i = p;
  while (i < n && count < 3) {
    const c = text.charCodeAt(i);
    if (c === 10 || other(c)) break;
    if (!same(c)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && same(text.charCodeAt(j))) j++;
    if (j - i < 2) break;
    count += (j - i) >> 1;
    i = j;
  }
  return count >= 3;
}

/** Lines of a text kept as they are, the rest blanked: the text and the kept ranges ([start, end) pairs). */
interface KeptLines {
  text: string;
  ranges: number[];
}

/** Appends `text[from, to)` blanked (every character a space but line breaks) to `parts`. */
function pushBlanked(parts: string[], text: string, from: number, to: number): void {
  let p = from;
  while (p < to) {
    let nl = text.indexOf('\n', p);
    if (nl < 0 || nl >= to) nl = to;
    if (nl > p) parts.push(' '.repeat(nl - p));
    if (nl < to) parts.push('\n');
    p = nl + 1;
  }
}

/**
 * The non-empty matches of {@link SHOUTED_LINE} (`upper`) or {@link LOWER_LINE} in `text`, as
 * `[start, end)` pairs: those of `text.matchAll`, found by trying the regex (sticky) only at the
 * line starts where a non-empty match may begin ({@link oneCaseLineStarts}), not over the whole
 * text. A whole-text scan goes on after each match, so a start inside the last match is skipped;
 * an empty match found elsewhere would be dropped and only moves that scan on by one character.
 * Exported for its test.
 */
export function oneCaseLineRanges(text: string, upper: boolean): number[] {
  const starts = oneCaseLineStarts(text, upper);
  const sticky = upper ? SHOUTED_LINE_AT : LOWER_LINE_AT;
  const ranges: number[] = [];
  let from = 0;
  for (const p of starts) {
    if (p < from) continue;
    sticky.lastIndex = p;
    const m = sticky.exec(text);
    if (m === null || m[0].length === 0) continue;
    ranges.push(p, p + m[0].length);
    from = p + m[0].length;
  }
  return ranges;
}

/** The text with every line blanked (spaces, line breaks kept) but the kept `ranges` (at least one). */
function linesOnly(text: string, ranges: readonly number[]): string {
  const parts: string[] = [];
  let from = 0;
  for (let r = 0; r < ranges.length; r += 2) {
    pushBlanked(parts, text, from, ranges[r]!);
    parts.push(text.slice(ranges[r]!, ranges[r + 1]!));
    from = ranges[r + 1]!;
  }
  pushBlanked(parts, text, from, text.length);
  return parts.join('');
}

/**
 * The token stream of `lines` (the note with all but some lines blanked) from the note's own
 * stream: the kept lines' words are the note's words there (a blank or a line break borders them
 * either way), so only the case style, the ASCII flag and the start index are worked out again.
 */
function streamOfLines(stream: TokenStream, lines: KeptLines): TokenStream {
  const { text, ranges } = lines;
  const tokens: Token[] = [];
  const glued: number[] = [];
  const byStart = new StartIndex(text.length);
  let up = 0;
  let low = 0;
  let ascii = true;
  let t = 0;
  let g = 0;
  for (let r = 0; r < ranges.length; r += 2) {
    const a = ranges[r]!;
    const b = ranges[r + 1]!;
    for (let i = a; i < b; i++) {
      const c = text.charCodeAt(i);
      if (c >= 65 && c <= 90) up++;
      else if (c >= 97 && c <= 122) low++;
      else if (c >= 128) ascii = false;
    }
    while (t < stream.tokens.length && stream.tokens[t]!.start < a) t++;
    for (; t < stream.tokens.length && stream.tokens[t]!.start < b; t++) {
      byStart.set(stream.tokens[t]!.start, tokens.length);
      tokens.push(stream.tokens[t]!);
    }
    while (g < stream.glued.length && stream.glued[g]! < a) g++;
    for (; g < stream.glued.length && stream.glued[g]! < b; g++) glued.push(stream.glued[g]!);
  }
  return { text, tokens, byStart, glued, style: styleOf(up, low), ascii };
}
