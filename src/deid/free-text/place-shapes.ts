// Place shapes of the free-text detector (issue 11, recall of locations on unseen notes): street
// addresses in any case, the town and state that close an address, organisation names ending in a
// head word, places after an origin cue by the keep-list principle (a word no vocabulary holds, in
// a place position, is a place), and "U of <Name>". The cue words are data (rules/en/deid-place-cues.yaml).
import * as tokenScanner from './token-scanner.js';
import type { Token, TokenScanner } from './token-scanner.js';
import * as vocabulary from './vocabulary.js';
import { LEX, lexiconFlags } from '../lexicon-flags.js';
import type { KeepVocabulary } from '../keep-list/keep-vocabulary.js';
import type { DeidProfile } from '../keep-list/keep-list-names.js';
import { placeCues, type PlaceCueSets } from './place-rules.js';
import { allMatches } from '../regex-matches.js';
import { ZIP_TAIL_RE } from './address-towns.js';
import { notTownWord } from '../keep-list/name-words.js';
import { isCommaGap, nextNonBlank } from './blank-skip.js';
import { isCapitalsOnly } from './char-tests.js';

const { hasLower, isCap, noLineFeed } = tokenScanner;
const { STATE_OR_COUNTRY, STOP } = vocabulary;

// What may follow the end of an address part: a comma, a full stop, a bracket, a dash between
// blanks, the line end, a ZIP code or an apartment.
// A phone number after blanks closes a letterhead's address line too ("Bellhaven, NY   603 353 5891").
const PART_END_RE = /^[ \t]*(?:[,;:)\]·|•]|\.(?:\s|$)|\.?$|\n|[-–][ \t]|\d{5}\b|(?:apt|suite|ste|unit|lot|spc|trlr|#))|^[ \t]+\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4}\b/i;
// The end of an origin place's part, or the year of the move ("MOVED TO WILKES-BARRE IN 2007").
const ORIGIN_END_RE = new RegExp(`${PART_END_RE.source}|^[ \\t]+(?:in|since)[ \\t]+(?:19|20)\\d\\d\\b`, 'i');
// Dose and measure units: never a street word ("2 MG PO DR", "5 L NC").
const UNIT_RE = /^(?:mg|mcg|g|kg|ml|cc|l|mm|cm|mmhg|meq|units?|u|hrs?|hours?|mins?|days?|wks?|weeks?|mos?|months?|yrs?|years?|x|times|tabs?|puffs?|am|pm|bpm)$/;

/** Whether only blanks separate tokens `a` and `a + 1`, or a hyphen when `hyphen` is set. */
function joined(s: TokenScanner, a: number, hyphen: boolean): boolean {
  const next = s.tokens[a + 1];
  if (!next) return false;
  return s.blankBetween(a, a + 1) || (hyphen && s.text.slice(s.tokens[a]!.end, next.start) === '-');
}

/** Whether only blanks, or an "&" between blanks, separate tokens `a` and `a + 1` ("Stop & Shop"). */
export function joinedOrAmpersand(s: TokenScanner, a: number): boolean {
  const next = s.tokens[a + 1];
  return !!next && (s.blankBetween(a, a + 1) || /^[ \t]*&[ \t]*$/.test(s.text.slice(s.tokens[a]!.end, next.start)));
}

/** Whether a word no vocabulary holds (nor a one-letter slip of one), or a town of the places lexicon. */
function properWord(s: TokenScanner, t: Token, vocab: KeepVocabulary): boolean {
  const w = t.lower;
  const wFlags = t.flags;
  if (w.length < 3 || (wFlags & LEX.STOP) !== 0 || (wFlags & LEX.CLINICAL) !== 0) return false;
  if ((t.flags & LEX.PLACE) !== 0) return true;
  return !vocab.has(w) && (wFlags & LEX.COMMON) === 0 && !vocab.nearMiss(w);
}

/**
 * Whether a word within six words before token `p`, on its part of the line (no stop, comma, colon,
 * bracket or line end between), passes `test`: the cue of a town's position ("lives on farm nr <town>").
 */
export function wordBeforeOnPart(s: TokenScanner, p: number, test: (t: Token) => boolean): boolean {
  for (let k = p - 1; k >= Math.max(0, p - 6); k--) {
    if (/[.;:!?()\n,]/.test(s.text.slice(s.tokens[k]!.end, s.tokens[k + 1]!.start))) return false;
    if (test(s.tokens[k]!)) return true;
  }
  return false;
}

/** Whether a word of residence (originCues.residenceWords) stands within six words before token `p` on its part of the line. */
function residenceBefore(s: TokenScanner, p: number, cues: PlaceCueSets): boolean {
  return wordBeforeOnPart(s, p, (t) => cues.residenceWords.has(t.lower));
}

/**
 * After a word of residence and "in", a town written with a slip ("gradner", "blufff"): a word one
 * edit from a vocabulary word that no list holds itself, of five letters or more.
 */
function misspeltTown(t: Token, vocab: KeepVocabulary): boolean {
  const f = t.flags;
  return t.lower.length >= 5 && /^[a-z]+$/.test(t.lower) && (f & (LEX.STOP | LEX.CLINICAL | LEX.COMMON | LEX.CLIPPED | LEX.TITLE | LEX.CREDENTIAL)) === 0 && !vocab.has(t.lower) && vocab.nearMiss(t.lower);
}

/** Whether token `i` is inside a LOCATION or INSTITUTION span already found. */
function inPlace(s: TokenScanner, i: number): boolean {
  const t = s.tokens[i];
  return !!t && s.marked.has(i) && s.spans.some((sp) => sp.start <= t.start && t.end <= sp.end && (sp.category === 'LOCATION' || sp.category === 'INSTITUTION'));
}

/** Whether a street address found earlier on the line ends before `pos` ("2363 Kiln Dr, lisbon falls, RI"). */
function streetOnLineBefore(s: TokenScanner, pos: number): boolean {
  const lineStart = s.text.lastIndexOf('\n', pos - 1) + 1;
  return s.spans.some((sp) => sp.source === 'place-address' && sp.start >= lineStart && sp.end <= pos);
}

/** Whether a token may be part of a name in this note's case (Title or capitals in mixed-case notes). */
const caseFits = (s: TokenScanner, t: Token) => s.style !== 'mixed' || isCap(t.word);

let streetRe: RegExp | undefined;
/** House number, one to four words, a street suffix: "290 HARBOR VIEW DR", "14 Quarry Hill Road", "417B Mill Hwy". */
function streetRegex(c: PlaceCueSets): RegExp {
  if (streetRe) return streetRe;
  const suffixes = [...c.streetSuffixes, ...c.streetAbbreviations].sort((a, b) => b.length - a.length).join('|');
  // The house number may carry a letter ("417B Mill Hwy", "681a n. chapel drive"); not "x" (a count).
  // A street word may be an ordinal ("S 4th St", "W 125th Street").
  streetRe = new RegExp(`(?<![\\w/.,-])\\d{1,6}[A-WYZa-wyz]?[ \\t]+((?:(?:[A-Za-z][A-Za-z'’]*(?:-[A-Za-z]+)?|\\d{1,3}(?:st|nd|rd|th))\\.?[ \\t]+){1,4})(${suffixes})\\b`, 'gi');
  return streetRe;
}

const STREET_IN_TOWN_RE = /^[ \t]+(?:in|IN)[ \t]+[A-Za-z]/;

/** "290 HARBOR VIEW DR, OAKHURST", "811 Harbor View Dr.": a street address in any case. */
export function streetAddresses(s: TokenScanner, cues: PlaceCueSets = placeCues()): void {
  if (!/\d[A-Za-z]?[ \t]+[A-Za-z]/.test(s.text)) return;
  for (const m of allMatches(streetRegex(cues), s.text)) {
    const parts = m[1]!.trim().split(/[ \t]+/);
    const suffix = m[2]!;
    const start = m.index;
    const end = start + m[0].length;
    if (s.style === 'mixed' && !isCap(suffix)) continue;
    const plain = (w: string) => w.replace(/[.'’]/g, '').toLowerCase();
    // Every word of the street is a name word: no function word, unit or clinical term; capitalised in mixed-case notes.
    const ok = parts.every((p, k) => {
      const w = plain(p);
      if (k === 0 && /^[nsew]$/.test(w)) return true;
      if (ORDINAL_RE.test(w)) return true;
      // An ordinary word that is also a clinical one ("View", "Bay") may name a street; a clinical term only may not.
      return w.length >= 2 && !STOP.has(w) && !UNIT_RE.test(w) && (!s.lex.clinical.has(w) || s.common.has(w)) && (s.style !== 'mixed' || isCap(p));
    });
    if (!ok) continue;
    // "Dr", "St", "Ct": the address must end there (a comma, a full stop, the line end, a unit), not run into a name or a finding.
    // "… Gristmill Ln in Tollerby": "in" and a word after the street open its town (address-towns.ts).
    if (cues.streetAbbreviations.has(suffix.toLowerCase()) && !PART_END_RE.test(s.text.slice(end)) && !STREET_IN_TOWN_RE.test(s.text.slice(end, end + 8))) continue;
    addressSpan(s, start, end, s.text.indexOf(parts[0]!, start));
    addressUnit(s, end, cues);
  }
}

const ORDINAL_RE = /^\d{1,3}(?:st|nd|rd|th)$/;

let routeRe: RegExp | undefined;
// The first words of the numbered-road words routeRe was made of ("county" of "county rd"), lower case.
let routeFirstWords: ReadonlySet<string> = new Set();
/** House number, a numbered-road word, the road's number: "88 Route 9W", "7865 HWY 191", "12 county rd 40b". */
function routeRegex(c: PlaceCueSets): RegExp {
  if (routeRe) return routeRe;
  routeFirstWords = new Set(c.routeWords.map((words) => words[0]!.toLowerCase()));
  const routes = c.routeWords
    .map((words) => words.join('[ \\t]+'))
    .sort((a, b) => b.length - a.length)
    .join('|');
  routeRe = new RegExp(`(?<![\\w/.,-])\\d{1,6}[A-WYZa-wyz]?[ \\t]+(?:[NSEW]\\.?[ \\t]+)?(${routes})\\.?[ \\t]+#?\\d{1,4}[A-Za-z]?(?:[ \\t]+[NSEW]\\b)?(?![\\w/.-]\\w)`, 'gi');
  return routeRe;
}

/**
 * "88 Route 9W, Liberty", "7865 HWY 191 UNIT 4C", "12 county rd 40b\n": an address on a numbered road.
 * The address must end there (a comma, the line end, a separator, a unit), so a dose and a route
 * ("2 tabs route 1") never reads as one; in mixed-case notes the road word is capitalised.
 */
export function routeAddresses(s: TokenScanner, cues: PlaceCueSets = placeCues()): void {
  if (cues.routeWords.length === 0 || !/\d[A-Za-z]?[ \t]+[A-Za-z]/.test(s.text)) return;
  const re = routeRegex(cues);
  // A necessary condition (issue 11, speed: the pattern is tried at every character, most reports
  // hold no numbered road): in a match the road word's first word has a blank before it and a blank
  // or a stop after it (the number's gap, the next word's gap or "\.?[ \t]+"), so it is a whole
  // token of the note, in ASCII letters (the `i` flag folds ASCII letters alone) as its lower form has them.
  if (s.cueTokens(routeFirstWords).length === 0) return;
  for (const m of allMatches(re, s.text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (s.style === 'mixed' && !isCap(m[1]!)) continue;
    if (!PART_END_RE.test(s.text.slice(end))) continue;
    addressSpan(s, start, end, start);
    addressUnit(s, end, cues);
  }
}

let unitRe: RegExp | undefined;
/** A unit word and its short number, after a comma, blanks or one line break: "Apt 4B", "\nFl 3W", ", UNIT 1P", "#14". */
function unitRegex(c: PlaceCueSets): RegExp {
  if (unitRe) return unitRe;
  const words = [...c.unitWords].map((w) => w.replace(/[#]/g, '\\#')).sort((a, b) => b.length - a.length).join('|');
  unitRe = new RegExp(`^\\.?(?:[ \\t]*,[ \\t]*|[ \\t]*\\n[ \\t]*|[ \\t]+)((?:${words})\\.?[ \\t]*#?[ \\t]*(?:\\d{1,4}[A-Za-z]?|[A-Za-z]\\d{1,3}|\\d{1,2}[A-Za-z]{1,2}))(?![\\w/.-]\\w)`, 'i');
  return unitRe;
}

/** The unit after a street found (ends at `end`): its own LOCATION span, as written ("Suite 171"). */
function addressUnit(s: TokenScanner, end: number, cues: PlaceCueSets): void {
  const m = unitRegex(cues).exec(s.text.slice(end, end + 24));
  if (!m) return;
  const start = end + m[0].length - m[1]!.length;
  addressSpan(s, start, end + m[0].length, start);
}

/** Records an address (or unit) span from `start` to `end`; marks the tokens that start from `markFrom` on. */
function addressSpan(s: TokenScanner, start: number, end: number, markFrom: number): void {
  s.spans.push({ start, end, category: 'LOCATION', source: 'place-address' });
  for (let p = markFrom; p < end; p++) {
    const i = s.byStart.get(p);
    if (i !== undefined) s.marked.add(i);
  }
}

// A number sign and a number after a word: the word labels the number ("REF # 2026010", "Acct #44").
const LABEL_OF_NUMBER_RE = /^[ \t]*#[ \t]*[A-Z]{0,4}-?\d/i;

/**
 * The town after an address or a facility ("… Dr, Sandhaven.", "Oakhurst Urgent Care, Quillby"):
 * up to three words after the comma that close the part, the first a proper word.
 */
export function townsAfterPlaces(s: TokenScanner, vocab: KeepVocabulary): void {
  for (const span of [...s.spans]) {
    if (span.category !== 'LOCATION' && span.category !== 'INSTITUTION') continue;
    if (span.source === 'place-address') townAfterStreet(s, span.end, vocab);
    // The pattern needs a separator past the blanks: most places are followed by something else, read in place.
    const sep = nextNonBlank(s.text, span.end);
    const comma = sep === 44 || sep === 0xb7 || sep === 124 || sep === 0x2022 ? /^[ \t]*[,·|•][ \t]*/.exec(s.text.slice(span.end, span.end + 8)) : null;
    if (!comma) continue;
    const first = s.byStart.get(span.end + comma[0].length);
    if (first === undefined || s.marked.has(first)) continue;
    const t = s.tokens[first]!;
    if (!caseFits(s, t)) continue;
    // "Granite Falls Orthopedic Group, Wheeling" closing a copy line: after an organisation, a
    // capitalised word that ends the line is its town even when it is also an English word.
    const lineTown = !properWord(s, t, vocab);
    // "refills to Walgreens on Federal St, Temperance.": after a street, too, a capitalised word
    // closing the line (or its sentence at the line end) is the town, even an English word.
    const afterStreet = span.source === 'place-street' || span.source === 'place-address';
    if (lineTown && ((span.category !== 'INSTITUTION' && !afterStreet) || t.word.length < 3 || (t.flags & LEX.STOP) !== 0 || (t.flags & LEX.CLINICAL) !== 0 || (t.flags & LEX.CREDENTIAL) !== 0 || (t.flags & LEX.TITLE) !== 0 || notTownWord(t.lower) || !isCap(t.word))) continue;
    let last = first;
    while (last - first < 2 && joined(s, last, true)) {
      const n = s.tokens[last + 1]!;
      if ((n.flags & LEX.STOP) !== 0 || (n.flags & LEX.CLINICAL) !== 0 || !caseFits(s, n) || s.marked.has(last + 1)) break;
      last++;
    }
    if (!(lineTown ? (afterStreet ? /^\.?[ \t]*(?:\n|$)/ : /^[ \t]*(?:\n|$)/) : PART_END_RE).test(s.text.slice(s.tokens[last]!.end))) continue;
    // "LIONHEART EYE BANK, REF # 2026010", "Harbor Labs, Acct #44": a word before a number sign and
    // a number labels the number; it names no town.
    if (LABEL_OF_NUMBER_RE.test(s.text.slice(s.tokens[last]!.end, s.tokens[last]!.end + 12))) continue;
    for (let k = first; k <= last; k++) s.mark(k, 'LOCATION', 'place-town');
  }
}

/**
 * "lives alone on 456 tanager way in temple, 2nd floor", "12 Oak St in Frendship.": after a street,
 * "in" and one word closing the part name its town: a word no vocabulary holds, a town or a word
 * that is also one, or a town written with a slip.
 */
function townAfterStreet(s: TokenScanner, end: number, vocab: KeepVocabulary): void {
  const m = /^[ \t]+in[ \t]+/i.exec(s.text.slice(end, end + 8));
  const i = m ? s.byStart.get(end + m[0].length) : undefined;
  if (i === undefined || s.marked.has(i)) return;
  const t = s.tokens[i]!;
  if (!caseFits(s, t) || (t.flags & (LEX.STOP | LEX.CLINICAL | LEX.TITLE)) !== 0 || !PART_END_RE.test(s.text.slice(t.end))) return;
  if (properWord(s, t, vocab) || (t.flags & (LEX.PLACE | LEX.AMBIGUOUS)) !== 0 || misspeltTown(t, vocab)) s.mark(i, 'LOCATION', 'place-town');
}

/**
 * "347 Meadowbrook Rd, Revere 07019", "1988 ELM ST, TRENTON 02557": a ZIP code right after a town
 * found (by any rule or the model) after a comma, closing its line or part, is the address's ZIP
 * code, though no state names it; on a street's line, also after a town taken for a name. Run
 * last, when every town is found.
 */
export function zipsAfterTowns(s: TokenScanner): void {
  for (const span of [...s.spans]) {
    if (span.category !== 'LOCATION' && span.category !== 'NAME') continue;
    // Most spans are followed by no blank and digit: the pattern's first need, read in place before the slice.
    const m = digitAfterBlanks(s.text, span.end) ? ZIP_AFTER_RE.exec(s.text.slice(span.end, span.end + 24)) : null;
    if (!m) continue;
    const closing = s.text.slice(span.end + m[0].length, span.end + m[0].length + 8);
    const tail = ZIP_TAIL_RE.test(closing);
    if (!/^[ \t]*(?:$|\n|[,;·|•]|\.(?:\s|$))/.test(closing) && !tail) continue;
    const lineStart = s.text.lastIndexOf('\n', span.start - 1) + 1;
    // The town's words (its last is the span) follow the comma that closes the street.
    const before = s.text.slice(lineStart, span.start);
    if (!/,[ \t]*(?:[A-Za-z.'-]+[ \t]+){0,2}$/.test(before)) continue;
    // A town taken for a name ("1203 BIRCH LN, EAST MARLOW 30219") counts on a street's line only.
    // A street after a residence verb: "lives at 12 Elm St, ".
    // Anywhere before on the line, so strong words only (not ADDRESS_CUE_BEFORE's "home", "moved" nor residenceWords' "born").
    const residence = /\b(?:lives|living|resides|residing|reside|address)\b[^\n]*\d+[A-Za-z]?[ \t]+[A-Za-z]/i.test(before);
    if (span.category === 'NAME' && !residence && !/^[ \t]*(?:[A-Za-z ]+:[ \t]*)?\d+[A-Za-z]?[ \t]+[A-Za-z]/.test(before)) continue;
    // Running text after the ZIP code ("… Harwell 98578 with grandson …") only after such a street.
    if (tail && !residence) continue;
    const zipStart = span.end + m[0].length - m[1]!.length;
    if (s.spans.some((sp) => sp.start <= zipStart && zipStart < sp.end)) continue;
    s.spans.push({ start: zipStart, end: zipStart + m[1]!.length, category: 'ZIP', source: 'place-zip' });
  }
}

/** Whether token `i` follows an origin cue: a verb or noun and a preposition, or a person and a bare preposition. */
function originCue(s: TokenScanner, i: number, cues: PlaceCueSets): 'verb' | 'noun' | 'bare' | undefined {
  const prep = s.tokens[i - 1];
  if (!prep || !cues.originPrepositions.has(prep.lower) || !s.blankBetween(i - 1, i)) return undefined;
  // "Lives w/ River in X", "will stay with niece Violet in X": a residence verb, a companion, then the preposition.
  for (let k = i - 3; k >= Math.max(1, i - 6); k--) {
    if (!cues.originCompanions.has(s.tokens[k]!.lower)) continue;
    const v = s.tokens[k - 1]!.lower;
    // The initial of a companion's name keeps its dot ("stay with nephew R. Potter in X").
    const between = s.text.slice(s.tokens[k]!.end, prep.start).replace(/^\//, '').replace(/\b[A-Za-z]\./g, 'A');
    if ((cues.originVerbs.has(v) || cues.weakOriginVerbs.has(v)) && !/[.;:!?\n(),]/.test(between)) return 'verb';
    break;
  }
  const verb = s.tokens[i - 2];
  if (!verb || !s.blankBetween(i - 2, i - 1)) return undefined;
  if (cues.originVerbs.has(verb.lower)) return 'verb';
  // "lives alone in X", "moved back from X": one adverb between the verb and the preposition.
  const before = s.tokens[i - 3];
  if (before && cues.originAdverbs.has(verb.lower) && s.blankBetween(i - 3, i - 2) && cues.originVerbs.has(before.lower)) return 'verb';
  if (cues.originNouns.has(verb.lower) || cues.weakOriginVerbs.has(verb.lower)) return 'noun';
  // A person before it: a person word, or a name found ("sister Ana Ruiz from X").
  const person = cues.originPersons.has(verb.lower) || (s.marked.has(i - 2) && !inPlace(s, i - 2));
  return cues.barePrepositions.has(prep.lower) && person ? 'bare' : undefined;
}

// What may follow "<town found>, <state>" when no part ends: a lower-case word or a date (also
// ISO, "2025-03-08", or an ordinal day, "16th of November").
const TOWN_STATE_GOES_ON_RE = /^[ \t]+(?:[a-z]|\d{1,2}[/.-]\d|(?:19|20)\d\d-\d|\d{1,2}(?:st|nd|rd|th)\b)/;

// A ZIP code after a state: five digits (and four), not a range, a decimal or a measure.
const ZIP_AFTER_RE = /^[ \t]+(\d{5}(?:-\d{4})?)(?![\w.,/-]?\d)(?![ \t]*(?:%|mg|ml|cc|units?|cells|copies|patients|cases)\b)/;

/** Whether one blank or more and then a digit follow position `at`: what {@link ZIP_AFTER_RE} needs first, read in place. */
function digitAfterBlanks(text: string, at: number): boolean {
  let p = at;
  for (let c = text.charCodeAt(p); c === 32 || c === 9; c = text.charCodeAt(++p));
  const d = text.charCodeAt(p);
  return p > at && d >= 48 && d <= 57;
}

/**
 * "Gallup, Vermont  00327", "PATERSON RHODE ISLAND 09453-4453", "Salem VT  09361": the ZIP code
 * after a state (of `len` tokens from `i`), the town before it on its line (up to three words
 * after a comma or the line start, none a function word nor found already) and the state, LOCATION.
 */
function zipAfterState(s: TokenScanner, i: number, len: number, cues: PlaceCueSets): void {
  const stateEnd = s.tokens[i + len - 1]!.end;
  if (!digitAfterBlanks(s.text, stateEnd)) return;
  const m = ZIP_AFTER_RE.exec(s.text.slice(stateEnd, stateEnd + 24));
  if (!m) return;
  // The state closes a town on its line: a word before it with only a comma or blanks between.
  const prev = s.tokens[i - 1];
  if (!prev || !/^[ \t]*,?[ \t]*$/.test(s.text.slice(prev.end, s.tokens[i]!.start))) return;
  // "Job ID 19830": a code that also labels a number needs the comma of an address.
  if (len === 1 && cues.labelCodes.has(s.tokens[i]!.lower) && !/,/.test(s.text.slice(prev.end, s.tokens[i]!.start))) return;
  const zipStart = stateEnd + m[0].length - m[1]!.length;
  // The second run of the state pass finds the same ZIP code again.
  if (s.spans.some((sp) => sp.start === zipStart)) return;
  s.spans.push({ start: zipStart, end: zipStart + m[1]!.length, category: 'ZIP', source: 'place-zip' });
  // The town: back from the state over blank-joined words; it starts at a comma, a street or the line start.
  const first = townRunBefore(s, i, (k) => {
    const w = s.tokens[k]!;
    return !s.marked.has(k) && (w.flags & LEX.STOP) === 0 && caseFits(s, w) && !cues.streetAbbreviations.has(w.lower) && !cues.unitWords.has(w.lower) && w.word.length > 1;
  });
  if (first < 0) return;
  const before = s.text.slice(Math.max(0, s.tokens[first]!.start - 40), s.tokens[first]!.start);
  const opens = /(?:^|\n)[ \t]*$/.test(before) || /,[ \t]*$/.test(before) || (first > 0 && inPlace(s, first - 1) && /^[ \t]+$/.test(s.text.slice(s.tokens[first - 1]!.end, s.tokens[first]!.start)));
  if (!opens) return;
  for (let k = first; k < i; k++) s.mark(k, 'LOCATION', 'place-town');
  // "Harmony ME 07921": with its town and ZIP code the state closes an address, comma or not.
  for (let k = i; k < i + len; k++) s.mark(k, 'LOCATION', 'place-state');
}

/**
 * The first token of the town (one to three words, blank- or hyphen-joined, each passing `townWord`)
 * that ends right before the state at token `i`; -1 when the word before the state is no town word.
 */
function townRunBefore(s: TokenScanner, i: number, townWord: (k: number) => boolean): number {
  let first = i - 1;
  if (first < 0 || !townWord(first)) return -1;
  while (i - first < 3 && first > 0 && joined(s, first - 1, true) && townWord(first - 1)) first--;
  return first;
}

// Separators of a letterhead or address line ("12 Elm St · Dunmore, PA · 555-0100").
const SEPARATOR_BEFORE_RE = /[·|•][ \t]*$/;
const SEPARATOR_AFTER_RE = /^[ \t]*(?:[·|•]|\d{5}\b|\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4})/;

/**
 * "SALEM, MI · 423.284.5885", "· Liberty, NY", "Dunmore, PA" opening a letterhead line: the town
 * before a capitals state code (at `i`) that closes a part, when the town opens its line or follows
 * a separator or a place found. A code that is also a word ("OK", "IN", "ME") needs a separator, a
 * ZIP code or a phone number after it, or a separator or place before the town. Marks the town;
 * true when one was found.
 */
function townBeforeState(s: TokenScanner, i: number, after: string, cues: PlaceCueSets): boolean {
  const w = s.tokens[i]!.lower;
  if (cues.roomCodes.has(w)) return false;
  const townWord = (k: number) => {
    const t = s.tokens[k]!;
    return !s.marked.has(k) && (t.flags & LEX.STOP) === 0 && caseFits(s, t) && t.word.length > 1 && /^[A-Za-z]/.test(t.word) && (t.flags & LEX.TITLE) === 0 && (t.flags & LEX.CREDENTIAL) === 0 && !cues.streetAbbreviations.has(t.lower) && !cues.unitWords.has(t.lower);
  };
  // Eponyms are towns too ("Salem, MI"): a clinical word is taken only after a separator or a place.
  const clinicalOnly = (k: number) => (s.tokens[k]!.flags & LEX.CLINICAL) !== 0 && (s.tokens[k]!.flags & LEX.COMMON) === 0;
  const first = townRunBefore(s, i, townWord);
  if (first < 0) return false;
  const before = s.text.slice(Math.max(0, s.tokens[first]!.start - 40), s.tokens[first]!.start);
  const strong = SEPARATOR_BEFORE_RE.test(before) || (first > 0 && inPlace(s, first - 1) && /^[ \t]*[,·|•][ \t]*$/.test(s.text.slice(s.tokens[first - 1]!.end, s.tokens[first]!.start)));
  const lineStart = /(?:^|\n)[ \t]*$/.test(before);
  if (!strong && !(lineStart && (!cues.wordCodes.has(w) || SEPARATOR_AFTER_RE.test(after)))) return false;
  for (let k = first; !strong && k < i; k++) if (clinicalOnly(k)) return false;
  for (let k = first; k < i; k++) s.mark(k, 'LOCATION', 'place-town');
  return true;
}

/**
 * "lives in Fenwick, NC with", "care from Dr Oda in Lac-Saint-Aubin, MN.": one to three Title-case
 * words no vocabulary holds as ordinary (a town that is also a surname) before the comma (ending at
 * `k`), after an origin cue: they are a town, LOCATION, and the capitals code after the comma its
 * state. Without a verb of residence or treatment the code must close the part and be no credential
 * ("message from Ward, PA re:", "seen by Jones, MD" stay names). In a one-case note the words are
 * in its case, and one the vocabulary holds counts after a verb of residence only ("LIVES WITH
 * SON IN HOPE, NY.", not "SEEN IN CLINIC, MD AWARE").
 */
function namedTownBefore(s: TokenScanner, k: number, ends: boolean, cues: PlaceCueSets): boolean {
  if (k < 0 || inPlace(s, k)) return false;
  // The town's first word is token k - 2 at the earliest and originCue needs a preposition right
  // before it: without one among tokens k - 3 … k - 1 the cue is undefined and nothing is marked.
  let prep = false;
  for (let j = Math.max(0, k - 3); j < k && !prep; j++) prep = cues.originPrepositions.has(s.tokens[j]!.lower);
  if (!prep) return false;
  // In a one-case note the town is in the note's case ("LIVES WITH SON IN PROSPER, MI."); a word
  // of the vocabulary counts there only after a verb of residence (checked below).
  const oneCase = s.style !== 'mixed';
  const townWord = (t: Token) =>
    oneCase ? /^[A-Za-z]{3,}$/.test(t.word) && (t.flags & (LEX.STOP | LEX.TITLE | LEX.CREDENTIAL | LEX.CLINICAL)) === 0 : isCap(t.word) && hasLower(t.word) && (t.flags & (LEX.STOP | LEX.TITLE | LEX.CREDENTIAL | LEX.COMMON)) === 0;
  let first = k;
  if (!townWord(s.tokens[k]!)) return false;
  // Inside a hyphenated compound an ordinary word joins the town too ("Lac-Saint-Aubin").
  const hyphenOk = (t: Token, gap: string) => gap === '-' && isCap(t.word) && hasLower(t.word) && (t.flags & (LEX.STOP | LEX.TITLE | LEX.CREDENTIAL)) === 0;
  for (; first > 0 && k - first < 2; first--) {
    const gap = s.text.slice(s.tokens[first - 1]!.end, s.tokens[first]!.start);
    if (!/^[ \t]+$|^-$/.test(gap) || !(townWord(s.tokens[first - 1]!) || hyphenOk(s.tokens[first - 1]!, gap))) break;
  }
  const cue = originCue(s, first, cues);
  const credential = (lexiconFlags(s.tokens[k + 1]!.lower) & (LEX.CREDENTIAL | LEX.SIGN_CREDENTIAL)) !== 0;
  if (!(cue === 'verb' || (cue !== undefined && ends && !credential))) return false;
  if (oneCase && (cue !== 'verb' || !ends)) for (let j = first; j <= k; j++) if ((s.tokens[j]!.flags & LEX.COMMON) !== 0) return false;
  for (let j = first; j <= k; j++) if (!s.marked.has(j)) s.mark(j, 'LOCATION', 'place-town');
  return true;
}

/**
 * States: as the last part of an address in every profile ("Fenwick, NC", "Marlow Creek, MN
 * 58285"), and before a word of its law ("per NM law") or after an origin cue ("called from MN",
 * "tx'd in Maine") in the strict profile. A
 * code that is also a word or clinical abbreviation ("OR", "ME", "CT") needs a verb before the cue.
 * Run before the keep-list (which would take "Nebraska" for a name) and again at the end, when the
 * towns the place passes found can close an address.
 */
export function states(s: TokenScanner, profile: DeidProfile, cues: PlaceCueSets = placeCues()): void {
  // With the shipped cues a word in none of the four state lists is skipped on its lexicon mask.
  const gated = cues === placeCues();
  const { words, kinds } = stateWords(cues);
  // A token in none of the four state lists gets no length below: only the tokens of their union
  // are read (cue-tokens.ts), in order, and one look-up says which lists hold the word.
  let next = 0;
  for (const i of s.cueTokens(words)) {
    if (i < next) continue;
    const t = s.tokens[i]!;
    if (gated && (t.flags & LEX.STATE_WORD) === 0) continue;
    const kind = kinds.get(t.lower)!;
    const code = t.word.length === 2 && !hasLower(t.word) && (kind & STATE_CODE) !== 0;
    let len = 0;
    if (code) len = 1;
    else if ((kind & STATE_NAME) !== 0) len = 1;
    else if ((kind & STATE_NAME_START) !== 0 && joined(s, i, false) && cues.stateNames.has(`${t.lower} ${s.tokens[i + 1]!.lower}`)) len = 2;
    // "ithaca ct  00599": in a one-case note a lower-case code before a ZIP code closes an address too.
    else if (s.style !== 'mixed' && t.word.length === 2 && (kind & STATE_CODE) !== 0 && digitAfterBlanks(s.text, t.end) && ZIP_AFTER_RE.test(s.text.slice(t.end, t.end + 16))) len = 1;
    // "per me regulations": in a one-case note a lower-case code before a word of its law, after a lead (stateLaw; strict).
    else if (profile === 'strict' && s.style !== 'mixed' && t.word.length === 2 && (kind & STATE_CODE) !== 0 && stateLaw(s, i, 1, true, cues)) len = 1;
    if (len === 0 || !caseFits(s, t)) continue;
    zipAfterState(s, i, len, cues);
    if (s.marked.has(i)) continue;
    // The address shape: "<a place found>, NC" or "<Town>, MN 58285".
    const prev = s.tokens[i - 1];
    const afterComma = !!prev && isCommaGap(s.text, prev.end, t.start);
    // "per ME regulations", "Ohio DMV": the state whose law applies says where the patient lives. A
    // state alone is no Safe Harbor identifier, so only the strict profile takes it there.
    const byLaw = profile === 'strict' && stateLaw(s, i, len, code, cues);
    // Every way to mark below but the strict profile's cue and law needs the comma: without it and
    // outside the strict profile the state is left as it is (speed: most are "in", "or", "me").
    if (!afterComma && profile !== 'strict') continue;
    const after = s.text.slice(s.tokens[i + len - 1]!.end);
    const ends = PART_END_RE.test(after);
    // "2363 Kiln Dr, lisbon falls, RI 02462": on a street's line the town before the code may be written in lower case.
    const address = afterComma && ends && (inPlace(s, i - 1) || (/^[ \t]+\d{5}\b/.test(after) && (isCap(prev.word) || streetOnLineBefore(s, prev.start))));
    const cue = profile === 'strict' && ends ? originCue(s, i, cues) : undefined;
    // "back to CT", "from OR": a code that is also a word needs a verb of residence or treatment.
    const byCue = code && cues.roomCodes.has(t.lower) ? false : cue === 'verb' || (cue !== undefined && !(code && cues.wordCodes.has(t.lower)));
    const lettered = !address && code && afterComma && ends && townBeforeState(s, i, after, cues);
    // "Lives in Oakhaven, PA with nephew", "family in Pine Bluff, Ohio 1/21": after a town found, the
    // state closes the place before a lower-case word or a date too (a room code still needs the end).
    const townFound = !address && afterComma && inPlace(s, i - 1) && !cues.roomCodes.has(t.lower) && TOWN_STATE_GOES_ON_RE.test(after) && (s.style === 'mixed' || /^[ \t]+\d/.test(after));
    if (!address && !byCue && !lettered && !townFound && !byLaw && !(code && afterComma && namedTownBefore(s, i - 1, ends, cues))) continue;
    for (let k = i; k < i + len; k++) s.mark(k, 'LOCATION', 'place-state');
    next = i + len;
  }
}

// Which state lists hold a word: a code, a name or abbreviation, the first word of a two-word name.
const STATE_CODE = 1;
const STATE_NAME = 2;
const STATE_NAME_START = 4;
const STATE_WORDS = new WeakMap<PlaceCueSets, { words: ReadonlySet<string>; kinds: ReadonlyMap<string, number> }>();

/** The words of the four state lists of `cues` (one set, for cue-tokens.ts) and, per word, the lists that hold it. */
function stateWords(cues: PlaceCueSets): { words: ReadonlySet<string>; kinds: ReadonlyMap<string, number> } {
  let made = STATE_WORDS.get(cues);
  if (made === undefined) {
    const kinds = new Map<string, number>();
    const add = (list: ReadonlySet<string>, kind: number) => {
      for (const w of list) kinds.set(w, (kinds.get(w) ?? 0) | kind);
    };
    add(cues.stateCodes, STATE_CODE);
    add(cues.stateNames, STATE_NAME);
    add(cues.stateAbbreviations, STATE_NAME);
    add(cues.stateNameStarts, STATE_NAME_START);
    made = { words: new Set(kinds.keys()), kinds };
    STATE_WORDS.set(cues, made);
  }
  return made;
}

/**
 * "per NM law", "under Vermont statute", "ME DMV notified": a state before a word of its law or
 * administration (states.lawsAfter) names the state whose rules apply, and so where the patient
 * lives. A code that is also a word ("ME", "OR") needs "per", "under" or "by" before it too, and so
 * do up to two words of the law's subject between ("per ME school entry law").
 */
function stateLaw(s: TokenScanner, i: number, len: number, code: boolean, cues: PlaceCueSets): boolean {
  const p = s.tokens[i - 1];
  const led = !!p && s.blankBetween(i - 1, i) && LAW_LEADS.has(p.lower);
  // "per ME school entry law", "under NM motor vehicle regulations": after a lead, up to two words
  // of the law's subject may stand between the state and the law's word, on the line, no function word.
  for (let k = i + len, between = 0; ; k++, between++) {
    const n = s.tokens[k];
    if (!n || !joined(s, k - 1, false)) return false;
    if (cues.stateLawsAfter.has(n.lower)) break;
    if (!led || between === 2 || (n.flags & LEX.STOP) !== 0 || !/^[A-Za-z]+$/.test(n.word)) return false;
  }
  return led || !(code && cues.wordCodes.has(s.tokens[i]!.lower));
}

// Words before a state's law ("per NM law"; deid-place-cues.yaml placeVocabulary.lawLeads).
const LAW_LEADS: ReadonlySet<string> = placeCues().lawLeads;

/**
 * "lives in HAVERLIN,", "PT FROM EASTWICK -", "visiting from Lac-Saint-Aubin,": after an origin
 * cue, a word no vocabulary holds (hyphenated compounds and up to three words) that closes the
 * phrase, or stands before the year of the move ("MOVED TO WILKES-BARRE IN 2007"), is a town; after
 * a word of residence and "in", so is a word written with a slip ("at home in gradner,").
 */
export function originPlaces(s: TokenScanner, vocab: KeepVocabulary, cues: PlaceCueSets = placeCues()): void {
  for (let i = 2; i < s.tokens.length; i++) {
    const t = s.tokens[i]!;
    if (wordTownAfterResidence(s, i, cues)) {
      s.mark(i, 'LOCATION', 'place-origin');
      continue;
    }
    if (s.marked.has(i) || !caseFits(s, t) || (t.flags & LEX.STOP) !== 0) continue;
    const cue = originCue(s, i, cues);
    if (!cue) continue;
    let last = i;
    // After a verb of residence a capitalised town that is also a word is the town ("lives in Hope,");
    // after a word of residence and "in", a town written with a slip ("lives w/ ana in gradner,").
    const home = s.tokens[i - 1]!.lower === 'in' && residenceBefore(s, i - 1, cues);
    let proper =
      properWord(s, t, vocab) ||
      ((cue === 'verb' || home) && s.style === 'mixed' && isCap(t.word) && (t.flags & LEX.AMBIGUOUS) !== 0) ||
      // "LIVES WITH MOTHER IN MARBLE.", "at home in reading)": in a one-case note, after a word of
      // residence and "in", a name that is also a word and opens a town's name of the places lexicon
      // ("Marble Falls", "Reading Center") closing the part; no clinical or clipped word ("in chance",
      // "in hope"), no word no town opens ("lives with wife in harmony").
      (home && s.style !== 'mixed' && (t.flags & LEX.AMBIGUOUS) !== 0 && (t.flags & LEX.PLACE_START) !== 0 && (t.flags & (LEX.CLINICAL | LEX.CLIPPED)) === 0) ||
      // "will stay with nephew in Yarrow": one edit from a word ("marrow"), but no word itself and
      // capitalised after a verb of residence.
      (cue === 'verb' && s.style === 'mixed' && isCap(t.word) && hasLower(t.word) && t.lower.length >= 4 && !vocab.has(t.lower) && (t.flags & (LEX.COMMON | LEX.CLINICAL | LEX.STOP)) === 0) ||
      (home && misspeltTown(t, vocab));
    while (last - i < 2 && joined(s, last, true)) {
      const n = s.tokens[last + 1]!;
      if ((n.flags & LEX.STOP) !== 0 || !caseFits(s, n) || s.marked.has(last + 1)) break;
      // A hyphenated compound is one town ("Lac-Saint-Aubin"); after a blank only Title-case or capitals words continue.
      // In a mixed-case note a Title-case word after a capitalised one goes on the town ("in Sawyer Gap;").
      const titleCase = s.style === 'mixed' && isCap(t.word) && isCap(n.word) && hasLower(n.word) && (n.flags & LEX.CLINICAL) === 0;
      if (s.text[n.start - 1] !== '-' && !titleCase && (s.style !== 'upper' || (n.flags & LEX.CLINICAL) !== 0)) break;
      proper ||= properWord(s, n, vocab);
      last++;
    }
    if (!proper || !ORIGIN_END_RE.test(s.text.slice(s.tokens[last]!.end))) continue;
    // A state or country alone is left to the state pass (and to the profile).
    if (last === i && (cues.stateNames.has(t.lower) || cues.stateCodes.has(t.lower) || cues.stateAbbreviations.has(t.lower) || STATE_OR_COUNTRY.has(t.lower))) continue;
    for (let k = i; k <= last; k++) s.mark(k, 'LOCATION', 'place-origin');
    i = last;
  }
}

// What closes a town named for a word after a verb of residence: a stop, a comma, a semicolon, a
// bracket, the line end, or a companion ("w/ sister", "with wife").
const WORD_TOWN_END_RE = /^(?:[ \t]*(?:[.;,)]|\r?\n|$)|[ \t]+(?:w\/|with)(?![A-Za-z]))/i;

/**
 * "Pt lives in liberty; husband drives", "LIVES IN CLIMAX W/ SISTER", "moved back from patience.":
 * right after a verb of residence or origin (originCues.verbs, an adverb between allowed) and "in"
 * or "from", one word that a name list holds though it is also a word (LEX.AMBIGUOUS: towns are
 * named so), closing its part, is the town, in the note's case or in lower case, unless it says how a
 * person lives (originCues.notPlaces: "lives in fear") or is clinical, a month or a function word.
 */
function wordTownAfterResidence(s: TokenScanner, i: number, cues: PlaceCueSets): boolean {
  const t = s.tokens[i]!;
  if (s.marked.has(i) || t.word.length < 4 || (t.flags & LEX.AMBIGUOUS) === 0 || (t.flags & (LEX.CLINICAL | LEX.STOP | LEX.TITLE | LEX.CREDENTIAL | LEX.STATE_WORD)) !== 0) return false;
  if (!/^[A-Za-z]+$/.test(t.word) || (s.style === 'mixed' && !isCap(t.word) && t.word !== t.lower)) return false;
  const prep = s.tokens[i - 1]!.lower;
  if ((prep !== 'in' && prep !== 'from') || cues.residenceNotPlaces.has(t.lower) || cues.notTowns.has(t.lower) || notTownWord(t.lower)) return false;
  return originCue(s, i, cues) === 'verb' && WORD_TOWN_END_RE.test(s.text.slice(t.end, t.end + 8));
}

// A science or specialty by its ending: "hematology", "virology", "toxicologic".
const SPECIALTY_RE = /olog(?:y|ic|ical)$/;

/**
 * "NORTHGATE CARDIOLOGY ASSOCIATES", "Tollerton Family Practice", "Bridgewell Orthopaedics": an
 * organisation head word after a run of name words, the first a proper word (no vocabulary holds it).
 */
export function organisations(s: TokenScanner, vocab: KeepVocabulary, cues: PlaceCueSets = placeCues()): void {
  const gated = cues === placeCues();
  for (let h = 1; h < s.tokens.length; h++) {
    const head = s.tokens[h]!;
    if (gated && (head.flags & LEX.ORG_HEAD) === 0) continue;
    // "Apex Home Medical", "Coastal Wheelchair Van": a head of two words opens its name before its first word.
    const compound = s.style === 'mixed' && cues.orgCompoundHeadEnds.has(head.lower) ? compoundHeadStart(s, h, cues) : -1;
    const strong = s.style === 'mixed' && (cues.orgStrongHeads.has(head.lower) || compound >= 0) && isCap(head.word);
    if (s.style !== 'mixed' && (cues.orgOneCaseHeads.has(head.lower) || cues.orgOneCaseKindHeads.has(head.lower)) && !s.marked.has(h) && oneCaseBusiness(s, h, cues)) continue;
    if ((!cues.orgHeads.has(head.lower) && !strong) || !caseFits(s, head) || s.marked.has(h)) continue;
    // Up to three words before the head on its line, blank-separated, none a function word.
    const hs = compound >= 0 ? compound : h;
    let j = hs;
    while (j > 0 && hs - j < 3 && joined(s, j - 1, false)) {
      const p = s.tokens[j - 1]!;
      if (((p.flags & LEX.STOP) !== 0 && !cues.orgInner.has(p.lower)) || !caseFits(s, p) || s.marked.has(j - 1)) break;
      j--;
    }
    // After a strong head, capitalised ordinary words are the name ("Summit Imaging"); the run
    // starts after any generic or clinical word.
    // A generic word right before the run makes the phrase a service, not a name ("Critical Care Transport").
    if (strong) {
      let k = hs;
      while (k > j && strongNameWord(s.tokens[k - 1]!) && !genericOpener(s.tokens[k - 1]!, cues)) k--;
      const stop = s.tokens[k - 1];
      const blocked = k > j && !!stop && isCap(stop.word) && genericOpener(stop, cues);
      while (k < hs && cues.orgNotFirst.has(s.tokens[k]!.lower)) k++;
      // Before a compound head a common word opening a sentence is mostly its verb ("Needs Wheelchair Van").
      const opener = compound >= 0 && k < hs && (s.tokens[k]!.flags & LEX.COMMON) !== 0 && /(?:^|\n|[.!?][ \t]+)[ \t]*$/.test(s.text.slice(Math.max(0, s.tokens[k]!.start - 4), s.tokens[k]!.start));
      if (!blocked && !opener && k < hs && (s.tokens[k]!.flags & LEX.FIRST) === 0) {
        for (let m = k; m <= h; m++) s.mark(m, 'INSTITUTION', 'place-org');
        continue;
      }
    }
    // The name starts at its first proper word; the generic words before it are not part of it.
    // (Four letters at least: a short unknown word is mostly an abbreviation, "VNA services".)
    // A specialty no word list holds ("Serology Lab", "Hematology Laboratories") opens no name either,
    // nor does a credential before a service in a signature ("RN, BSN, CCTC  Transplant", "MD, FACS  Transplant").
    while (j < h && !(s.tokens[j]!.lower.length >= 4 && properWord(s, s.tokens[j]!, vocab) && !SPECIALTY_RE.test(s.tokens[j]!.lower) && (s.tokens[j]!.flags & LEX.CREDENTIAL) === 0 && !cues.notAcronyms.has(s.tokens[j]!.lower))) j++;
    if (j === h || cues.orgNotFirst.has(s.tokens[j]!.lower) || (s.tokens[j]!.flags & LEX.FIRST) !== 0) continue;
    for (let k = j; k <= h; k++) s.mark(k, 'INSTITUTION', 'place-org');
  }
}

/**
 * The index of the first word of a compound head (organisations.compoundHeads) that ends at token
 * `h`, its words capitalised and separated by blanks ("Home Medical", "Wheelchair Van"); -1 when none does.
 */
function compoundHeadStart(s: TokenScanner, h: number, cues: PlaceCueSets): number {
  for (const words of cues.orgCompoundHeads) {
    const first = h - words.length + 1;
    if (first < 1) continue;
    let ok = true;
    for (let n = 0; n < words.length && ok; n++) {
      const t = s.tokens[first + n]!;
      ok = t.lower === words[n] && isCap(t.word) && (n === 0 || s.blankBetween(first + n - 1, first + n));
    }
    if (ok) return first;
  }
  return -1;
}

/**
 * "sent via lifeline ambulance", "TRANSPORTED BY ACTION AMBULANCE", "funeral home: wise mortuary": in
 * a one-case note, where case cannot mark a name, ordinary words before a head of
 * organisations.oneCaseHeads are a business
 * when a lead word (organisations.oneCaseLeads: "via", "by", "to" …) or a label's colon opens them.
 * The words are no function, title, credential or clinical-only word, and the first no generic one
 * ("via private ambulance", "to the local pharmacy" are services); a coined hyphenated word counts
 * as its halves ("at valu-rite pharmacy").
 */
function oneCaseBusiness(s: TokenScanner, h: number, cues: PlaceCueSets): boolean {
  let far = h;
  while (far > 0 && h - far < 3 && (joined(s, far - 1, false) || coinedHyphen(s, far - 1)) && !s.marked.has(far - 1) && businessWord(s.tokens[far - 1]!) && !genericOpener(s.tokens[far - 1]!, cues)) far--;
  // A head that also closes ordinary phrases ("interpreter services") needs two name words.
  const fewest = cues.orgOneCaseKindHeads.has(s.tokens[h]!.lower) && !cues.orgOneCaseHeads.has(s.tokens[h]!.lower) ? 2 : 1;
  // The name opens right after the lead: the farthest start that a lead or a label's colon opens
  // ("COURIER VELOCITY MEDICAL COURIER CONFIRMED": the log label, then the name).
  for (let k = far; h - k >= fewest; k++) {
    const first = s.tokens[k]!;
    if (cues.orgNotFirst.has(first.lower) || k === 0 || s.lex.firstNames.has(first.lower)) continue;
    const lead = s.tokens[k - 1]!;
    const gap = s.text.slice(lead.end, first.start);
    if (!((cues.orgOneCaseLeads.has(lead.lower) && /^[ \t]+$/.test(gap)) || /^[ \t]*:[ \t]*$/.test(gap))) continue;
    for (let m = k; m <= h; m++) s.mark(m, 'INSTITUTION', 'place-org');
    return true;
  }
  return false;
}

/**
 * Whether a hyphen alone joins tokens `a` and `a + 1` into a coined word, one half at least no common
 * word ("valu-rite pharmacy", "tri-valu drug"); not a compound of ordinary words ("walk-in pharmacy",
 * "long-term care pharmacy"), which names a kind of pharmacy.
 */
function coinedHyphen(s: TokenScanner, a: number): boolean {
  const next = s.tokens[a + 1];
  if (!next || s.text.slice(s.tokens[a]!.end, next.start) !== '-') return false;
  return ((s.tokens[a]!.flags & LEX.COMMON) === 0 || (next.flags & LEX.COMMON) === 0);
}

/** A word that may stand in a business name before its head: no function, title, credential or clinical-only word. */
function businessWord(t: Token): boolean {
  const f = t.flags;
  return t.lower.length >= 3 && (f & (LEX.STOP | LEX.TITLE | LEX.CREDENTIAL)) === 0 && !((f & LEX.CLINICAL) !== 0 && (f & LEX.COMMON) === 0);
}

/** A business word written capitalised, as a name before a strong head stands in a mixed-case note. */
function strongNameWord(t: Token): boolean {
  return isCap(t.word) && businessWord(t);
}

/** A generic or possessive word that never opens a business name ("Critical Care Transport", "via private ambulance"). */
function genericOpener(t: Token, cues: PlaceCueSets): boolean {
  return cues.orgNotFirst.has(t.lower) && !cues.orgInner.has(t.lower);
}

/** Whether the tokens from `i` spell `words`, joined by blanks or hyphens; the index after them, else -1. */
function spellsCue(s: TokenScanner, i: number, words: string[]): number {
  for (let n = 0; n < words.length; n++) {
    const t = s.tokens[i + n];
    if (!t || t.lower !== words[n] || (n > 0 && !joined(s, i + n - 1, true))) return -1;
  }
  return i + words.length;
}

/**
 * "Pharmacy: Brooks Pharmacy", "Insurance (METLIFE)", "retired from Medtronic", "INSURANCE IS
 * THROUGH NEIGHBORHOOD HEALTH PLAN": the organisation named after a label or phrase of the cue list
 * (rules/en/deid-place-cues.yaml, organisations.labels / phrases). One to four words on the line,
 * blank-joined (or by "&"), none a function word, clinical term or title; taken when a word is no
 * common English word, or the words are two or more capitalised ones in a mixed-case note, or two or
 * more ending in an organisation head in a one-case note.
 */
export function organisationsAfterCues(s: TokenScanner, cues: PlaceCueSets = placeCues()): void {
  const gated = cues === placeCues();
  for (let i = 0; i < s.tokens.length; i++) {
    if (gated ? (s.tokens[i]!.flags & LEX.ORG_CUE_START) === 0 : !cues.orgCueStarts.has(s.tokens[i]!.lower)) continue;
    let at = -1;
    // "MDIs given as ordered with increased VTs": "as" makes the phrase an instruction, not a supplier's.
    const asBefore = i > 0 && s.tokens[i - 1]!.lower === 'as';
    for (const words of asBefore ? [] : cues.orgPhrases) {
      const k = spellsCue(s, i, words);
      if (k > 0 && k < s.tokens.length && /^[ \t]+(?:the[ \t]+)?$/i.test(s.text.slice(s.tokens[k - 1]!.end, s.tokens[k]!.start))) at = k;
    }
    let labelled = false;
    for (const words of cues.orgLabels) {
      const k = spellsCue(s, i, words);
      if (k > 0 && k < s.tokens.length && /^[ \t]*(?::|\()[ \t]*$/.test(s.text.slice(s.tokens[k - 1]!.end, s.tokens[k]!.start))) {
        at = k;
        labelled = true;
      }
    }
    if (at < 0) continue;
    // "working at the post office": the article opens no name.
    if (!labelled && s.tokens[at]!.lower === 'the' && at + 1 < s.tokens.length && joined(s, at, false)) at++;
    const take: number[] = [];
    for (let k = at; k < s.tokens.length && take.length < 4; k++) {
      const t = s.tokens[k]!;
      if (take.length > 0 && !(joined(s, k - 1, false) || /^[ \t]+&[ \t]+$/.test(s.text.slice(s.tokens[k - 1]!.end, t.start)))) break;
      // A label's field ends at a column gap ("Sponsor: Halberd Pharmaceuticals   CRO: Cobalt CRO").
      if (labelled && take.length > 0 && /^(?: {2,}|\t)/.test(s.text.slice(s.tokens[k - 1]!.end, t.start))) break;
      // A generic word may stand inside a name ("Hope House Shelter"), not open it.
      if (((t.flags & LEX.STOP) !== 0 && !(take.length > 0 && cues.orgInner.has(t.lower))) || (t.flags & LEX.CLINICAL) !== 0 || s.marked.has(k) || (t.flags & LEX.TITLE) !== 0) break;
      // "employed at Zorbex Tooling until retirement": a conjunction of time goes on the sentence.
      if (cues.orgEnders.has(t.lower)) break;
      take.push(k);
    }
    if (take.length === 0) continue;
    // "grace fellowship of orchard", "First Baptist Church of Dunmore": a head, "of" and one word go on the name.
    const name = [...take];
    const head = s.tokens[name[name.length - 1]!]!;
    const tail = name[name.length - 1]! + 1;
    if (name.length >= 2 && (cues.orgCueHeads.has(head.lower) || cues.orgHeads.has(head.lower)) && s.tokens[tail]?.lower === 'of' && joined(s, tail - 1, false) && joined(s, tail, false)) {
      const town = s.tokens[tail + 1]!;
      if ((town.flags & (LEX.STOP | LEX.CLINICAL)) === 0 && !s.marked.has(tail + 1) && caseFits(s, town)) take.push(tail, tail + 1);
    }
    const last = s.tokens[take[take.length - 1]!]!;
    // The name ends its part: punctuation, a bracket, a slash before a second payer, the line end, a word that goes on the
    // sentence, or (after a label) a column gap.
    if (!(labelled && /^(?: {2,}|\t)/.test(s.text.slice(last.end, last.end + 3))) && !/^[ \t]*(?:[,;:.)\]/]|$|\n|[ \t]+\(|[ \t]+(?:as|in|on|for|since|until|till|from|through|and|after|before|with|where|prior|confirm\w*|approved|dated|were|was|is|are|has|had|rec['’]?d|received|pending|denied|faxed)(?![\w'’]))/i.test(s.text.slice(last.end, last.end + 12))) continue;
    const unknown = take.some((k) => {
      const t = s.tokens[k]!;
      // After the cue a word that is no common English word names it, even one the notes' vocabulary holds ("Medtronic").
      return t.lower.length >= 3 && (t.flags & LEX.COMMON) === 0 && (s.style !== 'mixed' || isCap(t.word));
    });
    // "arranged with Case Management", "ordered with Home Health": capitalised generic words name a service, not an agency.
    const capitals = s.style === 'mixed' && name.length >= 2 && name.every((k) => isCap(s.tokens[k]!.word)) && !cues.orgNotFirst.has(s.tokens[name[0]!]!.lower);
    const headed = s.style !== 'mixed' && name.length >= 2 && (cues.orgCueHeads.has(head.lower) || cues.orgHeads.has(head.lower));
    // "Pharmacy: Harmony", "Employer: Liberty": after a label, one capitalised word that also names a
    // person or a place, alone on the rest of its line, is the organisation's name (mixed-case notes).
    // "WORKING AT THE POST OFFICE FOR 32 YEARS", "worked at hazard coal mine in the 1970s": after a
    // phrase, two words or more that the time spent there follows name the workplace, unless one is
    // a job word or the first a generic one ("worked at night shift for 2 yrs", "at home for 5 years").
    const dated =
      !labelled &&
      take.length >= 2 &&
      TENURE_AFTER_RE.test(s.text.slice(last.end, last.end + 32)) &&
      !cues.orgNotFirst.has(s.tokens[take[0]!]!.lower) &&
      !take.some((k) => cues.jobWords.has(s.tokens[k]!.lower));
    const lone = labelled && take.length === 1 && s.style === 'mixed' && isCap(last.word) && hasLower(last.word) && (last.flags & (LEX.AMBIGUOUS | LEX.PLACE | LEX.FIRST | LEX.LAST)) !== 0 && /^[ \t]*(?:\n|$)/.test(s.text.slice(last.end, last.end + 4));
    if ((!unknown && !capitals && !headed && !lone && !dated) || (take.length === 1 && cues.orgCueNotNames.has(last.lower))) continue;
    for (const k of take) s.mark(k, 'INSTITUTION', 'place-org-cue');
    i = take[take.length - 1]!;
  }
}

// The time spent at a workplace after its name: "for 32 years", "x 14 yrs", "in the 1970s", "since 2009", "until 2015".
const TENURE_AFTER_RE = /^[ \t]+(?:for[ \t]+(?:over[ \t]+|about[ \t]+|~[ \t]*)?\d{1,2}[ \t]*(?:years?|yrs?|months?|mos?|decades?)\b|x[ \t]*\d{1,2}[ \t]*(?:years?|yrs?|y)\b|in[ \t]+the[ \t]+(?:19|20)?\d0'?s\b|(?:since|until|till)[ \t]+(?:19|20)\d\d\b)/i;

// A service of one to three words (hyphens inside) opening a bracket, then a comma: "(neuro-ophthalmology, ".
const SERVICE_IN_BRACKET_RE = /\([ \t]*[A-Za-z]+(?:[- \t][A-Za-z]+){0,3}[ \t]*,[ \t]*$/;

/**
 * The token before the bracket when the acronym `i` follows a service in it ("Ana Roe
 * (neuro-ophthalmology, KWH)"): every word of the service is a clinical, common or notes-vocabulary word, none of them
 * found as a name or place. Undefined otherwise.
 */
function serviceInBracket(s: TokenScanner, i: number): number | undefined {
  const t = s.tokens[i]!;
  const m = SERVICE_IN_BRACKET_RE.exec(s.text.slice(Math.max(0, t.start - 48), t.start));
  if (!m) return undefined;
  const open = t.start - m[0].length;
  let k = i - 1;
  while (k >= 0 && s.tokens[k]!.start > open) {
    const w = s.tokens[k]!;
    if (s.marked.has(k) || (w.flags & (LEX.CLINICAL | LEX.COMMON | LEX.VOCAB)) === 0) return undefined;
    k--;
  }
  return k >= 0 ? k : undefined;
}

/**
 * "Dr. Henrik Moody (CPC)", "PCP: Dr. Ana Ruiz, LCHC", "Dr. Sow at WCP", "Trinity Sanchez (RN, NSUH)":
 * in a mixed-case note, a capitals acronym of three to five letters right after a person found (a
 * bracket, a comma or "at" between; a credential may come first) and closing its part is the
 * person's practice or hospital; so is one that opens a line before a dash and the note's title
 * ("SLH - HISTORY & PHYSICAL", in the note's first lines). Credentials, clinical abbreviations, state codes and common words
 * are not.
 */
export function acronymsAfterPersons(s: TokenScanner, cues: PlaceCueSets = placeCues()): void {
  for (let i = 0; i < s.tokens.length; i++) {
    const t = s.tokens[i]!;
    if (t.word.length < 3 || t.word.length > 5 || !isCapitalsOnly(t.word) || s.marked.has(i)) continue;
    const w = t.lower;
    const wFlags = t.flags;
    if ((wFlags & LEX.CREDENTIAL) !== 0 || cues.notAcronyms.has(w) || (wFlags & LEX.STOP) !== 0 || (wFlags & LEX.TITLE) !== 0 || (wFlags & LEX.CLINICAL) !== 0 || (wFlags & LEX.COMMON) !== 0 || cues.stateCodes.has(w)) continue;
    // "SLH - HISTORY & PHYSICAL": an acronym that opens a line of the note's head before a dash and the title is the facility's.
    if (t.start < 240 && /(?:^|\n)[ \t]*$/.test(s.text.slice(Math.max(0, t.start - 8), t.start)) && /^[ \t]+[-–][ \t]+[A-Za-z]/.test(s.text.slice(t.end, t.end + 6))) {
      s.mark(i, 'INSTITUTION', 'place-acronym');
      continue;
    }
    if (facilityField(s, i) || listItemBeforePerson(s, i)) {
      s.mark(i, 'INSTITUTION', 'place-acronym');
      continue;
    }
    if (i === 0) continue;
    if (acronymAfterCredentials(s, i, cues)) {
      s.mark(i, 'INSTITUTION', 'place-acronym');
      continue;
    }
    // "MED CONTROL DR ANA ROE (KWH)": in a note in capitals only a bracket holding the acronym alone
    // sets it apart from the words of the sentence.
    const bracketed = /^[ \t]*\)/.test(s.text.slice(t.end, t.end + 3));
    if (s.style === 'lower' || (s.style === 'upper' && !bracketed)) continue;
    let p = i - 1;
    let gap = s.text.slice(s.tokens[p]!.end, t.start);
    // "Ana Roe (neuro-ophthalmology, KWH)": the person's service, then the hospital, in one bracket.
    const service = bracketed ? serviceInBracket(s, i) : undefined;
    if (service !== undefined) {
      p = service;
      gap = '(';
    } else if (s.tokens[p]!.lower === 'at' && /^[ \t]+$/.test(gap) && p > 0 && s.blankBetween(p - 1, p)) {
      // "Dr. Ana Roe at KWMC,": "at" is a token of its own; the person stands before it.
      p--;
      gap = ' at ';
    } else if ((s.tokens[p]!.flags & LEX.CREDENTIAL) !== 0 && /^[ \t]*,[ \t]*$/.test(gap) && p > 0) {
      const cred = s.tokens[p]!;
      p--;
      gap = s.text.slice(s.tokens[p]!.end, cred.start);
      // Only in brackets: "Ana Ruiz, MD, FACS" is a list of credentials.
      if (!/^[ \t]*\([ \t]*$/.test(gap)) continue;
    } else if (!/^[ \t]*(?:\(|,|[ \t]at)[ \t]*$/.test(gap) || (s.style === 'upper' && !/^[ \t]*\([ \t]*$/.test(gap))) continue;
    if (!s.inName(p)) continue;
    if (!/^[ \t]*(?:[,;)\]]|\.(?:\s|$)|$|\n)/.test(s.text.slice(t.end, t.end + 3))) continue;
    s.mark(i, 'INSTITUTION', 'place-acronym');
  }
}

// A separator of a header line's fields: a dash, a double dash or a bar between blanks (anywhere,
// ending the text before a field, opening the text after it).
const FIELD_SEP = '[ \\t]+(?:--?|–|—|\\|)[ \\t]+';
const FIELD_SEP_RE = new RegExp(FIELD_SEP);
const FIELD_SEP_END_RE = new RegExp(`${FIELD_SEP}$`);
const FIELD_SEP_START_RE = new RegExp(`^${FIELD_SEP}`);

/**
 * "Tomorrow's cases - 19AUG2023 - WMH", "Acute Visit - June 3, 2024 - CSIM", "Well Child Check - 8/22/2022
 * - Northgate": a field of a header line in the note's head (its first three lines of text; fields between dashes or bars, a
 * number in another field, not a table's row) that is one capitals acronym of three to six letters no vocabulary holds, or
 * one to three capitalised words closing the line of which one is no vocabulary's word (mixed-case
 * notes), names the facility. A title and one more field ("Inpatient Psychiatry - Day 5") is no header. A field of ordinary words ("Acute Visit") is the note's kind and stays.
 */
export function headerFields(s: TokenScanner, vocab: KeepVocabulary, cues: PlaceCueSets = placeCues()): void {
  const { tokens, text } = s;
  // The note's head: its first three lines of text, within 300 characters.
  const headEnd = Math.min(300, headOfLines(text, 3));
  // No separator of fields in the head, no header line.
  if (!FIELD_SEP_RE.test(text.slice(0, headEnd))) return;
  for (let i = 0; i < tokens.length && tokens[i]!.start < headEnd; i++) {
    const t = tokens[i]!;
    const lineStart = text.lastIndexOf('\n', t.start - 1) + 1;
    const before = text.slice(lineStart, t.start);
    if (before !== '' && !/^[ \t]+$/.test(before) && !FIELD_SEP_END_RE.test(before)) continue;
    // The field's words: up to three, blank-joined, on the line.
    let j = i;
    while (j + 1 < tokens.length && j - i < 2 && s.blankBetween(j, j + 1) && !FIELD_SEP_START_RE.test(text.slice(tokens[j]!.end, tokens[j + 1]!.start + 1))) j++;
    let lineEnd = text.indexOf('\n', t.end);
    if (lineEnd < 0) lineEnd = text.length;
    const after = text.slice(tokens[j]!.end, lineEnd);
    if (!/^[ \t]*$/.test(after) && !FIELD_SEP_START_RE.test(after)) continue;
    // A header of fields: a separator on the line, a number in another field, no table row.
    // Three fields or more: "Day 5", "Level 2" after one dash make a title, not a header.
    if (/^[ \t]*\|/.test(before) || !/\d/.test(before + after) || before.split(FIELD_SEP_RE).length + after.split(FIELD_SEP_RE).length < 4) continue;
    if (!facilityFieldWords(s, i, j, vocab, cues, after.trim() === '')) {
      i = j;
      continue;
    }
    for (let k = i; k <= j; k++) s.mark(k, 'INSTITUTION', 'place-header-field');
    i = j;
  }
}

/** Where the `n`th line holding text ends (blank lines not counted). */
function headOfLines(text: string, n: number): number {
  let seen = 0;
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (/\S/.test(text.slice(start, end)) && ++seen === n) return end;
    start = end + 1;
  }
  return text.length;
}

/** Whether tokens `i`..`j` are a facility's name as a header field: an unknown acronym, or capitalised words with an unknown one. */
function facilityFieldWords(s: TokenScanner, i: number, j: number, vocab: KeepVocabulary, cues: PlaceCueSets, lastField: boolean): boolean {
  const words = s.tokens.slice(i, j + 1);
  if (words.some((w, n) => s.marked.has(i + n) || (w.flags & (LEX.STOP | LEX.TITLE | LEX.CREDENTIAL)) !== 0)) return false;
  const unknown = (w: Token) => (w.flags & (LEX.COMMON | LEX.CLINICAL)) === 0 && !vocab.has(w.lower) && !cues.stateCodes.has(w.lower) && !cues.notAcronyms.has(w.lower) && !STATE_OR_COUNTRY.has(w.lower);
  // Two capitals are a writer's initials as often ("SEEN AGAIN | 3/4 | OV"): three to six.
  if (words.length === 1 && /^[A-Z]{3,6}$/.test(words[0]!.word)) return unknown(words[0]!) && !words[0]!.lower.endsWith('u');
  // Words only as the line's last field: the first fields say what the note is ("Ostomy Care Note -- …").
  return lastField && s.style === 'mixed' && words.every((w) => isCap(w.word) && hasLower(w.word)) && words.some(unknown);
}

// A hospital-shaped acronym: "…H" (hospital), "…HC", "…MC" (health or medical centre), "…HS" (health system).
const HOSPITAL_SHAPED_RE = /^[A-Z]{1,4}(?:H|HC|MC|HS)$/;

/**
 * "* QRV (A. Roe) 6/14 @ 13:15", "- KTW (Dr Lund) next week": an acronym opening a list item, before
 * a person found in brackets, is the place of a follow-up appointment (no word of the keep-list
 * vocabulary: "* CBC (Dr Roe)" is a test).
 */
function listItemBeforePerson(s: TokenScanner, i: number): boolean {
  const t = s.tokens[i]!;
  const next = s.tokens[i + 1];
  if ((t.flags & LEX.VOCAB) !== 0 || !next || !/^[ \t]+\([ \t]*$/.test(s.text.slice(t.end, next.start))) return false;
  const lineStart = s.text.lastIndexOf('\n', t.start - 1) + 1;
  if (!/^[ \t]*(?:[-*#•]|\d{1,2}[.)])[ \t]*$/.test(s.text.slice(lineStart, t.start))) return false;
  // The person right after the bracket, written with an initial ("(P. Amsel)") or after a title
  // ("(Dr Lund)"): a device or a brand in brackets ("IVUS (OptiCross)") is no person seen there.
  const initial = next.word.length === 1 && s.text[next.end] === '.';
  return (initial && s.inName(i + 1)) || ((next.flags & LEX.TITLE) !== 0 && s.inName(i + 2));
}

// A fellowship, a college's or a board's credential written after a degree ("MD, FACS", "FRCPC", "DABR"): not a workplace.
const FELLOWSHIP_RE = /^(?:F(?:A|RC)|DAB)[A-Z]+$/;
// What closes the workplace after "Name, MD, XYZ": a comma and the town, capitalised, ending the line
// ("QRV, Bear Creek"). The line end or a wide gap alone is left: a credential no list holds ends a
// signature as often ("PharmD, BCXX").
const WORKPLACE_END_RE = /^,[ \t]*[A-Z][A-Za-z'’.-]*(?:[ \t]+[A-Z][A-Za-z'’.-]*){0,2}[ \t]*(?:\r?\n|$)/;

/**
 * "Archer Pham, MD (WMH)", "Jesus Kowalski, PA-C, BVH", "Ana Ruiz, RN, BSN (NSUH)": a capitals
 * acronym after a person's run of credentials names where the person works: in brackets, any
 * acronym (a fellowship, "F…" of four letters or more, excepted: "MD (FACS)"); after a comma, a
 * hospital-shaped one ("…H", "…HC", "…MC", "…HS"), since an unlisted credential stands there as often;
 * or any other (no fellowship, "FA…", "FRC…", nor a keep-list word) before a comma and the town
 * closing a signature or copy line ("Ann Roe, M.D., QRV, Elm Creek", "ABE LUND, DO, KTW, PINE HOLLOW").
 */
function acronymAfterCredentials(s: TokenScanner, i: number, cues: PlaceCueSets): boolean {
  const t = s.tokens[i]!;
  let p = i - 1;
  const gap = s.text.slice(s.tokens[p]!.end, t.start);
  const bracket = /^[ \t]*,?[ \t]*\([ \t]*$/.test(gap);
  // In a one-case note only after a comma: "LICSW (ESP)" may be a programme's name or a credential.
  if (bracket ? s.style !== 'mixed' : !/^\.?[ \t]*,[ \t]*$/.test(gap)) return false;
  const after = s.text.slice(t.end, t.end + 40);
  if (bracket ? /^F[A-Z]{3,}$/.test(t.word) : !HOSPITAL_SHAPED_RE.test(t.word) && (FELLOWSHIP_RE.test(t.word) || (t.flags & LEX.VOCAB) !== 0 || !WORKPLACE_END_RE.test(after))) return false;
  // Back over the credentials ("MD", "PA-C", "RN, BSN", "M.D.") to the name before them.
  let creds = 0;
  while (p > 0) {
    const c = s.tokens[p]!;
    const before = s.text.slice(s.tokens[p - 1]!.end, c.start);
    // "M.D.", "D.O.": single letters joined by full stops; "PA-C", "FNP-BC": a short tail after a hyphen.
    const dotted = c.word.length === 1 && s.text[c.end] === '.' && (before === '.' || (s.tokens[p + 1]!.word.length === 1 && s.text.slice(c.end, s.tokens[p + 1]!.start) === '.'));
    const credential = (c.flags & LEX.CREDENTIAL) !== 0 || cues.notAcronyms.has(c.lower) || (c.word.length <= 2 && before === '-') || dotted;
    if (!credential) break;
    creds++;
    p--;
    if (before === '-' || (dotted && before === '.')) continue;
    if (!/^[ \t]*,?[ \t]*$/.test(before)) return false;
  }
  if (creds === 0 || !s.inName(p)) return false;
  return /^[ \t]*(?:[,;)\]]|\.(?:\s|$)|$|\n|[ \t]{2,})/.test(after);
}

/**
 * "pharmacy on Front Rd in Athool", "lives in a rooming house on quarry road", "MOVED NEAR ELM
 * AVENUE": a street named without its house number after a lead (rules/en/deid-place-cues.yaml,
 * addresses.streetLeads): one to three words, none a function or clinical word, then a street suffix. In a
 * mixed-case note the words and the suffix are capitalised, and an abbreviated suffix has no
 * capitalised word after it ("seen on Monday Dr Ruiz"); in a one-case note only the suffixes that
 * are no ordinary word count (addresses.oneCaseSuffixes: not "way", "place", "court").
 */
export function streetsAfterLeads(s: TokenScanner, cues: PlaceCueSets = placeCues()): void {
  if (cues.streetLeads.size === 0) return;
  const mixed = s.style === 'mixed';
  // The leads' tokens alone, in order (cue-tokens.ts).
  for (const i of s.cueTokens(cues.streetLeads)) {
    if (i + 2 >= s.tokens.length || !joined(s, i, false)) continue;
    for (let n = 1; n <= 3; n++) {
      const k = i + n;
      const w = s.tokens[k]!;
      if (s.marked.has(k) || (w.flags & (LEX.STOP | LEX.CLINICAL)) !== 0 || w.word.length < 2 || !/^[A-Za-z][A-Za-z'-]*$/.test(w.word) || (mixed && !isCap(w.word) && hasLower(w.word))) break;
      if (!joined(s, k, false)) break;
      const sfx = s.tokens[k + 1]!;
      const abbreviated = cues.streetAbbreviations.has(sfx.lower);
      if (!cues.streetSuffixes.has(sfx.lower) && !abbreviated) continue;
      if (mixed ? !isCap(sfx.word) && hasLower(sfx.word) : !cues.oneCaseStreetSuffixes.has(sfx.lower)) break;
      // "on County Rd 19": a numbered road, which the gold of an address without its house number leaves.
      if (/^[ \t]+\d/.test(s.text.slice(sfx.end, sfx.end + 3))) break;
      if (mixed && abbreviated) {
        const after = s.tokens[k + 2];
        if (after && s.blankBetween(k + 1, k + 2) && isCap(after.word)) break;
      }
      for (let j = i + 1; j <= k + 1; j++) s.mark(j, 'LOCATION', 'place-street');
      break;
    }
  }
}

/**
 * Where an acronym alone is a facility's, whatever the words around it: a field of a header line of
 * bars in the note's head that holds a number too ("… | ACC 9486552072 | SLH", "PCR 2016-31180 |
 * BMF | July 22nd"; a table's rows open with a bar and are no header), or
 * the bracket after a date that says where an earlier study was done ("COMPARISON: 1-Aug-2019
 * (UHW)", "mammograms 10-Feb-2022 (GSRA)"). An acronym alone on a note's first line is as often
 * the note's kind ("NPN") and is left alone.
 */
function facilityField(s: TokenScanner, i: number): boolean {
  const t = s.tokens[i]!;
  const lineStart = s.text.lastIndexOf('\n', t.start - 1) + 1;
  let lineEnd = s.text.indexOf('\n', t.end);
  if (lineEnd < 0) lineEnd = s.text.length;
  const before = s.text.slice(lineStart, t.start);
  const after = s.text.slice(t.end, lineEnd);
  // A header line of the note's head, not a table's row ("| 801A | Forrest Hood | 58M | UGIB |").
  if (t.start < 300 && !/^[ \t]*\|/.test(before) && /\|[ \t]*$/.test(before) && /^[ \t]*(?:\||$)/.test(after) && /\d/.test(before + after)) return true;
  return DATE_BEFORE_BRACKET_RE.test(before) && /^[ \t]*\)/.test(after);
}

// A date right before an open bracket: "3/2/21 (", "1-Aug-2019 (", "24AUG2018 (", "2016 (".
const DATE_BEFORE_BRACKET_RE = /(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}[ -]?[A-Za-z]{3}[ -]?\d{2,4}|(?<!\d)(?:19|20)\d{2})[ \t]*\([ \t]*$/;

// A line closing a sentence: a word of three letters or more, then a full stop.
const SENTENCE_END_RE = /[A-Za-z]{3,}\.[ \t]*$/;

// A post-office box opening its line: "PO Box 4412", "P.O. BOX 77", "po box 9".
const PO_BOX_LINE_RE = /(?:^|\n)[ \t]*(p\.?[ \t]?o\.?[ \t]+box)(?=[ \t]+\d)/gi;

// The word "box" of PO_BOX_LINE_RE, as a token (cue-tokens.ts).
const BOX_WORD: ReadonlySet<string> = new Set(['box']);

/**
 * A necessary condition of a match of PO_BOX_LINE_RE, read on the tokens: "box" has a blank on either
 * side in a match, so it is a token of its own whose lower case is "box" (under `i` without `u` only
 * ASCII letters match its letters); the "p" opens its line after blanks and the "o" is followed by a
 * dot or a blank, so the token before "box" (nothing but a dot and blanks between) is "o" ("P.O.",
 * "p o") or "po". Most reports hold no such pair, and the report is not scanned with the regex.
 */
function mayOpenPoBox(s: TokenScanner): boolean {
  for (const k of s.cueTokens(BOX_WORD)) {
    const p = s.tokens[k - 1];
    if (p !== undefined && (p.lower === 'o' || p.lower === 'po')) return true;
  }
  return false;
}

/**
 * Letterheads: the line right above a street that opens its line ("Lowe's\n824 Lakeview Ln",
 * "Dr. Ana Ruiz\nMaple Terrace Cardiology Associates\n46 Prince Ct") names the organisation at that
 * address; a department line between them ("Family Practice", "Claims Unit") is passed over. A line
 * with a person found, a comma, a digit or a colon, a credential or a title is no organisation. The
 * department words are data (addresses.departmentWords); run after the name passes.
 */
export function letterheads(s: TokenScanner, cues: PlaceCueSets = placeCues()): void {
  // Where the address opens its line, and the first token of the address.
  const openings: { at: number; next: number | undefined }[] = [];
  for (const span of s.spans) {
    if (span.source !== 'place-address' || !/^\d/.test(s.text.slice(span.start, span.start + 1))) continue;
    // The first word of the street (its house number is no token).
    let next: number | undefined;
    for (let p = span.start; p < span.end && next === undefined; p++) next = s.byStart.get(p);
    openings.push({ at: span.start, next });
  }
  // An insurer's or agency's post-office box opens its line as a street does ("Keystar Health Plan\nPO Box 4412, …").
  for (const m of mayOpenPoBox(s) ? allMatches(PO_BOX_LINE_RE, s.text) : []) {
    const at = m.index + m[0].length - m[1]!.length;
    openings.push({ at, next: s.byStart.get(at) });
  }
  for (const { at, next: first } of openings) {
    let next = first;
    let lineStart = s.text.lastIndexOf('\n', at - 1) + 1;
    if (lineStart === 0 || !/^[ \t]*$/.test(s.text.slice(lineStart, at))) continue;
    if (next === undefined) continue;
    for (let up = 0; up < 2 && lineStart > 0; up++) {
      const end = lineStart - 1;
      const ls = s.text.lastIndexOf('\n', end - 1) + 1;
      const line = s.text.slice(ls, end);
      if (!line.trim() || line.length > 60 || /[\d:@|,;]/.test(line)) break;
      // A sentence's full stop after a word is no name's ("Thank you."); a company's "Inc." is.
      if (SENTENCE_END_RE.test(line) && !cues.orgHeads.has(/(\w+)\.[ \t]*$/.exec(line)![1]!.toLowerCase())) break;
      const idx: number[] = [];
      for (let k = next - 1; k >= 0 && s.tokens[k]!.start >= ls; k--) idx.unshift(k);
      if (idx.length === 0 || idx.length > 6 || idx.some((k) => s.inName(k))) break;
      const words = idx.map((k) => s.tokens[k]!);
      if (words.some((t) => (t.flags & LEX.CREDENTIAL) !== 0 || (t.flags & LEX.TITLE) !== 0 || cues.notAcronyms.has(t.lower)) || (s.style === 'mixed' && !isCap(words[0]!.word))) break;
      if (cues.departmentOpeners.has(words[0]!.lower) || words.every((t) => cues.departmentWords.has(t.lower) || (t.flags & LEX.CLINICAL) !== 0 || (t.flags & LEX.STOP) !== 0)) {
        next = idx[0]!;
        lineStart = ls;
        continue;
      }
      for (const k of idx) if (!s.marked.has(k)) s.mark(k, 'INSTITUTION', 'place-letterhead');
      break;
    }
  }
}

/**
 * "transferred from BHI", "seen at LHCF", "imaging from UHN (May 6)", "ER AT KVM": a capitals acronym
 * that no vocabulary holds, after a cue of transfer or care elsewhere and a preposition (optionally
 * "the"), names a facility (rules/en/deid-place-cues.yaml, acronyms). Clinical acronyms ("to MICU",
 * "sent to IR", "seen by PT") are vocabulary; state codes, credentials and degrees never count.
 * Lower-case notes are left to the hospital-shaped pass.
 */
export function acronymsAfterMoves(s: TokenScanner, vocab: KeepVocabulary, cues: PlaceCueSets = placeCues()): void {
  if (s.style === 'lower' || cues.acronymCues.size === 0) return;
  for (let i = 2; i < s.tokens.length; i++) {
    const t = s.tokens[i]!;
    const word = t.word;
    if (word.length < 2 || word.length > 6 || s.marked.has(i) || !isCapitalsOnly(word)) continue;
    let p = i - 1;
    if (s.tokens[p]!.lower === 'the' && joined(s, p, false)) p--;
    const prep = s.tokens[p];
    const cue = s.tokens[p - 1];
    if (!prep || !cue || !cues.acronymPrepositions.has(prep.lower) || !joined(s, p, false) || !joined(s, p - 1, false) || !cues.acronymCues.has(cue.lower)) continue;
    // Glued to a hyphen, slash or digit it is a code or a ward ("to ICU-B", "at BP/HR").
    if (/^[-/'’\d]/.test(s.text.slice(t.end, t.end + 1))) continue;
    const w = t.lower;
    const wFlags = t.flags;
    // A unit of the hospital ends in U ("to CRSU", "from CVICU", "to 4TSU"): a ward, not a facility.
    if (w.endsWith('u') && w.length >= 3) continue;
    if (vocab.has(w) || (wFlags & LEX.COMMON) !== 0 || (wFlags & LEX.CLINICAL) !== 0 || (wFlags & LEX.STOP) !== 0 || (wFlags & LEX.TITLE) !== 0 || (wFlags & LEX.CREDENTIAL) !== 0 || cues.notAcronyms.has(w)) continue;
    if (cues.stateCodes.has(w) || cues.stateAbbreviations.has(w) || STATE_OR_COUNTRY.has(w)) continue;
    s.mark(i, 'LOCATION', 'place-acronym');
  }
}

/**
 * "admitted from the U", "RESIDENT TRANSFERRED TO THE GENERAL.", "transplant referral to the General -
 * evaluated 2018": a hospital called by one word of its name (rules/en/deid-place-cues.yaml,
 * nicknames) after a preposition and "the", closing its phrase: a stop, the line end, a function
 * word, a number or a ward word after it ("the General lab"). Capitalised in a mixed-case note; in a
 * one-case note a movement cue (acronyms.cues) stands within six words before. "the general
 * surgery team", "in the General Medicine clinic" go on a phrase and stay.
 */
export function nicknamesAfterMoves(s: TokenScanner, cues: PlaceCueSets = placeCues()): void {
  if (cues.nicknames.size === 0) return;
  const { tokens, text } = s;
  // The nicknames' tokens alone, in order (cue-tokens.ts).
  for (const i of s.cueTokens(cues.nicknames)) {
    const t = tokens[i]!;
    if (i < 2 || s.marked.has(i)) continue;
    const the = tokens[i - 1]!;
    const prep = tokens[i - 2]!;
    if (the.lower !== 'the' || !cues.nicknamePrepositions.has(prep.lower) || !s.blankBetween(i - 2, i - 1) || !s.blankBetween(i - 1, i)) continue;
    if (s.style === 'mixed' ? !isCap(t.word) : !movementBefore(s, i - 2, cues)) continue;
    const after = text.slice(t.end, t.end + 1);
    // Glued to a hyphen, slash, apostrophe or digit it is another word ("the U-tube", "the U/S").
    if (/^[-/'’\d]/.test(after)) continue;
    const next = tokens[i + 1];
    const closes =
      !next ||
      !s.blankBetween(i, i + 1) ||
      (next.flags & LEX.STOP) !== 0 ||
      cues.nicknameWards.has(next.lower) ||
      /^[ \t]+\d/.test(text.slice(t.end, next.start + 1));
    if (!closes) continue;
    s.mark(i, 'LOCATION', 'place-nickname');
  }
}

/** Whether a movement cue (deid-place-cues.yaml acronyms.cues) stands within six words before token `p`, on its line. */
function movementBefore(s: TokenScanner, p: number, cues: PlaceCueSets): boolean {
  for (let k = p - 1; k >= 0 && k >= p - 6; k--) {
    if (!noLineFeed(s.text, s.tokens[k]!.end, s.tokens[k + 1]!.start)) return false;
    if (cues.acronymCues.has(s.tokens[k]!.lower)) return true;
  }
  return false;
}

/**
 * "retired Boeing worker", "former Stop & Shop cashier", "FORMER PILGRIM'S PRIDE WORKER": the
 * employer named between a lead and an occupation (rules/en/deid-place-cues.yaml, employers). One
 * to four words on the line, joined by blanks or "&"; capitalised in a mixed-case note, or holding a
 * word no vocabulary holds in a one-case note; one ordinary word alone is the trade ("retired postal
 * worker", "Retired School Teacher", "FORMER STEEL WORKER" stay).
 */
export function employersBeforeOccupations(s: TokenScanner, vocab: KeepVocabulary, cues: PlaceCueSets = placeCues()): void {
  if (cues.occupations.size === 0) return;
  const gated = cues === placeCues();
  for (let h = 2; h < s.tokens.length; h++) {
    if (gated ? (s.tokens[h]!.flags & LEX.OCCUPATION) === 0 : !cues.occupations.has(s.tokens[h]!.lower)) continue;
    // Back from the occupation over up to four name words to the lead.
    let j = h;
    while (j > 0 && h - j < 4 && joinedOrAmpersand(s, j - 1)) {
      const p = s.tokens[j - 1]!;
      if (cues.employerLeads.has(p.lower)) break;
      if ((p.flags & LEX.STOP) !== 0 || s.marked.has(j - 1) || ((p.flags & LEX.CLINICAL) !== 0 && (p.flags & LEX.COMMON) === 0)) { j = -1; break; }
      j--;
    }
    if (j <= 0 || j === h || !cues.employerLeads.has(s.tokens[j - 1]!.lower) || !s.blankBetween(j - 1, j)) continue;
    const words = s.tokens.slice(j, h);
    // One ordinary word alone is the trade, not the employer ("Retired School Teacher").
    // (A capitalised word is taken as written: a one-letter slip of a vocabulary word is no cue against it.)
    const proper = s.style === 'mixed' ? words.some((t) => (t.flags & LEX.COMMON) === 0 && !vocab.has(t.lower)) : words.some((t) => properWord(s, t, vocab));
    const named = s.style === 'mixed' ? words.every((t) => isCap(t.word)) && (proper || words.length >= 2) : proper;
    if (!named) continue;
    for (let k = j; k < h; k++) s.mark(k, 'INSTITUTION', 'employer');
  }
}
