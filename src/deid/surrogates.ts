import type { PhiCategory } from './phi-span.js';
import { loadLexicons } from './lexicons.js';
import { shiftDateText } from './date-shift.js';
import { isoOfDateText } from './date-parse.js';
import { remapUid } from './pseudonyms.js';
import { hasFacilityHead } from './facility-heads.js';
import { asciiTitleCase, titleCaseWords } from './title-case.js';
import { isAsciiLetter } from '../util/ascii-chars.js';
import { foldNumberPunctuation } from './fold-text.js';

/** What a surrogate may depend on: the key, the patient scope and the date shift. */
export interface SurrogateContext {
  key: string;
  /** Keyed HMAC of the patient: keeps surrogates consistent within one patient, different across patients. */
  scope: string;
  shiftDays: number;
  refYear: number;
  /** Lowercased known name parts / values a surrogate must never reproduce. */
  avoid: Set<string>;
  /** Keep DICOM UIDs written in the text as they are (mirrors `DeidSettings.keepStudyUids`). */
  keepStudyUids?: boolean;
  /** Set only for a patient aged 90 or more at the exam: how to hide the birth year (Safe Harbor). */
  birth?: BirthYearHiding;
}

/**
 * How a 90+ patient's birth year is hidden: every date written in the birth year gets `yearShift`
 * added to its shifted year, so the birth date reads as a patient exactly 90 at the shifted exam.
 */
export interface BirthYearHiding {
  /** The real birth date, ISO `YYYY-MM-DD`. */
  iso: string;
  /** Years added to the shifted year of a date written in the birth year (the patient is made younger). */
  yearShift: number;
  /** Extra days for the birth date itself (−1 when the shifted birthday is Feb 29 of a year that is not leap in the target year). */
  dayAdjust: number;
}

const STREETS = ['Main St', 'Oak Ave', 'Maple Dr', 'Cedar Ln', 'Park Rd', 'Elm St', 'Pine Ave', 'Lake Rd'];

// Surrogate choice needs to be secret and stable, not collision-resistant: the per-patient scope is
// already a keyed HMAC, so a fast 32-bit mix of (scope, value) is enough and keeps this stage cheap.
// FNV-1a over `scope`, a NUL and `value`, read in place (no joined string per call).
function mix(scope: string, value: string, salt: number): number {
  return mixTail(fnv(scopeState(scope, salt), value));
}

/** {@link mix} of `prefix + value`, without joining them (a name's seed is "name:" and the name). */
function mixPrefixed(scope: string, prefix: string, value: string, salt: number): number {
  return mixTail(fnv(fnv(scopeState(scope, salt), prefix), value));
}

/** FNV-1a steps over the characters of `s` from state `h`. */
function fnv(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

/** The final avalanche of {@link mix}, as an unsigned 32-bit number. */
function mixTail(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}

/** The FNV state after `scope` and the NUL (the part of {@link mix} that does not depend on the value). */
function hashScope(scope: string, salt: number): number {
  let h = 0x811c9dc5 ^ salt;
  for (let i = 0; i < scope.length; i++) {
    h ^= scope.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return Math.imul(h, 0x01000193);
}

// All surrogates of a report share its scope and a few salts (0-7, 100 and up): the state after
// the scope is kept per salt for the scope hashed last, so a draw reads only its own value.
let stateScope: string | undefined;
const scopeStates = new Int32Array(256);
const scopeStateSet = new Uint8Array(256);

function scopeState(scope: string, salt: number): number {
  if (salt < 0 || salt >= 256) return hashScope(scope, salt);
  if (scope !== stateScope) {
    stateScope = scope;
    scopeStateSet.fill(0);
  }
  if (scopeStateSet[salt] === 0) {
    scopeStates[salt] = hashScope(scope, salt);
    scopeStateSet[salt] = 1;
  }
  return scopeStates[salt]!;
}

function pick<T>(list: readonly T[], seed: string, ctx: SurrogateContext, salt = 0): T {
  return list[mix(ctx.scope, seed, salt) % list.length]!;
}

interface Pools {
  readonly first: string[];
  readonly last: string[];
  readonly places: string[];
}

let pools: Pools | undefined;

// The pools are the whole name and place lexicons: with a pool of a hundred names, any name outside
// it in the output was evidently real. Entries that are also a word, an eponym or clinical term are
// left out so a surrogate never reads as vocabulary, and only plain lowercase letters are kept so
// title-casing stays correct ("o'neil" would come out "O'neil"). Each list is built once, on its
// first use: a report with names and no place never builds the places' (start-up).
function surrogatePools(): Pools {
  if (pools) return pools;
  const lex = loadLexicons();
  const usable = (w: string) => !lex.ambiguousNames.has(w) && !lex.clinical.has(w);
  const names = (set: Set<string>) => [...set].filter((w) => /^[a-z]{3,}$/.test(w) && usable(w));
  let first: string[] | undefined;
  let last: string[] | undefined;
  let places: string[] | undefined;
  pools = {
    get first() {
      return (first ??= names(lex.firstNames));
    },
    get last() {
      return (last ??= names(lex.lastNames));
    },
    get places() {
      return (places ??= [...lex.places].filter((w) => /^[a-z]{3,}(?: [a-z]{2,})*$/.test(w) && usable(w) && w.split(' ').every(usable)));
    },
  };
  return pools;
}

// Institution names are built, not listed: a fixed handful of hospitals would itself be a tell.
const INSTITUTION_FORMS: ReadonlyArray<[kind: 'town' | 'surname', format: (x: string) => string]> = [
  ['town', (x) => `${x} General Hospital`],
  ['surname', (x) => `${x} Memorial Hospital`],
  ['town', (x) => `${x} Medical Center`],
  ['town', (x) => `${x} Clinic`],
  ['town', (x) => `${x} Regional Medical Center`],
  ['town', (x) => `${x} Community Hospital`],
  ['surname', (x) => `${x} Clinic`],
  ['town', (x) => `${x} Hospital`],
];

/** A pool entry for `seed`, never one of the report's own values (`avoid`) nor the original itself. */
function pickAvoiding(list: readonly string[], seed: string, original: string, ctx: SurrogateContext): string {
  const own = original.toLowerCase();
  let s = list[0]!;
  for (let salt = 0; salt < 8; salt++) {
    s = pick(list, seed, ctx, salt);
    if (s !== own && !ctx.avoid.has(s) && (!s.includes(' ') || !s.split(' ').some((w) => ctx.avoid.has(w)))) return s;
  }
  return s;
}

function citySurrogate(original: string, ctx: SurrogateContext): string {
  return matchCase(original, pickAvoiding(surrogatePools().places, `city:${original.toLowerCase()}`, original, ctx));
}

function institutionSurrogate(original: string, ctx: SurrogateContext): string {
  const seed = `org:${original.toLowerCase()}`;
  const [kind, format] = pick(INSTITUTION_FORMS, seed, ctx, 1);
  const p = surrogatePools();
  const stem = pickAvoiding(kind === 'town' ? p.places : p.last, seed, original, ctx);
  // A span without its head ("Calvert" of "Calvert Hospital", see trimFacilityHeads) keeps the
  // note's own head after it: the surrogate is the distinctive word alone.
  return matchCase(original, hasFacilityHead(original) ? format(stem) : stem);
}

function digits(seed: string, ctx: SurrogateContext, length = 12): string {
  const n = drawDigits(seed, ctx, length);
  let out = '';
  for (let i = 0; i < n; i++) out += DIGIT_CHARS[drawn[i]!]!;
  return out;
}

const DIGIT_CHARS = '0123456789';
// The digits of the last draw, as numbers 0-9 (reused: a draw writes every digit it then reads).
let drawn = new Uint8Array(40);

/**
 * Writes into `drawn` what {@link digits} returns, digit by digit: for each salt from 100 up, the
 * ten decimal digits of `mix(scope, seed, salt)` zero-padded, until `length` are there. Returns how
 * many were written (`length` rounded up to a multiple of ten). No string is made per block: this
 * runs for every id, phone and ZIP code.
 */
function drawDigits(seed: string, ctx: SurrogateContext, length: number): number {
  let n = 0;
  for (let salt = 0; n < length; salt++) {
    if (drawn.length < n + 10) {
      const grown = new Uint8Array(2 * (n + 10));
      grown.set(drawn);
      drawn = grown;
    }
    // An unsigned 32-bit value has at most ten decimal digits: written from the last one back.
    let h = mix(ctx.scope, seed, salt + 100);
    for (let j = n + 9; j >= n; j--) {
      const q = Math.floor(h / 10);
      drawn[j] = h - q * 10;
      h = q;
    }
    n += 10;
  }
  return n;
}

/**
 * Replaces digits only: letters ("ext", "x"), separators and spacing stay as written. A draw that
 * gives the value back (one in 10^n for n digits: a four-digit extension now and then) is drawn
 * again from the next seed, so no identifier leaves unchanged.
 */
function sameDigits(value: string, seed: string, ctx: SurrogateContext): string {
  return unlikeValue(value, seed, ctx, sameDigitsOnce, /\d/);
}

/**
 * `draw(value, seed)`, drawn again from the next seed (up to seven times) while it gives the value
 * back; `changeable` says whether a draw can change the value at all (a value without digits keeps
 * its shape whatever the seed).
 */
function unlikeValue(value: string, seed: string, ctx: SurrogateContext, draw: (value: string, seed: string, ctx: SurrogateContext) => string, changeable: RegExp): string {
  let out = draw(value, seed, ctx);
  for (let redraw = 1; out === value && redraw < 8 && changeable.test(value); redraw++) out = draw(value, `${seed}#${redraw}`, ctx);
  return out;
}

function sameDigitsOnce(value: string, seed: string, ctx: SurrogateContext): string {
  drawDigits(seed, ctx, value.length);
  // The ASCII digits (what `\d` matches) take the next digit of `d` in turn; a loop, not a
  // replace callback per digit (this runs for every phone number).
  let out = '';
  let i = 0;
  let from = 0;
  for (let k = 0; k < value.length; k++) {
    const c = value.charCodeAt(k);
    if (c < 48 || c > 57) continue;
    out += value.slice(from, k) + DIGIT_CHARS[drawn[i++]!]!;
    from = k + 1;
  }
  return from === 0 ? value : out + value.slice(from);
}

/**
 * Keeps shape: digits → digits, letters → letters (same case), separators as written. A draw that
 * gives the value back (a ZIP code once in 10^5, a two-digit room once in a hundred) is drawn again
 * from the next seed: the leak guard would otherwise stop the report.
 */
function sameShape(value: string, seed: string, ctx: SurrogateContext): string {
  return unlikeValue(value, seed, ctx, sameShapeOnce, /[A-Za-z0-9]/);
}

function sameShapeOnce(value: string, seed: string, ctx: SurrogateContext): string {
  const m = drawDigits(seed, ctx, value.length);
  // Each ASCII letter or digit in turn (what `[A-Za-z0-9]` matches) reads the next drawn digit x
  // (cycling): a digit becomes x, a letter the letter x * 7 + (its place, from 1) along the
  // alphabet, in its own case. A loop, not a replace callback per character.
  let out = '';
  let i = 0;
  let from = 0;
  for (let k = 0; k < value.length; k++) {
    const c = value.charCodeAt(k);
    const digit = c >= 48 && c <= 57;
    if (!digit && !((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) continue;
    const x = drawn[i++ % m]!;
    out += value.slice(from, k) + (digit ? String.fromCharCode(48 + x) : String.fromCharCode((c >= 97 ? 97 : 65) + ((x * 7 + i) % 26)));
    from = k + 1;
  }
  return from === 0 ? value : out + value.slice(from);
}

function matchCase(like: string, word: string): string {
  // The case of an ASCII original is read off its char codes (no upper- and lower-cased copies to
  // compare it with): it is all capitals when it holds no small letter, all small with no capital.
  let upper: boolean;
  let lower: boolean;
  if (isAscii(like)) {
    upper = true;
    lower = true;
    for (let i = 0; i < like.length; i++) {
      const c = like.charCodeAt(i);
      if (c >= 97 && c <= 122) upper = false;
      else if (c >= 65 && c <= 90) lower = false;
    }
  } else {
    upper = like === like.toUpperCase();
    lower = like === like.toLowerCase();
  }
  if (like.length > 1 && upper) return word.toUpperCase();
  if (lower) return word.toLowerCase();
  const out = isAscii(word) ? asciiTitleCase(word) : titleCaseWords(word);
  // Lexicon entries are lower case: "mcdonald" is written "McDonald".
  return out.length > 2 && out.startsWith('Mc') ? `Mc${out[2]!.toUpperCase()}${out.slice(3)}` : out;
}

/**
 * The key a name word's surrogate hangs on: lower case, without diacritics, apostrophes or hyphens,
 * so the spelling variants of one name ("O'Brien", "Obrien", "OBrien", "José" / "Jose") get one
 * surrogate.
 */
export function nameKey(word: string): string {
  // Plain ASCII letters (most names): nothing to decompose or drop.
  let plain = true;
  for (let i = 0; i < word.length && plain; i++) {
    const c = word.charCodeAt(i);
    plain = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  }
  if (plain) return word.toLowerCase();
  // The decomposition and the Unicode-class replace cost a microsecond or so; a feed writes the
  // same accented names again and again (its radiologists'), so their keys are memoised by word
  // (a pure function of it; bounded, dropped when full).
  let key = spelledKeys.get(word);
  if (key === undefined) {
    key = word.normalize('NFD').replace(/[\p{M}'’‘`´\-‐‑]/gu, '').toLowerCase();
    if (spelledKeys.size >= MAX_SPELLED_KEYS) spelledKeys.clear();
    spelledKeys.set(word, key);
  }
  return key;
}
const MAX_SPELLED_KEYS = 20_000;
const spelledKeys = new Map<string, string>();

// A name word in any script: letters, combining marks, inner apostrophes and hyphens.
const NAME_WORD = /\p{L}[\p{L}\p{M}'’-]*/gu;

// A possessive ending: "Smith's", "Smith’s", "Jones'". It is not part of the name.
const POSSESSIVE = /^(\p{L}[\p{L}\p{M}'’-]+?)(['’][sS]|['’])$/u;

const INITIALS = 'ABCDEFGHJKLMNPRSTW'.split('');

// Whether a name key is a given name and no surname, by key: feeds repeat their names, and the
// answer costs two look-ups in the large name lexicons (bounded, dropped when full).
const MAX_FIRST_ONLY = 20_000;
const firstOnly = new Map<string, boolean>();

/** Whether the lexicons hold `key` as a given name and not as a surname. */
function isFirstNameOnly(key: string): boolean {
  let hit = firstOnly.get(key);
  if (hit === undefined) {
    const lex = loadLexicons();
    hit = lex.firstNames.has(key) && !lex.lastNames.has(key);
    if (firstOnly.size >= MAX_FIRST_ONLY) firstOnly.clear();
    firstOnly.set(key, hit);
  }
  return hit;
}

/** The surrogate of one name word `w` (possessive ending removed): a function of `w` and the context only. */
function nameWordSurrogate(w: string, ctx: SurrogateContext): string {
  const key = nameKey(w);
  if (key.length <= 1) return pick(INITIALS, `initial:${key.toUpperCase()}`, ctx);
  // The list is chosen on the key too: variants of one name must not land in different lists.
  const p = surrogatePools();
  const list = isFirstNameOnly(key) ? p.first : p.last;
  for (let salt = 0; salt < 8; salt++) {
    // pick(list, `name:${key}`, ctx, salt), without joining the seed.
    const s = list[mixPrefixed(ctx.scope, 'name:', key, salt) % list.length]!;
    if (!ctx.avoid.has(s) && s !== key) return matchCase(w, s);
  }
  return matchCase(w, 'Doe');
}

// A report writes its names several times, in several spans ("François Lefèvre", "LEFÈVRE,
// FRANÇOIS", "Mr. Lefèvre"): a word's surrogate depends on the word and the report's context
// only, so it is worked out once per context object. One memo serves the context seen last (a
// report's spans come one after the other) and is dropped for the next, so no state crosses
// contexts: a WeakMap entry per report's context (its get and set were 0.6 % of benchDeid) is an
// ephemeron the collector has to trace.
let memoCtx: SurrogateContext | undefined;
let ctxMemo = new Map<string, string>();

/** The surrogate of one word of a name under `ctx`: "Smith's" maps like "Smith" and keeps its "'s". */
function wordSurrogate(word: string, ctx: SurrogateContext, memo: Map<string, string>): string {
  const poss = word.includes("'") || word.includes('’') ? POSSESSIVE.exec(word) : null;
  const w = poss ? poss[1]! : word;
  const suffix = poss ? poss[2]! : '';
  let s = memo.get(w);
  if (s === undefined) {
    s = nameWordSurrogate(w, ctx);
    memo.set(w, s);
  }
  return s + suffix;
}

function nameSurrogate(original: string, ctx: SurrogateContext): string {
  if (ctx !== memoCtx) {
    memoCtx = ctx;
    ctxMemo = new Map();
  }
  const memo = ctxMemo;
  // Each word of a name maps on its own, so "John Smith", "Smith, John" and "Dr. Smith" stay consistent.
  return replaceNameWords(original, ctx, memo) ?? original.replace(NAME_WORD, (word: string) => wordSurrogate(word, ctx, memo));
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 128) return false;
  return true;
}

// The class of a UTF-16 code unit beyond ASCII under NAME_WORD (1: \p{L}, 2: \p{M}, 3: neither),
// asked of the engine once per code unit and kept (0: not asked yet).
const UNIT_CLASS = new Uint8Array(0x10000);
const LETTER_RE = /\p{L}/u;
const MARK_RE = /\p{M}/u;
function unitClass(c: number): number {
  let k = UNIT_CLASS[c]!;
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k = LETTER_RE.test(ch) ? 1 : MARK_RE.test(ch) ? 2 : 3;
    UNIT_CLASS[c] = k;
  }
  return k;
}

/** Whether a code unit may open a NAME_WORD match (\p{L}); not asked of surrogate halves. */
const opensNameWord = (c: number) => (c < 128 ? isAsciiLetter(c) : unitClass(c) === 1);
/** Whether a code unit may continue one (\p{L}, \p{M}, apostrophes, hyphen); not asked of surrogate halves. */
const continuesNameWord = (c: number) => (c < 128 ? isAsciiLetter(c) || c === 39 || c === 45 : c === 0x2019 || unitClass(c) !== 3);

/**
 * The matches of NAME_WORD in `text`, as [start, end) pairs in one flat list, read off the code
 * units without the engine; undefined for a text with a surrogate half (a code point beyond the
 * BMP, which the `u` flag reads whole: the caller takes the regex then). Within the BMP a code
 * unit is a code point, so the classes read per unit are the regex's: a name word is a letter,
 * then letters, marks, apostrophes (' ’) and hyphens. Exported for the test that compares it with
 * the regex.
 */
export function nameWordMatches(text: string): number[] | undefined {
  const n = text.length;
  for (let i = 0; i < n; i++) if ((text.charCodeAt(i) & 0xf800) === 0xd800) return undefined;
  const out: number[] = [];
  let i = 0;
  while (i < n) {
    if (!opensNameWord(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < n && continuesNameWord(text.charCodeAt(end))) end++;
    out.push(i, end);
    i = end;
  }
  return out;
}

/**
 * `text.replace(NAME_WORD, (w) => wordSurrogate(w, ctx, memo))` without the regex (nor a
 * closure), or undefined when {@link nameWordMatches} leaves the text to the regex. A
 * Unicode-class replace with a callback cost about a microsecond per accented name.
 */
function replaceNameWords(text: string, ctx: SurrogateContext, memo: Map<string, string>): string | undefined {
  const words = nameWordMatches(text);
  if (!words) return undefined;
  if (words.length === 0) return text;
  let out = '';
  let from = 0;
  for (let w = 0; w < words.length; w += 2) {
    const start = words[w]!;
    const end = words[w + 1]!;
    out += text.slice(from, start) + wordSurrogate(text.slice(start, end), ctx, memo);
    from = end;
  }
  return out + text.slice(from);
}

// Words that may sit between two dates of one span ("Mar 3 and 5", "1 to 3 March") and name no date.
const DATE_JOINERS = new Set(['and', 'or', 'to', 'of', 'the', 'on', 'from', 'through', 'thru', 'until', 'till', 'vs', 'at']);

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** Index (0 = Sunday) of a weekday name or abbreviation ("Tue", "Tues", "THURS", "wednesday"), or −1. */
export function weekdayIndex(word: string): number {
  const w = word.toLowerCase();
  if (w.length < 3) return -1;
  return WEEKDAYS.findIndex((d) => d === w || (w.length <= 5 && d.startsWith(w)));
}

function weekdayWord(index: number, like: string): string {
  const full = WEEKDAYS[index]!;
  const word = weekdayIndex(like) >= 0 && like.length > 5 ? full : full.slice(0, 3);
  if (like.length > 1 && like === like.toUpperCase()) return word.toUpperCase();
  if (like === like.toLowerCase()) return word;
  return word[0]!.toUpperCase() + word.slice(1);
}

const DAY_MS = 86_400_000;

/** The weekday (0 = Sunday) of a written date once shifted; a date without a year lies in `refYear`. */
function shiftedWeekday(piece: string, ctx: SurrogateContext): number | undefined {
  const iso = isoOfDateText(piece) ?? isoOfDateText(`${piece} ${ctx.refYear}`) ?? isoOfDateText(`${piece}/${ctx.refYear}`);
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  if (!m) return undefined;
  const days = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!) / DAY_MS + ctx.shiftDays;
  // 1970-01-01 was a Thursday.
  return (((days + 4) % 7) + 7) % 7;
}

// The birth year as a whole number in a text, compiled once per year (a handful of years recur).
const yearPatterns = new Map<string, RegExp>();
function yearPattern(year: string): RegExp {
  let re = yearPatterns.get(year);
  if (!re) {
    re = new RegExp(`(?<!\\d)${year}(?!\\d)`);
    yearPatterns.set(year, re);
  }
  return re;
}

// Safe Harbor (§164.514(b)(2)(i)(C)): for a patient of 90 or more, a date written in the birth year
// must not give that year away. Such a date is shifted as usual and then moved `yearShift` years
// later, so the birth date reads as a patient of exactly 90 at the shifted exam, format kept.
function hideBirthYear(piece: string, b: BirthYearHiding, ctx: SurrogateContext): string | undefined {
  const year = b.iso.slice(0, 4);
  if (!piece.includes(year.slice(2))) return undefined;
  const compact = /^\d{8}/.test(piece) && piece.startsWith(year);
  const four = compact || yearPattern(year).test(piece);
  const iso = isoOfDateText(piece);
  // A two-digit year counts only in the full birth date ("3/14/30" may well be something else); the
  // century is left out of the comparison because "30" may be read as 2030.
  const twoDigit = !four && !/\d{4}/.test(piece) && iso !== undefined && iso.slice(2) === b.iso.slice(2);
  if (!four && !twoDigit) return undefined;
  const isBirthDate = twoDigit || iso === b.iso;
  const out = shiftDateText(piece, ctx.shiftDays + (isBirthDate ? b.dayAdjust : 0), ctx.refYear);
  // A decade ("the 1930s") is kept by the shift and names no date.
  if (out === undefined || out === piece || b.yearShift === 0) return out;
  if (/^\d{4}/.test(out) && four) return `${+out.slice(0, 4) + b.yearShift}${out.slice(4)}`;
  // Otherwise the year is the last number of the date ("March 14, 1930", "14-Mar-30", "3/14/30").
  const last = four ? /(?<!\d)(\d{4})(?!\d)(?!.*(?<!\d)\d{4}(?!\d))/s.exec(out) : /(?<!\d)(\d{2})(?!\d)(?!.*\d)/s.exec(out);
  if (!last) return out;
  const y = four ? String(+last[1]! + b.yearShift) : String((+last[1]! + b.yearShift) % 100).padStart(2, '0');
  return out.slice(0, last.index) + y + out.slice(last.index + last[1]!.length);
}

function shiftPiece(piece: string, ctx: SurrogateContext): string | undefined {
  if (ctx.birth) {
    const hidden = hideBirthYear(piece, ctx.birth, ctx);
    if (hidden !== undefined) return hidden;
  }
  return shiftDateText(piece, ctx.shiftDays, ctx.refYear);
}

// A clock half closing a date span, glued on or after blanks: "AM", "p.m.".
const CLOCK_HALF_AFTER_DATE = /(?<=\d)[ \t]*[AaPp]\.?[Mm]\.?$/;

interface DateToken {
  text: string;
  /** The original text of a date piece (set on dates only). */
  date?: string;
  /** Set on a weekday name. */
  weekday?: boolean;
}

/**
 * The surrogate of a DATE span. Adjacent dates can arrive as one span ("2024-03-01 Mar 3, 2024"),
 * and no single date form covers them, so each date inside is shifted on its own: at every word
 * start the longest piece that reads as a date is shifted; a weekday name takes the weekday of the
 * shifted date next to it (the original weekday would give the shift away modulo 7); a leftover
 * word with a digit (or an unknown word) gets a same-shape surrogate. Original date text is never
 * returned.
 */
function dateSurrogate(original: string, ctx: SurrogateContext): string {
  // Typographic dashes and slashes between the digits ("3–11–2024") are read, and written back, as the ASCII ones.
  const folded = foldNumberPunctuation(original);
  if (folded !== original) return withTypographicMarks(dateSurrogate(folded, ctx), original, folded);
  const whole = shiftPiece(original, ctx);
  if (whole !== undefined) return whole;
  // A clock half after the date ("12/3 AM", "12/3pm") names no day: the date is shifted, the half kept as written.
  const half = CLOCK_HALF_AFTER_DATE.exec(original);
  if (half) return dateSurrogate(original.slice(0, half.index), ctx) + half[0];
  const ends: number[] = [];
  for (let j = 1; j <= original.length; j++) if (/[\p{L}\p{N}.'’]/u.test(original[j - 1]!) && !/[\p{L}\p{N}]/u.test(original[j] ?? '')) ends.push(j);
  const toks: DateToken[] = [];
  let i = 0;
  while (i < original.length) {
    if (!/[\p{L}\p{N}'’]/u.test(original[i]!)) {
      toks.push({ text: original[i++]! });
      continue;
    }
    let done = false;
    for (let k = ends.length - 1; k >= 0 && ends[k]! > i; k--) {
      const piece = original.slice(i, ends[k]);
      const shifted = shiftPiece(piece, ctx);
      if (shifted !== undefined) {
        toks.push({ text: shifted, date: piece });
        i = ends[k]!;
        done = true;
        break;
      }
    }
    if (done) continue;
    const word = /^['’]?[\p{L}\p{N}]+/u.exec(original.slice(i))?.[0] ?? original[i]!;
    if (weekdayIndex(word) >= 0) toks.push({ text: word, weekday: true });
    else toks.push({ text: DATE_JOINERS.has(word.toLowerCase()) ? word : sameShape(word, `date:${word}`, ctx) });
    i += word.length;
  }
  toks.forEach((t, k) => {
    if (!t.weekday) return;
    // The date a weekday names is the next one in the span ("Tuesday, March 5"), else the one before.
    const date = toks.slice(k + 1).find((x) => x.date) ?? toks.slice(0, k).reverse().find((x) => x.date);
    const day = date?.date === undefined ? undefined : shiftedWeekday(date.date, ctx);
    t.text = weekdayWord(day ?? mix(ctx.scope, `weekday:${t.text.toLowerCase()}`, 0) % 7, t.text);
  });
  return toks.map((t) => t.text).join('');
}

/**
 * The surrogate `shifted` of a date written with typographic marks (`original`, read as `folded`):
 * its ASCII dashes and slashes take back the original's marks, in order, when it holds as many; a
 * full-width digit is not written back (the surrogate's digits are new).
 */
function withTypographicMarks(shifted: string, original: string, folded: string): string {
  const marks: string[] = [];
  for (let i = 0; i < original.length; i++) if (original[i] !== folded[i] && (folded[i] === '-' || folded[i] === '/')) marks.push(original[i]!);
  const seps = shifted.match(/[-/]/g) ?? [];
  if (seps.length !== marks.length) return shifted;
  let k = 0;
  return shifted.replace(/[-/]/g, () => marks[k++]!);
}

/**
 * A realistic replacement for one detected identifier ("hide in plain sight"): the same original
 * value maps to the same surrogate within a patient scope; dates are shifted, keeping their format.
 */
export function surrogateFor(category: PhiCategory, original: string, ctx: SurrogateContext): string {
  switch (category) {
    case 'NAME':
      return nameSurrogate(original, ctx);
    case 'DATE':
      return dateSurrogate(original, ctx);
    case 'TIME':
      // Dates move by whole days, so a time of day identifies nothing once the date is shifted.
      return original;
    case 'AGE':
      return '90+';
    case 'LOCATION':
      return citySurrogate(original, ctx);
    case 'INSTITUTION':
      return institutionSurrogate(original, ctx);
    case 'ADDRESS':
      return /^\d/.test(original)
        ? `${digits(`addr:${original}`, ctx).slice(0, 3).replace(/^0/, '1')} ${pick(STREETS, `street:${original}`, ctx)}`
        : citySurrogate(original, ctx);
    case 'EMAIL':
      return `${nameSurrogate('x', ctx).toLowerCase()}${digits(`email:${original}`, ctx).slice(0, 4)}@example.org`;
    case 'URL':
      return 'https://example.org/';
    case 'IP':
      return `10.${digits(`ip:${original}`, ctx).match(/\d/g)!.slice(0, 3).map((d) => String(Number(d) * 25)).join('.')}`;
    case 'PHONE':
      // Keyed on the digits alone, so "(555) 123-4567" and "555.123.4567" get one surrogate.
      return sameDigits(original, `PHONE:${original.replace(/\D/g, '')}`, ctx);
    case 'ID':
      // A DICOM UID in the text becomes the UID the structured header gets, so text and images stay linked.
      if (isDicomUid(original)) return ctx.keepStudyUids ? original : remapUid(ctx.key, original);
      return sameShape(original, `${category}:${original.toUpperCase()}`, ctx);
    default:
      return sameShape(original, `${category}:${original.toUpperCase()}`, ctx);
  }
}

/** A DICOM UID: a 1.x / 2.x dotted OID of five or more arcs, or a UUID-derived `2.25.<decimal>`. */
export function isDicomUid(value: string): boolean {
  return /^[12](?:\.\d+){4,}$/.test(value) || /^2\.25\.\d{10,}$/.test(value);
}

/** Tag-mode replacement: `[NAME]`, `[DATE]`, … */
export function tagFor(category: PhiCategory): string {
  return `[${category}]`;
}
