import type { KnownIdentifiers, PersonName } from '../domain/report.js';
import type { PhiCategory, PhiSpan } from './phi-span.js';
import { loadLexicons } from './lexicons.js';
import { placeCues } from './free-text/place-rules.js';
import { nameCues } from './rules/deid-rules.js';
import { detectDates, MONTH_WORDS } from './patterns.js';
import { isoReadingsOfDateText } from './date-parse.js';
import { foldDiacritics, isNonAsciiNameLetter } from './fold-text.js';
import { isAsciiAlnum, isAsciiLetter } from '../util/ascii-chars.js';

/**
 * The identifiers known from one report's structured context, compiled for fast search: name
 * parts and ids go into sets looked up per token (no per-report regex over names), addresses,
 * organisations and e-mails into one phrase regex.
 */
export interface KnownMatcher {
  /** Normalised name parts (lowercase, no hyphen / apostrophe), matched case-insensitively. */
  names: Set<string>;
  /** Name parts that are also common words, matched only Capitalised or UPPER ("Will", "WILL"). */
  namesCased: Set<string>;
  /** Lower-case "first last" / "last first" pairs of names with a part that is also a word. */
  pairs: Set<string>;
  /** Initials as written in text: "J.S.", "J. S.". */
  initials: Set<string>;
  /** Ids, phones and ZIP codes, alphanumerics only, uppercase → category. */
  ids: Map<string, PhiCategory>;
  maxIdLength: number;
  /** The ids' first characters, as a table indexed by uppercase char code (the scan tests it once per chunk; chunks starting otherwise are skipped). */
  idFirstCodes: Uint8Array;
  /** Words of the patient's address (town, street name): found by the name scan, reported as LOCATION. */
  places: Set<string>;
  /**
   * Each structured person name's parts (patients', then providers'), normalised as `names` holds
   * them (`nameParts` → `normName`): the words the report's surrogates must not draw.
   */
  nameWords: Array<readonly string[]>;
  /** ISO birth date. */
  birthDate?: string;
  /**
   * Addresses, organisations and e-mails: lowercased first word, and either the phrase's words (a
   * plain ASCII phrase, compared by hand) or a sticky case-insensitive regex (any other phrase).
   */
  phraseRules: Array<{ head: string; words?: readonly string[]; re?: RegExp; category: PhiCategory }>;
}


// The country parts of a structured address and the affixes of a structured name, which are no identifier to
// search the text for (deid-place-cues.yaml placeVocabulary.addressCountries, deid-name-cues.yaml nameWords.structuredNameAffixes).
const COUNTRIES: ReadonlySet<string> = placeCues().addressCountries;
const NAME_TITLES: ReadonlySet<string> = new Set(nameCues().nameWords.structuredNameAffixes);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
export const normName = (w: string) => foldDiacritics(w).toLowerCase().replace(/['’-]/g, '');
const normId = (s: string) => (isUpperAlnum(s) ? s : s.replace(/[^A-Za-z0-9]/g, '').toUpperCase());

/** Whether `s` is only ASCII letters and digits (possibly empty). */
function isAsciiAlnumOnly(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isAsciiAlnum(s.charCodeAt(i))) return false;
  return true;
}

/** Whether `s` is only digits and capitals A-Z (most ids as sent): {@link normId} gives it back as it is. */
function isUpperAlnum(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90))) return false;
  }
  return true;
}

// Feeds repeat the same names (the same radiologists sign most reports, a patient has many
// studies): the per-name work below is memoised by name value, bounded and dropped when full.
const MAX_CACHED = 20_000;
function remember<V>(cache: Map<string, V>, k: string, v: V): V {
  if (cache.size >= MAX_CACHED) cache.clear();
  cache.set(k, v);
  return v;
}
/** One key per structured person name, for the per-name caches here and in the guard. */
export const personNameKey = (n: PersonName) => `${n.family ?? ''}\u0000${n.given.join('\u0001')}\u0000${n.text ?? ''}`;
const partsCache = new Map<string, readonly string[]>();

/** Splits a person name into its parts (family, given names, free-text tokens), titles dropped. */
export function nameParts(n: PersonName): readonly string[] {
  const k = personNameKey(n);
  const hit = partsCache.get(k);
  if (hit) return hit;
  const raw = [n.family ?? '', ...n.given, n.text ?? ''].join(' ');
  const parts = raw
    .split(/[\s,]+/)
    .map((p) => p.replace(/^[.'’-]+|[.'’-]+$/g, ''))
    .filter((p) => p.length >= 2 && !NAME_TITLES.has(p.toLowerCase()));
  // Hyphenated and apostrophe names are searched whole and by piece ("Smith-Jones", "Jones").
  const pieces = parts.flatMap((p) => p.split(/[-'’]/).filter((q) => q.length >= 2));
  return remember(partsCache, k, Object.freeze([...new Set([...parts, ...pieces])]));
}

const ambiguousCache = new Map<string, boolean>();

/** Whether a name part must be matched case-sensitively (it is also a common word or a clinical term). */
export function isAmbiguousName(part: string): boolean {
  const hit = ambiguousCache.get(part);
  if (hit !== undefined) return hit;
  const lex = loadLexicons();
  const w = normName(part);
  return remember(ambiguousCache, part, w.length <= 2 || lex.ambiguousNames.has(w) || lex.clinical.has(w));
}

/** A word in Title case, diacritics folded ("NÚÑEZ" → "Nunez"). */
export const titleCase = (s: string) => {
  const f = foldDiacritics(s);
  return f.charAt(0).toUpperCase() + f.slice(1).toLowerCase();
};

/**
 * The written forms a name part that is also a word is matched in ("Will", "WILL"): Title case and
 * capitals, diacritics folded, apostrophes and hyphens dropped. The matcher and the guard share them.
 */
export function casedForms(part: string): [string, string] {
  return [titleCase(part).replace(/['’-]/g, ''), foldDiacritics(part).toUpperCase().replace(/['’-]/g, '')];
}

function phrasePattern(phrase: string): string {
  return phrase.trim().split(/\s+/).map(escape).join('[\\s,]+');
}

// Compiling a regex costs more than matching it, and a feed repeats its addresses and
// organisations: one sticky regex per phrase, memoised (bounded). Sharing is safe: every use sets
// `lastIndex` before `exec`.
const phraseRegexes = new Map<string, RegExp>();
function phraseRegex(phrase: string): RegExp {
  return phraseRegexes.get(phrase) ?? remember(phraseRegexes, phrase, new RegExp(`${phrasePattern(phrase)}(?![A-Za-z0-9])`, 'iy'));
}

/**
 * The lower-cased words of a phrase that {@link phraseEnd} can match exactly as the phrase regex
 * does: printable ASCII, no word starting with a comma (the regex's `[\s,]+` would eat it).
 */
export function plainPhraseWords(phrase: string): string[] | undefined {
  const words = phrase.trim().split(/\s+/);
  if (!words.every((w) => /^[\x21-\x7e]+$/.test(w) && !w.startsWith(','))) return undefined;
  return words.map((w) => w.toLowerCase());
}

// JavaScript's \s (the phrase regex's separator with the comma).
const isJsSpace = (c: number) =>
  c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/**
 * Where the phrase of `words` ends when it starts at `at` (-1 when it does not), as the sticky
 * `w1[\s,]+w2…(?![A-Za-z0-9])` regex with the `i` flag answers: ASCII letters match either case,
 * and no other character matches an ASCII letter under `i` without `u`.
 */
export function phraseEnd(text: string, at: number, words: readonly string[]): number {
  const n = text.length;
  let p = at;
  for (let w = 0; w < words.length; w++) {
    if (w > 0) {
      const from = p;
      while (p < n && (isJsSpace(text.charCodeAt(p)) || text.charCodeAt(p) === 44)) p++;
      if (p === from) return -1;
    }
    const word = words[w]!;
    if (p + word.length > n) return -1;
    for (let j = 0; j < word.length; j++) {
      let c = text.charCodeAt(p + j);
      if (c >= 65 && c <= 90) c += 32;
      if (c !== word.charCodeAt(j)) return -1;
    }
    p += word.length;
  }
  return p < n && isAsciiAlnum(text.charCodeAt(p)) ? -1 : p;
}
// Characters by class, for the chunk scan: 0 neither letter nor digit, an ASCII letter, a digit, a
// letter beyond ASCII (as `isLetter` has it). Bits, so that a chunk's classes or-ed together tell
// at once whether it holds a digit and whether it is only ASCII letters. Tabled up to U+024F (the
// Latin letters of most names); beyond, the class is worked out.
const ASCII_LETTER = 1;
const ASCII_DIGIT = 2;
const OTHER_LETTER = 4;
const CHAR_CLASS = new Uint8Array(0x250);
for (let c = 0; c < 0x250; c++) {
  CHAR_CLASS[c] = c >= 48 && c <= 57 ? ASCII_DIGIT : c < 128 ? (isAsciiAlnum(c) ? ASCII_LETTER : 0) : c >= 0xc0 && isNonAsciiNameLetter(c) ? OTHER_LETTER : 0;
}
const charClass = (c: number) => (c < 0x250 ? CHAR_CLASS[c]! : c >= 0xc0 && isNonAsciiNameLetter(c) ? OTHER_LETTER : 0);

interface CompiledName {
  names: string[];
  cased: string[];
  initials?: string;
  /** "hope graves": first and last name side by side, folded lower case, when a part is also a word. */
  pairs: string[];
  /** Every part, normalised (see `KnownMatcher.nameWords`). */
  words: readonly string[];
}
const compiledNames = new Map<string, CompiledName>();
// Most structured names are a family name and one given name: those are memoised by the two
// strings themselves (family, then given), so no key is joined, flattened and hashed per name per
// report; other names by `personNameKey`. Each memo is bounded and dropped when full.
const compiledPairs = new Map<string, Map<string, CompiledName>>();
let compiledPairCount = 0;

/** The compiled form of `n`, memoised by its value. */
function compiledName(n: PersonName): CompiledName {
  if (n.family === undefined || n.given.length !== 1 || n.text !== undefined) {
    const key = personNameKey(n);
    return compiledNames.get(key) ?? remember(compiledNames, key, compileName(n));
  }
  let byGiven = compiledPairs.get(n.family);
  const hit = byGiven?.get(n.given[0]!);
  if (hit) return hit;
  if (compiledPairCount >= MAX_CACHED) {
    compiledPairs.clear();
    compiledPairCount = 0;
    byGiven = undefined;
  }
  if (!byGiven) {
    byGiven = new Map();
    compiledPairs.set(n.family, byGiven);
  }
  const c = compileName(n);
  byGiven.set(n.given[0]!, c);
  compiledPairCount++;
  return c;
}

function compileName(n: PersonName): CompiledName {
  const parts = nameParts(n);
  const c: CompiledName = { names: [], cased: [], pairs: namePairs(n), words: parts.map(normName) };
  for (const part of parts) {
    if (isAmbiguousName(part)) {
      c.cased.push(...casedForms(part));
    } else c.names.push(normName(part));
  }
  const given = n.given[0] ?? n.text?.split(/\s+/)[0];
  const family = n.family ?? n.text?.split(/\s+/).slice(-1)[0];
  const gi = given && foldDiacritics(given).charAt(0).toUpperCase();
  const fi = family && foldDiacritics(family).charAt(0).toUpperCase();
  if (gi && fi && /^[A-Z]$/.test(gi) && /^[A-Z]$/.test(fi)) c.initials = `${gi}${fi}`;
  return c;
}

/**
 * A name part that is also a word ("Hope", "Grace Hill") is matched alone only when written
 * Capitalised or in capitals; written in lower case it is still the name next to another part of
 * the same name ("hope graves", "hill, grace"). Only names with such a part get pairs.
 */
export function namePairs(n: PersonName): string[] {
  const parts = nameParts(n);
  if (!parts.some((p) => isAmbiguousName(p))) return [];
  const givens = n.given.flatMap((g) => g.split(/\s+/)).filter((g) => g.length >= 2);
  const families = (n.family ?? n.text?.split(/\s+/).slice(-1)[0] ?? '').split(/\s+/).filter((f) => f.length >= 2);
  const out = new Set<string>();
  for (const g of givens) for (const f of families) {
    out.add(`${normName(g)} ${normName(f)}`);
    out.add(`${normName(f)} ${normName(g)}`);
  }
  return [...out];
}

function addName(k: KnownMatcher, n: PersonName): void {
  const c = compiledName(n);
  k.nameWords.push(c.words);
  for (const w of c.names) k.names.add(w);
  for (const w of c.cased) k.namesCased.add(w);
  if (c.initials) k.initials.add(c.initials);
  for (const p of c.pairs) k.pairs.add(p);
}

/**
 * The separated parts of an id that identify on their own ("RAD2024-88812" → "88812"): runs of five
 * or more digits. Shorter parts ("2024") are years and counts as often as they are ids.
 */
export function idPieces(id: string): string[] {
  // An id of letters and digits alone is one part: no pieces (most ids; no split needed).
  if (isAsciiAlnumOnly(id)) return [];
  const parts = id.split(/[^A-Za-z0-9]+/).filter(Boolean);
  return parts.length > 1 ? parts.filter((p) => /^\d{5,}$/.test(p)) : [];
}

// The char-code tables of a matcher (128 flags, one a report) are cut from a shared slab: a
// typed array of its own is an off-heap buffer to allocate and later free for every report. A slab
// is freed once no table cut from it is referenced (kept small, so a matcher held long holds little
// else); every table starts zeroed (never reused).
const SLAB_BYTES = 1 << 13;
let slab = new ArrayBuffer(SLAB_BYTES);
let slabUsed = 0;

/** A fresh, zeroed table of 128 flags indexed by ASCII char code. */
function asciiTable(): Uint8Array {
  if (slabUsed + 128 > SLAB_BYTES) {
    slab = new ArrayBuffer(SLAB_BYTES);
    slabUsed = 0;
  }
  const table = new Uint8Array(slab, slabUsed, 128);
  slabUsed += 128;
  return table;
}

/** Compiles one report's known identifiers (layer 1); the leak guard reuses the same matcher. */
export function compileKnown(known: KnownIdentifiers): KnownMatcher {
  const k: KnownMatcher = { names: new Set(), namesCased: new Set(), pairs: new Set(), places: new Set(), nameWords: [], initials: new Set(), ids: new Map(), maxIdLength: 0, idFirstCodes: asciiTable(), phraseRules: [] };
  for (const n of known.patientNames) addName(k, n);
  for (const n of known.providerNames) addName(k, n);
  const addId = (v: string, c: PhiCategory) => {
    const a = normId(v);
    if (a.length < 4) return;
    k.ids.set(a, c);
    k.idFirstCodes[a.charCodeAt(0)] = 1;
    k.maxIdLength = Math.max(k.maxIdLength, a.length);
  };
  for (const ids of [known.patientIds, known.otherIds]) {
    for (const id of ids) {
      addId(id, 'ID');
      for (const piece of idPieces(id)) addId(piece, 'ID');
    }
  }
  for (const p of known.phones) {
    let d = p.replace(/\D/g, '');
    if (d.length === 11 && d.startsWith('1')) d = d.slice(1);
    if (d.length < 7) continue;
    addId(d, 'PHONE');
    addId(`1${d}`, 'PHONE');
    if (d.length === 10) addId(d.slice(3), 'PHONE');
  }
  const bd = known.birthDate ? /^(\d{4})-?(\d{2})-?(\d{2})/.exec(known.birthDate) : null;
  if (bd) {
    k.birthDate = `${bd[1]}-${bd[2]}-${bd[3]}`;
    addId(`${bd[2]}${bd[3]}${bd[1]}`, 'DATE');
  }
  const addPhrase = (p: string, category: PhiCategory) => {
    const rule = phraseRuleOf(p, category);
    if (rule) k.phraseRules.push(rule);
  };
  for (const e of known.emails) if (e.includes('@')) addPhrase(e, 'EMAIL');
  for (const a of known.addresses) {
    for (const part of addressPlan(a)) {
      if (part.kind === 'zip') addId(part.value, 'ZIP');
      else if (part.kind === 'cased') {
        k.namesCased.add(part.title);
        k.namesCased.add(part.upper);
        k.places.add(part.title);
        k.places.add(part.upper);
      } else if (part.kind === 'name') {
        k.names.add(part.value);
        k.places.add(part.value);
      } else k.phraseRules.push(part.rule);
    }
  }
  for (const o of known.organizations) if (o.trim().length >= 3) addPhrase(o, 'INSTITUTION');
  return k;
}

// An address, an organisation or an e-mail recurs (a patient's address is on each of
// their reports, a feed's facilities on most): its phrase rule, and what each part of an address
// adds to a matcher, are worked out once per value and memoised (bounded, dropped when full). A
// rule is shared by the matchers that hold it and never changed.
const phraseRuleMemo = new Map<PhiCategory, Map<string, PhraseRule | null>>();

/** The phrase rule of `p` (null when it has no first word): its lower-cased head, and its words or its regex. */
function phraseRuleOf(p: string, category: PhiCategory): PhraseRule | null {
  // One memo per category, keyed by the phrase itself (no joined key to build and hash per phrase).
  let memo = phraseRuleMemo.get(category);
  if (!memo) {
    memo = new Map();
    phraseRuleMemo.set(category, memo);
  }
  const hit = memo.get(p);
  if (hit !== undefined) return hit;
  const head = p.trim().split(/[\s,]+/)[0]!.toLowerCase();
  if (head === '') return remember(memo, p, null);
  // A feed's addresses are mostly new: an ASCII phrase is compared by hand (phraseEnd), which
  // saves compiling and tiering up a regex per address; other phrases keep the regex.
  const words = plainPhraseWords(p);
  return remember(memo, p, words ? { head, words, category } : { head, re: phraseRegex(p), category });
}

/** What one part of an address adds to a matcher: a ZIP code id, a town that is also a word (matched cased), a town word, or a phrase. */
type AddressPart =
  | { kind: 'zip'; value: string }
  | { kind: 'cased'; title: string; upper: string }
  | { kind: 'name'; value: string }
  | { kind: 'phrase'; rule: PhraseRule };
const addressPlans = new Map<string, readonly AddressPart[]>();

/** The parts of an address (split at commas, carets, line breaks and semicolons) as they go into a matcher, in order. */
function addressPlan(a: string): readonly AddressPart[] {
  const hit = addressPlans.get(a);
  if (hit) return hit;
  const out: AddressPart[] = [];
  for (const raw of a.split(/[,^\n;]+/)) {
    const part = raw.trim();
    if (part.length < 3 || COUNTRIES.has(part.toLowerCase()) || /^[A-Z]{2}$/.test(part)) continue;
    if (/^\d{5}(?:-\d{4})?$/.test(part)) out.push({ kind: 'zip', value: part.slice(0, 5) });
    else if (!/\s/.test(part) && isAmbiguousName(part)) out.push({ kind: 'cased', title: titleCase(part), upper: foldDiacritics(part).toUpperCase() });
    else if (!/\s/.test(part) && /^[\p{L}\p{M}'’-]+$/u.test(part)) out.push({ kind: 'name', value: normName(part) });
    else {
      const rule = phraseRuleOf(part, 'ADDRESS');
      if (rule) out.push({ kind: 'phrase', rule });
    }
  }
  return remember(addressPlans, a, out);
}

// Initials as written: "J.S.", "J. S.", "J. R. S." (first and last kept). The scan runs its sticky
// copy (see initialsMatches); exported for the test that checks the two agree.
export const INITIALS_RE = /\b([A-Z])\.\s?(?:[A-Z]\.\s?)?([A-Z])\./g;
// The same, tried at one place (sticky).
const INITIALS_AT = new RegExp(INITIALS_RE.source, 'y');

/**
 * The matches of {@link INITIALS_RE} in `text`, as its global exec loop finds them (leftmost,
 * not overlapping), as [start, end) pairs in one flat list. Every match opens with a capital and a
 * dot, so only the dots are visited (`indexOf`, most follow a small letter or a digit) and the
 * sticky copy is tried at a capital before one: the regex need not walk the whole text.
 */
export function initialsMatches(text: string): number[] {
  const out: number[] = [];
  // Where the next match may start: after the end of the last one.
  let from = 0;
  for (let d = text.indexOf('.', 1); d >= 0; d = text.indexOf('.', d + 1)) {
    const p = d - 1;
    const c = text.charCodeAt(p);
    if (p < from || c < 65 || c > 90) continue;
    INITIALS_AT.lastIndex = p;
    if (!INITIALS_AT.test(text)) continue;
    from = INITIALS_AT.lastIndex;
    out.push(p, from);
  }
  return out;
}
const PAIR_WORD_RE = /[\p{L}][\p{L}\p{M}'’-]*/gu;

// The class of a UTF-16 code unit outside ASCII under PAIR_WORD_RE (1: \p{L}, 2: \p{M}, 3: neither),
// asked of the engine once per code unit and kept (0: not asked yet).
const BMP_CLASS = new Uint8Array(65536);
const LETTER_RE = /\p{L}/u;
const MARK_RE = /\p{M}/u;
function bmpClass(c: number): number {
  let k = BMP_CLASS[c]!;
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k = LETTER_RE.test(ch) ? 1 : MARK_RE.test(ch) ? 2 : 3;
    BMP_CLASS[c] = k;
  }
  return k;
}

/**
 * The matches of PAIR_WORD_RE in `text`, as [start, end) pairs in one flat list: read off the
 * code units without the engine (an exec and a match array per word cost more than the scan;
 * issue 11, speed). A text with a surrogate (a code point beyond the BMP, which the `u` flag
 * reads whole) is left to the regex.
 */
function pairWords(text: string): number[] {
  const out: number[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return pairWordsByRegex(text);
    if (c < 128 ? !((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) : bmpClass(c) !== 1) {
      i++;
      continue;
    }
    let end = i + 1;
    for (; end < n; end++) {
      const d = text.charCodeAt(end);
      if (d < 128) {
        if (!((d >= 65 && d <= 90) || (d >= 97 && d <= 122) || d === 39 || d === 45)) break;
      } else if (d >= 0xd800 && d <= 0xdfff) return pairWordsByRegex(text);
      else if (d !== 0x2019 && bmpClass(d) === 3) break;
    }
    out.push(i, end);
    i = end;
  }
  return out;
}

function pairWordsByRegex(text: string): number[] {
  const out: number[] = [];
  PAIR_WORD_RE.lastIndex = 0;
  for (let m = PAIR_WORD_RE.exec(text); m; m = PAIR_WORD_RE.exec(text)) out.push(m.index, m.index + m[0].length);
  return out;
}

/** Whether `text[a, b)` is blanks and tabs with at most one comma among them (`/^[ \t]*,?[ \t]*$/`, without the slice). */
function isPairGap(text: string, a: number, b: number): boolean {
  let comma = false;
  for (let p = a; p < b; p++) {
    const c = text.charCodeAt(p);
    if (c === 44 && !comma) comma = true;
    else if (c !== 32 && c !== 9) return false;
  }
  return true;
}

// The shapes of the first words of a matcher's pairs (every text before a blank in one), by ASCII
// first character, as `nameShape` has the name entries': for each first character, a bit mask of
// the lengths of the first words that start with it (bit 31 stands for 31 and more). A pair is
// looked up only after a word that may be one of them. Kept for the matcher scanned last, like
// `nameShapes` (no WeakMap entry per report, and no set of first words either).
let pairFirstsOf: KnownMatcher | undefined;
let pairFirstsSize = -1;
const pairFirstShape = new Int32Array(128);
function pairFirsts(k: KnownMatcher): void {
  if (pairFirstsOf === k && pairFirstsSize === k.pairs.size) return;
  pairFirstShape.fill(0);
  for (const p of k.pairs) {
    const c = p.charCodeAt(0);
    if (c >= 128) continue;
    for (let at = p.indexOf(' '); at >= 0; at = p.indexOf(' ', at + 1)) pairFirstShape[c]! |= 1 << Math.min(at, 31);
  }
  pairFirstsOf = k;
  pairFirstsSize = k.pairs.size;
}

/**
 * Whether the word `text[at, end)` (starting with a letter) may open a pair: whether its
 * normalised form (normName) may be a first word. A word that starts with an ASCII letter keeps it,
 * lower-cased, first in its normalised form, so it must start some first word; a word of ASCII
 * letters alone is normalised to itself in lower case, of its own length, so it must also have the
 * length of one. A first character beyond ASCII always may. (A pair "a b" is looked up only after
 * a word whose normalised form is "a": a text before a blank in a pair, a first word.)
 */
function mayOpenPair(text: string, at: number, end: number): boolean {
  const c = text.charCodeAt(at);
  if (c >= 128) return true;
  const shape = pairFirstShape[c >= 65 && c <= 90 ? c + 32 : c]!;
  if (shape === 0) return false;
  for (let p = at + 1; p < end; p++) if (!isAsciiLetter(text.charCodeAt(p))) return true;
  return ((shape >>> Math.min(end - at, 31)) & 1) === 1;
}
const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && isNonAsciiNameLetter(c));
const isAlnum = (c: number) => (c < 128 ? isAsciiAlnum(c) : isLetter(c));
const isNamePunct = (c: number) => c === 39 || c === 45 || c === 0x2019;
type Add = (start: number, end: number, category: PhiCategory) => void;

/**
 * What a plain ASCII word must look like to be one of the matcher's name entries: for each
 * lower-cased first letter, a bit mask of the entries' lengths (bit 31 stands for 31 and more).
 * Most words of a report fail it, so they are not cut out and looked up. One table serves the
 * matcher scanned last (a report's matcher is scanned twice in a row: detection, then the leak
 * guard); it is rebuilt in place, without allocating, when another matcher or a grown set comes.
 */
const nameShape = new Int32Array(128);
let nameShapeOf: KnownMatcher | undefined;
let nameShapeSize = -1;
function nameShapes(k: KnownMatcher): Int32Array {
  // Valid while the matcher's name sets keep their size (they are only ever added to).
  const size = k.names.size + k.namesCased.size;
  if (nameShapeOf === k && nameShapeSize === size) return nameShape;
  nameShape.fill(0);
  for (const set of [k.names, k.namesCased]) {
    for (const w of set) {
      const c = w.charCodeAt(0);
      if (c < 128) nameShape[c >= 65 && c <= 90 ? c + 32 : c]! |= 1 << Math.min(w.length, 31);
    }
  }
  nameShapeOf = k;
  nameShapeSize = size;
  return nameShape;
}
/** Whether a plain ASCII word of first character `c` and length `len` can be a name entry. */
const nameShaped = (shape: Int32Array, c: number, len: number) => ((shape[c >= 65 && c <= 90 ? c + 32 : c]! >>> Math.min(len, 31)) & 1) === 1;

// Name words: a letter run (inner apostrophes / hyphens allowed) not touching other alphanumerics.
// Returns where the run ends; the caller resumes there.
function nameAt(text: string, i: number, k: KnownMatcher, add: Add, shape: Int32Array): number {
  let ascii = text.charCodeAt(i) < 128;
  const n = text.length;
  let end = i + 1;
  let punct = false;
  while (end < n) {
    const c = text.charCodeAt(end);
    if (isLetter(c)) {
      if (c >= 128) ascii = false;
      end++;
    }
    else if (isNamePunct(c) && end + 1 < n && isLetter(text.charCodeAt(end + 1))) {
      punct = true;
      end++;
    } else break;
  }
  const c0 = text.charCodeAt(i);
  // A plain ASCII word is looked up as written (lower-cased): its first letter and length must be an entry's.
  if (ascii && !punct && !nameShaped(shape, c0, end - i)) return end;
  if (end - i >= 2 && !(end < n && isAlnum(text.charCodeAt(end)))) {
    const w = text.slice(i, end);
    const joined = punct ? w.replace(/['’-]/g, '') : w;
    const bare = ascii ? joined : foldDiacritics(joined);
    const lower = bare.toLowerCase();
    let hit = k.names.has(lower) || k.namesCased.has(bare);
    if (!hit && punct) {
      for (const raw of w.split(/['’-]/)) {
        const piece = ascii ? raw : foldDiacritics(raw);
        if (piece.length >= 2 && (k.names.has(piece.toLowerCase()) || k.namesCased.has(piece))) hit = true;
      }
    }
    // "Seen June 3" for a patient named June: a month before a day is the date's, and the date
    // pattern replaces it whole (a name surrogate would leave the real day behind).
    if (hit && MONTH_WORDS.has(lower) && /^\.?[ \t]*\d{1,2}\b/.test(text.slice(end, end + 5))) hit = false;
    if (hit) add(i, end, k.places.size > 0 && (k.places.has(bare) || k.places.has(lower)) ? 'LOCATION' : 'NAME');
  }
  return end;
}

// The separators an id may be split by ("RAD2024\n99817", "4821\u00a03377", "(410) 555-0199").
const isIdSeparator = (c: number) =>
  c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 40 || c === 41 || c === 46 || c === 45 || c === 47;

/**
 * The matcher's ids as a trie over 0-9 and A-Z: `next[node * 36 + symbol]` is the child (0: none;
 * node 0 is the root), `cat[node]` the category of the id ending there (as an index + 1 into
 * `cats`). Walking an id candidate down it stops at the first character no id continues with.
 */
interface IdTrie {
  next: Int32Array;
  cat: Uint8Array;
  cats: PhiCategory[];
}
// One trie serves the matcher scanned last (see `nameShapes`): its arrays are reused and grown.
const trie: IdTrie = { next: new Int32Array(64 * 36), cat: new Uint8Array(64), cats: [] };
let trieOf: KnownMatcher | undefined;
let trieSize = -1;
let trieNodes = 1;
function idTrie(k: KnownMatcher): IdTrie {
  if (trieOf === k && trieSize === k.ids.size) return trie;
  let total = 1;
  for (const id of k.ids.keys()) total += id.length;
  if (total > trie.cat.length) {
    trie.next = new Int32Array(total * 2 * 36);
    trie.cat = new Uint8Array(total * 2);
  } else {
    trie.next.fill(0, 0, trieNodes * 36);
    trie.cat.fill(0, 0, trieNodes);
  }
  const { next, cat } = trie;
  const cats: PhiCategory[] = (trie.cats = []);
  let nodes = 1;
  for (const [id, c] of k.ids) {
    let node = 0;
    for (let j = 0; j < id.length; j++) {
      const slot = node * 36 + idSymbol(id.charCodeAt(j));
      if (next[slot] === 0) next[slot] = nodes++;
      node = next[slot]!;
    }
    let ci = cats.indexOf(c);
    if (ci < 0) ci = cats.push(c) - 1;
    cat[node] = ci + 1;
  }
  trieOf = k;
  trieSize = k.ids.size;
  trieNodes = nodes;
  return trie;
}
// 0-9 → 0-9, A-Z and a-z → 10-35 (the ids are upper case; text is compared as upper-cased).
const idSymbol = (c: number) => (c <= 57 ? c - 48 : c <= 90 ? c - 55 : c - 87);

// Alphanumeric chunks joined by at most two separator characters are tried as one id, starting
// only at chunks whose first character can begin an id. Plain ASCII chunks walk the id trie (no
// strings are built); a chunk with other letters, whose upper case may differ in length or
// become ASCII, takes the string path (`idsAtByString`), which skips the hits already added.
function idsAt(text: string, start: number, end: number, k: KnownMatcher, add: Add, ids: IdTrie): void {
  const n = text.length;
  const { next, cat, cats } = ids;
  let node = 0;
  let from = start;
  let chunkEnd = end;
  let hits = 0;
  for (;;) {
    for (let j = from; j < chunkEnd; j++) {
      const c = text.charCodeAt(j);
      if (c >= 128) return idsAtByString(text, start, end, k, add, hits);
      node = next[node * 36 + idSymbol(c)]!;
      // No id goes on with this character: none can match here, however many chunks follow.
      if (node === 0) return;
    }
    if (cat[node] !== 0) {
      add(start, chunkEnd, cats[cat[node]! - 1]!);
      hits++;
    }
    // Next chunk after one or two separator characters.
    let p = chunkEnd;
    while (p < n && p - chunkEnd < 2 && isIdSeparator(text.charCodeAt(p))) p++;
    if (p === chunkEnd || p >= n || !isAlnum(text.charCodeAt(p))) return;
    let q = p + 1;
    while (q < n && isAlnum(text.charCodeAt(q))) q++;
    from = p;
    chunkEnd = q;
  }
}

/** {@link idsAt} by upper-cased strings (any text); the first `skip` hits are not added again. */
function idsAtByString(text: string, start: number, end: number, k: KnownMatcher, add: Add, skip = 0): void {
  const n = text.length;
  let acc = text.slice(start, end).toUpperCase();
  let chunkEnd = end;
  let hits = 0;
  while (acc.length <= k.maxIdLength) {
    const cat = k.ids.get(acc);
    if (cat && hits++ >= skip) add(start, chunkEnd, cat);
    // Next chunk after one or two separator characters.
    let p = chunkEnd;
    // Line wraps and no-break spaces split ids too ("RAD2024\n99817", "4821\u00a03377").
    while (p < n && p - chunkEnd < 2 && ' \t\n\r\u00a0().-/'.indexOf(text[p]!) >= 0) p++;
    if (p === chunkEnd || p >= n || !isAlnum(text.charCodeAt(p))) break;
    let q = p + 1;
    while (q < n && isAlnum(text.charCodeAt(q))) q++;
    acc += text.slice(p, q).toUpperCase();
    chunkEnd = q;
  }
}

type PhraseRule = KnownMatcher['phraseRules'][number];

/** Where the phrase of `rule` ends when it starts at `at`, or -1 when it does not start there. */
function phraseAt(text: string, at: number, rule: PhraseRule): number {
  if (rule.words) return phraseEnd(text, at, rule.words);
  const re = rule.re!;
  re.lastIndex = at;
  const m = re.exec(text);
  return m ? at + m[0].length : -1;
}

interface PhrasePlan {
  chunkRules: PhraseRule[];
  otherRules: PhraseRule[];
  /** Each chunk and other rule's index in the matcher's `phraseRules` (its hits' place in the output). */
  chunkIndex: number[];
  otherIndex: number[];
  /** The ASCII first characters (lower case) of the chunk rules' heads, by char code. */
  headFirst: Uint8Array;
}

// Phrases whose first word starts with a letter or digit can only start at a chunk start; the rare
// others (a leading "#") are searched with indexOf. Worked out once per matcher (it is used at
// least twice: scrub and leak guard) and kept for the matcher scanned last, like `nameShapes`: a
// WeakMap entry per report is garbage the collector has to trace as an ephemeron.
const plan: PhrasePlan = { chunkRules: [], otherRules: [], chunkIndex: [], otherIndex: [], headFirst: new Uint8Array(128) };
let planOf: KnownMatcher | undefined;
let planRules = -1;
function phrasePlan(k: KnownMatcher): PhrasePlan {
  if (planOf === k && planRules === k.phraseRules.length) return plan;
  plan.chunkRules = [];
  plan.otherRules = [];
  plan.chunkIndex = [];
  plan.otherIndex = [];
  plan.headFirst.fill(0);
  for (let r = 0; r < k.phraseRules.length; r++) {
    const rule = k.phraseRules[r]!;
    const first = rule.head.charCodeAt(0);
    if (isAlnum(first)) {
      plan.chunkRules.push(rule);
      plan.chunkIndex.push(r);
      if (first < 128) plan.headFirst[first] = 1;
    } else {
      plan.otherRules.push(rule);
      plan.otherIndex.push(r);
    }
  }
  planOf = k;
  planRules = k.phraseRules.length;
  return plan;
}

// The first three letters of each month's name, as isoOfDateText reads a month word.
const BIRTH_MONTH_STEMS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * Date spans around the occurrences of a birth date's year (4 or 2 digits) only: every written form
 * of the date holds its year within a few words, and the scan of the output (the self-check) then
 * costs a few short windows instead of every date rule over the whole text.
 */
function datesNearYear(text: string, iso: string): PhiSpan[] {
  const windows: Array<[number, number]> = [];
  for (const y of [iso.slice(0, 4), iso.slice(2, 4)]) {
    for (let at = text.indexOf(y); at >= 0; at = text.indexOf(y, at + 1)) {
      const from = Math.max(0, at - 24);
      const to = Math.min(text.length, at + y.length + 24);
      const last = windows[windows.length - 1];
      if (last && from <= last[1]) last[1] = Math.max(last[1], to);
      else windows.push([from, to]);
    }
  }
  windows.sort((a, b) => a[0] - b[0]);
  const out: PhiSpan[] = [];
  const day = String(Number(iso.slice(8, 10)));
  const month = String(Number(iso.slice(5, 7)));
  const monthWord = BIRTH_MONTH_STEMS[Number(iso.slice(5, 7)) - 1];
  let covered = -1;
  for (const [from, to] of windows) {
    const start = Math.max(from, covered);
    if (start >= to) continue;
    // Widen to word boundaries so a date is never cut at the window's edge.
    let a = start;
    while (a > 0 && /\S/.test(text[a - 1]!)) a--;
    let b = to;
    while (b < text.length && /\S/.test(text[b]!)) b++;
    covered = b;
    // Every form isoOfDateText reads writes the day as one or two digits ("5", "05", "28"): a
    // window without the day's digits holds no date that is the birth date.
    const slice = text.slice(a, b);
    if (!slice.includes(day)) continue;
    // Likewise the month: as one or two digits, or a month word whose first three letters name it
    // (the forms isoOfDateText reads). A window without either holds no date that is the birth date.
    if (!slice.includes(month) && (monthWord === undefined || !slice.toLowerCase().includes(monthWord))) continue;
    for (const s of detectDates(slice)) out.push({ ...s, start: s.start + a, end: s.end + a });
  }
  return out;
}

/**
 * Appends `hits` to `spans` grouped by their rule index (`ruleOf`), lowest first, each rule's hits
 * in the order found: the order one list per rule gives, without a list per rule per scan.
 */
function appendByRule(spans: PhiSpan[], hits: PhiSpan[], ruleOf: number[]): void {
  let sorted = true;
  for (let j = 1; j < ruleOf.length && sorted; j++) sorted = ruleOf[j - 1]! <= ruleOf[j]!;
  if (sorted) {
    for (const s of hits) spans.push(s);
    return;
  }
  const rules = [...new Set(ruleOf)].sort((a, b) => a - b);
  for (const r of rules) for (let j = 0; j < hits.length; j++) if (ruleOf[j] === r) spans.push(hits[j]!);
}

/**
 * Whether the two characters `a`, `b` stand side by side somewhere in `text[start, end)`: the
 * bounded form of `text.indexOf(ab, start)` landing inside the span (no search past its end).
 */
function holdsPair(text: string, start: number, end: number, a: number, b: number): boolean {
  for (let p = start; p + 1 < end; p++) if (text.charCodeAt(p) === a && text.charCodeAt(p + 1) === b) return true;
  return false;
}

/** Finds every occurrence of the report's known identifiers in `text`. */
export function detectKnown(text: string, k: KnownMatcher, patternSpans?: PhiSpan[]): PhiSpan[] {
  const spans: PhiSpan[] = [];
  const add = (start: number, end: number, category: PhiCategory) => spans.push({ start, end, category, source: 'known' });
  // One hand-rolled pass over the alphanumeric chunks (no regex match objects; this runs on the
  // text and again on the output for the leak guard) serves names, ids and phrase heads. Hits are
  // kept per kind and appended in the fixed kind order, so callers see the same span order as
  // separate scans would give (the leak guard reports the first hit's category).
  const doNames = k.names.size > 0 || k.namesCased.size > 0;
  const shapes = doNames ? nameShapes(k) : undefined;
  const doIds = k.ids.size > 0;
  const ids = doIds ? idTrie(k) : undefined;
  const idSpans: PhiSpan[] = [];
  const addId: Add = (start, end, category) => idSpans.push({ start, end, category, source: 'known' });
  const { chunkRules, otherRules, chunkIndex, otherIndex, headFirst } = phrasePlan(k);
  // Phrase hits with their rule's index: written out grouped by rule, in rule order, at the end.
  const phraseSpans: PhiSpan[] = [];
  const phraseRuleOf: number[] = [];
  const phraseFirst = chunkRules.length ? headFirst : undefined;
  if (doNames || doIds || chunkRules.length) {
    const n = text.length;
    let nameEnd = 0;
    let i = 0;
    // A chunk starts only right after a character that is not alphanumeric (or at the start): the
    // scan steps over non-alphanumerics one by one and jumps from a chunk start to the chunk's end.
    while (i < n) {
      const c = text.charCodeAt(i);
      const first = charClass(c);
      if (first === 0) {
        i++;
        continue;
      }
      // The chunk's end, and whether it is only ASCII letters / holds a digit.
      let end = i + 1;
      let seen = first;
      for (; end < n; end++) {
        const d = charClass(text.charCodeAt(end));
        if (d === 0) break;
        seen |= d;
      }
      const asciiLetters = seen === ASCII_LETTER;
      const digit = (seen & ASCII_DIGIT) !== 0;
      // A name word is a letter run: a chunk with a digit holds none (the run would end at the
      // digit, an alphanumeric). A chunk of ASCII letters not continued by an inner apostrophe or
      // hyphen is the whole word, so its first letter and length decide before any look-up.
      if (doNames && i >= nameEnd && !digit) {
        const shaped =
          !asciiLetters ||
          (end + 1 < n && isNamePunct(text.charCodeAt(end)) && isLetter(text.charCodeAt(end + 1))) ||
          nameShaped(shapes!, c, end - i);
        if (shaped) nameEnd = nameAt(text, i, k, add, shapes!);
      }
      if (doIds && c < 128 && k.idFirstCodes[c >= 97 ? c - 32 : c] === 1) idsAt(text, i, end, k, addId, ids!);
      if (phraseFirst && (c >= 128 || phraseFirst[c >= 65 && c <= 90 ? c + 32 : c] === 1)) {
        const lc = c >= 65 && c <= 90 ? c + 32 : c;
        for (let r = 0; r < chunkRules.length; r++) {
          const rule = chunkRules[r]!;
          // A word rule compares the whole first word itself (the head is its start).
          if (rule.head.charCodeAt(0) !== lc || (!rule.words && text.slice(i, i + rule.head.length).toLowerCase() !== rule.head)) continue;
          const e = phraseAt(text, i, rule);
          if (e < 0) continue;
          phraseSpans.push({ start: i, end: e, category: rule.category, source: 'known' });
          phraseRuleOf.push(chunkIndex[r]!);
        }
      }
      i = end;
    }
  }
  if (k.pairs.size) {
    // Word pairs side by side, a blank or a comma between: "hope graves", "graves, hope". A word
    // is normalised only when it stands in such a gap after a word that opens some pair.
    pairFirsts(k);
    let prevStart = -1;
    let prevEnd = -1;
    let prevNorm: string | undefined;
    const words = pairWords(text);
    for (let w = 0; w < words.length; w += 2) {
      const start = words[w]!;
      const end = words[w + 1]!;
      let norm: string | undefined;
      if (prevStart >= 0 && mayOpenPair(text, prevStart, prevEnd) && isPairGap(text, prevEnd, start)) {
        prevNorm ??= normName(text.slice(prevStart, prevEnd));
        norm = normName(text.slice(start, end));
        if (k.pairs.has(`${prevNorm} ${norm}`)) {
          add(prevStart, prevEnd, 'NAME');
          add(start, end, 'NAME');
        }
      }
      prevStart = start;
      prevEnd = end;
      prevNorm = norm;
    }
  }
  if (k.initials.size) {
    // A match is a capital and a dot, …, a capital and a dot: its initials are its first character and the one before its last.
    const hits = initialsMatches(text);
    for (let h = 0; h < hits.length; h += 2) {
      const start = hits[h]!;
      const end = hits[h + 1]!;
      if (k.initials.has(text[start]! + text[end - 2]!)) add(start, end, 'NAME');
    }
  }
  for (const s of idSpans) spans.push(s);
  // Every written form of the birth date carries its year (4 or 2 digits), so the year's last two
  // digits (the four hold them too): without them, no date scan.
  const birth = k.birthDate;
  const yy = birth ? birth.slice(2, 4) : '';
  if (birth && text.includes(yy)) {
    // Every form isoOfDateText reads takes its year from the text: a span without the year's last
    // two digits cannot be the birth date, and is not parsed.
    for (const s of patternSpans ?? datesNearYear(text, birth)) {
      if (s.category !== 'DATE') continue;
      if (!holdsPair(text, s.start, s.end, yy.charCodeAt(0), yy.charCodeAt(1))) continue;
      if (isoReadingsOfDateText(text.slice(s.start, s.end)).includes(birth)) add(s.start, s.end, 'DATE');
    }
  }
  if (otherRules.length) {
    const lower = text.toLowerCase();
    for (let r = 0; r < otherRules.length; r++) {
      const rule = otherRules[r]!;
      for (let at = lower.indexOf(rule.head); at >= 0; at = lower.indexOf(rule.head, at + 1)) {
        if (at > 0 && isAlnum(text.charCodeAt(at - 1))) continue;
        const e = phraseAt(text, at, rule);
        if (e < 0) continue;
        phraseSpans.push({ start: at, end: e, category: rule.category, source: 'known' });
        phraseRuleOf.push(otherIndex[r]!);
      }
    }
  }
  appendByRule(spans, phraseSpans, phraseRuleOf);
  return spans;
}
