// Place and institution passes of the free-text detector: facility names, towns, wards, employers
// and hospital acronyms.
import * as tokenScanner from './token-scanner.js';
import type { Token, TokenScanner } from './token-scanner.js';
import * as vocabulary from './vocabulary.js';
import { LEX, NAME_LISTS } from '../lexicon-flags.js';
import type { KeepVocabulary } from '../keep-list/keep-vocabulary.js';
import type { DeidProfile } from '../keep-list/keep-list-names.js';
import { baseVocabularyWords } from '../keep-list/keep-vocabulary.js';
import { calendarWord, staffWord } from '../keep-list/name-words.js';
import { placeCues } from './place-rules.js';
import { employerWord } from './employer-cues.js';
import { numericContexts } from '../rules/deid-rules.js';
import { allMatches } from '../regex-matches.js';

// Bound once at load: when tsx runs these modules as CommonJS, every use of an imported name is a
// getter call, and the passes test these sets on every token (≈ 15 % of detector time when split).
const { hasLower, isBlankRun, isCap } = tokenScanner;
const {
  ACRONYM_CUE_RE, allPlaces, AMBIGUOUS_STATE_CODES, AREA_RE, AREA_WORD_RE, BUSINESS_ANCHORED, EMPLOYER_ANCHORED, facilityPhrases, GENERIC_FACILITY,
  GLUED_BUILDING_RE, GLUED_BUILDING_WORD_RE, GLUED_WARD_RE, HOSPITAL_ABBREV_RE, HOSPITAL_ACRONYM_RE, INSTITUTION_HEAD, INSTITUTION_HEADS,
  PLACE_CUE_ANCHORED, PLACE_TAILS, PLAN_WARD_RE, STATE_CODES, STATE_NAMES, STATE_OR_COUNTRY, STOP, WARD_ANCHORED, WEAK_FACILITY_HEAD, WORD_SHAPED,
} = vocabulary;
// Conjunctions of time that end an employer's name (deid-place-cues.yaml organisations.enders).
const ORG_ENDERS = placeCues().orgEnders;
const SCALE_EPONYMS = placeCues().scaleEponyms;

const NOT_MOVEMENT_BEFORE = /\b(?:withdrawal|withdrawals|withdrawing|recover(?:y|ing|ed)?|wean(?:ed|ing)?|suffer(?:s|ing|ed)?|result(?:s|ing|ed)?|secondary|different|free|away|apart|switched|converted|changed|transition(?:ed)?|relief|benefit(?:s|ed)?|derived|arising|originating|extending|radiating)\s+$/i;

// Hospital departments ("transferred to TELEMETRY"), kinds of care before a facility head ("Shriners
// Burn Center"), role words after a town ("Boston resident") and place-name heads ("Mount Pleasant"):
// rules/en/deid-place-cues.yaml placeWords.
const { departments: DEPARTMENTS, careKinds: CARE_KINDS, townRolesAfter: ROLE_AFTER, placeNameHeads: PLACE_HEADS } = placeCues();
let base: Set<string> | undefined;
// The shipped vocabulary without the notes' words (built once, on the first capitals word that needs it).
const baseWords = () => (base ??= baseVocabularyWords());

/**
 * "transferred to Quartermain", "went to Holy Cross": proper nouns (or unknown words) after a movement cue.
 * In the balanced profile an unknown word in lower case one slip from a vocabulary word (`vocab.nearMiss`)
 * and in no name or place list is a misspelling ("transfered to commonde", "transfer tomorow"), no town.
 */
export function placesAfterCues(s: TokenScanner, vocab: KeepVocabulary, profile: DeidProfile): void {
  for (const m of PLACE_CUE_ANCHORED.matchAll(s.text)) {
    const at = m.index + m[0].length;
    // "d/c'd milrinone": discontinued, not discharged, unless a place preposition follows.
    if (/^d\/c'?d\s+$/i.test(m[0])) continue;
    // "withdrawal from Xanax", "weaned from pressors": a bare "from" after a clinical change names no place.
    if (/^from\b/i.test(m[0]) && NOT_MOVEMENT_BEFORE.test(s.text.slice(Math.max(0, m.index - 16), m.index))) continue;
    // "admitted to QUARTERMAIN7": a long unknown word glued to a unit number is a ward or building.
    const glued = /^([A-Za-z]{5,})\d{1,2}\b/.exec(s.text.slice(at, at + 24));
    if (glued && !/^(?:from|at|@)/i.test(m[0])) {
      const w = glued[1]!.toLowerCase();
      if (!s.common.has(w) && !s.lex.clinical.has(w) && !s.prefixes.has(w)) {
        s.spans.push({ start: at, end: at + glued[1]!.length, category: 'LOCATION', source: 'place-cue' });
        continue;
      }
    }
    // "transferred to 209 quartermain": a room number before the ward after a movement verb.
    const room = /^\d{1,4}[ \t]+(?=[A-Za-z]{5})/.exec(s.text.slice(at, at + 12));
    let i = s.nextToken(room && !/^(?:from|at|@)/i.test(m[0]) ? at + room[0].length : at);
    // "had a bed @ St A.", "went to St. Jude": a saint's name after a place cue is a facility.
    const saint = i === undefined ? undefined : s.tokens[i];
    const name = i === undefined ? undefined : s.tokens[i + 1];
    if (saint && name && (saint.lower === 'st' || saint.lower === 'saint') && isCap(name.word) && /^\.?[ \t]+$/.test(s.text.slice(saint.end, name.start)) && (name.word.length === 1 || (name.flags & LEX.STOP) === 0) && (name.flags & LEX.CLINICAL) === 0) {
      s.mark(i!, 'LOCATION', 'place-cue');
      s.mark(i! + 1, 'LOCATION', 'place-cue');
      continue;
    }
    // "lives in DC": the District of Columbia is a city, not a state.
    if (saint && saint.word === 'DC' && /^(?:lives?|living|resides?|residing|moved)\s/i.test(m[0])) {
      s.mark(i!, 'LOCATION', 'place-cue');
      continue;
    }
    let n = 0;
    // After a bare "from" / "at" only a known place counts in one-case notes; after a movement
    // verb ("transferred to", "admitted to") an unknown word or short capital abbreviation does.
    // Both facts of the cue are read once per match (the cue's last word only when a test needs it).
    const bare = /^(?:from|at|@)/i.test(m[0]);
    let lastWord: string | undefined;
    while (i !== undefined && n < 3) {
      const t = s.tokens[i]!;
      const w = t.lower;
      const wFlags = t.flags;
      // "transferred to hospice": a facility word alone is the kind of place, not its name.
      if ((wFlags & LEX.STOP) !== 0 || (wFlags & LEX.TITLE) !== 0 || s.marked.has(i) || (n === 0 && (STATE_OR_COUNTRY.has(w) || (INSTITUTION_HEADS.has(w) && !s.titleCaseNext(i)) || s.serviceAfter(i)))) break;
      // "seen Mon and Wed", "discharged Fri": a weekday or month after the cue is when, not where ("from Sun City" stays a place).
      if (n === 0 && calendarWord(w) && !capitalNext(s, i)) break;
      // "accepted by hospitalist", "sent to nephrologist": a staff role right after the cue is a person
      // (later in the run it may close a practice's name: "at ClearView Radiology").
      if (n === 0 && staffWord(w)) break;
      const unknownWord =
        (wFlags & LEX.COMMON) === 0 && (wFlags & LEX.CLINICAL) === 0 && (wFlags & LEX.CLIPPED) === 0 && !WORD_SHAPED.test(w) && !(profile === 'balanced' && misspeltWord(t, vocab));
      // "lives in Hampton": after a residence verb a town counts even when its name is also an eponym.
      const residence = n === 0 && /^(?:lives?|living|resides?|residing)\s/i.test(m[0]) && (s.style !== 'mixed' || isCap(t.word)) && allPlaces().has(w);
      const ok =
        residence ||
        (wFlags & LEX.PLACE) !== 0 ||
        (s.style === 'mixed' &&
          isCap(t.word) &&
          (wFlags & LEX.CLINICAL) === 0 &&
          (hasLower(t.word) ? (wFlags & LEX.COMMON) === 0 || n > 0 || s.titleCaseNext(i) : HOSPITAL_ABBREV_RE.test(t.word) && (wFlags & LEX.COMMON) === 0)) ||
        (!bare && unknownWord && (s.style !== 'mixed' || !isCap(t.word)) && (w.length >= 4 || (w.length >= 2 && /^(?:to|into|at|the)$/.test((lastWord ??= m[0].trim().split(/\s+/).pop()!.toLowerCase()))))) ||
        // "transfered to WUBIIKTON" in a mixed-case note: a long unknown word in capitals after a movement verb is a place, not a unit abbreviation.
        (!bare && unknownWord && s.style === 'mixed' && w.length >= 6 && !hasLower(t.word) && (wFlags & LEX.AMBIGUOUS) === 0 && !DEPARTMENTS.has(w) && !baseWords().has(w));
      if (!ok) break;
      s.mark(i, 'LOCATION', 'place-cue');
      n++;
      const next = s.tokens[i + 1];
      if (!next || !/^[ \t]*$/.test(s.text.slice(t.end, next.start))) break;
      i = i + 1;
    }
  }
}

/** A lower-case word in no name or place list, one slip from a vocabulary word ("commonde", "tomorow"). */
function misspeltWord(t: Token, vocab: KeepVocabulary): boolean {
  return (t.flags & NAME_LISTS) === 0 && !isCap(t.word) && vocab.nearMiss(t.lower);
}

/** Whether a capitalised word that is no month or weekday follows token `i` after blanks alone. */
function capitalNext(s: TokenScanner, i: number): boolean {
  const t = s.tokens[i]!;
  const next = s.tokens[i + 1];
  return next !== undefined && isCap(next.word) && !calendarWord(next.lower) && /^[ \t]+$/.test(s.text.slice(t.end, next.start));
}

/**
 * "to quartermain 3", "on QUARTERMAIN 2": after a preposition, an unknown word followed by a one- or
 * two-digit unit number (and no dose unit) is a ward or building.
 */
export function wards(s: TokenScanner): void {
  // "QUARTERMAIN3 developed chest pain": a long unknown word glued to a unit number.
  for (const at of s.glued) {
    GLUED_WARD_RE.lastIndex = at;
    const m = GLUED_WARD_RE.exec(s.text);
    if (!m) continue;
    const w = m[1]!.toLowerCase();
    if (s.common.has(w) || s.lex.clinical.has(w) || s.prefixes.has(w) || WORD_SHAPED.test(w)) continue;
    s.spans.push({ start: m.index, end: m.index + m[1]!.length, category: 'LOCATION', source: 'ward' });
  }
  for (const m of WARD_ANCHORED.matchAll(s.text)) {
    const w = m[1]!.toLowerCase();
    if (s.common.has(w) || s.lex.clinical.has(w) || s.prefixes.has(w) || STOP.has(w)) continue;
    const start = m.index + m[0].lastIndexOf(m[1]!);
    const i = s.byStart.get(start);
    if (i !== undefined) s.mark(i, 'LOCATION', 'ward');
  }
}

/** "General Hospital in Lochearn", "the VA in Balt": the town a facility stands in. */
export function placesAfterFacilities(s: TokenScanner): void {
  for (let i = 1; i < s.tokens.length - 1; i++) {
    const t = s.tokens[i]!;
    if (t.lower !== 'in' || !s.blankBetween(i - 1, i) || !s.blankBetween(i, i + 1)) continue;
    const p = s.tokens[i - 1]!;
    // "urgent care in Mobile", "ER in Canton": a place of care elsewhere.
    const careElsewhere = (p.lower === 'care' && s.tokens[i - 2]?.lower === 'urgent') || p.word === 'ER' || p.word === 'ED';
    const facility = (s.marked.has(i - 1) && s.spans.some((span) => span.start === p.start && span.category === 'INSTITUTION')) || INSTITUTION_HEADS.has(p.lower) || p.word === 'VA' || p.lower === 'osh' || careElsewhere;
    if (!facility || p.lower === 'home' || p.lower === 'general' || p.lower === 'health') continue;
    const n = s.tokens[i + 1]!;
    const w = n.lower;
    const wFlags = n.flags;
    if (s.marked.has(i + 1) || (wFlags & LEX.STOP) !== 0 || (wFlags & LEX.CLINICAL) !== 0 || STATE_OR_COUNTRY.has(w) || STATE_CODES.has(w) || w.length < 3) continue;
    // A capitalised town that is also a word ("urgent care in Mobile") counts in a mixed-case note.
    const named = s.style === 'mixed' ? isCap(n.word) && hasLower(n.word) && ((wFlags & LEX.COMMON) === 0 || (wFlags & LEX.PLACE) !== 0 || (n.flags & LEX.AMBIGUOUS) !== 0) : (wFlags & LEX.COMMON) === 0 || (wFlags & LEX.PLACE) !== 0;
    if (named) s.mark(i + 1, 'LOCATION', 'place-cue');
  }
}

/** "works for vista health", "his business Genentech": the employer or business named. */
export function employers(s: TokenScanner): void {
  for (const m of EMPLOYER_ANCHORED.matchAll(s.text)) {
    let i = s.nextToken(m.index + m[0].length);
    if (i === undefined || s.tokens[i]!.start !== m.index + m[0].length) continue;
    const take: number[] = [];
    while (i !== undefined && take.length < 3) {
      const t = s.tokens[i]!;
      // A brand the clinical list holds is an employer written as a name ("works at Medtronic").
      if ((t.flags & LEX.STOP) !== 0 || ((t.flags & LEX.CLINICAL) !== 0 && !employerWord(s, t)) || (t.flags & LEX.TITLE) !== 0) break;
      // "worked at Raytheon until 2019": a conjunction of time goes on the sentence.
      if (ORG_ENDERS.has(t.lower)) break;
      take.push(i);
      const next = s.tokens[i + 1];
      if (!next || !s.blankBetween(i, i + 1)) break;
      i = i + 1;
    }
    if (take.length === 0) continue;
    const last = s.tokens[take[take.length - 1]!]!;
    const proper = take.some((k) => (s.tokens[k]!.flags & LEX.COMMON) === 0 || (s.style === 'mixed' && isCap(s.tokens[k]!.word)));
    if (!proper && !(take.length >= 2 && INSTITUTION_HEADS.has(last.lower))) continue;
    for (const k of take) s.mark(k, 'INSTITUTION', 'employer');
  }
  for (const m of BUSINESS_ANCHORED.matchAll(s.text)) {
    const i = s.byStart.get(m.index + m[0].length);
    const t = i === undefined ? undefined : s.tokens[i];
    if (!t || !isCap(t.word) || (t.flags & LEX.COMMON) !== 0 || (t.flags & LEX.CLINICAL) !== 0 || (t.flags & LEX.STOP) !== 0) continue;
    s.mark(i!, 'INSTITUTION', 'employer');
  }
  for (const m of GLUED_BUILDING_WORD_RE.test(s.text) ? allMatches(GLUED_BUILDING_RE, s.text) : []) {
    const i = s.byStart.get(m.index);
    if (i !== undefined) s.mark(i, 'LOCATION', 'ward');
  }
  for (const m of /plan|dispo/i.test(s.text) ? allMatches(PLAN_WARD_RE, s.text) : []) {
    const w = m[1]!.toLowerCase();
    if (s.common.has(w) || s.lex.clinical.has(w) || s.prefixes.has(w) || STOP.has(w) || WORD_SHAPED.test(w)) continue;
    const i = s.byStart.get(m.index + m[0].lastIndexOf(m[1]!));
    if (i !== undefined) s.mark(i, 'LOCATION', 'ward');
  }
}

// "AMH 6 West progress note", "gvh 4 north": a floor and wing after the acronym make it the hospital.
const WARD_AFTER_RE = /^[ \t]+\d{1,2}[ \t]*(?:west|east|north|south)\b/i;

/** "admitted to GH", "-> UMMC ER", "AMH 6 West": a hospital acronym after a preposition or an arrow, or before a ward. */
export function hospitalAcronyms(s: TokenScanner): void {
  for (let i = 0; i < s.tokens.length; i++) {
    const t = s.tokens[i]!;
    const last = t.lower.charCodeAt(t.lower.length - 1);
    // 'h' or 'c': a cheap filter before the regex, most tokens end otherwise.
    if (t.word.length > 5 || (last !== 104 && last !== 99) || !HOSPITAL_ACRONYM_RE.test(t.word)) continue;
    const before = s.text.slice(Math.max(0, t.start - 12), t.start);
    if ((!ACRONYM_CUE_RE.test(before) && !WARD_AFTER_RE.test(s.text.slice(t.end, t.end + 12))) || /^[-'/]/.test(s.text.slice(t.end, t.end + 1))) continue;
    const word = t.word;
    const w = t.lower;
    const wFlags = t.flags;
    if (s.style === 'mixed' && hasLower(word)) continue;
    // State codes ("home to NH") are not Safe Harbor identifiers.
    if ((wFlags & LEX.COMMON) !== 0 || (wFlags & LEX.CLINICAL) !== 0 || (wFlags & LEX.STOP) !== 0 || GENERIC_FACILITY.has(w) || STATE_CODES.has(w)) continue;
    s.mark(i, 'LOCATION', 'hospital-acronym');
  }
}

/** "Calvert Hospital", "St. Mary's Medical Center": capitalised or unknown words before a facility head. */
export function institutions(s: TokenScanner): void {
  for (let i = 0; i < s.tokens.length; i++) {
    const t = s.tokens[i]!;
    const w = t.lower;
    // The lexicon mask holds INSTITUTION_HEADS (the words INSTITUTION_HEAD tests): most words are skipped on one bit.
    if ((t.flags & LEX.INSTITUTION_HEAD) === 0 || w === 'general' || w === 'home' || w === 'health') continue;
    // "medical" heads a facility only as "medical center"; weak heads need a proper name before them.
    if ((w === 'medical' || w === 'med') && !/^(?:center|centre|ctr|campus)$/.test(s.tokens[i + 1]?.lower ?? '')) continue;
    const weakHead = WEAK_FACILITY_HEAD.has(w);
    let j = i - 1;
    let n = 0;
    let proper = 0;
    // Proper words of one letter: before a weak head ("referred to c. rehab", "per p. rehab") a letter is a
    // kind of care written short (cardiac, pulmonary), not a facility's name on its own.
    let letters = 0;
    while (j >= 0 && n < (weakHead ? 2 : 5)) {
      const p = s.tokens[j]!;
      const gap = s.text.slice(p.end, s.tokens[j + 1]!.start);
      // A dot only inside abbreviations ("St. Mary's", "U. of M."), never across a sentence end.
      if (!/^[ \t]*$/.test(gap) && !(/^\.[ \t]*$/.test(gap) && (p.lower === 'st' || p.word.length === 1))) break;
      const pw = p.lower;
      // "Friday clinic", "Tues clinic": a weekday or month before the head is the clinic's day, not its name.
      if (calendarWord(pw)) break;
      // "seen in CHF clinic", "f/u in COPD Clinic", "Eden INR Clinic": in a mixed-case note an acronym a
      // word list holds, in capitals right before a head in lower case, is what the clinic treats: part
      // of a name, never a name alone (as placeWords.careKinds).
      const treats = n === 0 && s.style === 'mixed' && !hasLower(p.word) && hasLower(t.word) && (p.flags & (LEX.CLINICAL | LEX.VOCAB)) !== 0 && !STATE_CODES.has(pw);
      // "Prior rehab at …", "Previous Hospital stay": a generic word capitalised at a sentence start names nothing.
      const named = s.style === 'mixed' ? isCap(p.word) && !GENERIC_FACILITY.has(pw) : !s.common.has(pw) && !s.lex.clinical.has(pw);
      // One-case notes write "holy cross hospital", "union hospital": ordinary words count before a
      // facility head unless they are generic ("outside hospital", "the same hospital").
      const ordinary = s.style !== 'mixed' && !GENERIC_FACILITY.has(pw) && !STOP.has(pw) && pw.length > 2;
      // "University of MD Medical Center", "admitted from MD Hospital": a capital state code inside or right before the head.
      // In a mixed-case note a state's code is in capitals: "seen in CHF clinic" holds no Indiana.
      const state = STATE_CODES.has(pw) && !(s.style === 'mixed' && hasLower(p.word)) && (n > 0 || (s.style === 'mixed' && !hasLower(p.word) && !AMBIGUOUS_STATE_CODES.has(pw) && (w === 'hospital' || w === 'hosp')));
      const ok = INSTITUTION_HEAD.test(pw) || pw === 'st' || pw === 'saint' || (pw === 'of' && n > 0) || state || (!STOP.has(pw) && (named || ordinary));
      if (!ok) break;
      // "NEEDS BURN CENTER", "the Stroke Center": a kind of care names no facility alone.
      if (!CARE_KINDS.has(pw) && !treats && (named || state || (ordinary && !weakHead && !INSTITUTION_HEAD.test(pw)))) {
        proper++;
        if (pw.length === 1) letters++;
      }
      j--;
      n++;
    }
    while (n > 0 && s.tokens[j + 1]!.lower === 'of') {
      j++;
      n--;
    }
    // "Memorial Hospital", "General Hospital": two facility words make a name on their own.
    const named2 = n === 1 && /^(?:memorial|regional|general)$/.test(s.tokens[j + 1]!.lower) && /^(?:hospital|hosp|medical)$/.test(w);
    if (n === 0 || (proper === 0 && !named2) || (weakHead && proper === letters)) continue;
    for (let k = j + 1; k <= i; k++) s.mark(k, 'INSTITUTION', 'institution');
  }
}

/**
 * Facility and region phrases of the lexicon in any case ("sacred heart Memorial", "ST. JOSEPH
 * HOSPITAL", "the Eastern Shore"), "University of <Name>", and "<Name> area / county"; facility
 * head words right after the phrase join it.
 */
// Prepositions of place before a university's short form written in lower case ("at u of quillan").
// (deid-place-cues.yaml placeVocabulary.universityLeads)
const UNIVERSITY_LEADS: ReadonlySet<string> = placeCues().universityLeads;

export function facilities(s: TokenScanner): void {
  const phrases = facilityPhrases();
  const universityShort = placeCues().universityAbbreviations;
  for (let i = 0; i < s.tokens.length; i++) {
    const t = s.tokens[i]!;
    let len = 0;
    // Most words open no phrase: no empty list and iterator made for them.
    const opened = (t.flags & LEX.FACILITY_START) !== 0 ? phrases.get(t.lower) : undefined;
    if (opened !== undefined) {
      for (const words of opened) if (words.length > len && spells(s, i, words)) len = words.length;
    }
    // "University of Delaware", "U of Minnesota", "Univ. of Tollermark": the short forms are data (deid-place-cues.yaml).
    // In lower case ("eval at u of quillan") the short form needs a preposition of place before it: "thank u of course" is no university.
    const short = universityShort.has(t.lower) && (isCap(t.word) || UNIVERSITY_LEADS.has(s.tokens[i - 1]?.lower ?? '')) && /^\.?[ \t]+$/.test(s.text.slice(t.end, s.tokens[i + 1]?.start ?? t.end));
    if (len === 0 && (t.lower === 'university' ? s.blankBetween(i, i + 1) : short) && s.tokens[i + 1]?.lower === 'of') {
      const n = s.tokens[i + 2];
      // A state is the name even when it is also an eponym ("U of Minnesota", not the Minnesota tube);
      // after a capital short form one or two capitals are the name's initials ("U of T", "U OF M"), after a
      // lower-case one (which has its preposition of place) one letter in either case ("referred to ortho at u of k").
      // Not units of a dose ("10 U of IV insulin", "2 U OF FFP").
      const initials = !!n && (isCap(t.word) ? /^[A-Z]{1,2}$/.test(n.word) : /^[A-Za-z]$/.test(n.word)) && (n.flags & (LEX.STOP | LEX.CLINICAL)) === 0 && !/^\d/.test(s.tokens[i - 1]?.word ?? '');
      const named = !!n && (initials || (n.word.length > 2 && (n.flags & LEX.STOP) === 0 && ((n.flags & LEX.CLINICAL) === 0 || placeCues().stateNames.has(n.lower))));
      if (named && s.blankBetween(i + 1, i + 2) && (s.style !== 'mixed' || isCap(n.word) || !isCap(t.word))) len = 3;
    }
    if (len === 0) continue;
    let end = i + len;
    while (end < s.tokens.length && INSTITUTION_HEADS.has(s.tokens[end]!.lower) && s.blankBetween(end - 1, end)) end++;
    for (let k = i; k < end; k++) s.mark(k, 'LOCATION', 'facility');
    i = end - 1;
  }
  // AREA_RE tries a match at every capitalised word; without one of its area words (the text
  // holds each as written, in the case the regex asks for) it cannot match at all.
  if (s.style !== 'mixed' || !AREA_WORD_RE.test(s.text)) return;
  for (const m of allMatches(AREA_RE, s.text)) {
    const name = m[1] ?? m[2]!;
    const w = name.toLowerCase();
    // "Cook County" names a county whatever the word; "in the Edgemere area" needs an unusual word.
    if ((m[1] !== undefined && s.common.has(w)) || s.lex.clinical.has(w) || STATE_NAMES.has(w) || STOP.has(w)) continue;
    const k = s.byStart.get(m.index + m[0].indexOf(name));
    if (k !== undefined) s.mark(k, 'LOCATION', 'place-cue');
  }
}


/** Whether the tokens from `i` are `words`, separated by blanks or a dot ("St. Mary's"). */
function spells(s: TokenScanner, i: number, words: string[]): boolean {
  for (let n = 0; n < words.length; n++) {
    const t = s.tokens[i + n];
    if (!t || t.lower !== words[n]) return false;
    if (n > 0 && !/^[ \t]*\.?[ \t]*$/.test(s.text.slice(s.tokens[i + n - 1]!.end, t.start))) return false;
  }
  return true;
}

/**
 * Number of tokens (2 or 3) from `i` that spell a multi-word place of the lexicon, else 0. The
 * words must be blank-separated and, in mixed-case text, capitalised ("Bel Air", not "bel air").
 */
function multiWordPlace(s: TokenScanner, i: number): number {
  const first = s.tokens[i]!;
  // Anatomy and laterality words ("left hand", "heart") never start or continue a place phrase.
  if ((first.flags & LEX.STOP) !== 0 || (first.flags & LEX.CLINICAL) !== 0 || (s.style === 'mixed' && !isCap(first.word))) return 0;
  let phrase = first.lower;
  for (let n = 2; n <= 3; n++) {
    const prev = s.tokens[i + n - 2]!;
    const t = s.tokens[i + n - 1];
    if (!t || (t.flags & LEX.CLINICAL) !== 0 || !isBlankRun(s.text, prev.end, t.start) || (s.style === 'mixed' && !isCap(t.word))) return 0;
    phrase += ` ${t.lower}`;
    if (s.lex.places.has(phrase)) return n;
  }
  return 0;
}

// A score right after a scale's name: "morse 55", "Braden: 14", "Berg 38/56".
const SCORE_AFTER_RE = /^[ \t]*[:=]?[ \t]*\d/;
let scales: Set<string> | undefined;
// The words before a value of rules/en/deid-numeric-contexts.yaml (slash.before), scales among them.
const scaleWords = () => (scales ??= new Set(numericContexts().slash.before));

/** Town and state names from the places lexicon (one word, or two / three: "Bel Air", "New Haven"). */
export function places(s: TokenScanner): void {
  for (let i = 0; i < s.tokens.length; i++) {
    const t = s.tokens[i]!;
    // The lexicon mask holds "first word of a multi-word place" (vocabulary.ts multiWordPlaceStarts).
    const multi = (t.flags & LEX.PLACE_START) !== 0 ? multiWordPlace(s, i) : 0;
    if (multi > 0) {
      for (let k = i; k < i + multi; k++) s.mark(k, 'LOCATION', 'place');
      i += multi - 1;
      continue;
    }
    if ((t.flags & LEX.PLACE) === 0 || s.marked.has(i) || t.lower.length < 4) continue;
    // "Harrington rods", "Essex-Lopresti injury": an eponym, not the town.
    if (s.serviceAfter(i) && !ROLE_AFTER.has(s.tokens[i + 1]?.lower ?? '')) continue;
    // "fall risk: morse 55", "Braden 14": a scale's name before its score (the scale words of the numeric contexts).
    if (scaleWords().has(t.lower) && SCORE_AFTER_RE.test(s.text.slice(t.end, t.end + 8))) continue;
    // A town that is also a first name ("Boston", "Dallas") is left to the name passes, unless they
    // passed it over because a role word follows ("Boston resident").
    if (((t.flags & LEX.FIRST) !== 0 && !ROLE_AFTER.has(s.tokens[i + 1]?.lower ?? '')) || (t.flags & LEX.CLINICAL) !== 0 || (STATE_OR_COUNTRY.has(t.lower) && s.afterPlacePreposition(t))) continue;
    if (s.style === 'mixed' && !isCap(t.word)) continue;
    // "fall risk high (Morse 65)", "Epworth Sleepiness Scale 15/24": the scale, unless "in" or "from" opens it.
    if (SCALE_EPONYMS.has(t.lower) && !s.afterPlacePreposition(t)) continue;
    s.mark(i, 'LOCATION', 'place');
  }
}

/**
 * Grows every place found by another pass to the generic words around its proper part: a tail
 * word after it ("Tzeasimann FALLS", "tzietien creek") and a head word before it ("St. Ines",
 * "Mount Zoaford"), on the same line with only a space (or the head's full stop) between.
 */
export function placeParts(s: TokenScanner): void {
  const at = (pos: number) => s.byStart.get(pos);
  for (const span of [...s.spans]) {
    if (span.category !== 'LOCATION') continue;
    let first = at(span.start);
    if (first === undefined) continue;
    let last = first;
    while (last + 1 < s.tokens.length && s.tokens[last + 1]!.end <= span.end) last++;
    const next = s.tokens[last + 1];
    if (next && PLACE_TAILS.has(next.lower) && isBlankRun(s.text, s.tokens[last]!.end, next.start) && (s.style !== 'mixed' || next.word !== next.lower || s.tokens[last]!.word === s.tokens[last]!.lower)) s.mark(last + 1, 'LOCATION', 'place-part');
    const prev = s.tokens[first - 1];
    if (prev && PLACE_HEADS.has(prev.lower) && /^\.?[ \t]+$/.test(s.text.slice(prev.end, s.tokens[first]!.start)) && !/\d[ \t]*$/.test(s.text.slice(Math.max(0, prev.start - 3), prev.start))) {
      first--;
      s.mark(first, 'LOCATION', 'place-part');
    }
  }
}
