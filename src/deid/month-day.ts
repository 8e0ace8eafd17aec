// Month/day pairs without a year ("8/14", "6/2", "3-11") are dates by default (issue 11); they are
// kept as values only in the numeric contexts of `rules/<lang>/deid-numeric-contexts.yaml`.
import { nameCues, numericContexts, type NumericContexts } from './rules/deid-rules.js';
import { cueAlternation } from './rules/word-alternation.js';
import { inHistoryList } from './history-context.js';
import { tailTest, type TailTest } from './tail-test.js';
import { inDateColumn } from './date-columns.js';
import { isBlank, nextNonBlank, skipBlanks } from './free-text/blank-skip.js';
import { isAsciiDigit as isDigit } from '../util/ascii-chars.js';

const alt = cueAlternation;

/**
 * The numeric contexts compiled once into anchored regular expressions; those that end the text
 * before a pair are asked at its end only (tailTest).
 */
export interface Compiled {
  slashBefore: TailTest;
  testBefore: TailTest;
  testLead: TailTest;
  approximateBefore: TailTest;
  strongCue: TailTest;
  eventCue: TailTest;
  equalPairWeak: RegExp;
  settingVerb: TailTest;
  headerOrWeekday: RegExp;
  /** A word of a dated event or document, or a header's dash, ending the text before a dotted date. */
  dottedCue: TailTest;
  slashAfter: AfterTest;
  slashNear: RegExp;
  productDate: TailTest;
  /** A period word and "of" ending the text before a pair: the period's date ("week of 12/1"). */
  periodOf: TailTest;
  equalPairMax: number;
  scores: { denominator: number; words: RegExp }[];
  fractionMax: number;
  /** A word of fullness after the pair ("3/4 full"): a value only when the pair is a part of a whole. */
  partAfter: AfterTest;
  partMax: number;
  abbreviationRanges: boolean;
  /** A reading word a few words back on the line and in the clause ("rr through the night 14-22"). */
  readingNear: RegExp;
  hyphenBefore: TailTest;
  hyphenAfter: AfterTest;
  shiftPairs: Set<string>;
  smallRangeMax: number;
  /** Irregular past forms and value verbs of hyphen.pastForms / valueVerbs (see closedEventPair). */
  pastForms: Set<string>;
  valueVerbs: Set<string>;
  resultWords: Set<string>;
  yearBefore: Set<string>;
  yearNotAfter: Set<string>;
  /** A sample word counted in sets ("Bcx", "blood cultures") ending the text before a pair. */
  sampleCue: TailTest;
  /** A verb of arrival and a country ending the text before a year ("arrived in US "); asked on one line's text only. */
  arrivalCue: RegExp;
  /** A line, drain or tube word and an opening bracket ending the text before a pair: "art line (". */
  bracketDevice: TailTest;
  /** A word of its own list (dateCues.ordinalDay) ending the text before a bare ordinal day. */
  ordinalCue: TailTest;
}

/** A test of the text after a pair: `test(s)` is `expression.test(s)`, the expression run only when `may(s)` holds. */
export interface AfterTest {
  readonly expression: RegExp;
  readonly may: (s: string) => boolean;
  test(s: string): boolean;
}

/** Compiles a numeric-context document (exported for tests that give the engine their own lists). */
export function compileNumericContexts(c: NumericContexts): Compiled {
  // A context word ends right before the pair, with at most a colon / equals sign, a small linking
  // word and an opening bracket between ("PS 10/5", "strength of 4/5", "BP: (120/80", "Epworth now 6/24"). Symbols
  // ("~", ">") need no word boundary.
  // A word may be written in the plural ("Apgars 8/9", "scores 4/4").
  // A one-letter word after a slash is the end of a slash abbreviation ("d/c 12-3", "s/p 4/5"), not the word.
  const before = (ws: string[]) =>
    tailTest(new RegExp(`(?:(?:^|[^a-z0-9])(?:${alt(ws.filter((w) => /^[a-z]/.test(w) && w.length > 1)) || '(?!)'})(?:e?s)?|(?:^|[^a-z0-9/])(?:${alt(ws.filter((w) => /^[a-z]$/.test(w))) || '(?!)'})(?:e?s)?|${alt(ws.filter((w) => !/^[a-z]/.test(w))) || '(?!)'})[ \\t]*[:=-]?[ \\t]*(?:(?:of|at|is|was|were|now|=)[ \\t]*)?\\(?$`, 'i'));
  // After a slash pair a one-letter unit ("l", "g", "u", "x") counts only when no word follows it
  // ("2/28 L shoulder" is laterality); after a hyphen pair it always counts ("4-6 L NC").
  const after = (ws: string[], letterUnitBeforeWord = true) => {
    const long = ws.filter((w) => w !== '%' && (letterUnitBeforeWord || w.length > 1));
    const short = letterUnitBeforeWord ? [] : ws.filter((w) => /^[a-z]$/.test(w));
    const re = new RegExp(`^\\s*(?:${alt(long) || '(?!)'})(?![a-z])|^\\s*(?:${alt(short) || '(?!)'})(?![a-z])(?![ \\t]*[a-z]{2})|^\\s*%`, 'i');
    const p = prefiltered(re, firstCharIn([...long, ...short, '%']));
    return { expression: re, may: p.may, test: p.test };
  };
  // A cue word (or phrase) ending right before the pair, with an optional count and colon: "placed 3/3",
  // "HPI:11/4", "CABG X3 3-4".
  // An opening bracket may stand between: "Pertinent labs (1/3):".
  const cue = (ws: string[]) => tailTest(new RegExp(`(?:^|[^a-z0-9])(?:${alt(ws) || '(?!)'})(?:[ \\t]*x[ \\t]?\\d)?[ \\t]*:?[ \\t]*\\(?[ \\t]*$`, 'i'));
  return {
    slashBefore: before(c.slash.before),
    testBefore: before(c.slash.tests),
    // A time lead, at most one word, then the test name: "last ABG 2/15", "prior am hct 3/3".
    testLead: tailTest(new RegExp(`(?:^|[^a-z0-9])(?:${alt(c.dateCues.leads) || '(?!)'})[ \\t]+(?:[a-z]+[ \\t]+)?(?:${alt(c.slash.tests) || '(?!)'})[ \\t]*:?[ \\t]*$`, 'i')),
    approximateBefore: tailTest(new RegExp(`(?:${alt(c.slash.approximate) || '(?!)'})[ \\t]*$`)),
    strongCue: cue(c.dateCues.strong),
    eventCue: cue(c.dateCues.events),
    settingVerb: cue(c.dateCues.settingVerbs),
    equalPairWeak: new RegExp(`(?:^|[^a-z0-9])(?:${alt(c.dateCues.equalPairWeak) || '(?!)'})[ \\t]*:?[ \\t]*$`, 'i'),
    // A note header ("NPN 5/5", "note for 3/3") or a weekday ("Tues 3/3", "Monday, 5/5").
    // The word (any case), an optional colon, then the date; or a dash closing a header line.
    dottedCue: tailTest(new RegExp(`\\b(?:${alt(c.dateCues.dotted) || '(?!)'})\\s*:?\\s*$|(?:--|–|—)[ \\t]*$`, 'i')),
    // Asked forward: backwards, each length of the run after "note" tries the whole word list (slower, measured).
    headerOrWeekday: new RegExp(`(?:\\b(?:note|npn)\\b[^\\n]{0,24}|(?:^|[^a-z0-9])(?:${alt(c.dateCues.weekdays) || '(?!)'})\\.?,?[ \\t]+)$`, 'i'),
    slashAfter: after(c.slash.after, false),
    partAfter: after(c.slash.partOfWhole.after, false),
    // Most texts before a pair do not end with "of": the expression is not run on them.
    periodOf: prefiltered(tailTest(new RegExp(`(?:^|[^a-z0-9])(?:${alt(c.slash.periodsOf) || '(?!)'})[ \\t]+of[ \\t]*$`, 'i')), (s) => (lastNonBlank(s) | 32) === 0x66),
    productDate: tailTest(new RegExp(`(?:^|[^a-z0-9])(?:${alt(c.slash.productDates) || '(?!)'})\\.?[ \\t]*[:=]?[ \\t]*$`, 'i')),
    slashNear: new RegExp(`\\b(?:${alt(c.slash.near)})\\b[^\\n]{0,${c.slash.nearChars}}$`, 'i'),
    equalPairMax: c.slash.equalPairMax,
    scores: c.slash.scoreDenominators.map((s) => ({ denominator: s.denominator, words: new RegExp(`(?:^|[^a-z])(?:${alt(s.words)})(?![a-z])`, 'i') })),
    hyphenBefore: before(c.hyphen.before),
    hyphenAfter: after(c.hyphen.after),
    shiftPairs: new Set(c.hyphen.shiftPairs.map((p) => p.split('-').map(Number).join('-'))),
    smallRangeMax: c.hyphen.smallRangeMax,
    pastForms: new Set(c.hyphen.pastForms.map((w) => w.toLowerCase())),
    valueVerbs: new Set(c.hyphen.valueVerbs.map((w) => w.toLowerCase())),
    resultWords: new Set(c.hyphen.resultWords.map((w) => w.toLowerCase())),
    fractionMax: c.slash.fractionMaxDenominator,
    partMax: c.slash.partOfWhole.maxDenominator,
    abbreviationRanges: c.hyphen.abbreviationRanges,
    readingNear: new RegExp(`(?:^|[^a-z0-9])(?:${alt(c.hyphen.readingsNear) || '(?!)'})(?![a-z0-9])[^\\n.;]{0,${c.hyphen.readingsNearChars}}$`, 'i'),
    yearBefore: new Set(c.apostropheYear.before),
    yearNotAfter: new Set(c.apostropheYear.notAfter),
    sampleCue: cue(c.dateCues.samples),
    ordinalCue: cue(c.dateCues.ordinalDay),
    bracketDevice: tailTest(new RegExp(`(?:^|[^a-z0-9])(?:${alt(c.slash.bracketDevices) || '(?!)'})[ \\t]*\\($`, 'i')),
    // The verb, an optional "to" / "in", an optional "the", the country, then an optional "in" / "since".
    arrivalCue: new RegExp(`(?:^|[^a-z])(?:${alt(c.arrivalYear.verbs) || '(?!)'})(?:[ \\t]+(?:to|in|into|from))?(?:[ \\t]+the)?[ \\t]+(?:${alt(c.arrivalYear.places) || '(?!)'})(?![a-z])[ \\t]*,?(?:[ \\t]+(?:in|since|around|circa))?[ \\t]*$`, 'i'),
  };
}

// Most pairs are plain dates, and most of the expressions below refuse them for want of one character
// ("-" before the pair, "/" after it, a digit after the blanks): a cheap test of that character comes
// first, and the expression runs only when it passes (issue 11, speed). Each test is a necessary
// condition of its expression (month-day-prefilters.test.ts fuzzes the pairs against each other).

/** `re` (or a tail test) asked only when `may` holds: `test(s)` is `re.test(s)`, `exec(s)` is `re.exec(s)`. */
export interface Prefiltered extends TailTest {
  readonly may: (s: string) => boolean;
  exec(s: string): RegExpExecArray | null;
}

function prefiltered(re: RegExp | TailTest, may: (s: string) => boolean): Prefiltered {
  const expr = re instanceof RegExp ? re : re.re;
  // A regex and a tail test answer `test` alike; `exec` is the regex's own.
  return { re: expr, may, test: (s) => may(s) && re.test(s), exec: (s) => (may(s) ? expr.exec(s) : null) };
}


/** The char code of the last character of `s` that is no blank or tab (NaN when there is none). */
function lastNonBlank(s: string): number {
  let e = s.length;
  while (e > 0 && isBlank(s.charCodeAt(e - 1))) e--;
  return s.charCodeAt(e - 1);
}

/**
 * For an expression `^\s*(?:w1|w2|…)` under the `i` flag: whether the first character of `s` that is no
 * white space can open one of the words (either case of an ASCII letter). A word that opens with white
 * space or a character outside ASCII (whose case folding is wider) turns the test off.
 */
function firstCharIn(words: readonly string[]): (s: string) => boolean {
  const codes = new Set<number>();
  for (const w of words) {
    const c = w.charCodeAt(0);
    if (!(c > 0x20 && c < 0x7f)) return () => true;
    codes.add(c);
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) codes.add(c ^ 0x20);
  }
  // `trimStart` drops what `\s` matches: white space and line terminators.
  return (s) => codes.has(s.trimStart().charCodeAt(0));
}

/**
 * The first two numbers of `pair` parted by `sep`, as `pair.split(sep).map(Number)` gives them (the
 * second `undefined` without a `sep`), read without splitting: per pair the split, the mapped array
 * and its destructuring cost several times more (issue 11, speed).
 */
export function pairNumbers(pair: string, sep: string): [number, number] {
  const i = pair.indexOf(sep);
  if (i < 0) return [Number(pair), undefined as unknown as number];
  const j = pair.indexOf(sep, i + 1);
  return [Number(pair.slice(0, i)), Number(j < 0 ? pair.slice(i + 1) : pair.slice(i + 1, j))];
}

let shipped: Compiled | undefined;
const rules = () => (shipped ??= compileNumericContexts(numericContexts()));

// A lab result with a decimal point or a percent sign, then an opening bracket: "K 3.9 (", "A1c 6.2% (".
const RESULT_BEFORE_BRACKET = /\d\.\d+%?[ \t]*\($|\d%[ \t]*\($/;
// "PICC placed in R AC 11/17": the antecubital fossa, not assist-control ventilation.
const ANTECUBITAL = /\b(?:r|l|rt|lt|right|left)\.?\s+ac\s*$/i;

/** A clock time, "7:40", "23:15" or "0540", as a regular-expression source (no anchors, no flags). */
export const CLOCK_TIME = '(?:[01]?\\d:[0-5]\\d|2[0-3]:[0-5]\\d|[01]\\d[0-5]\\d|2[0-3][0-5]\\d)';
// A clock time right after a pair ("rn 6-7 0005", "LPN 9-25 6:05pm", "D: 1/14 1730"): the day and
// time of an entry. Not a volume or dose ("4-6 1000 ml").
// (Every clock time opens with a digit.)
const CLOCK_TIME_AFTER = prefiltered(
  new RegExp(`^[ \\t]+${CLOCK_TIME}(?:[ \\t]*[ap]\\.?m\\b\\.?)?(?![\\d:.,/-]|[ \\t]*(?:ml|cc|mg|mcg|units?|u|kg|g|l|mmhg|mm|cm|%|x|cells|copies)\\b)`, 'i'),
  (s) => {
    const i = skipBlanks(s, 0);
    return i > 0 && isDigit(s.charCodeAt(i));
  },
);

// A clock time after "@" or "at" ("3/3 @ 04:21", "2-4 at 21:33"): the day and time of an event. Not before a
// volume or dose, as above.
const CLOCK_AT_AFTER = prefiltered(
  new RegExp(`^[ \\t]*(?:@|at(?![A-Za-z]))[ \\t]*${CLOCK_TIME}(?:[ \\t]*[ap]\\.?m\\b\\.?)?(?![\\d:.,/-]?\\d|[ \\t]*(?:ml|cc|mg|mcg|units?|u|kg|g|l|mmhg|mm|cm|%|x|cells|copies)\\b)`, 'i'),
  (s) => {
    const c = nextNonBlank(s, 0);
    return c === 0x40 || (c | 0x20) === 0x61;
  },
);
// A clock time written with a colon right after a pair ("16:03", "7:45"), nothing glued after it.
const CLOCK_COLON_AFTER = /^[ \t]+(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:.,/-]?\d)/;
/**
 * A unit with its value before it ("15 cmH2O", "4 mm"), then at most an opening bracket: the unit's value is
 * written, so a pair after it is no value of that unit ("EVD at 12 cmH2O (5/2/26)", "drain at 10 cmH2O 5/2").
 */
export const UNIT_HAS_VALUE = /\d(?:\.\d+)?[ \t]*(?:cmh2o|mmhg|mm|cm)[ \t]*\(?[ \t]*$/i;
// A full date opening a line: with its year ("2/2/26", "03-03-2026", "4.1.25") or a month's name and a day ("feb 2", "Mar 14,").
const LINE_OPENING_DATE = /^[ \t]*(?:\d{1,2}([/.-])\d{1,2}\1(?:\d{2}|\d{4})|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?[ \t]+\d{1,2})(?![\d/.-]?\d)/i;
// What follows a log entry's day: a column bar, a dash, a colon, or a clock time.
const LOG_ENTRY_AFTER = /^[ \t]*(?:[|:–—]|-(?!\d)|[ \t](?:[01]\d|2[0-3])[0-5]\d\b)/;
// How many lines back a log's dated entry is looked for.
const LOG_LINES_BACK = 6;

/**
 * "2/2 | 1410 | ...", "3/3 - SW: ...": a pair opening a line before a column bar, a dash, a colon or a clock
 * time, in a log where one of the few lines above opens with a full date ("2/2/26 | 0910", "feb 2 1345"): the
 * day of the entry, written short.
 */
function logEntryDay(m: RegExpExecArray, before: string, after: string): boolean {
  if (!/^[ \t]*$/.test(before) || !LOG_ENTRY_AFTER.test(after)) return false;
  let end = m.input.lastIndexOf('\n', m.index - 1);
  for (let k = 0; k < LOG_LINES_BACK && end > 0; k++) {
    const start = m.input.lastIndexOf('\n', end - 1) + 1;
    if (LINE_OPENING_DATE.test(m.input.slice(start, end))) return true;
    end = start - 1;
  }
  return false;
}

// A range's first end that is a full date (with its year, ISO or written with a month's name) and the range's
// word or dash, before its second end: "5-11-25 to 2-11", "APR 13-4/25", "09AUG25 - 1st", "2025-03-08 - 3-11".
const DATED_PARTNER_BEFORE = prefiltered(
  /(?:(?:^|[^\d/.-])\d{1,2}([/.-])\d{1,2}\1(?:\d{4}|\d{2})|(?:^|[^\d-])(?:19|20)\d\d-\d\d-\d\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?[ \t]*\d{1,2}(?:st|nd|rd|th)?|\b\d{1,2}(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\d{2,4})[ \t]*(?:-|–|to|thru|through|until)[ \t]*$/i,
  // The text ends with "-", "–", "to", "thru", "through" or "until" (and blanks).
  (s) => {
    const c = lastNonBlank(s);
    const l = c | 0x20;
    return c === 0x2d || c === 0x2013 || l === 0x6f || l === 0x75 || l === 0x68 || l === 0x6c;
  },
);

// A count of sets right after a pair: "x2", "x 3", "X1".
const SET_COUNT_AFTER = /^[ \t]+x[ \t]?\d{1,2}\b(?![.,/:-]?\d)/i;

/** "Bcx 4/9 x2", "UCx 11-3 x1": a sample word before the pair and a count of sets after it, the day the sets were drawn. */
function samplesDrawn(r: Compiled, before: string, after: string): boolean {
  return SET_COUNT_AFTER.test(after) && r.sampleCue.test(before);
}
// A test's result after the pair: a slash group of numbers ("7.35/40/80", ": 28/9.1").
const RESULT_AFTER = /^[ \t]*[:=-]?[ \t]*\d+(?:\.\d+)?\/\d/;
/** "change to 5/5 at 0500", "wean to 5/5 @ 0600": a small equal pair after a preposition or a verb of settings is the setting planned for that time. */
function settingAtClock(r: Compiled, a: number, b: number, before: string): boolean {
  return a === b && a <= r.equalPairMax && (r.equalPairWeak.test(before) || r.settingVerb.test(before));
}
/** Whether `a/b` is a proper fraction in lowest terms with a small denominator ("1/2", "3/4"): a dose, not a day. */
function reducedFraction(a: number, b: number, max: number): boolean {
  const gcd = (x: number, y: number): number => (y === 0 ? x : gcd(y, x % y));
  return a < b && b <= max && gcd(a, b) === 1;
}

const SHIFT_AFTER = /^\s*(?:shift|sh\b|npn|nsg|nursing|note|:|$)/i;
const SHIFT_BEFORE = /(?:^\s*|\b(?:npn|note|nursing|nsg|shift|progress|for|this|during|over|on)\b[^\n]{0,12})$/i;

// The note and shift words of SHIFT_BEFORE, without its prepositions.
const SHIFT_WORD_BEFORE = /\b(?:npn|note|nursing|nsg|shift|progress)\b[^\n]{0,12}$/i;

function lineAround(m: RegExpExecArray, back: number, ahead: number): [string, string] {
  const from = Math.max(0, m.index - back);
  let before = m.input.slice(from, m.index);
  const nl = before.lastIndexOf('\n');
  if (nl >= 0) before = before.slice(nl + 1);
  let after = m.input.slice(m.index + m[0].length, m.index + m[0].length + ahead);
  const nl2 = after.indexOf('\n');
  if (nl2 >= 0) after = after.slice(0, nl2);
  return [before, after];
}

// A transcription footer's typed stamp after its dictated one ("D: 3/18  T: 4/4", "D 12/28/21 0930 T 1/1"):
// the second pair is a day too, whatever its numbers.
const TRANSCRIBED_STAMP = prefiltered(/(?:^|[ \t/])D(?:ictated)?:?[ \t]+\d{1,2}\/\d{1,2}(?:\/\d{2,4})?(?:[ \t]+\d{1,2}:?\d{2})?[ \t]+T(?:ranscribed)?:?[ \t]*$/, (s) => s.includes('/'));

/**
 * Whether a slash pair (a month and year) sits in a value context: a context word or an undated test
 * name before, a unit after, vent talk before, or a product's expiry word before ("exp 06/2027").
 * With `wordsAfter` false the words after the pair (units and fraction words alike) are not asked.
 */
export function slashValueContext(m: RegExpExecArray, wordsAfter = true): boolean {
  const r = rules();
  const [before, after] = lineAround(m, 40, 24);
  // "exp" alone may be "expired" (a death): it dates a product only after a lot, batch or vial word.
  if (r.productDate.test(before) && (!/\bexp\.?[ \t]*[:=]?[ \t]*$/i.test(before) || /\b(?:lot|batch|vial)\b/i.test(before))) return true;
  if (r.testBefore.test(before) && !r.testLead.test(before)) return true;
  return (wordsAfter && r.slashAfter.test(after)) || (r.slashBefore.test(before) && !ANTECUBITAL.test(before)) || r.slashNear.test(before);
}

// The other end of a range of pairs joined by a hyphen, before a pair ("3/1-", "12/30/2019 - ") or after it ("- 2/9").
const RANGE_PARTNER_BEFORE = prefiltered(/(?:^|[^\d/])(\d{1,2})\/(\d{1,2})(?:\/\d{2,4})?\s*-\s*$/, (s) => s.includes('-') && s.includes('/'));
const RANGE_PARTNER_AFTER = prefiltered(/^\s*-\s*(\d{1,2})\/(\d{1,2})/, (s) => s.includes('-') && s.includes('/'));
// The other end of a range or a list of pairs joined by a word ("4/4 thru 6/7", "1/25 to 2/2", "services 2/3 and
// 2/10"): the joining word is group 3 before the pair, group 1 after it.
const JOINED_PARTNER_BEFORE = prefiltered(/(?:^|[^\d/.])(\d{1,2})\/(\d{1,2})(?:\/\d{2,4})?[ \t]+(thru|through|until|till|to|and|or|&)[ \t]+$/i, (s) => s.includes('/'));
const JOINED_PARTNER_AFTER = prefiltered(/^[ \t]+(thru|through|until|till|to|and|or|&)[ \t]+(\d{1,2})\/(\d{1,2})(?![\d/.]?\d)/i, (s) => s.includes('/'));
// Joining words of a range of days; "to", "and", "or" also join grades and settings ("4/5 to 5/5", "8/9 and 9/9").
const RANGE_WORD = /^(?:thru|through|until|till)$/i;

/**
 * The other end of a range or list of pairs joined by a word, when it reads as a day: a month and a day, no small
 * fraction, and after "to", "and" or "or" no grade or score shape either ("4/5", "8/9", "5/5"); nor a pair in a
 * value context of its own ("PS 10/5 to 5/5"). The match has the partner's numbers in groups 1 and 2.
 */
function joinedPartner(r: Compiled, before: string, after: string, side: 'before' | 'after'): RegExpExecArray | null {
  const m = side === 'before' ? JOINED_PARTNER_BEFORE.exec(before) : JOINED_PARTNER_AFTER.exec(after);
  if (!m) return null;
  const [word, x, y] = side === 'before' ? [m[3]!, m[1]!, m[2]!] : [m[1]!, m[2]!, m[3]!];
  const a = Number(x);
  const b = Number(y);
  if (a < 1 || a > 12 || b < 1 || b > 31 || smallFraction(r, a, b)) return null;
  if (!RANGE_WORD.test(word) && ((a < b && b <= 9) || (a === b && a <= r.equalPairMax))) return null;
  if (side === 'before' && r.slashBefore.test(before.slice(0, m.index + m[0].indexOf(x)))) return null;
  if (side === 'after' && r.slashAfter.test(after.slice(m[0].length))) return null;
  const out = [m[0], x, y] as unknown as RegExpExecArray;
  return out;
}

/** A proper fraction with a small denominator ("1/2", "2/3", "3/4"): a dose or a share more often than a day. */
/** Whether "a/b" reads as a part of a whole: a proper fraction with a small denominator ("3/4", "4/10"). */
function partOfWhole(r: Compiled, a: number, b: number): boolean {
  return a < b && b <= r.partMax;
}

function smallFraction(r: Compiled, a: number, b: number): boolean {
  return a < b && b <= r.fractionMax;
}

/** Whether a range's other end (a {@link RANGE_PARTNER_BEFORE} / {@link RANGE_PARTNER_AFTER} match) is no small fraction, so the range is one of days. */
function datedPartner(r: Compiled, partner: RegExpExecArray | null): boolean {
  return partner !== null && !smallFraction(r, Number(partner[1]), Number(partner[2]));
}

/** A small equal pair is a date after an event word, or after a weak preposition that follows one (not a verb of settings: "extubated from 5/5"). */
function equalPairDated(r: Compiled, before: string): boolean {
  const weak = r.equalPairWeak.exec(before);
  if (!weak) return r.eventCue.test(before);
  const lead = before.slice(0, weak.index + (/^[a-z0-9]/i.test(weak[0]) ? 0 : 1)).trimEnd();
  return r.eventCue.test(lead) && !r.settingVerb.test(lead);
}

// A slashed decimal right after a pair ("12/5/.40"), and a value no day can be before a blank and a
// slash before it ("600/40 / 5/12"; "3/1 / 3/5" stays a list of days).
const SLASH_CHAIN_AFTER = /^\/\.\d/;
const SLASH_CHAIN_BEFORE = /(\d+(?:\.\d+)?)[ \t]*\/[ \t]+$/;

/** Whether the word before a bracketed result ("FiO2 0.4 (", "strength 4.5 (") is a ratio's or a setting's, or ventilator talk is near. */
function resultWordIsRatio(r: Compiled, before: string): boolean {
  const word = before.replace(/\d+(?:\.\d+)?%?[ \t]*\($/, '');
  return r.slashBefore.test(word) || r.testBefore.test(word) || r.slashNear.test(before);
}

/** Whether the text before a slash pair ends in a value of a chain of slashed values (see SLASH_CHAIN_BEFORE). */
function chainValueBefore(before: string): boolean {
  const m = SLASH_CHAIN_BEFORE.exec(before);
  return m !== null && (m[1]!.includes('.') || Number(m[1]) > 31);
}

/**
 * A slash pair "M/D" is a date unless a numeric context says it is a value: a context word before
 * it (BP, ratio, score, strength, vent settings…), a unit after it (fractions with units), ventilator
 * talk shortly before, a test name without a time lead, a proper fraction after "~", a pain score
 * out of 10, or a small equal pair ("5/5") or small fraction ("1/2") without a date cue.
 */
export function slashPairIsDate(m: RegExpExecArray, pair = m[0]): boolean {
  const r = rules();
  const [a, b] = pairNumbers(pair, '/');
  const [before, after] = lineAround(m, 40, 24);
  if (r.headerOrWeekday.test(before) || r.strongCue.test(before) || TRANSCRIBED_STAMP.test(before)) return true;
  // "| Januvia | 100 mg daily | 2/4 | 30/90 |" under a row with "02/21/2026" in that column: a day of a column of dates.
  if (/^[ \t]*\|/.test(after) && /\|[ \t]*$/.test(before) && inDateColumn(m.input, m.index, pair.length)) return true;
  // "3/1-3/3", "12/30/19 - 1/2": the second pair of a range of pairs; other numbers before a hyphen ("1-2/3") make a value.
  const partnerBefore = RANGE_PARTNER_BEFORE.exec(before);
  const rangeBefore = partnerBefore !== null;
  // "week of 12/1", "day of 3/4": a period word and "of" date the pair, though the word alone counts ("day 3/7").
  if (r.periodOf.test(before) || samplesDrawn(r, before, after) || logEntryDay(m, before, after)) return true;
  // "APR 13-4/25", "5/11/25 to 6/2": the second end of a range whose first end is a full date.
  if (DATED_PARTNER_BEFORE.test(before) && !r.slashAfter.test(after)) return true;
  if (r.slashAfter.test(after) || (/\d-\s*$/.test(before) && !rangeBefore)) return false;
  // "^ 12/5/.40", "AC 600/40 / 5/12": a pair inside a chain of slashed values (a setting and its FiO2,
  // settings written one after another) is a value.
  if (SLASH_CHAIN_AFTER.test(after) || chainValueBefore(before)) return false;
  if (r.partAfter.test(after) && partOfWhole(r, a, b)) return false;
  // "R radial art line (4/22)": a pair in brackets after a line, drain or tube is the day it was placed.
  if (after.startsWith(')') && r.bracketDevice.test(before)) return true;
  // "Mg 1.8 (6/6)", "HbA1c 7.9% (3/3)": a small equal pair in brackets right after a result written with a
  // decimal point or a percent sign is the day of that result; a grade or a setting follows no such value.
  // The value's own word must not be a ratio's or a setting's ("strength 4.5 (5/5)", "FiO2 0.4 (5/5)").
  if (a === b && after.startsWith(')') && RESULT_BEFORE_BRACKET.test(before) && !resultWordIsRatio(r, before)) return true;
  if (r.slashBefore.test(before) && !ANTECUBITAL.test(before) && !UNIT_HAS_VALUE.test(before)) return false;
  // "ABG 7.3/45" is a result, "last ABG 2/15" the day of the test; so is a pair the test's time or
  // result follows ("ABG 12/3 0400 7.35/40/80", "hct 2/15: 28/9.1").
  if (r.testBefore.test(before)) return r.testLead.test(before) || CLOCK_TIME_AFTER.test(after) || CLOCK_AT_AFTER.test(after) || RESULT_AFTER.test(after);
  if (r.slashNear.test(before)) return false;
  if (CLOCK_TIME_AFTER.test(after)) return true;
  // "3/3 @ 04:21", "2/4 at 21:33": a day and its clock time; "1/2 @ 21:00" is half a dose at that time.
  if (CLOCK_AT_AFTER.test(after) && !reducedFraction(a, b, r.fractionMax) && !settingAtClock(r, a, b, before)) return true;
  // "~1/2", "<2/3": an approximate part of a whole is a value; any other pair goes on to the tests below
  // ("~11/20" is a day, "-> 2/10" after a pain score a score).
  if (r.approximateBefore.test(before) && partOfWhole(r, a, b)) return false;
  // "03/04", "1/05": a part written with a leading zero is a day or a month, never a fraction or a grade.
  if (pair.includes('0') && /(?:^|\/)0\d/.test(pair)) return true;
  // "restart on 4/4 - 4/5", "held 3/1-3/3": a pair that opens or closes a range of pairs is a date.
  // "4/4 thru 6/7", "1/25 to 2/2", "2/3 and 2/10": a pair joined by a word to a day is one too.
  const partnerAfter = RANGE_PARTNER_AFTER.exec(after) ?? joinedPartner(r, before, after, 'after');
  const joinedBefore = partnerBefore ?? joinedPartner(r, before, after, 'before');
  const range = partnerAfter !== null || joinedBefore !== null;
  // "5/5" alone is a grade or a setting; "line placed 3/3" is a day, and so is "placed on 3/3", but
  // not "trialed on 5/5": a weak preposition needs an event word before it.
  if (a === b && a <= r.equalPairMax && !range && !equalPairDated(r, before)) return false;
  // "crackles 1/3 up", "1/2 NPH": a small fraction, unless a date cue precedes it or it is one end of
  // a range whose other end is no small fraction ("2/3 - 2/9", "12/28 - 1/3"); "1/4 - 1/2 tab" is a dose.
  // The event cue is asked only for such a fraction: its expression is among the largest of the
  // numeric contexts, and most pairs (dates) never reach a use of its answer (issue 11, speed).
  if (smallFraction(r, a, b) && !datedPartner(r, joinedBefore) && !datedPartner(r, partnerAfter) && !r.eventCue.test(before)) return false;
  for (const s of r.scores) if (b === s.denominator && (s.words.test(before) || s.words.test(after))) return false;
  return true;
}

/** The prefiltered expressions of this module, by name (for the test that each prefilter is a necessary condition). */
export function prefilteredExpressions(): Record<string, Prefiltered> {
  const r = rules();
  return {
    CLOCK_TIME_AFTER,
    CLOCK_AT_AFTER,
    DATED_PARTNER_BEFORE,
    TRANSCRIBED_STAMP,
    RANGE_PARTNER_BEFORE,
    RANGE_PARTNER_AFTER,
    JOINED_PARTNER_BEFORE,
    JOINED_PARTNER_AFTER,
    periodOf: r.periodOf as Prefiltered,
    slashAfter: prefiltered(r.slashAfter.expression, r.slashAfter.may),
    partAfter: prefiltered(r.partAfter.expression, r.partAfter.may),
    hyphenAfter: prefiltered(r.hyphenAfter.expression, r.hyphenAfter.may),
  };
}

/** Whether `before`, the text before a bare year, ends with a verb of arrival and a country ("arrived in US "): the year of arrival. */
export function arrivalYearCue(before: string): boolean {
  return rules().arrivalCue.test(before);
}

/**
 * "missed tx 20th --", "since 11th.", "last drink 29th.", "(28th)" after a value: a bare ordinal day standing
 * alone is a day of the month after a date cue (a strong or an event word, one word between allowed), a word
 * of `dateCues.ordinalDay`, or alone in brackets after a value.
 */
export function ordinalDayCue(before: string, after: string): boolean {
  const r = rules();
  if ((/\d[^\n]{0,3}\($/.test(before) && after.startsWith(')')) || DATED_PARTNER_BEFORE.test(before)) return true;
  const lead = before.replace(/[ \t]+[A-Za-z][\w'-]*[ \t]*$/, ' ');
  return r.strongCue.test(before) || r.eventCue.test(before) || r.ordinalCue.test(before) || (lead !== before && (r.strongCue.test(lead) || r.eventCue.test(lead)));
}

/** Whether `after`, the text after a pair, opens with a unit or a count's word ("2-3 tabs", "4-6 L NC"): the pair is a count. */
export function unitAfterPair(after: string): boolean {
  return rules().hyphenAfter.test(after) && !PER_SOURCE_AFTER().test(after) && !PER_NAME_AFTER.test(after);
}

/** Whether `before`, the text before a dotted triple ("5.4.19"), ends with a date cue of the dotted list or a header's dash. */
export function dottedDateCue(before: string): boolean {
  return rules().dottedCue.test(before);
}

// A full date right after a hyphen pair and a dash: "9-15 - 05.25.24", "3-3 - 3/9/25".
// "on 10-26 per grandson", "6-6 per pt": "per" and whose word it is (a relative of the name cues, the patient, a
// record) after the pair; "per" then names a source, not the rate of a reading ("2-3 per day").
let perSource: RegExp | undefined;
const PER_SOURCE_AFTER = () =>
  (perSource ??= new RegExp(
    `^[ \\t]*per[ \\t]+(?:(?:the|his|her|their|pt'?s)[ \\t]+)?(?:${alt([...nameCues().cues.relatives.words, 'pt', 'patient', 'family', 'ems', 'medic', 'chart', 'report', 'records', 'note', 'staff'])})(?![a-z])`,
    'i',
  ));
// "on 7-25 per Northside Clinic", "3-4 per Dr. Ames": "per" and a name in title case (a source), not a rate's unit ("2-3 per day").
const PER_NAME_AFTER = /^[ \t]*per[ \t]+(?:Dr\.?[ \t]+)?[A-Z][a-z]/;
const FULL_DATE_AFTER = /^[ \t]*(?:-|–|to)[ \t]*\d{1,2}([./-])\d{1,2}\1\d{2}(?:\d{2})?\b/;
// The dictated / typed stamps of a transcription footer ("D: 8/18/2026 18:15  T: 8-19", "DD: Aug 16\nDT: 8-16").
const STAMP_LABEL = /(?:^|\s)(?:DT|DD|D|T)[ \t]*:[ \t]*$/;
const STAMP_BEFORE = /(?:^|\s)(?:DD|D|Dictated)[ \t]*:/;

/** Whether the pair follows a "D:" / "DD:" / "DT:" / "T:" label of a transcription footer that has a dictated stamp before it. */
function dictationStamp(m: RegExpExecArray): boolean {
  const before = m.input.slice(Math.max(0, m.index - 80), m.index);
  const label = STAMP_LABEL.exec(before);
  return label !== null && (/^\s*D/.test(label[0]) || STAMP_BEFORE.test(before.slice(0, label.index + 1)));
}

// A deadline's or an approximation's word right before a hyphen pair: "by 4-14", "around 1-17".
const DEADLINE_BEFORE = /(?:^|[^a-z])(?:by|around|about|approximately|approx\.?)[ \t]*$/i;

/**
 * A hyphen pair "M-D" is a date unless it is a value: a unit or count after it, a context word
 * before it, a nursing shift ("3-11", "11-7"), or a small ascending range ("2-3", "4-6"); the last
 * two still count after a date cue ("on 3-11").
 */
export function hyphenPairIsDate(m: RegExpExecArray, pair = m[0]): boolean {
  const r = rules();
  const [a, b] = pairNumbers(pair, '-');
  const [before, after] = lineAround(m, 40, 24);
  // "admit 9-15 - 05.25.24": the first of a range whose second is a full date.
  if (FULL_DATE_AFTER.test(after) || samplesDrawn(r, before, after) || logEntryDay(m, before, after)) return true;
  // "| no lifting > 10 lb | Mar 24 2026 | 4-7 |": a pair in a column of dates.
  if (/^[ \t]*\|/.test(after) && /\|[ \t]*$/.test(before) && inDateColumn(m.input, m.index, pair.length)) return true;
  if ((r.hyphenAfter.test(after) && !PER_SOURCE_AFTER().test(after) && !PER_NAME_AFTER.test(after)) || /^\s*[-/]\s*\d/.test(after)) return false;
  // "5-11-25 to 2-11": the second end of a range whose first end is a full date.
  if (DATED_PARTNER_BEFORE.test(before)) return true;
  if (r.strongCue.test(before) || dictationStamp(m)) return true;
  const cue = r.eventCue.test(before);
  // "will answer by 11-3", "began around 1-17": a deadline or an approximate day; a range of counts or readings
  // after these words ascends by less than a factor of three ("around 10-15", "by 2-3").
  if (DEADLINE_BEFORE.test(before) && (a > b || b > 3 * a) && !(a < b && b <= r.smallRangeMax)) return true;
  // "follow-up 6-7": a cue word whose tail is a value word ("up 2-3") is still the cue.
  if (r.hyphenBefore.test(before) && !cue) return false;
  // "NPN 11-7", "3-11 shift" are the shift of the note ("NPN 7p-7a 5-5" dates it); elsewhere a
  // shift-shaped pair is a date like any other ("extubated 3-11").
  // "8-5 16:03 SW called": a pair opening a line before a clock time written with a colon is the day of a log entry.
  if (/^[ \t]*$/.test(before) && CLOCK_COLON_AFTER.test(after)) return true;
  // "driver booked for 3-11 at 0930": a clock time after "at" makes a shift-shaped pair after a mere
  // preposition the day of that event; a note or shift word before it still makes it the shift ("NPN 7-3 at 1400").
  const clockAt = CLOCK_AT_AFTER.test(after) && !SHIFT_WORD_BEFORE.test(before);
  if (r.shiftPairs.has(`${a}-${b}`) && !cue && !clockAt && (SHIFT_AFTER.test(after) || SHIFT_BEFORE.test(before))) return false;
  if (r.headerOrWeekday.test(before) || CLOCK_TIME_AFTER.test(after)) return true;
  // A reading's range spans less than a factor of three ("ICP 5-15", "RR 10-18"); a wider pair after
  // an abbreviation is the day of a test or visit ("PPD 4-25", "ED 2-17", "PFTs 3-24").
  if (r.abbreviationRanges && a < b && b <= 3 * a && !cue && /(?:^|[^A-Za-z])[A-Z]{2,5}'?s?[ \t]*[:=-]?[ \t]*$/.test(before)) return false;
  // "rr through the night 14-22", "ICP waveform 8-14": the same range with its reading a few words back.
  if (a < b && b <= 3 * a && !cue && r.readingNear.test(before)) return false;
  // "2-4 at 10:15", "3-3 @ 0600": a day and its clock time, not a range of counts.
  if (CLOCK_AT_AFTER.test(after) && !settingAtClock(r, a, b, before)) return true;
  if (a === b && a <= r.equalPairMax) return cue;
  if (a < b && b <= r.smallRangeMax) return cue || closedEventPair(r, before, after);
  return true;
}

// What closes a pair's clause: a stop or comma that no digit follows, a semicolon, a closing bracket, the line's end.
const CLAUSE_CLOSE_AFTER = /^[ \t]*(?:[.,](?!\d)|[;)]|\r?\n|$)/;
const WORD_BEFORE = /(?:^|[^A-Za-z'’-])([A-Za-z]+)[ \t]+$/;

/**
 * Whether a small ascending hyphen pair ("1-4", "6-8"), which alone reads as a range of counts, is
 * the day of a past event: it closes its clause right after a past verb (a word ending in "-ed" or
 * a listed irregular form, not a verb that names a value such as "rated" or "increased"), or it
 * stands alone in brackets after a listed result word ("strep neg (2-4)"; not "rib fractures (4-7)",
 * nor a reference range after a value, "WBC 12.1 (4-11)"). A range of counts has its unit after
 * it, which the unit test before this one has answered.
 */
function closedEventPair(r: Compiled, before: string, after: string): boolean {
  if (!CLAUSE_CLOSE_AFTER.test(after)) return false;
  const bracket = /([A-Za-z]+)[ \t]*\([ \t]*$/.exec(before);
  if (bracket) return /^[ \t]*\)/.test(after) && r.resultWords.has(bracket[1]!.toLowerCase());
  if (/\([ \t]*$/.test(before)) return false;
  const w = WORD_BEFORE.exec(before)?.[1]?.toLowerCase();
  if (w === undefined || r.valueVerbs.has(w)) return false;
  return (w.length >= 5 && w.endsWith('ed')) || r.pastForms.has(w);
}

/**
 * "MI 88'", "CABG X5 99'": a two-digit year with a trailing apostrophe after a history word (one of
 * the two words before), an all-capitals abbreviation, or any word inside a history list.
 */
export function apostropheYear(m: RegExpExecArray): boolean {
  const r = rules();
  const words = m.input.slice(Math.max(0, m.index - 24), m.index).split(/[\s,.;:]+/).filter(Boolean).slice(-2);
  const last = words[words.length - 1];
  if (!last || r.yearNotAfter.has(last.toLowerCase())) return false;
  if (words.some((w) => r.yearBefore.has(w.toLowerCase()))) return true;
  // "spinal fusion 76'", "lap chole 91'": any condition or procedure word in a history list.
  return /^[A-Z]{2,6}$/.test(last) || (/^[a-z]{3,}$/i.test(last) && inHistoryList(m.input, m.index));
}
