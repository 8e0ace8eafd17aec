import { PHI_CATEGORIES, type PhiCategory, type PhiSpan } from './phi-span.js';
import { AnchoredRegex } from './keyword-anchors.js';
import { NearRegex } from './regex-matches.js';
import { GuardSet } from './guard-set.js';
import { leadChar } from './lead-char.js';
import { holidayAlternation, holidayGuard } from './rules/holidays.js';
import { CODE_TOKEN, codeTokens } from './code-tokens.js';
import { HISTORY_CUE, inHistoryList } from './history-context.js';
import { apostropheYear, arrivalYearCue, CLOCK_TIME, ordinalDayCue, pairNumbers, UNIT_HAS_VALUE, unitAfterPair, dottedDateCue, hyphenPairIsDate, slashPairIsDate, slashValueContext } from './month-day.js';
import { ageAfterPerson, alnumId, spacedLabelledId, lineEndPager, bareAgeAfterName, bracketExtension, clinicianPager, hashId, labelledId, localPhone, obstetricYear, patternCues, wordExtension, yearUntilLife, phoneCueOnLine, recordNumber, roomNumber, yearAfterEvent } from './pattern-cues.js';
import { hasWardRoom, LIST_ROOM, LIST_ROOM_LINE, listRoomCode, ROOM_LABEL_LINE, ROW_NAME, rowName, WARD_ROOM, WARD_ROOM_SHAPE, wardRoom } from './room-codes.js';

/** Month names and abbreviations, as a regex alternation (longest first so "March" beats "Mar"). */
export const MONTH_ALT =
  'January|February|March|April|May|June|July|August|September|October|November|December|Sept|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec';
/** The month words of {@link MONTH_ALT}, lower case. */
export const MONTH_WORDS: ReadonlySet<string> = new Set(MONTH_ALT.toLowerCase().split('|'));
const M = `(?:${MONTH_ALT})`;
// The anchor words of the rules that start with a month word followed by a non-letter (keyword-anchors.ts).
const MONTH_KEYWORDS = [...MONTH_WORDS];
const DAY = '(?:0?[1-9]|[12]\\d|3[01])';
const MON = '(?:0?[1-9]|1[0-2])';
const YEAR4 = '(?:19|20)\\d{2}';

interface PatternRule {
  category: PhiCategory;
  re: RegExp;
  /** Capture group holding the identifier (0 = whole match). */
  group?: number;
  /** Extra check on the match (e.g. age ≥ 90). */
  accept?: (m: RegExpExecArray) => boolean;
  /** Cheap test on the whole text: the rule runs only when it passes. */
  when?: (text: string) => boolean;
  /**
   * Whole-text tests of which one must match for the rule to run (as `when`, and besides it): the
   * guards of all rules are asked together, one scan per set of flags (guard-set.ts). For the tests
   * most reports fail. A function gives a guard compiled later (from a YAML cue list).
   */
  guard?: Guard | readonly Guard[];
  /** Set at load: the place of `when` among the distinct guards (rules sharing one share it). */
  guardSlot?: number;
  /** Capture group (inside a lookbehind) whose text, just before the match, belongs to the span. */
  widenLeft?: number;
  /** Set at load for rules whose pattern cannot match without a digit. */
  needsDigit?: boolean;
  /** The span is one identifier: other pattern spans inside it are dropped (a DICOM UID holds IP-, date- and phone-like parts). */
  claims?: boolean;
  /** Set at load: the rule id recorded on its spans. */
  id?: string;
  /**
   * Cue words every match starts with (keyword-anchors.ts: `\b`, the word in ASCII letters, then
   * no ASCII letter) and characters a match may start at instead: the rule then runs only there.
   */
  keywords?: readonly string[];
  anchorChars?: string;
  /** Set at load from `keywords`. */
  anchored?: AnchoredRegex;
  /** Set at load: the character every match starts with, when the expression promises one (lead-char.ts). */
  lead?: string;
  /**
   * The matches of `re` in a text found without the engine, in order; it may leave out matches
   * `accept` would refuse. The rule then runs this instead of `re`.
   */
  scan?: (text: string) => RegExpExecArray[];
  /**
   * A cheaper expression (global) that matches at some place from each match's start to `back`
   * characters after it ("five digits" for a code of five digits or more): the rule then runs only
   * there (regex-matches.ts NearRegex). For rules that scan the whole text for a shape most places lack.
   */
  near?: { re: RegExp; back: number };
  /** Set at load from `near`. */
  nearRegex?: NearRegex;
}

type Guard = RegExp | (() => RegExp);

const has = (s: string) => (text: string) => text.includes(s);
const hasDigit = (text: string) => /\d/.test(text);
// One guard for the written-out age rules.
// Short stems scan fastest (measured against includes() and longer words).
const AGE_WORD = /nety|ndred|narian/i;
// Dotted dates and UIDs need a digit, a dot, a digit, a dot: most reports have none.
const DOTTED_NUMBERS = /\d\.\d{1,4}\./;
// The new identifier and year-range rules scan only texts that hold their shape somewhere.
// An age label and what it may say of itself ("Age (years):", "Age at intake:", "Age in years", "Current age -",
// "Sex/Age: F/", "at the age of"), then leader marks, then the age; not an infant's age in days, weeks, months.
const AGE_UNIT_BRACKET = String.raw`\((?:years?|yrs?|y)\)`;
const AGE_AT = String.raw`(?:at|on)[ \t]+(?:intake|admission|admit|referral|evaluation|assessment|presentation|enrol?lment|screening|visit|interview|diagnosis|onset)`;
const AGE_LABEL_RE = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:(?:sex|gender)[ \t]*\/[ \t]*age[ \t]*:?[ \t]*[mf][ \t]*\/)|(?:at[ \t]+)?(?:the[ \t]+)?age(?:[ \t]*${AGE_UNIT_BRACKET}|[ \t]+${AGE_AT}|[ \t]+in[ \t]+years|[ \t]+of)?[ \t]*(?:[:=\-–—]|\.{2,}|…+)?[ \t]*(?:[:=\-–—][ \t]*)?)(9\d|1[01]\d)(?:[ \t]?y)?(?![\p{L}\p{N}]|[.,:/]\d|[ \t]*(?:%|days?\b|d\b|wks?\b|weeks?\b|mos?\b|months?\b|hrs?\b|hours?\b|min|sec|mg|kg|lbs?\b|bpm|mmhg|cm|mm))`,
  'giu',
);
// Obstetric outcome abbreviations and words: the obstetric year rule runs only on texts with one.
const OBSTETRIC_HINT = /svd|vd\b|c\/?-?s\b|c-?\s?section|cesarean|caesarean|cs\b|vbac|tolac|ab\b|abs\b|ectopic|miscarr|stillb|iufd|fdiu|molar|d&[ce]|d and c|terminat|abortion|twin|vacuum|forceps|vaginal|vag\b/i;
/**
 * The guard of the bare age after a person: a letter, quote or bracket, blanks, a mark, blanks, then
 * 90-119 ending a word. Written with the age first and what stands before it looked behind at, it
 * passes on the same texts as `/[\p{L}'’)][ \t]*[(,:]?[ \t]*(?:9\d|1[01]\d)\b/u` (a text holds
 * "A then B" exactly when some B is preceded by A), and the engine skips to a "9" or "1" instead of
 * trying every letter (measured 7x faster on the bench reports).
 */
export const AGE_AFTER_PERSON_GUARD = /(?:9\d|1[01]\d)\b(?<=[\p{L}'’)][ \t]*[(,:]?[ \t]*(?:9\d|1[01]\d))/u;
const hasGluedCode = (text: string) => /[A-Za-z]\d{2}/.test(text);
const YEAR_RANGE = /(?:19|20)\d\d[ \t]*-[ \t]*(?:19|20)\d\d/;
// Four digits, "19" or "20" first: where the bare-year rules may match (their `near`).
const YEAR_DIGITS = /(?:19|20)\d\d/g;
// A digit before an apostrophe ("MI 88'", "in 14'").
const DIGIT_APOSTROPHE = /\d['’]/;
const hasMonth = (text: string) => /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i.test(text);

/** Counts the digits of `s` and checks the count lies in [min, max]. */
function digitCount(s: string, min: number, max: number): boolean {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n >= min && n <= max;
}

// "son called 2315, updated", "returned call at 0515": after a past call, or a call "at", four
// digits that read as a 24-hour clock time are the time of the call, not an extension.
const CALL_CLOCK = /^(?:called|call(?:ed)?\s+at)\s*(?:[01]\d|2[0-3])[0-5]\d$/i;

const PAGER_CUE_BEFORE = /(?:\b(?:pager|page|beeper|beep|pgr|pg|ext|extension)\.?\s*(?:is\s+|at\s+|[:#]\s*)*|\bx\s?)$/i;
const BOX_CUE_BEFORE = /\b(?:address|lives\s+at|resides\s+at|residence|mailing)\s*(?:is\s+)?[:,-]?\s*$/i;

// A field label and its colon right before ("D:", "Seen:", "DOA: "), or the start of a line.
const DOTTED_DATE_FIELD = /(?:[A-Za-z)][ \t]*:|(?:^|\n))[ \t]*$/;
// A clock time right after ("DT: 9.4.99 5:39", "11.23.21 1705").
const CLOCK_AFTER = new RegExp(`^[ \\t]+${CLOCK_TIME}(?:[ap]\\b|\\b)`, 'i');

/**
 * "5.3.24" is a date by default (issue 11: month/day forms are dates unless a value context keeps
 * them), when one of its first two numbers can be a month. It is a value only after a word of values,
 * versions, sections or scores ("software 5.3.24", "see 3.2.10", "pH 7.3.45"), before a unit
 * ("K 3.5.12 mg"), or after a dotted triple of the line that is itself a value ("values 4.2.10 and 7.3.15").
 */
function dottedShortDate(m: RegExpExecArray, depth = 0): boolean {
  const [a, b] = pairNumbers(m[0], '.');
  if (Math.min(a, b) > 12) return false;
  // After a field's dot leaders ("DATE.........."), the words before the leaders are asked.
  const leaders = /[ \t]?\.{3,}[ \t]*$/.exec(m.input.slice(Math.max(0, m.index - 80), m.index));
  const to = leaders ? m.index - leaders[0].length : m.index;
  const before = m.input.slice(Math.max(0, to - 12), to) + (leaders ? ' ' : '');
  const end = m.index + m[0].length;
  if (dottedDateCue(before) || DOTTED_DATE_FIELD.test(before) || CLOCK_AFTER.test(m.input.slice(end, end + 8))) return true;
  // "letter of 10.8.25", "note of 3.2.26": a document of that day ("of" alone points at a section or a value below).
  if (DOCUMENT_OF_BEFORE.test(m.input.slice(Math.max(0, m.index - 24), m.index))) return true;
  // "FROM 4.29.22 TO 5.4.22": the second of a range whose first is a dotted date.
  if (DOTTED_RANGE_BEFORE.test(m.input.slice(Math.max(0, m.index - 16), m.index))) return true;
  if (DOTTED_NOT_DATE_BEFORE.test(before) || DOTTED_UNIT_AFTER.test(m.input.slice(end, end + 8))) return false;
  // In a run of dotted triples, the one before on the line decides: a run of values or a run of dates.
  const line = m.input.slice(Math.max(0, m.index - 40), m.index);
  const prev = depth < 3 ? [...line.matchAll(DOTTED_TRIPLE)].pop() : undefined;
  if (prev) {
    const at = m.index - line.length + prev.index;
    const prior = Object.assign([prev[0]], { index: at, input: m.input }) as unknown as RegExpExecArray;
    return dottedShortDate(prior, depth + 1);
  }
  return true;
}

// A dotted triple with a two-digit last number (the shape of the rule above), for the run test.
const DOTTED_TRIPLE = /(?<![\d.])\b\d{1,2}\.\d{1,2}\.\d{2}\b(?!\.?\d)/g;
// A unit right after a dotted triple: a value, not a date ("K 3.5.12 mg").
const DOTTED_UNIT_AFTER = /^[ \t]*(?:mg|mcg|g|kg|ml|cc|l|mm|cm|mmol|meq|units?|u|iu|%|mmhg)\b/i;

// A document's word and "of" right before a dotted triple: "letter of ", "report of ".
const DOCUMENT_OF_BEFORE = /\b(?:letter|note|report|memo|notice|consult|correspondence|statement|order|visit|encounter)[ \t]+of[ \t]*$/i;
// The first date of a range right before: "4.29.22 to ", "4.29.22 - ", "4.29.22 thru ".
const DOTTED_RANGE_BEFORE = /\b\d{1,2}\.\d{1,2}\.\d{2}[ \t]*(?:to|thru|through|until|-|–)[ \t]*$/i;
// Words of values (lab names), versions, sections and scores before a dotted triple: never a date.
const DOTTED_NOT_DATE_BEFORE = /\b(?:of|ph|k|na|cl|co2|bun|cr|hgb|hct|plt|wbc|inr|mg|ca|phos|glu|glucose|lactate|trop|bnp|ast|alt|tsh|a1c|temp|t|wt|version|ver|v|software|release|build|firmware|rev|revision|section|sec|step|see|chapter|table|figure|fig|page|pg|item|icd|icd-10|code|grade|stage|score|values?|levels?|results?|scores?|readings?|versions?)[ \t.:#]*$/i;

/**
 * "8/2017" is a month and year unless it is a dilution or titre ("1/2000", "1/2048": a round
 * hundred or a year past 2040 after a 1; a fixed bound, so output does not depend on the day it runs)
 * or a value in its numeric context.
 */
function monthYear(m: RegExpExecArray): boolean {
  const [month, year] = pairNumbers(m[0], '/');
  if (month === 1 && (year % 100 === 0 || year > 2040)) return false;
  // The words after a pair that make "1/2 of", "3/4 normal" a fraction say nothing of a four-digit year
  // ("d. 7/2021 of stomach cancer", "colonoscopy 11/2021 normal"): only a unit after it makes a value.
  const end = m.index + m[0].length;
  return !slashValueContext(m, false) && !DOTTED_UNIT_AFTER.test(m.input.slice(end, end + 8));
}

/**
 * A DICOM UID of 12 to 64 characters, not the tail of a longer dotted run; UIDs under the DICOM
 * standard root 1.2.840.10008 name SOP classes and transfer syntaxes, which identify no one.
 */
function dicomUid(m: RegExpExecArray): boolean {
  return m[0].length >= 12 && m[0].length <= 64 && m.input[m.index - 1] !== '.' && !m[0].startsWith('1.2.840.10008.');
}

/** "110-133": two numbers without zero padding, the second larger but under ten times the first (a year then a serial is not one). */
function isRange(a: string, b: string): boolean {
  if (a.startsWith('0') || b.startsWith('0') || /^(?:19|20)\d\d$/.test(a)) return false;
  const x = Number(a);
  const y = Number(b);
  return x < y && y < 10 * x;
}

// The label of a vaccine or drug lot right before a number.
const LOT_BEFORE = /\blot[ \t]*(?:#|no\.?|number)?[ \t]*[:#]?[ \t]*$/i;

// CMS MBI letters exclude S, L, O, I, B and Z (they read as digits).
const MBI_A = '[AC-HJKMNP-RT-Y]';
const MBI_AN = '[AC-HJKMNP-RT-Y0-9]';
// An apartment, unit or suite number after a street ("Apt 3", ", apt 3b", "Suite 200", "#4").
const UNIT_AFTER = `(?:,?\\s*(?:[Aa]pt|APT|[Aa]partment|[Ss]uite|[Ss]te|[Uu]nit|#)\\.?\\s*#?(?:\\d[A-Za-z0-9-]*|[A-Za-z]\\b))?`;
// Lower-case street suffixes: a short list that does not collide with CT, Dr., place or way.
const STREET_LOWER = 'street|st|avenue|ave|road|rd|lane|ln|boulevard|blvd|drive';
// Words that never sit between a house number and a lower-case street suffix: units, function words
// and the clinical words that precede "ln" (lymph node), "st" (ST segment) or "drive" in reports.
const NOT_STREET_WORD = new Set(
  ('mm cm m km mg mcg g kg ml cc l lb lbs oz mmhg mmol meq min mins minute minutes sec secs second seconds hr hrs hour hours ' +
    'h d day days wk wks week weeks mo mos month months yr yrs year years x times units unit u tabs puffs beats bpm ' +
    'of the and with in on at to for from by or no not nor new prior small large mild minimal multiple several ' +
    'enlarged prominent borderline subcentimeter axillary hilar mediastinal pelvic inguinal cervical supraclavicular ' +
    'paratracheal paraaortic para-aortic retroperitoneal mesenteric portal lymph node nodes leads lead segment ' +
    'respiratory resp ventilatory poor decreased increased reduced good weak strong hypoxic').split(' '),
);
// Written-out ages over 89.
const UNITS_1_9 = 'one|two|three|four|five|six|seven|eight|nine';
const AGE_WORDS = new RegExp(
  `\\b(?:aged?\\s+)?(ninety(?:[\\s-](?:${UNITS_1_9}))?|(?:a|one)[\\s-]hundred(?:(?:\\s+and)?[\\s-](?:${UNITS_1_9}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))?|(?:super)?centenarians?|nonagenarians?)\\b`,
  'gi',
);

// The two-letter codes of the upper-case ZIP rule's alternation, as its anchor words.
const STATE_CODE_WORDS = 'ak al ar az ca co ct dc de fl ga hi ia id il in ks ky la ma md me mi mn mo ms mt nc nd ne nh nj nm nv ny oh ok or pa ri sc sd tn tx ut va vt wa wi wv wy'.split(' ');

// One end of a range of dates glued by a hyphen: a full date ("01/14/26", "7.2.26", "6-21-2026") or a
// month/day pair ("12/26", "9-24"), each end with one separator of its own.
const RANGE_END = `(?:${MON}/${DAY}(?:/(?:${YEAR4}|\\d{2}))?|${MON}-${DAY}(?:-(?:${YEAR4}|\\d{2}))?|${MON}\\.${DAY}\\.(?:${YEAR4}|\\d{2}))`;
// The range's shape: "01/14/26-10-12", "6-21-7-1", "12/26-9-24", "3/7/26-7/27"; not a longer chain of numbers.
const GLUED_RANGE_END = `(?![\\w/.]|-\\d)`;
// The dash between the ends: glued, or with a blank on each side ("10-23 - 5-29").
const RANGE_DASH = '(?:-|[ \\t]+-[ \\t]+)';
const GLUED_RANGE = new RegExp(`(?<![\\w/.-])(${RANGE_END})${RANGE_DASH}(${RANGE_END})${GLUED_RANGE_END}`, 'y');
const GLUED_RANGE_GUARD = /\d[/.-]\d{1,2}(?:[/.-]\d{2,4})?(?:-|[ \t]+-[ \t]+)\d{1,2}[/.-]\d/;
// The first end and the dash of a range, ending the text before its second end.
const RANGE_START_BEFORE = new RegExp(`(?<![\\w/.-])${RANGE_END}${RANGE_DASH}$`);
// A stay's word on the line before a range of two bare pairs: "admits 6-21-7-1", "last adm SRMC 11-5-2-23".
const STAY_BEFORE = /\b(?:adm|adms|admit|admits|admitted|admission|admissions|readm|readmit|readmits|readmitted|readmission|hospitali[sz]ed|hospitali[sz]ation|stay|stays|inpatient)\b[^\n]{0,30}$/i;

// A bare ordinal day of the month standing alone: then punctuation, a dash before a word, "at" / "per" / "@", or the line's end.
const ORDINAL_DAY = /(?<![\w/.,:-])(?:[12]?\d|3[01])(?:st|nd|rd|th)\b(?=[ \t]*(?:[.,;:)]|--|[-–][ \t]*[A-Za-z]|\r?\n|$|(?:at|per)\b|@))/gi;

// All patterns are compiled once at module load; per-report work is only matching.
// A reading written as a triple before "ddd-dd-dd": blood pressures lying, sitting and standing, heart rates.
const READING_TRIPLE_BEFORE = /\b(?:s?bp|dbp|orthostatics?|orthos|hr|pulse|vitals?|vs)\b[^\n]{0,12}$/i;
// An aircraft's US registration mark after "tail", "aircraft", "helicopter", "registration" or "N-number" (and an
// optional "no."/"number"/"#" and colon): N, a digit 1-9, then four more digits at most, or three and a letter, or two
// and two letters (no I, no O): five characters after the N at most.
const AIRCRAFT_MARK = /\b(?:tail|aircraft|helicopter|registration|n-number)(?:[ \t]+(?:no\.?|number|#))?[ \t]*[:#]?[ \t]*(N[1-9](?:\d{0,2}[A-HJ-NP-Z]{2}|\d{0,3}[A-HJ-NP-Z]|\d{0,4}))(?![A-Za-z0-9-])/gi;
// A part of a file name between underscores (or an underscore and the extension) holding three or more digits.
// Hyphenated ("480-0004", "S783-060") or six digits and more: a camera's picture counter ("IMG_SMITH_701.jpg") is no identifier.
const FILE_NAME_ID = /(?<=[A-Za-z0-9]_)([A-Za-z]?\d{3,}-[A-Za-z]?\d+|\d{6,})(?=(?:_[\w-]*)?\.(?:pdf|xml|docx?|xlsx?|csv|txt|jpe?g|png|tiff?|dcm)\b)/gi;
/** Whether a word glued to "#" and a code ("AUTH#81182C") is an identifier's label (deid-pattern-cues.yaml idLabels). */
function gluedIdLabel(word: string): boolean {
  const c = patternCues();
  return c.idLabelStrong.test(`${word} `) || c.idLabelWeak.test(`${word} `);
}

const RULES: PatternRule[] = [
  // The match starts at the "@" (a literal the engine finds fast); the local part before it is the
  // lookbehind's group, and the span is widened over it (see `localPart`).
  { category: 'EMAIL', re: /@(?<=(?<![A-Za-z0-9._%+-])([A-Za-z0-9._%+-]+)@)[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b/g, when: has('@'), widenLeft: 1 },
  { category: 'URL', re: /\b(?:https?:\/\/|www\.)[^\s<>"')\]]+/gi, guard: /http|www/i },
  // Every match holds a digit, a dot and a digit, the first digit at most two characters in.
  { category: 'IP', near: { re: /\d\.\d/g, back: 2 }, re: /(?<![\d/.])\b(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)\b(?!\.\d)/g },
  // The guards of the rules that had none are a part every match holds (the test in guard-set.test.ts
  // checks each rule's matches against its guard): most reports hold none of them.
  { category: 'SSN', re: /\b(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}\b/g, guard: /\d{3}-\d{2}-\d{4}/ },
  {
    category: 'PHONE',
    // The number may run straight into its extension ("617-555-0134X22"): no word boundary is needed after it.
    re: /(?:\+?1[\s.-]?)?(?:\(\d{3}\)[\s.-]?|\b\d{3}[.-]?\s?|\b\d{3}\/)\d{3}(?:[.-]\s?|\s|\/)\d{4}(?:\b|(?=x\d))(?:\s*(?:x|ext\.?|extension)\s*\d{1,5})?/gi,
    // Every match holds its exchange and line ("555-0134", "555 0134", "555/0134") as the near
    // expression writes them, starting at most 9 characters in (a "+1 " and a "(617) " before).
    near: { re: /\d{3}(?:[.-]\s?|\s|\/)\d{4}/g, back: 9 },
  },
  // "H: 555-0134", "W: 555 0134", "C# 555.0134": a local number after a one-letter home / work / cell / mobile label.
  // The guard asks for the label's mark right before the digits (one scan from the mark) so the
  // lookbehind is not tried at every position of most reports. Reports without a colon skip it: a
  // "#" mark there ("H# 555-0134") is found by the cue rule below, which takes "#" as a cue.
  { category: 'PHONE', re: /(?<=\b[HWCMhwcm][ \t]*[:#][ \t]*)\d{3}[-. ]\d{4}\b(?![-./]\d)/g, when: has(':'), guard: /[:#][ \t]*\d{3}[-. ]\d{4}/ },
  // "x4432": an extension glued to its x (four or five digits; "x3" is a count).
  { category: 'PHONE', re: /(?<![A-Za-z0-9])[xX]{1,2}(\d{4,5})\b(?![.,]\d)/g, group: 1, guard: /[xX]\d{4}/ },
  // "(301 273 45166)": a bracketed three-three-four grouping, even with a mistyped extra digit.
  { category: 'PHONE', re: /\((\d{3}[ .-]\d{3}[ .-]\d{4,5})\)/g, group: 1, when: has('(') },
  // "PCP Dr Cook (886-8249)": seven digits written ddd-dddd alone in brackets are a local phone number.
  { category: 'PHONE', re: /\((\d{3}-\d{4})\)/g, group: 1, when: has('(') },
  // "555-6678 (w)", "reached at 555-3543": a local number tagged home / work / cell, or after "reached at".
  { category: 'PHONE', re: /\b\d{3}-\d{4}\b(?=[ \t]*\((?:h|w|c|m|home|work|cell|mobile)\))|(?<=\breached[ \t]+at[ \t]+)\d{3}-\d{4}\b/gi, guard: /\((?:h|w|c|m|home|work|cell|mobile)\)|reached/i },
  // "202 2671093": an area code, a blank, then the seven digits written together.
  { category: 'PHONE', re: /(?<![\d.])\b\d{3} \d{7}\b(?![.,]\d)/g, guard: /\d{3} \d{7}/ },
  // 7-digit local numbers and extensions only with a phone cue, to leave lab values alone.
  {
    category: 'PHONE',
    re: /(?:\b(?:phone|tel|telephone|cell|pager|page|paged|beeper|beep|fax|call(?:ed)?(?:\s+at)?|number|ph|pg|pgr|ext|x)\b|#)\.?\s*(?:is\s+|at\s+|[:#]\s*)*(\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}|\d{3}[\s.-]\d{4}|\d{4,5})\b/gi,
    group: 1,
    accept: (m) => !callClockTime(m),
    keywords: ['phone', 'tel', 'telephone', 'cell', 'pager', 'page', 'paged', 'beeper', 'beep', 'fax', 'call', 'called', 'number', 'ph', 'pg', 'pgr', 'ext', 'x'],
    anchorChars: '#',
  },
  // "+44 20 7946 0958", "+33 1 42 68 53 00": a country code and digit groups, 8 to 15 digits in all
  // ("+4", "+2 to +3" and "1+ edema" carry too few digits); a measurement after it is not a digit group.
  { category: 'PHONE', re: /(?<![\w+])\+[1-9]\d{0,2}(?:[\s.-]?\(?\d{1,5}\)?){0,5}[\s.-]?\d{2,5}\b(?![.,]\d|\s*(?:mm|cm|mg|ml|%))/g, accept: (m) => digitCount(m[0], 8, 15), when: has('+') },
  // "pager 4-4512", "ext 4-5521", "x4-5521": a hospital extension written digit-hyphen-four digits, only after a pager / extension cue.
  // The match starts at the digits (a scan for a word list before them costs three times as much).
  { category: 'PHONE', guard: /pager|beeper|page|pgr|ext|x\s*\d/i, re: /\d-\d{4}\b(?![-./]\d)/g, accept: (m) => !/[\d.-]/.test(m.input[m.index - 1] ?? '') && PAGER_CUE_BEFORE.test(m.input.slice(Math.max(0, m.index - 24), m.index)) },
  // ISO and HL7 timestamps.
  // Every match starts with the year and a hyphen and a digit.
  { category: 'DATE', near: { re: /(?:19|20)\d\d-\d/g, back: 0 }, re: new RegExp(`\\b${YEAR4}-${MON}-${DAY}(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?\\b`, 'g') },
  // Every match starts with eight digits, "19" or "20" first.
  { category: 'DATE', near: { re: /(?:19|20)\d{6}/g, back: 0 }, re: new RegExp(`\\b${YEAR4}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])(?:[01]\\d|2[0-3])?(?:[0-5]\\d){0,2}\\b`, 'g') },
  // Every match starts with the year, a slash and a digit.
  { category: 'DATE', near: { re: /(?:19|20)\d\d\/\d/g, back: 0 }, re: new RegExp(`\\b${YEAR4}/${MON}/${DAY}\\b`, 'g') },
  // 03/14/2024, 3-14-24, 3.14.2024. Every match holds the month's last digit, a separator, the day
  // (one or two digits), a separator and two digits, from its first or second character on.
  { category: 'DATE', near: { re: /\d[/-]\d{1,2}[/-]\d\d/g, back: 1 }, re: new RegExp(`\\b${MON}([/-])${DAY}\\1(?:${YEAR4}|\\d{2})\\b(?![/-]\\d)`, 'g'), accept: (m) => notSettings(m) && !inNumberChain(m) },
  // Not inside a dotted number run (a DICOM UID "1.2.840.3.14.2019.5").
  { category: 'DATE', re: new RegExp(`(?<![\\d.])\\b${MON}\\.${DAY}\\.${YEAR4}\\b(?!\\.\\d)`, 'g'), guard: DOTTED_NUMBERS },
  // 2024.03.05: year first with dots.
  { category: 'DATE', re: new RegExp(`(?<![\\d.])\\b${YEAR4}\\.${MON}\\.${DAY}\\b(?!\\.?\\d)`, 'g'), guard: DOTTED_NUMBERS },
  // "on 5.3.24", "DOB: 05.03.24": dotted day.month (or month.day) with a two-digit year only after a
  // date cue; without one it is a software version or a run of lab values.
  // After a field's dot leaders too: "DATE..........5.6.26".
  { category: 'DATE', re: new RegExp(`(?:(?<![\\d.])|(?<=[A-Za-z][ \\t]?\\.{3,}))\\b${DAY}\\.${DAY}\\.\\d{2}\\b(?!\\.?\\d)`, 'g'), accept: dottedShortDate, guard: DOTTED_NUMBERS },
  // 14/03/2024 (day first) when the first number cannot be a month.
  { category: 'DATE', re: new RegExp(`(?<![\\d/.])\\b(?:1[3-9]|2\\d|3[01])([/.-])${MON}\\1(?:${YEAR4}|\\d{2})\\b(?![/.-]\\d)`, 'g'), accept: notSettings, guard: /(?:1[3-9]|2\d|3[01])[/.-]\d{1,2}[/.-]\d{2}/ },
  // 3/14 (no year): not after a digit, slash or a dot (except a dot ending a word: "ward.8/31") (ratios, BP 120/80 never has month ≤ 12 first anyway).
  // Dates by default (issue 11): the numeric contexts of rules/<lang>/deid-numeric-contexts.yaml keep values ("BP 120/80", "3/4 cm", "PS 10/5").
  // A clock half glued on after the day ("12/3AM labs", "12/3pm dose") closes the pair as a blank would.
  // Every match holds the month's last digit, the slash and the day's first digit from its first or second character on.
  { category: 'DATE', near: { re: /\d\/\d/g, back: 1 }, re: new RegExp(`(?<![\\d/'’+]|\\d[,:]|(?<![A-Za-z]{2})\\.)\\b${MON}/${DAY}(?:\\b|(?=[AaPp]\\.?[Mm]\\b))(?![/.]?\\d)`, 'g'), accept: (m) => slashPairIsDate(m) },
  // "spinal fusion 8/2017", "ELIQUIS 9/2006": month and four-digit year, not a dilution ("1/2000").
  { category: 'DATE', re: new RegExp(`(?<![\\d/.,:'’+])\\b${MON}/${YEAR4}\\b(?![/.]?\\d|\\s*%)`, 'g'), when: (t) => /\/(?:19|20)\d\d/.test(t), accept: monthYear },
  // 8/87, 12/82: month and two-digit year (the second number cannot be a day).
  // A lowercase abbreviation may be glued in front ("s/p pelvic fx4/97"); the year still cannot be a day.
  { category: 'DATE', re: new RegExp(`(?<![\\d/.,:'’+]|[A-Z])(?:\\b|(?<=[a-z]))${MON}/(?:3[2-9]|[4-9]\\d)\\b(?![/.]?\\d|\\/[-+]\\d|\\s*%|'?s\\b)`, 'g'), guard: /\/[3-9]\d(?!\d)/, accept: (m) => !slashValueContext(m) },
  // "11/21.93": month / day, a dot, a two-digit year.
  { category: 'DATE', re: new RegExp(`(?<![\\d/.,:'’+])\\b${MON}/${DAY}\\.\\d{2}\\b(?![/.]?\\d|\\s*%)`, 'g'), guard: /\/\d{1,2}\.\d{2}/ },
  // "line placed 6-2", "on 3-11": a hyphenated month-day is a date unless a numeric context, a shift or a small range makes it a value.
  // Every match holds a digit, a hyphen and a digit, the first digit at most one character in.
  { category: 'DATE', near: { re: /\d-\d/g, back: 1 }, re: new RegExp(`(?<![\\d/.,:'’+-]|[A-Za-z])\\b${MON}-${DAY}\\b(?![-/.:]?\\d)`, 'g'), accept: (m) => hyphenPairIsDate(m) },
  // "MI 88'", "CABG 92'": a two-digit year with a trailing apostrophe after a history word or abbreviation.
  { category: 'DATE', re: /(?<=[A-Za-z][A-Za-z0-9]*\.?,?[ \t]+)\d{2}['’](?![\w'’"”])/g, accept: apostropheYear, guard: DIGIT_APOSTROPHE },
  // "CABG '09", "CA'88": an apostrophe two-digit year (feet and inches, 5'10", follow a digit).
  { category: 'DATE', re: /(?<![\d'’])['’]\d{2}\b(?![\d'’"”])/g, guard: /['’]\d\d/ },
  // "in 14'", "in may 15'", "march of 01'": a two-digit year with a trailing apostrophe after "in" / a month.
  { category: 'DATE', re: new RegExp(`(?:(?<=\\b(?:in|since)\\s+)|\\b${M}\\s+(?:of\\s+)?)\\d{2}['’](?![\\w'’])`, 'gi'), guard: DIGIT_APOSTROPHE },
  // "the 11th": a day of the month.
  // Not an ordinal of anatomy or of a count ("the 4th ventricle", "the 5th ICS", "the 2nd dose").
  { category: 'DATE', re: /\bthe\s+((?:[12]?\d|3[01])(?:st|nd|rd|th))\b(?!\s*(?:(?:posterior|anterior|lateral|posterolateral|anterolateral|posteromedial|left|right|lower|upper|mid|inferior|superior|medial|and|or|to|through|\d{1,2}(?:st|nd|rd|th))\s+){0,3}(?:ribs?|ventricle|ics|intercostal|rib|toe|finger|digit|cranial|nerve|lumbar|thoracic|cervical|metatarsal|time|dose|attempt|one|unit|bag|liter|round|cycle|floor|percentile|degree|grade))/gi, group: 1, keywords: ['the'] },
  // "in Sept.", "since March": a month alone, after a time preposition.
  { category: 'DATE', re: new RegExp(`\\b(?:in|since|during|until|till|early|late|mid|end\\s+of|beginning\\s+of)\\s+(${M})\\b\\.?(?!\\s*\\d)`, 'gi'), group: 1, accept: (m) => !/^(?:may|mar)$/i.test(m[1] ?? ''), when: hasMonth, keywords: ['in', 'since', 'during', 'until', 'till', 'early', 'late', 'mid', 'end', 'beginning'] },
  // "March of 1993"
  { category: 'DATE', re: new RegExp(`\\b${M}\\s+of\\s+${YEAR4}\\b`, 'gi'), when: hasMonth, keywords: MONTH_KEYWORDS },
  // March 14, 2024 · Mar 14 · March 14th 2024 · March, 2024 · Mar-05-24 · MAR-05-2024 · Mar.05.2024
  // (the separated form is a branch of this rule: one scan for the month names).
  { category: 'DATE', re: new RegExp(`\\b${M}(?:([-/.])${DAY}\\1(?:${YEAR4}|\\d{2})\\b(?![-/.]?\\d)|\\.?\\s*${DAY}(?:st|nd|rd|th)?(?:,?\\s*(?:(?:1[89]|20)\\d{2}|'\\d{2}))?\\b)`, 'gi'), accept: monthCase, when: hasMonth, keywords: MONTH_KEYWORDS },
  { category: 'DATE', re: new RegExp(`\\b${M}\\.?,?\\s+${YEAR4}\\b`, 'gi'), accept: monthCase, when: hasMonth, keywords: MONTH_KEYWORDS },
  // "around Mar-24", "since Aug-25", "Jan-2019", "Jul '25", "SEP-2023": a month word, then a hyphen or an
  // apostrophe and a two- or four-digit year (or day): a date in every reading. Not inside a longer date
  // ("14-Mar-24", "Mar-05-24": the rules above), nor "may-10 mg" (monthYearWord).
  { category: 'DATE', re: new RegExp(`(?<!\\d[-/.\\s]?)\\b${M}(?:-|\\s?['’])(?:${YEAR4}|\\d{2})\\b(?![-/.:'’]?\\d|['’])`, 'gi'), accept: monthYearWord, when: hasMonth, keywords: MONTH_KEYWORDS },
  // 14 Mar 2024 · 14-Mar-2024 · 14th of March
  { category: 'DATE', re: new RegExp(`\\b${DAY}(?:st|nd|rd|th)?(?:\\s+of)?[\\s-]*${M}\\.?(?:[\\s,-]*(?:${YEAR4}|\\d{2}\\b))?\\b`, 'gi'), accept: monthCase, when: hasMonth },
  // "s/p resection 1977", "it is 2019", "since 2006", "MI 1992, 1995": a bare year in a history or
  // orientation context. Clock times ("at 2000", "due @ 1930", "1900-0700") are written the same way,
  // so a cue is required and a time cue or a range rules the year out.
  // Every match starts with four digits, "19" or "20" first.
  { category: 'DATE', near: { re: YEAR_DIGITS, back: 0 }, re: /(?<![\d/.:,+-])\b(?:19\d{2}|20[0-4]\d)(?:'?s)?\b(?![-/:.>]?\d|[ \t]*(?:-|->|>|to\b|cc|ml|hrs?\b|h\b|mg|mcg|units?\b|u\b|kg|[ap]\.?m\b|%))/gi, accept: yearInContext },
  // "PMH: CABG 81, MI 92", "NQWMI 13.", "09 PTCA to LCX": a two-digit year next to a cardiac or surgical
  // event in a history list.
  { category: 'DATE', re: /(?<![\d/.:,+#'’-])\b\d{2}\b(?![-/:%]|\.\d|\s*(?:x\b|mg|mcg|cc|ml|mm|cm|units?\b|u\b|yo\b|y\/o|y\.o|yrs?\b|years?\b|%|pack|ppd|hrs?\b|days?\b|min))/gi, accept: twoDigitHistoryYear, when: (t) => HISTORY_CUE.test(t) },
  // Holidays that pin a date.
  // The whole name is taken ("Christmas Day", "New Year's Day", "Easter Sunday"), with a year after it.
  // The holidays are data (rules/en/deid-holidays.yaml); the guard is each form's longest run of letters.
  { category: 'DATE', re: new RegExp(`\\b(?:${holidayAlternation()})\\b(?:,?\\s+(?:19|20)\\d{2}\\b)?`, 'gi'), guard: holidayGuard() },
  // Every match holds a digit, a colon and two digits, the digit one or two characters in.
  { category: 'TIME', near: { re: /\d:[0-5]\d/g, back: 1 }, re: /\b(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?:\s*(?:[ap]m|[ap]\.m\.?)(?![a-z]))?/gi },
  { category: 'TIME', re: /\b(?:1[0-2]|0?[1-9])\s*(?:[ap]m|[ap]\.m\.?)(?![a-z])/gi },
  // Ages over 89 (Safe Harbor aggregates them into "90 or older").
  {
    category: 'AGE',
    // "94yoF", "92yoM": the sex letter may be glued to "yo".
    re: /\b(?:age[d:]?\s*)?(9\d|1[01]\d)(?:\s*|-)(?:y(?:ears?)?[\s-]*(?:old|o\b)|years?\s+of\s+age\b|yrs?\b|yo[mf]?\b|y\.o\.|y\/o|year-old|-year-old)/gi,
    group: 1,
    guard: /(?:9|1[01])\d(?:\s*|-)-?y/i,
  },
  { category: 'AGE', re: /\b(?:age[d:]?|aged)\s+(9\d|1[01]\d)\b/gi, group: 1, keywords: ['age', 'aged'] },
  // "96F", "92 M": age and sex shorthand; not a temperature ("T 96 F", "temp 96F", "febrile to 101 F").
  { category: 'AGE', guard: /(?:9\d|1[01]\d)\s?[MF]\b/, re: /(?<![\d.,/:+-])\b(9\d|1[01]\d)\s?[MF]\b(?![-/.'’]?\w)/g, group: 1, accept: notTemperature },
  // "ninety-four", "ninety four year old", "one hundred and two years old", "nonagenarian", "centenarian".
  { category: 'AGE', re: AGE_WORDS, group: 1, accept: ageWordInContext, guard: AGE_WORD },
  // Labelled record numbers: MRN, accession, account, order, visit, encounter, FIN; the label may say
  // whose number it is in brackets ("MRN (SENDING) 544-93-71").
  {
    category: 'ID',
    re: /\b(?:MRN|MR\s*#|med(?:ical)?\s+rec(?:ord)?(?:\s+(?:no\.?|number|#))?|acc(?:ession)?(?:\s*(?:#|no\.?|number))?|account(?:\s*(?:#|no\.?|number))?|acct|patient\s+id|pt\s+id|order(?:\s*(?:#|no\.?|number))|visit(?:\s*(?:#|no\.?|number))|encounter(?:\s*(?:#|no\.?|number))?|unit\s*(?:#|no\.?|number)|FIN|CSN|ID)(?:[ \t]*\([A-Za-z]{2,12}\))?\s*[:#]?\s*(?:is\s+)?([A-Z]{0,4}[-]?\d[A-Z0-9-]{3,})\b/gi,
    group: 1,
    // "ID: 47yo M from ...": the identification line of a progress note opens with the age, no record number.
    accept: (m) => !/^\d{1,3}(?:yo|yrs?|y)$/i.test(m[1] ?? ''),
  },
  // Unlabelled id-like tokens: six or more digits, or letters followed by five or more digits.
  // Not a vaccine or drug lot number ("lot 762619", "lot #341679"): a batch, not a person.
  // Every match holds five digits in a row, starting at most five characters in (after "ABCD-").
  { category: 'ID', near: { re: /\d{5}/g, back: 5 }, re: /\b(?:[A-Z]{1,4}-?\d{5,}[A-Z0-9]*|\d{6,}(?:-\d+)?)\b/g, accept: (m) => !LOT_BEFORE.test(m.input.slice(Math.max(0, m.index - 12), m.index)) },
  // "RAD-2024-00451": letters, then two hyphenated digit groups with six or more digits in all; not a
  // range after a vital or lab name ("HR-110-133", "WBC-4000-11000").
  { category: 'ID', re: /\b[A-Z][A-Za-z]{0,5}-(\d{2,})-(\d{3,})\b(?!-\d)/g, accept: (m) => digitCount(m[0], 6, 20) && !isRange(m[1] ?? '', m[2] ?? ''), guard: /[A-Za-z]-\d\d+-\d{3}/ },
  // Medicare beneficiary identifier (CMS MBI: C A AN N A AN N A A N N; no S L O I B Z), dashes optional.
  { category: 'ID', guard: /\d[A-Z][A-Z\d]\d/, re: new RegExp(`\\b[1-9]${MBI_A}${MBI_AN}\\d-?${MBI_A}${MBI_AN}\\d-?${MBI_A}{2}\\d{2}\\b`, 'g') },
  // A DICOM UID written in the text: one span, and the IP-, date- and phone-like runs inside it are not separate hits.
  { category: 'ID', guard: DOTTED_NUMBERS, re: /\b[12]\.\d+\.\d+\.\d+\.\d+(?:\.\d+)*\b(?!\.\d)/g, accept: dicomUid, claims: true },
  // Vehicle identifiers (Safe Harbor (b)(2)(i)(L)): a plate after its cue, a 17-character VIN after "VIN".
  { category: 'ID', re: /\b(?:license[ \t]+plate|licen[cs]e[ \t]+plate[ \t]+(?:no\.?|number|#)|plate(?:[ \t]+(?:no\.?|number|#))?|tag[ \t]+(?:no\.?|number|#))(?![A-Za-z])[ \t]*[:#]?[ \t]*([A-Z0-9][A-Z0-9 -]{1,8}[A-Z0-9])\b/gi, group: 1, accept: (m) => /\d/.test(m[1] ?? '') && /[A-Z]/.test(m[1] ?? '') && m[1] === m[1]!.toUpperCase(), guard: /plate|tag\s+(?:no|number|#)/i },
  { category: 'ID', guard: /\bvin\b/i, re: /\bVIN[ \t]*[:#]?[ \t]*([A-HJ-NPR-Z0-9]{17})\b/gi, group: 1, accept: (m) => /\d/.test(m[1] ?? '') && /[A-Z]/.test(m[1] ?? '') && /^[A-HJ-NPR-Z0-9]{11}\d{6}$/.test(m[1] ?? '') },
  {
    category: 'DEVICE_ID',
    // Device serial numbers (Safe Harbor (b)(2)(i)(M)); not lot numbers, which name a batch of vaccine or drug, not a person.
    re: /\b(?:serial(?:\s+(?:no\.?|number|#))?|S\/N|SN|model\s+(?:no\.?|number|#))\s*[:#]?\s*([A-Z0-9][A-Z0-9-]{3,})\b/gi,
    group: 1,
    // Serial and lot numbers carry digits; "a lot pain", "serial hcts" do not.
    accept: (m) => /\d/.test(m[1] ?? ''),
    guard: /\b(?:serial|s\/n|sn|model)/i,
  },
  {
    category: 'ADDRESS',
    re: new RegExp(`\\b\\d{1,6}\\s+(?:[NSEW]\\.?\\s+)?(?:[A-Z][A-Za-z'-]+\\s+){1,4}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Court|Ct|Way|Place|Pl|Terrace|Ter|Parkway|Pkwy|Highway|Hwy|Circle|Cir|Square|Sq)\\b\\.?${UNIT_AFTER}`, 'g'),
  },
  // "42 maple st, apt 3b": a lower-case street from a short suffix list (not ct, dr, pl, way, court:
  // they are CT, Dr. and clinical words); one to three words between, none a unit or a clinical word.
  { category: 'ADDRESS', re: new RegExp(`\\b\\d{1,6}[ \\t]+((?:[a-z][a-z'-]*[ \\t]+){1,3})(${STREET_LOWER})\\b(?:\\.(?=,?\\s*(?:[Aa]pt|[Ss]uite|[Ss]te|[Uu]nit|#)))?${UNIT_AFTER}`, 'g'), accept: lowerStreet, guard: new RegExp(`[ \\t](?:${STREET_LOWER})\\b`) },
  // "3600 Broadway": a one-word street only with a city after it or an address cue before it.
  { category: 'ADDRESS', re: new RegExp(`\\b\\d{1,6}\\s+[Bb]roadway\\b${UNIT_AFTER}`, 'g'), accept: oneWordStreet, guard: /broadway/i },
  { category: 'ADDRESS', re: /\bP\.?\s?O\.?\s+Box\s+\d+\b/gi, keywords: ['p', 'po'] },
  // "Box 4412" after an address cue.
  { category: 'ADDRESS', re: /\b[Bb]ox\s+\d+\b/g, keywords: ['box'], accept: (m) => BOX_CUE_BEFORE.test(m.input.slice(Math.max(0, m.index - 30), m.index)) },
  // ZIP after a state abbreviation ("Boston, MA 02115").
  {
    category: 'ZIP',
    re: /\b(?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[AT]|W[AIVY])\.?,?\s+(\d{5}(?:-\d{4})?)\b/g,
    group: 1,
    keywords: STATE_CODE_WORDS,
  },
  // ", il 62704", "Springfield, Il 62704-1234": a lower- or Title-case state code after a comma.
  {
    category: 'ZIP',
    // Starts at the comma (a scan for ',' is cheap); the city before it is checked in `accept`.
    re: /,\s*((?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[AT]|W[AIVY])\.?\s+)(\d{5}(?:-\d{4})?)\b(?![-.,]\d|\s*(?:%|mg|ml|cc|units?|cells|copies|patients|cases|x\b))/gi,
    group: 2,
    // Upper-case codes are the rule above; a mixed "iL" is not a state.
    accept: (m) => /^(?:[A-Z][a-z]|[a-z]{2})/.test(m[1] ?? '') && /[A-Za-z.]\s*$/.test(m.input.slice(Math.max(0, m.index - 3), m.index)),
  },
  { category: 'ZIP', re: /\bzip(?:\s*code)?\s*[:#]?\s*(\d{5}(?:-\d{4})?)\b/gi, group: 1, keywords: ['zip', 'zipcode'] },
  // The entries below take their cue words from rules/<lang>/deid-pattern-cues.yaml (pattern-cues.ts).
  // "(7-1234)": a hospital extension alone in brackets.
  { category: 'PHONE', re: /\((\d-\d{4})\)/g, group: 1, guard: /\(\d-\d{4}\)/, accept: bracketExtension },
  // "call unit 5-3005", "ring my secretary on 555-0134": an extension or local number after a phone word on the line.
  // Every match holds a digit, a hyphen and four digits, the first digit at most two characters in.
  { category: 'PHONE', near: { re: /\d-\d{4}/g, back: 2 }, re: /(?<![\d./-])\b(?:\d|\d{3})-\d{4}\b(?![-./]\d)/g, when: (t) => /\d-\d{4}/.test(t), accept: phoneCueOnLine },
  // "Re: Ana Silva, 12-34-567": hyphen-grouped record numbers that are no date, phone, SSN or range.
  // "BARLEY, GLORIA P. 159-82-94", "DCF notified (06-27366)": also two-digit tails and two groups with a five-digit tail.
  // Every match holds two digits, a hyphen and two digits, the first at most one character in.
  { category: 'ID', near: { re: /\d\d-\d\d/g, back: 1 }, re: /(?<![\d./-])\b(?:\d{2,3}-\d{2,3}-\d{2,4}|\d{2,3}-\d{5})\b(?![-./]\d)/g, when: (t) => /\d\d-\d\d/.test(t), accept: recordNumber },
  // "NOK PHAM, TAMMY 615-0955", "dtr keala 502-8982 ok to leave msg": a local number without a phone
  // word, unless it reads as a range of readings ("SVR 900-1300", "voiding 575-1000").
  // Every match holds a digit, a hyphen and four digits, the first digit two characters in.
  { category: 'PHONE', near: { re: /\d-\d{4}/g, back: 2 }, re: /(?<![\d./+-])\b([2-9]\d{2})-(\d{4})\b(?![-./]\d)(?:[ \t]*(?:x|ext\.?|extension)[ \t]*\d{1,5}\b)?/gi, when: (t) => /\d{3}-\d{4}/.test(t), accept: localPhone },
  // "p2-6298", "(p7-2548)": a hospital extension glued to the pager's "p".
  { category: 'PHONE', re: /(?<![A-Za-z0-9])[pP](\d-\d{4})\b(?![-./]\d)/g, group: 1, guard: /[pP]\d-\d{4}/ },
  // "Called Dr. Ames (48213) at 0400": a pager or extension in brackets after a doctor called.
  { category: 'PHONE', re: /\((\d{4,5})\)/g, group: 1, guard: /\(\d{4,5}\)/, accept: clinicianPager },
  // "badge 26509", "docket 22SP412587", "cms cert # 93A6970", "SSN LAST 4 1015": a code (three or more
  // digits) right after an identifier label, in any case.
  // The token starts at a word boundary not after "#", ".", "/" or "-", with a digit after at most
  // six letters and hyphens (code-tokens.ts CODE_TOKEN). A walk over the text finds the tokens
  // (this runs on every report), leaving out those with fewer than three digits: labelledId refuses them first thing.
  { category: 'ID', re: CODE_TOKEN, scan: (text) => codeTokens(text, 3), when: hasDigit, accept: labelledId },
  // "rm 724b", "ROOM 221B", "Bed 434", "admitted to rm 134-2", "LOC: 505": a room, bed or bay number after its label.
  // A "#" may stand between the label and the number ("room #304A"): the label decides (roomNumber).
  { category: 'ID', re: /(?<![\w./-])[A-Za-z]?\d{1,4}[A-Za-z]?(?:-[A-Za-z]?\d{1,4}[A-Za-z]?)?(?![\w/]|[.,:]\d)/g, guard: () => patternCues().roomAny, accept: roomNumber },
  // "408B: Walker - cellulitis", "| 631A | Natarajan | 83F |": a room opening a sign-out line (room-codes.ts).
  { category: 'ID', re: LIST_ROOM, group: 1, guard: LIST_ROOM_LINE, accept: listRoomCode },
  // "408B: Walker, Emeka - cellulitis", "bed 532a long - etoh withdrawal": the name after the room opening a sign-out row.
  { category: 'NAME', re: ROW_NAME, group: 2, guard: [LIST_ROOM_LINE, ROOM_LABEL_LINE], accept: rowName },
  // "6S-812A", "SDU-427", "LOC: 9 Med 316A": a room after its ward.
  { category: 'ID', re: WARD_ROOM, group: 2, when: hasWardRoom, guard: WARD_ROOM_SHAPE, accept: wardRoom },
  // "#e3131417", "#: H23-539999", "# 635-72-55", "#auth17519": a code after "#" (five digits, or four and a
  // letter; up to four letters before them).
  { category: 'ID', re: /(?<![A-Za-z0-9#&])#[ \t]*:?[ \t]*([A-Za-z]{0,4}-?\d[A-Za-z0-9-]*[A-Za-z0-9])(?![\w/]|[.,]\d)/g, group: 1, when: has('#'), accept: (m) => hashId(m) && !LOT_BEFORE.test(m.input.slice(Math.max(0, m.index - 12), m.index)) },
  // "ssn xxx-xx-5226": the last four digits of a masked social security number.
  { category: 'ID', re: /(?<![\w*])(?:xxx|XXX|\*\*\*)-(?:xx|XX|\*\*)-(\d{4})\b/g, group: 1, guard: /[xX*]{2}-\d{4}/ },
  // "e3131417", "vj30053075", "SP18-4752", "62Y039997": letters glued to six or more digits, a
  // pathology-style prefix and year before a serial, or digits, letters and digits.
  // Every match holds a letter and two digits, the letter at most five characters in ("123abc4567").
  { category: 'ID', near: { re: /[A-Za-z]\d\d/g, back: 5 }, re: /\b(?:[A-Za-z]{1,3}\d{6,}|[A-Za-z]{1,3}\d{2}-\d{4,6}|\d{1,3}[A-Za-z]{1,3}\d{4,}[A-Za-z]?)\b(?![.,]\d)/g, when: hasGluedCode, accept: alnumId },
  // "Ana Silva, 94, lives …", "Ana Silva (101) admitted": an age over 89 after a two-word name.
  {
    category: 'AGE',
    re: /(?<![\p{L}'’-])(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?)[ \t]+(\p{Lu}[\p{L}'’]+(?:-\p{Lu}[\p{L}'’]+)?)(?:,[ \t]*|[ \t]*\()(9\d|1[01]\d)(?=[ \t]*[),])/gu,
    group: 3,
    guard: /[,(][ \t]*(?:9\d|1[01]\d)[ \t]*[),]/,
    accept: bareAgeAfterName,
  },
  // "last tetanus 1998", "colonoscopy 2015": a year after an event that is dated by the year.
  // Every match starts with four digits, "19" or "20" first.
  { category: 'DATE', near: { re: YEAR_DIGITS, back: 0 }, re: /(?<![\d/.:,+-])\b(?:19|20)\d{2}\b(?![-/:.]?\d|[ \t]*(?:hrs?\b|h\b|[ap]\.?m\b|cc|ml|mg|units?\b|%))/gi, accept: yearAfterEvent },
  // "Army 1986-1988", "therapy 2005-2016": a range of years (each year a span), not a clock range ("1900-2000").
  { category: 'DATE', re: /(?<![\d/.:,+-])\b(?:19|20)\d\d(?=[ \t]*-[ \t]*(?:19|20)\d\d\b(?![-/:.]?\d))/g, guard: YEAR_RANGE, accept: (m) => yearRange(m.input, m.index) },
  { category: 'DATE', re: /(?<=(?<![\d/.:,+-])\b(?:19|20)\d\d[ \t]*-[ \t]*)(?:19|20)\d\d\b(?![-/:.]?\d)/g, guard: YEAR_RANGE, accept: (m) => yearRange(m.input, m.input.slice(0, m.index).search(/(?:19|20)\d\d[ \t]*-[ \t]*$/)) },
  // "ext 532", "extension 41": an extension of two or three digits after the written-out word (never
  // "x3", a count). (Last among the PHONE rules: the rule ids before it keep their rank.)
  { category: 'PHONE', re: /\b(?:ext|extension)\.?[ \t]*[:#]?[ \t]*(\d{2,3})\b(?![.,:/-]?\d|[ \t]*(?:mm|cm|mg|ml|%|degrees?|°))/gi, group: 1, guard: /\bext(?:ension)?\.?[ \t]*[:#]?[ \t]*\d{2,3}\b/i },
  // "Ana Ruiz, RN  device clinic  25176", "ordered by C. Salazar 11160": five digits closing a line
  // after a staff credential or an ordering word on it (pattern-cues.ts lineEndPager). (Last PHONE rule.)
  { category: 'PHONE', re: /(?<=[A-Za-z.)][ \t]{1,8})\d{5}(?=[ \t]*(?:\r?\n|$))/g, guard: /[A-Za-z.)][ \t]{1,8}\d{5}[ \t]*(?:\r?\n|$)/, accept: lineEndPager },
  // "SPELLED S-O-K-O-L-O-V", "last name spelled M A R T I N E Z": a name spelled out letter by letter
  // after a word of spelling, in dictation. (Last among the NAME rules: the rule ids before it keep their rank.)
  {
    category: 'NAME',
    re: /(?<=\bspell(?:ed|ing|s)?\b[ \t]*[:,]?[ \t]*)(?:[A-Za-z](?:[ \t]*-[ \t]*|[ \t]))+[A-Za-z](?![A-Za-z])/gi,
    guard: /spell/i,
  },
  // "DD/DT: 7/7/24/7/9/24", "01-18-2023/18-Jan-2023": a full date glued by a slash to the next date
  // (dictated / transcribed), which the date rules take on its own. (Last among the DATE rules.)
  {
    category: 'DATE',
    re: /(?<![\d/.-])\d{1,2}([/-])\d{1,2}\1(?:\d{4}|\d{2})(?=\/(?:\d{1,2}[/-]\d{1,2}[/-]\d{2,4}|\d{1,2}-[A-Za-z]{3}-\d{2,4}|\d{4}-\d{2}-\d{2})\b)/g,
    // A year glued by a slash to the next date's first number: rare, so the rule seldom runs.
    guard: /\d[/-]\d{2,4}\/\d/,
  },
  // "2017 - LTCS for breech", "2014 term NSVD", "SAB 2016": a year dating a pregnancy outcome in an
  // obstetric history (deid-pattern-cues.yaml obstetricYears), not after a time cue. Labour notes write
  // clock times as four digits, which keeps the learned year layer off these. (Last among the DATE rules.)
  {
    category: 'DATE',
    re: /(?<![\d/.:,+#-])\b(?:19\d\d|20[0-4]\d)\b(?![-/:.]?\d|[ \t]*(?:hrs?\b|h\b|[ap]\.?m\b|cc|ml|mg|g\b|grams?\b|kg|units?\b|%))/gi,
    // Every match starts with four digits, "19" or "20" first.
    near: { re: YEAR_DIGITS, back: 0 },
    guard: OBSTETRIC_HINT,
    accept: (m) => obstetricYear(m, TIME_CUE_BEFORE),
  },
  // "adalimumab '99-2002", "poultry plant '02-2021": the four-digit end of a range whose start is an
  // apostrophe year (the apostrophe rule takes the start). (Last among the DATE rules.)
  { category: 'DATE', re: /(?<=['’]\d\d[ \t]*[-–][ \t]*)(?:19|20)\d\d\b(?![-/:.]?\d)/g, guard: /['’]\d\d[ \t]*[-–][ \t]*(?:19|20)\d\d/ },
  // "SMOKED 2 PPD UNTIL 2002", "owned a hardware store until 2015": a year after "until" on a line about
  // a habit, work or residence (deid-pattern-cues.yaml yearEvents.untilLife); "NPO until 2000" stays a time.
  { category: 'DATE', re: /(?<=\buntil[ \t]+)(?:19\d\d|20[0-4]\d)\b(?![-/:.]?\d|[ \t]*(?:hrs?\b|h\b|[ap]\.?m\b|o['’]?clock))/gi, guard: /until[ \t]+(?:19|20)\d\d/i, accept: yearUntilLife },
  // "* HURT, GENE (318A) 69YM, septic shock", "Chen, Ana (603) 93f": the room in brackets before the
  // age and sex of a sign-out row. (Last among the ID rules: the rule ids before it keep their rank.)
  {
    category: 'ID',
    // Every match starts at its bracket (the engine would try the lookbehind at every place).
    near: { re: /\(/g, back: 0 },
    re: /(?<![\w(])\(([A-Za-z]?\d{3,4}[A-Da-d]?)\)(?=[ \t]*,?[ \t]*\d{1,3}[ \t]*(?:y\/?o|yo|yrs?|y)?[ \t]*(?:[MF]|male|female)\b)/gi,
    group: 1,
    guard: /\([A-Za-z]?\d{3,4}[A-Da-d]?\)[ \t]*,?[ \t]*\d/,
  },
  // "mother Ines (102)", "husband Raul, 94,", "her father, who is 101 and": an age over 89 after a
  // person word (deid-pattern-cues.yaml, bareAge.persons). (Last among the AGE rules.)
  { category: 'AGE', re: /(?<=[\p{L}'’)][ \t]*[(,:]?[ \t]*)(9\d|1[01]\d)\b(?![.,:]\d|[ \t]*%)/gu, group: 1, guard: AGE_AFTER_PERSON_GUARD, accept: ageAfterPerson },
  // "Age/Sex: 94/F", "@AGE@: 94": an age over 89 after an age label joined to the sex label or marked.
  { category: 'AGE', re: /\bage(?:[ \t]*\/[ \t]*(?:sex|gender|s|edad)|@)[ \t]*:?[ \t]*(9\d|1[01]\d)\b(?![.,]\d)/gi, group: 1, guard: /age(?:[ \t]*\/|@)/i },
  // "| rowe, ada | 99f | mrn", "ada rowe (603) 93f,": a sign-out row's age and sex in lower case after its
  // cell bar or the room's bracket; not a temperature ("T) 99f").
  // "case: ssp, 91f, mrn", "blount, pat (99f)": after a comma or an opening bracket too.
  { category: 'AGE', re: /(?<=[|)(,][ \t]*)(9\d|1[01]\d)[ \t]?[mf]\b(?![-/.'’]?\w)/g, group: 1, guard: /[|)(,][ \t]*(?:9\d|1[01]\d)[ \t]?[mf]\b/, accept: notTemperature },
  // "DEAN LEWIS (100), seen 10/5", "FOREST YAMAMOTO (90) - intake": an age over 89 in brackets after
  // a two-word name in capitals that opens its line (the rule above it for title-case names needs
  // lower-case letters); the bracket closes the phrase. Not after a reading ("HEART RATE (96)").
  {
    category: 'AGE',
    re: /(?:^|(?<=\n))[ \t]*(\p{Lu}{2,}(?:-\p{Lu}{2,})?)[ \t]+(\p{Lu}{2,}(?:-\p{Lu}{2,})?)[ \t]*\((9\d|1[01]\d)(?=[ \t]*\)[ \t]*(?:[,:;-]|–|\r?\n|$))/gu,
    group: 3,
    guard: /\([ \t]*(?:9\d|1[01]\d)[ \t]*\)/,
    accept: bareAgeAfterName,
  },
  // "Recap: Tamsin, 104, seen for sbo", "Oyelaran, 97, admitted with": an age over 89 between commas
  // after one capitalised word, when a verb of the visit follows. (Last among the AGE rules.)
  {
    category: 'AGE',
    re: /(?<![\p{L}'’-])(\p{Lu}[\p{Ll}'’]+),[ \t]*(9\d|1[01]\d)(?=,[ \t]*(?:seen|admitted|readmitted|presents|presented|here|lives|living|who|transferred)\b)/gu,
    group: 2,
    guard: /,[ \t]*(?:9\d|1[01]\d),/,
    accept: bareAgeAfterName,
  },
  // "grandfather died 1958 at 96", "d. 2001 at 93", "her aunt passed away at 101 in her sleep": the age over
  // 89 at which a relative died (family histories write it without "age"), the year of death may stand
  // between. Not a count of minutes or a reading ("expired at 95 min", "died at 90% sat"). (Last AGE rule.)
  {
    category: 'AGE',
    re: /(?<![A-Za-z])(?:died|passed(?:[ \t]+away)?|deceased|expired|d\.)(?:[ \t]+(?:in[ \t]+)?(?:(?:19|20)\d\d|['’]\d\d)\b,?)?[ \t]+at[ \t]+(9\d|1[01]\d)\b(?![.,:]\d|[ \t]*(?:%|min|mins|minutes|sec|hrs?\b|hours|[ap]\.?m\b|mm|kg|lbs?\b|cc|ml))/gi,
    group: 1,
    guard: /(?:died|passed|deceased|expired|d\.)[^\n]{0,14}[ \t]at[ \t]+(?:9\d|1[01]\d)\b/i,
  },
  // "Age (years): 96", "Age at intake: 91", "Age - 92", "Age..........93", "Age 93y", "at the age of 92",
  // "Sex/Age: F/93": an age over 89 after an age label that says whose age or in what unit, or after
  // its leader marks. Not an age in days, weeks or months (an infant's), nor a reading. (Last AGE rule.)
  {
    category: 'AGE',
    re: AGE_LABEL_RE,
    group: 1,
    guard: /age\b[^\n]{0,30}?(?:9\d|1[01]\d)/i,
  },
  // "DOB 3/4/1931 (93)", "D.O.B.: 1931-03-04 (94)": an age over 89 in brackets right after a birth date.
  {
    category: 'AGE',
    re: /(?<=\b(?:dob|d\.o\.b\.?|born|birth[ \t]*date|date[ \t]+of[ \t]+birth)[ \t]*[:#]?[ \t]*(?:\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2})[ \t]*\()(9\d|1[01]\d)(?=[ \t]*(?:y|yo|yrs?|years?)?[ \t]*\))/gi,
    group: 1,
    guard: /\d[ \t]*\((?:9\d|1[01]\d)[ \t]*(?:y|yo|yrs?|years?)?[ \t]*\)/i,
  },
  // "pgr p72471", "page me p4086", "Dr. Usman p44520": a pager written with its letter glued to four or five
  // digits, after a paging word or a doctor's name; "#406", "9-6199" too after a doctor's name that
  // closes its line ("Day team back 0700 - Dr. Ruiz 4-1764"). (Last among the PHONE rules.)
  {
    category: 'PHONE',
    re: /(?<![\w#-])(?:p\d{4,5}|#\d{3,5}|\d-\d{4})\b(?![.,/-]?\d)/gi,
    guard: /(?:[ \t]p\d{4,5}|[ \t]#\d{3,5}|[ \t]\d-\d{4})\b/i,
    accept: gluedPager,
  },
  // "(802) 777-2511 x509", "555-201-3344 ext4471": an extension glued to its letters right after a phone
  // number. (Last among the PHONE rules.)
  {
    category: 'PHONE',
    re: /(?<=(?:\(?\d{3}\)?[ \t.-]?\d{3}[ \t.-]?\d{4}|\b\d{3}-\d{4})[ \t,]*)(?:x|ext\.?)\d{2,5}\b(?![.,/-]?\d)/gi,
    guard: /\d[ \t,]*(?:x|ext\.?)\d{2,5}\b/i,
  },
  // "ICU RN R. GILL X 768", "RD notified x448", "CLINICAL LABS X976": an extension after a word (not a
  // magnification, "HPF x400", nor a count of doses). (Last among the PHONE rules.)
  // The span is the digits, as the extension rules before it take them.
  { category: 'PHONE', re: /(?<=[A-Za-z.)][ \t,]+[xX][ \t]?)(\d{3,4})\b(?![.,/:-]?\d)/g, group: 1, guard: /[A-Za-z.)][ \t,]+[xX][ \t]?\d{3,4}\b/, accept: wordExtension },
  // "555-201-3344, extension 4412", "Ext. 20931": four or five digits after the written-out word
  // or its abbreviation, not a reading with its unit. (Last among the PHONE rules.)
  { category: 'PHONE', re: /\b(?:ext|extension)\.?[ \t]*[:#]?[ \t]*(\d{4,5})\b(?![.,:/-]?\d|[ \t]*(?:mm|cm|mg|ml|ms|%|degrees?|°))/gi, group: 1, guard: /\bext(?:ension)?\.?[ \t]*[:#]?[ \t]*\d{4,5}\b/i },
  // "docket 1:26-cr-468", "Case No. 3:24-cv-01177-JAM": a US court's case number (office, year, case type,
  // serial, the judge's initials optional). (Last among the ID rules.)
  {
    category: 'ID',
    re: /(?<![\w:-])\d{1,2}:\d{2}-(?:cr|cv|mj|mc|bk|ap|po|sw|md|ml)-\d{2,6}(?:-[A-Za-z]{2,4}(?:-\d{1,2})?)?(?![\w-])/gi,
    guard: /\d:\d\d-[a-z]{2}-\d/i,
  },
  // "ninety" ages written with the sex as a word ("102 female adm 5/20", "MRN 0075, 90 man"), or as a
  // lower-case letter glued to the age opening a sign-out line before what is known of the patient
  // ("lachlan strickland 99m hd#10", "id: 90m w/ hfref"); not a distance walked ("ambulated 95m w/ rw")
  // nor a temperature. (Last among the AGE rules.)
  {
    category: 'AGE',
    re: /(?<![\d.,/:+-])\b(9\d|1[01]\d)(?:[mf](?=[ \t]+(?:w\/|with\b|h\/o|hx\b|pmh\b|s\/p|hd[ \t]*#|pod\b|here\b|adm\b|admitted\b|presenting\b|presents\b|who\b|c\/o))|[ \t]+(?:male|female|man|woman|gentleman|lady)\b)/gi,
    group: 1,
    guard: /(?:9\d|1[01]\d)(?:[mf][ \t]|[ \t](?:male|female|man\b|woman|gentleman|lady))/i,
    accept: sexAfterAge,
  },
  // Appended last, so the rule ids before them keep their ranks.
  // "paged P2439", "pager 6-088", "called RN Lupe Rendon at 87283", "at p8112": a hospital pager or
  // extension (a letter glued to four or five digits, a digit and three or four, five digits) right
  // after a paging word, or after "at" when a word of calling stands earlier on the line.
  // Every match holds four digits or a digit, a hyphen and three from its first or second character on.
  { category: 'PHONE', near: { re: /\d{4}|\d-\d{3}/g, back: 1 }, re: /(?<![\w#./-])(?:[pPxX]\d{4,5}|\d-\d{3,4}|\d{5})\b(?![.,/:-]?\d)/g, guard: /(?:pag|pgr|beep|\bat[ \t]+[pPxX]?\d)/i, accept: pagerAfterContact },
  // "el 3 de noviembre", "lunes 27 de octubre de 2025": a date written in Spanish (deid-pattern-cues.yaml foreignDates).
  { category: 'DATE', re: patternCues().foreignDate, when: (t) => patternCues().foreignDateHint.test(t) },
  // "Claim No.: 452 33 4985", "claim 617 91 3857", "file #: 520 39 1295": a labelled number written in the SSN's groups with blanks between.
  { category: 'ID', re: /(?<![\d-])\b\d{3} \d{2} \d{4}\b(?![ -]?\d)/g, guard: /\d{3} \d\d \d{4}/, accept: labelledId },
  // A numbered street without a house number ("lives on 3rd St", "MVC on W 42nd Street", "5TH AVE"). Not
  // "Dr", "Ct" or "Pl" after the ordinal: a second doctor, a third CT and the like read the same.
  { category: 'ADDRESS', re: /\b(?:(?:[NSEW]|N[EW]|S[EW]|north|south|east|west)\.?[ \t]+)?[1-9]\d{0,2}(?:st|nd|rd|th)[ \t]+(?:street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|terrace|parkway|pkwy)\b\.?/gi, guard: /\d(?:st|nd|rd|th)[ \t]+(?:st|av|ro|rd|bo|bl|la|ln|te|pa|pk)/i },
  // A season or school year spanning two years, the second in two digits ("winter 2021-22", "flu season 2023/24").
  { category: 'DATE', re: /(?<![\d/.-])\b((?:19|20)\d\d)[-–/](\d\d)\b(?![-/.]\d)/g, guard: /(?:19|20)\d\d[-–/]\d\d\b/, accept: (m) => (Number(m[1]) + 1) % 100 === Number(m[2]) },
  // Ages over 89 told by a decade, a birthday or a turning age (HIPAA aggregates them all into 90 or
  // older): "in her 90s", "into his late nineties", "turns 100 next week", "her 95th birthday".
  { category: 'AGE', re: /\b(?:in|into)[ \t]+(?:his|her|their)[ \t]+(?:(?:early|mid|late)[- \t]?)?((?:9|1[01])0['’]?s|nineties)\b/gi, group: 1, guard: /0['’]?s\b|nineties/i },
  { category: 'AGE', re: /\b(?:turns?|turned|turning|will[ \t]+be)[ \t]+(9\d|1[01]\d)\b(?![ \t]*(?:%|°|mg|mcg|ml|cc|units?\b|mmhg|min|minutes|hours?|hrs?|days?|weeks?|degrees?|deg\b|times|x\b))/gi, group: 1, guard: /tur|will/i },
  { category: 'AGE', re: /\b(9\d|1[01]\d)(?:st|nd|rd|th)[ \t]+birthday\b/gi, group: 1, guard: /birthday/i },
  // An identifier after a strong label (as labelledId reads one), written in groups parted by single blanks ("Policy no. HXK 447 221"):
  // letters alone only in the first group, a digit in each group after it.
  // Every match holds its first group's first digit at most 8 characters in (a label of four letters,
  // a blank, three letters), and from it the rest of that group, a blank and the next group's first digit.
  { category: 'ID', near: { re: /\d[A-Z\d]{0,5} [A-Z]{0,3}\d/g, back: 8 }, re: /(?<![\w-])(?:[A-Z]{1,4} )?[A-Z]{0,3}\d[A-Z\d]{0,5}(?: [A-Z]{0,3}\d[A-Z\d]{0,5}){1,4}(?![\w-])/g, guard: /\d [A-Z]{0,3}\d/, accept: spacedLabelledId },
  // Both ends of a range of dates glued by a hyphen, an end that is a pair included ("01/14/26-10-12",
  // "12/26-9-24", "admits 6-21-7-1"): when an end has its year, the ends are written differently, or a stay's
  // word comes before. (Last among the DATE rules.)
  { category: 'DATE', re: new RegExp(`(?<![\\w/.-])(${RANGE_END})(?=${RANGE_DASH}${RANGE_END}${GLUED_RANGE_END})`, 'g'), group: 1, guard: GLUED_RANGE_GUARD, accept: (m) => gluedDateRange(m.input, m.index) },
  { category: 'DATE', re: new RegExp(`(?<=(?<![\\w/.-])${RANGE_END}${RANGE_DASH})(${RANGE_END})${GLUED_RANGE_END}`, 'g'), group: 1, guard: GLUED_RANGE_GUARD, accept: (m) => gluedDateRange(m.input, rangeStart(m)) },
  // A bare ordinal day standing alone after a date cue: "missed tx 20th --", "new since 11th.", "Li 0.9 (28th)",
  // "RhoGAM given 26th at 28 wks"; not before a noun ("2nd floor", "3rd dose"). (Last among the DATE rules.)
  { category: 'DATE', re: ORDINAL_DAY, guard: /\d(?:st|nd|rd|th)\b/i, accept: (m) => ordinalDayCue(lineBefore(m), m.input.slice(m.index + m[0].length, m.index + m[0].length + 4)) },
  // "DOB 01/15/1926 (100 y, F)", "(93 y/M)": an age over 89 written with a bare "y" and the sex in the same brackets.
  { category: 'AGE', re: /(?<=\([ \t]*)(9\d|1[01]\d)[ \t]*y\.?(?=[ \t]*[,/;]?[ \t]*(?:[mf]|male|female)[ \t]*\))/gi, group: 1, guard: /\((?:9\d|1[01]\d)[ \t]*y/i },
  // "ref AUTH#81182C", "TICKET CASE#4471A": an identifier label glued by "#" to its code, the label written with it.
  { category: 'ID', re: /(?<![\w#])([A-Za-z]{2,6})#(?=[A-Za-z0-9-]*\d)[A-Za-z0-9-]{4,}\b(?![.,]\d)/g, guard: /[A-Za-z]#[A-Za-z0-9-]*\d/, accept: (m) => gluedIdLabel(m[1] ?? '') },
  // "Pt: ROE, ANA / 440-93-59 / Rm 4": three digits, two and two joined by hyphens, no date, phone or SSN's shape, as a
  // field of its own (after a slash, a bar, a bracket, "#" or a colon): a record number. Not a reading's triple
  // ("BP 130-80-70 lying to standing", "orthostatics: 128-84-72").
  { category: 'ID', re: /(?<=(?:^|[/|(#:])[ \t]*)\d{3}-\d{2}-\d{2}(?![\w/-]|[.,]\d)/gm, guard: /\d{3}-\d\d-\d\d/, accept: (m) => !READING_TRIPLE_BEFORE.test(lineBefore(m)) },
  // "ICF_480-0004_V4_SIGNED.PDF", "ECG_V6_S783-060.xml": a subject's number as a part of an uploaded file's name (not an
  // eight-digit date "scan_20260115.pdf", nor a camera's picture counter "IMG_ROE_701.jpg").
  { category: 'ID', re: FILE_NAME_ID, group: 1, guard: /_[A-Za-z]?\d{3}/, accept: (m) => !/^(?:19|20)\d{6}$/.test(m[1] ?? '') },
  // A vehicle identifier (Safe Harbor (b)(2)(i)(L)) beside the plate and VIN above: an aircraft's US registration mark
  // after its cue ("MEDEVAC TAIL N4471K", "helicopter N28QX", "Tail #: N907"; AIRCRAFT_MARK), in capitals, with three
  // characters after the N at least (not a nodal stage or nitrogen, "N2"), and not a respirator grade ("aircraft crew
  // wore N95"). Last of the identifiers, so the numbering of the rules above stays.
  { category: 'ID', guard: /tail|aircraft|helicopter|registration|n-number/i, re: AIRCRAFT_MARK, group: 1, accept: (m) => m[1] === m[1]!.toUpperCase() && m[1]!.length >= 4 && !/^N(?:95|99|100)$/.test(m[1]!) },
  // "call wife at 555 2244", "cb 555 2244": a local number written with one blank between its groups, after a phone
  // word on the line (deid-pattern-cues.yaml phone.cues), as the hyphenated form above; appended last so the other
  // phone rules keep their numbers.
  // Not a reading and a value or a clock time ("re SBP 210 1530", "250 1000 mL"; phone.spacedNotAfter / spacedUnitsAfter).
  { category: 'PHONE', guard: /\d{3}[ \t]\d{4}/, re: /(?<![\d./+-])\b[2-9]\d{2}[ \t]\d{4}\b(?![ \t]?[-./]?\d)/g, accept: (m) => phoneCueOnLine(m) && !patternCues().spacedNotAfter.test(lineBefore(m)) && !patternCues().spacedUnitAfter.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 8)) },
  // Numbers abroad dialled from the US or Europe: an exit code (011, 00), a country code and groups, 11 to 17 digits in
  // all ("011 52 55 1234 5678", "0049 30 12345678"); a country or area code in brackets before two groups of four
  // ("(502) 5555-1234", "(11) 9123-4567"). Appended last so the other phone rules keep their numbers.
  // Blanks or dots between the groups: hyphen groups with leading zeros are drug codes ("NDC 00093-7146-56").
  { category: 'PHONE', guard: /(?:^|[^\d+])(?:011|00)[1-9]?\d*[ .]\d/, re: /(?<![\w+./-])(?:011|00)[ .]?[1-9]\d{0,2}(?:[ .]\d{1,8}){2,5}(?![\w./-]|[.,]\d)/g, accept: (m) => { const n = m[0].replace(/\D/g, '').length; return n >= 11 && n <= 17; } },
  { category: 'PHONE', guard: /\)[ \t]?\d{4}[ .-]\d{4}/, re: /\(\d{2,4}\)[ \t]?\d{4}[ .-]\d{4}(?![\w./-]|[.,]\d)/g },
];
// What may stand before a glued sex letter: up to three words (a name, a label) from the line start.
const SIGN_OUT_HEAD_RE = /^(?:[ \t]*[A-Za-z][A-Za-z'-]*){0,3}[ \t]*:?[ \t]*$/;
// A reading's label right before the number ("HR 96 male" is a heart rate on a line about a man).
const READING_BEFORE_RE = /\b(?:hr|pulse|rr|bp|sats?|spo2|o2|wt|weight|temp|t|ht|height|glucose|bg|bgl|fsbs|map|cvp|score|gcs|bmi)[ \t]*[:=]?[ \t]*$/i;
// Words of walking or moving: "95m" after them is a distance.
const DISTANCE_WORDS_RE = /ambul|walk|gait|distance|\bran\b|\brun|swim|swam|mobil|transfer|climb|hike|feet|\bft\b|meters|metres/i;

/** An age before a sex word (not after a temperature), or before a glued sex letter opening a sign-out line (not a distance). */
function sexAfterAge(m: RegExpExecArray): boolean {
  const before = lineBefore(m);
  if (!notTemperature(m) || READING_BEFORE_RE.test(before)) return false;
  if (/[ \t](?:male|female|man|woman|gentleman|lady)$/i.test(m[0])) return true;
  return SIGN_OUT_HEAD_RE.test(before) && !DISTANCE_WORDS_RE.test(before);
}

// A paging word (and whom to page) right before a pager: "pgr ", "page me ", "pager: ", "beeper #".
const PAGE_WORD_BEFORE = /\b(?:pager|page|pgr|pg|beeper|beep)\.?(?:[ \t]+(?:me|him|her|us|them|the[ \t]+\w+))?[ \t]*(?:is[ \t]+|at[ \t]+|[:#][ \t]*)*$/i;
// A paging word, "paged" too, right before a pager: "paged ", "pager: ", "beeped at ".
// A bare "page" is a page of a document too ("see page 1-100"): only with whom to page ("page me").
const PAGED_BEFORE = /\b(?:(?:pager|paged|pgr|beeper|beeped|beep)\.?|page[ \t]+(?:me|him|her|us|them))[ \t]*(?:is[ \t]+|at[ \t]+|[:#][ \t]*)*$/i;
// "at " right before a number.
const AT_BEFORE = /\bat[ \t]+$/i;

/**
 * "paged P2439", "pager 6-088": a pager right after a paging word; "called RN Lupe Rendon at 87283":
 * after "at" when a word of calling (deid-pattern-cues.yaml phone.cues) stands earlier on the line
 * (within its window). Not before a unit ("at 10000 units").
 */
function pagerAfterContact(m: RegExpExecArray): boolean {
  const c = patternCues();
  if (c.localPhoneUnitAfter.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 12))) return false;
  const before = lineBefore(m);
  if (PAGED_BEFORE.test(before)) return true;
  return AT_BEFORE.test(before) && c.phoneCue.test(before.slice(-c.phoneWindow));
}
// A doctor's title and name right before: "Dr. Usman ", "Dr Cabrera-Solis ".
const DOCTOR_BEFORE = /\bDr\.?[ \t]+\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+)?[ \t]+$/u;

/**
 * A pager in a glued shape: "p" and its digits after a paging word or a doctor's name; "#406" or
 * "9-6199" only after a doctor's name with nothing after it on the line (the other shapes are counts,
 * list numbers and ranges elsewhere).
 */
function gluedPager(m: RegExpExecArray): boolean {
  const before = lineBefore(m);
  const glued = /^p/i.test(m[0]);
  if (glued && PAGE_WORD_BEFORE.test(before)) return true;
  if (!DOCTOR_BEFORE.test(before)) return false;
  const end = m.index + m[0].length;
  return glued || /^[ \t]*(?:\r?\n|$)/.test(m.input.slice(end, end + 4));
}

const RATIO_BEFORE = /\b(?:strength|str|score|grade|ps|peep|cpap|bipap|ratio|i:e|ie|vent|settings|motor|sensation|x|mm|cmh2o|psv|press(?:ure)?|imv|simv|ac|fio2|rate|tv|pain|abg|vbg|ips|co\/ci)\s*[:=]?\s*(?:of|at|to|on)?\s*\(?$/i;
// Ventilator talk anywhere shortly before: "mask ventilation 10/5", "CPAP .5% 5/8", "settings AC/400/12/5".
const VENT_NEAR = /\b(?:vent(?:ed|ilat\w*)?|cpap|bipap|psv|peep|simv|imv|ips|pressure support|settings|fio2|mask)\b[^\n]{0,30}$/i;

// Words after which a bare four-digit number is a year, not a clock time.
const YEAR_CUE_BEFORE = /(?:\b(?:in|since|its|it's|it’s|is|was|saying|say|said|states?|stated|year|yr|during|circa|ca\.?|summer|winter|spring|fall|autumn|christmas|born|early|late|mid|the)|\b(?:19|20)\d{2}\s*,|\b(?:19|20)\d{2}\s+and)\s*$/i;
// An approximation mark before a number and, earlier on its line, years counted back ("years ago", "yrs prior"):
// the number is the year meant, not a clock time ("~2000" alone stays a time).
const APPROX_BEFORE = /(?:~|\b(?:approx\.?|approximately|around|about|circa|ca\.))[ \t]*$/i;
// The year cues that still date a number with an approximation mark between ("since ~2019", "in approx. 2015",
// "born circa 1931"); not "is" / "was" / "the", after which an approximate number is a quantity ("was ~2000").
const APPROX_YEAR_CUE = /\b(?:in|since|during|born|early|late|mid|summer|winter|spring|fall|autumn|year|yr)[ \t]*$/i;
const YEARS_BACK = /\b(?:years?|yrs?)[ \t]+(?:ago|prior|back|earlier|before)\b/i;
const TIME_CUE_BEFORE = /(?:\b(?:at|due|until|til|till|by|after|before|from|to|thru|through|approx\.?|around|about|q|note|npn|labs?|crit|check|ck|chk|start|started|given)|[@~=>#])\s*$/i;
// A visit's time stamps ("Time in 2015 out 2130", "Time in 0930 out 2015", "time out: 1950"); not
// "the first time in 2015", which no colon and no "out" stamp follows.
const STAMP_IN_BEFORE = /\btime[ \t]+(?:in|out)[ \t]*(:)?[ \t]*$/i;
const STAMP_OUT_BEFORE = /\btime[ \t]+in\b[ \t:]*\d{1,2}:?\d{2}(?:[ \t]*[ap]\.?m\.?)?[ \t]*(?:\/[ \t]*)?out[ \t]*:?[ \t]*$/i;

/** Whether the year-shaped number at `m` is a visit's time-in or time-out stamp. */
function timeStamp(m: RegExpExecArray, line: string): boolean {
  if (STAMP_OUT_BEFORE.test(line)) return true;
  const stamp = STAMP_IN_BEFORE.exec(line);
  return !!stamp && (stamp[1] === ':' || /^[ \t]*(?:\/[ \t]*)?out\b/i.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 12)));
}
// History context: past medical / surgical history lists and "s/p" clauses.
// Cardiac and surgical events that history lists date ("CABG 81", "MI '92", "09 PTCA").
const HISTORY_EVENT = 'mi|nqwmi|nstemi|stemi|imi|ami|cabg|cabgx\\d|ptca|pci|stent|stents|cva|tia|avr|mvr|aaa|turp|redo|resection|ablation|cardioversion|lobectomy|mastectomy|colectomy|nephrectomy|chole|ccy|appy|bka|aka|tkr|thr|orif|dx|diagnosed|repair';
const EVENT_BEFORE = new RegExp(`\\b(?:${HISTORY_EVENT})\\s*(?:in\\s+)?$`, 'i');
const PROCEDURE_BEFORE = new RegExp(`\\b(?:${HISTORY_EVENT}|[a-z]+(?:ectomy|otomy|ostomy|plasty|pexy|rrhaphy)|tka|tha|cabg\\s*x\\s*\\d)\\s*,?\\s*(?:in\\s+)?$`, 'i');
const COMPARISON_LINE = /\b(?:comparison|compared|prior|previous|dated|dob|d\.o\.b|born|birth)\b/i;
const CLOCK_CUE_BEFORE = /(?:\b(?:at|due|until|til|by|q|to|before|after|around|approx)|[@~])\s*$/i;
const EVENT_AFTER = new RegExp(`^\\s+(?:${HISTORY_EVENT})\\b`, 'i');

// What may follow a year that ends an item of a history list: punctuation, a bracket, the line's end,
// or the words that carry a list on ("PE 2006 HERE W/ SBO").
const END_OF_ITEM = /^(?:[ \t]*(?:[,;.)(]|$|\n)|[ \t]+(?:here|w\/|with|and|now|on|at)\b)/i;

// The bullet or number that opens an item of a list, alone before the match on its line: "- ", "* ", "2. ".
const ITEM_OPENING = /^[ \t]*(?:[-*•·]|\d{1,2}[.)])[ \t]+$/;
// A word right after the match (a blank between), or a side letter and a word: "2016 cataract", "1975 TONSILLECTOMY", "1990 R TKA".
const WORD_AFTER = /^[ \t]+[A-Za-z](?:[A-Za-z]|[ \t]+[A-Za-z]{2})/;

/** A bare year only with a year cue (or inside a history clause right after a word), never with a time cue. */
function yearInContext(m: RegExpExecArray): boolean {
  const line = lineBefore(m);
  // "(2009)", "(dx 2005)", "(KAMC, 2013)": a year alone in brackets, after one word in them, or after a name and a comma.
  if (m.input[m.index + m[0].length] === ')') {
    if (/\(\s*(?:[A-Za-z/.]+\s+)?$/.test(line)) return true;
    // After a comma the year must not read as a clock time on the five minutes ("(bolus, 1950)").
    if (/\([ \t]*[A-Z][A-Za-z .&'’-]{0,40},[ \t]*$/.test(line) && !clockOnFive(m[0])) return true;
  }
  // "CABG X3 1997", "appendectomy, 1978": a year right after a dated procedure or event.
  if (PROCEDURE_BEFORE.test(line)) return true;
  // "Comparison: chest radiograph from 2019", "DOB: 1951": a year in a comparison or birth field, unless a clock cue precedes it.
  if (COMPARISON_LINE.test(line) && !CLOCK_CUE_BEFORE.test(line)) return true;
  // "prior CT "a few years ago" at Mercy, ~2016": an approximate year where the line counts years back.
  // In the same clause only: "Dx 10 years ago; last dose ~2030" is a clock time.
  if (APPROX_BEFORE.test(line) && YEARS_BACK.test(lastClause(line))) return true;
  // "since ~2019", "MI approx 2015", "CABG circa 1998": a year cue or a dated event, then an approximation mark.
  const approx = APPROX_BEFORE.exec(line);
  if (approx) {
    const lead = line.slice(0, approx.index);
    if (APPROX_YEAR_CUE.test(lead) || PROCEDURE_BEFORE.test(lead)) return true;
  }
  if (TIME_CUE_BEFORE.test(line) || timeStamp(m, line)) return false;
  if (YEAR_CUE_BEFORE.test(line) || arrivalYearCue(line)) return true;
  // "- 2016 cataract OS (...)", "* 1975 TONSILLECTOMY": a year opening an item of a history list, before the
  // condition or procedure it dates.
  if (ITEM_OPENING.test(line) && WORD_AFTER.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 6)) && inHistoryList(m.input, m.index)) return true;
  // "s/p resection 1977", "PMH: CAD, S/P MI 1992": a year after a word in a history clause.
  if (HISTORY_CUE.test(line) && /[A-Za-z]\s+$/.test(line)) return true;
  // "- lap band 1972" under "Past Surgical History:", "PE 1998, DVT 2006" far along a PMH line: a
  // year after a word that ends a list item, anywhere in a history list.
  return /[A-Za-z][A-Za-z0-9-]*[ \t]+$/.test(line) && END_OF_ITEM.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 8)) && inHistoryList(m.input, m.index);
}

/** A two-digit number is a year only in a history clause, right after or right before a dated event. */
function twoDigitHistoryYear(m: RegExpExecArray): boolean {
  const line = lineBefore(m);
  if (!HISTORY_CUE.test(line)) return false;
  if (EVENT_BEFORE.test(line)) return true;
  const after = m.input.slice(m.index + m[0].length, m.index + m[0].length + 24);
  return /(?:^|[.:;]\s*)$/.test(line.trimEnd()) && EVENT_AFTER.test(after);
}

/** "1950", "2015": four digits that also read as a clock time on the five minutes. */
function clockOnFive(s: string): boolean {
  return Number(s.slice(0, 2)) <= 23 && Number(s.slice(2, 4)) <= 59 && Number(s.slice(2, 4)) % 5 === 0;
}

/**
 * The year range starting at `at` ("1986-1988"): not when both read as clock times on the five
 * minutes ("1900-2000", "1930-2045"), nor after a time cue ("from 1915-1942").
 */
function yearRange(text: string, at: number): boolean {
  const m = /^((?:19|20)\d\d)[ \t]*-[ \t]*((?:19|20)\d\d)/.exec(text.slice(at, at + 16));
  if (!m) return false;
  if (clockOnFive(m[1]!) && clockOnFive(m[2]!)) return false;
  const line = text.slice(Math.max(0, at - 80), at);
  return !TIME_CUE_BEFORE.test(line.slice(line.lastIndexOf('\n') + 1));
}

/** The last clause of `line`: after its last semicolon or a stop behind a word ("St. Jude" is no clause end). */
function lastClause(line: string): string {
  let from = 0;
  for (const m of line.matchAll(/;|[a-z]{3}\.[ \t]/g)) from = m.index + m[0].length;
  return line.slice(from);
}

/**
 * Whether a range of dates glued by a hyphen starts at `at` ("3/7/26-7/27"): an end carries its year, the
 * two ends are written with different separators ("12/26-9-24"), or a stay's word stands before it on
 * its line ("admits 6-21-7-1"). Two bare pairs alike without one ("2-4-6-8", "1/2-1/4") are values, and so is
 * a range with a unit or a count after it ("1/2/26 - 2-3 tabs").
 */
function gluedDateRange(text: string, at: number): boolean {
  if (at < 0) return false;
  GLUED_RANGE.lastIndex = at;
  const r = GLUED_RANGE.exec(text);
  if (!r) return false;
  const [a, b] = [r[1]!, r[2]!];
  // "1/2/26 - 2-3 tabs": a count after the range's second end.
  if (unitAfterPair(text.slice(at + r[0].length, at + r[0].length + 24))) return false;
  const parts = (s: string) => s.split(/[/.-]/).length;
  // "1-2-5-10-15": an end of three numbers written with hyphens, glued to the other end, is a chain of values.
  if (!/\s/.test(r[0]) && [a, b].some((e) => e.includes('-') && parts(e) === 3)) return false;
  if (parts(a) === 3 || parts(b) === 3) return true;
  if (a.replace(/\d/g, '') !== b.replace(/\d/g, '')) return true;
  const from = Math.max(0, at - 50);
  const before = text.slice(from, at);
  return STAY_BEFORE.test(before.slice(before.lastIndexOf('\n') + 1));
}

/** Where the range whose second end is `m` starts (its first end at most 40 characters back), or -1. */
function rangeStart(m: RegExpExecArray): number {
  const from = Math.max(0, m.index - 40);
  const at = m.input.slice(from, m.index).search(RANGE_START_BEFORE);
  return at < 0 ? -1 : from + at;
}

/** The text of the match's line before it (at most 80 characters). */
function lineBefore(m: RegExpExecArray): string {
  const from = Math.max(0, m.index - 80);
  const s = m.input.slice(from, m.index);
  const nl = s.lastIndexOf('\n');
  return nl >= 0 ? s.slice(nl + 1) : s;
}

// "10/5/50" after ventilator words is a setting triplet; a slash date with a 4-digit year never is.
// A full date just before, glued by a slash or hyphen ("DD/DT: 7/7/24/7/9/24", "2.20.02/02-20-2002"): the second date of a pair.
const DATE_GLUED_BEFORE = /(?:^|[^\d/.-])\d{1,2}([/.-])\d{1,2}\1(?:\d{4}|\d{2})[/-]$/;

/**
 * Whether a month/day/year match goes on a chain of numbers joined by its own separator without a
 * full date before it: a dilution or dose series ("titres 1/2/4/8/16", "weaned 2-4-6-8-10"), not a date.
 */
function inNumberChain(m: RegExpExecArray): boolean {
  const before = m.input.slice(Math.max(0, m.index - 12), m.index);
  // The chain's own separator: "1/5-1/9/24" is a range whose second date has its year.
  return /\d$/.test(before.slice(0, -1)) && before.endsWith(m[1]!) && !DATE_GLUED_BEFORE.test(before);
}

/**
 * "TIME OF CALL: 1157", "pickup called at 0522": four digits that read as a clock time (hours 00-23,
 * minutes 00-59) after "call" and "at", or after "time of call", are when the call was made, not a
 * number to call ("call at 5521", "call x1157" stay extensions).
 */
function callClockTime(m: RegExpExecArray): boolean {
  if (CALL_CLOCK.test(m[0])) return true;
  const digits = m[1] ?? '';
  if (!/^(?:[01]\d|2[0-3])[0-5]\d$/.test(digits)) return false;
  return /\b(?:call(?:ed)?\s+at|time\s+of\s+call\s*:?)\s*$/i.test(m[0].slice(0, m[0].length - digits.length)) || /\btime\s+of\s+$/i.test(m.input.slice(Math.max(0, m.index - 12), m.index));
}

function notSettings(m: RegExpExecArray): boolean {
  if (/\d{4}$/.test(m[0])) return true;
  const input = m.input.slice(Math.max(0, m.index - 40), m.index);
  if (/^\s*%/.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 2))) return false;
  // "EVD at 15 cmH2O (8/2/26)": a unit with its value before it is no ratio's word.
  return (!RATIO_BEFORE.test(input) || UNIT_HAS_VALUE.test(input)) && !VENT_NEAR.test(input);
}

const AGE_UNIT_AFTER = /^[\s-]*(?:years?|yrs?|y\.?o\b|y\/o)/i;
// A written-out number that measures something else: "ninety-four percent", "ninety four mg".
const NUMBER_UNIT_AFTER = /^[\s-]*(?:percent|per\s*cent|%|mg|mcg|ml|cc|mm|cm|kg|g\b|lbs?|pounds|degrees?|beats|bpm|breaths|minutes?|mins?|seconds?|secs?|hours?|hrs?|days?|weeks?|months?|units?|mmhg|times|over|cases|patients|percentile|of\b|and\b)/i;
const NUMBER_CUE_BEFORE = /\b(?:hundred|thousand|sat(?:uration)?s?|o2|spo2|pulse|hr|rate|bp|pressure|weight|weighs?|score|in)\s*(?:and\s+|of\s+|was\s+|is\s+|at\s+)?$/i;

/**
 * A written-out age: "ninety" and "one hundred ..." need an age unit after them or "aged" before; a
 * compound "ninety-four" stands alone unless it measures something ("ninety-four percent", "sat ninety-four").
 */
function ageWordInContext(m: RegExpExecArray): boolean {
  const end = m.index + m[0].length;
  const after = m.input.slice(end, end + 24);
  if (AGE_UNIT_AFTER.test(after)) return true;
  const word = m[1] ?? '';
  if (/^aged?\s/i.test(m[0]) || word.endsWith('narian') || word.endsWith('narians')) return true;
  if (!/^ninety[\s-]/i.test(word)) return false;
  return !NUMBER_UNIT_AFTER.test(after) && !NUMBER_CUE_BEFORE.test(m.input.slice(Math.max(0, m.index - 24), m.index));
}

// Temperatures are written like age-and-sex shorthand ("T 96 F", "spiked to 101 F"): any temperature word shortly before rules the age out.
const TEMPERATURE_BEFORE = /\b(?:t|temps?|temperatures?|tmax|t\s*max|tm|tc|tcurrent|fever|febrile|afebrile|pyrexi\w*|spiked?|spiking|degrees?|oral|rectal|axillary|tympanic)\b|°/i;

/** "96F" is an age and sex unless a temperature word sits in the 30 characters before it. */
function notTemperature(m: RegExpExecArray): boolean {
  const line = lineBefore(m);
  // The window starts at a word's start: a word cut by it ("Pt" of "Pt: Reed, Lars  DOB … (92m)") is no "t".
  const window = line.length > 30 && /\w/.test(line[line.length - 31] ?? '') ? line.slice(-30).replace(/^\w+/, '') : line.slice(-30);
  return !TEMPERATURE_BEFORE.test(window);
}

// Within 20 characters of the street, so weaker words ("home", "moved") than zipsAfterTowns' residence cue, which spans the line.
const ADDRESS_CUE_BEFORE = /\b(?:lives|living|lived|resides|residing|address|addr|home|residence|located|moved)\b[^\n]{0,20}$/i;

/**
 * A lower-case street: no middle word may be a unit or clinical word; an abbreviated suffix ("st",
 * "rd", "ln", "ave", "blvd") also needs an address shape after it (a comma, an apartment, end of line)
 * or an address cue before it, so "2 leads with st elevation" stays.
 */
function lowerStreet(m: RegExpExecArray): boolean {
  const words = (m[1] ?? '').trim().split(/\s+/);
  if (words.some((w) => NOT_STREET_WORD.has(w))) return false;
  const suffix = m[2] ?? '';
  if (suffix.length > 4 || suffix === 'drive') return true;
  // The part of the match after the suffix is the optional apartment / unit number.
  const tail = m[0].slice(m[0].indexOf(m[1] ?? '') + (m[1] ?? '').length + suffix.length);
  if (/[a-z#]/i.test(tail)) return true;
  const after = m.input.slice(m.index + m[0].length, m.index + m[0].length + 4);
  return /^\.?\s*(?:,|\n|$)/.test(after) || ADDRESS_CUE_BEFORE.test(lineBefore(m));
}

/** "3600 Broadway" with a city after a comma, or an address cue before it. */
function oneWordStreet(m: RegExpExecArray): boolean {
  const after = m.input.slice(m.index + m[0].length, m.index + m[0].length + 4);
  return /^,\s*[A-Za-z]/.test(after) || ADDRESS_CUE_BEFORE.test(lineBefore(m));
}

// Rule ids for the spans (issue 11: every span records the rule that found it): category and
// rank within the category in this list, e.g. `pattern:date-7`.
{
  const seen = new Map<string, number>();
  for (const rule of RULES) {
    const n = (seen.get(rule.category) ?? 0) + 1;
    seen.set(rule.category, n);
    rule.id = `pattern:${rule.category.toLowerCase()}-${n}`;
  }
}
// Several rules share one guard (hasMonth): each guard gets one slot, so it is asked once per text.
const GUARD_SLOTS = new Map<(t: string) => boolean, number>();
for (const rule of RULES) {
  if (!rule.when) continue;
  if (!GUARD_SLOTS.has(rule.when)) GUARD_SLOTS.set(rule.when, GUARD_SLOTS.size);
  rule.guardSlot = GUARD_SLOTS.get(rule.when);
}

/** The guards of a rule list as guard sets, and for each rule its guards' places in them. */
interface GuardPlan {
  sets: GuardSet[];
  /** Per rule (by index in the list): set and member numbers in pairs, or undefined for no guard. */
  refs: (readonly number[] | undefined)[];
}
// One plan per rule list (all rules, the date rules), made at the first report: a guard may come
// from a cue list that is read on first use.
const GUARD_PLANS = new Map<readonly PatternRule[], GuardPlan>();

function guardPlan(rules: readonly PatternRule[]): GuardPlan {
  let plan = GUARD_PLANS.get(rules);
  if (plan) return plan;
  // Guards of the same flags go in one set; a guard shared by rules is one member.
  const members = new Map<string, RegExp[]>();
  const refs = rules.map((rule) => {
    if (rule.guard === undefined) return undefined;
    const list: readonly Guard[] = rule.guard instanceof RegExp || typeof rule.guard === 'function' ? [rule.guard] : rule.guard;
    return list.flatMap((g) => {
      const re = typeof g === 'function' ? g() : g;
      if (!members.has(re.flags)) members.set(re.flags, []);
      const set = members.get(re.flags)!;
      if (!set.includes(re)) set.push(re);
      return [[...members.keys()].indexOf(re.flags), set.indexOf(re)];
    });
  });
  plan = { sets: [...members.values()].map((guards) => new GuardSet(guards)), refs };
  GUARD_PLANS.set(rules, plan);
  return plan;
}

/**
 * The guarded pattern rules: each rule's expression, match test and guards, compiled (for the tests
 * that compare the guard sets with their guards asked one by one, and each rule's finds with its guards).
 */
export function patternGuards(): { id: string; re: RegExp; accept?: (m: RegExpExecArray) => boolean; guards: RegExp[] }[] {
  const plan = guardPlan(RULES);
  return RULES.flatMap((rule, r) => {
    const refs = plan.refs[r];
    if (!refs) return [];
    const guards: RegExp[] = [];
    for (let k = 0; k < refs.length; k += 2) guards.push(plan.sets[refs[k]!]!.guards[refs[k + 1]!]!);
    return [{ id: rule.id ?? '', re: rule.re, accept: rule.accept, guards }];
  });
}

for (const rule of RULES) if (rule.keywords) rule.anchored = new AnchoredRegex(rule.re, rule.keywords, rule.anchorChars);
for (const rule of RULES) if (rule.near) rule.nearRegex = new NearRegex(rule.re, rule.near.re, rule.near.back);
for (const rule of RULES) if (!rule.anchored && !rule.scan && !rule.nearRegex) rule.lead = leadChar(rule.re);

/** The pattern rules that skip to a lead character, with it (for the test that every match starts there). */
export function patternLeads(): { id: string; re: RegExp; lead: string }[] {
  return RULES.flatMap((r) => (r.lead === undefined ? [] : [{ id: r.id ?? '', re: r.re, lead: r.lead }]));
}

/** The pattern rules that run near a cheaper expression's matches only (for the test that each match holds one there). */
export function patternNears(): { id: string; re: RegExp; near: RegExp; back: number }[] {
  return RULES.flatMap((r) => (r.near === undefined ? [] : [{ id: r.id ?? '', re: r.re, near: r.near.re, back: r.near.back }]));
}
for (const rule of RULES) rule.needsDigit = /\\d/.test(rule.re.source) && !/christmas/.test(rule.re.source) && rule.category !== 'ADDRESS' && rule.category !== 'URL' && rule.category !== 'EMAIL';

// "Mar-24", "jul '25": a month word and a year; "may-10 mg" (a dose) and the lower-case verbs "may" / "mar"
// before a hyphen are no date.
function monthYearWord(m: RegExpExecArray): boolean {
  const after = m.input.slice(m.index + m[0].length, m.index + m[0].length + 12);
  if (/^\s*(?:mg|mcg|ml|cc|mm|cm|kg|units?|%|x\b|times|doses?|tabs?)/i.test(after)) return false;
  return !/^(?:may|mar)-\d{2}$/.test(m[0]);
}

// "May 5" is a date, "may 5" in running prose ("may 5 mg") usually is not.
function monthCase(m: RegExpExecArray): boolean {
  const word = /[A-Za-z]+/.exec(m[0])?.[0] ?? '';
  if (word.toLowerCase() !== 'may' && word.toLowerCase() !== 'mar') return true;
  if (/(?:19|20)\d{2}\s*$/.test(m[0])) return true;
  // "died 5-mar-21", "12-may-19", "seen 21may26": a day, the month and a two-digit year joined by
  // hyphens or written solid (no dose or count is written so).
  if (/^\d{1,2}([-/.]?)(?:may|mar)\1\d{2}$/i.test(m[0].trim())) return true;
  const after = m.input.slice(m.index + m[0].length, m.index + m[0].length + 12);
  // "may 2nd line agent", "may 3rd degree": an ordinal that counts something is no day.
  if (/(?:st|nd|rd|th)$/i.test(m[0].trim()) && /^[\s-]*(?:line|degree|generation|trimester|attempt|round|cycle|time|opinion|party|shift|floor|dose|try)/i.test(after)) return false;
  if (/^\s*(?:mg|ml|cc|mm|cm|units?|%|x\b|times|doses?|tabs?)/i.test(after) || /^(?:may|mar)\s*\d+\s*(?:mg|ml|cc|mm|cm|units?|%)/i.test(m[0])) return false;
  // "May 9", and in lower-case notes "may 9" / "mar 5th" / "17 may": a day number (or ordinal) right beside the month word.
  return word !== word.toLowerCase() || /^(?:may|mar)\.?\s*\d{1,2}(?:st|nd|rd|th)?$|^\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:may|mar)$/i.test(m[0].trim());
}

// The claiming rules run with the dates so that a date-like run inside a DICOM UID is dropped there too.
const DATE_RULES = RULES.filter((r) => r.category === 'DATE' || r.claims);

/** Only the date patterns (the leak guard's birth-date check). */
export function detectDates(text: string): PhiSpan[] {
  return runRules(DATE_RULES, text).filter((s) => s.category === 'DATE');
}

/** Runs every pattern detector over `text` (layer 2 of the detector). */
export function detectPatterns(text: string): PhiSpan[] {
  return runRules(RULES, text);
}

// A category's place in PHI_CATEGORIES (fewer than 16), for the numeric span keys of runRules.
const CATEGORY_INDEX = Object.fromEntries(PHI_CATEGORIES.map((c, i) => [c, i])) as Record<PhiCategory, number>;

function runRules(rules: PatternRule[], text: string): PhiSpan[] {
  const spans: PhiSpan[] = [];
  // Place, end and category of each span kept: rules overlap by design, one span per key. The key is
  // one number while offsets fit in 20 bits (no string built per match), the string beyond.
  const seen = new Set<number | string>();
  const numericKeys = text.length < 1 << 20;
  let claimed: PhiSpan[] | undefined;
  const digits = hasDigit(text);
  // Several rules share one guard (hasMonth): each guard scans the text once per report, its
  // answer kept in the guard's slot.
  const guards: (boolean | undefined)[] = new Array<boolean | undefined>(GUARD_SLOTS.size);
  // The guard sets' answers, each asked at the first rule that needs it.
  const plan = guardPlan(rules);
  const answers: (boolean[] | undefined)[] = new Array<boolean[] | undefined>(plan.sets.length);
  for (let r = 0; r < rules.length; r++) {
    const rule = rules[r]!;
    const refs = plan.refs[r];
    if (refs || rule.when) {
      if (refs) {
        let any = false;
        for (let k = 0; k < refs.length && !any; k += 2) any = (answers[refs[k]!] ??= plan.sets[refs[k]!]!.test(text))[refs[k + 1]!]!;
        if (!any) continue;
      }
      if (rule.when) {
        let ok = guards[rule.guardSlot!];
        if (ok === undefined) guards[rule.guardSlot!] = ok = rule.when(text);
        if (!ok) continue;
      }
    } else if (!digits && rule.needsDigit) continue;
    // A keyword-anchored rule runs only at its cue words, a rule with its own scan runs that, a rule
    // with a `near` expression runs only near its matches; the others scan the text.
    const anchoredMatches = rule.scan ? rule.scan(text) : rule.nearRegex ? rule.nearRegex.matchAll(text) : rule.anchored?.matchAll(text);
    let next = 0;
    if (!anchoredMatches) rule.re.lastIndex = 0;
    for (;;) {
      // No match starts before the next place of the rule's lead character: the scan resumes there.
      if (rule.lead !== undefined) {
        const at = text.indexOf(rule.lead, rule.re.lastIndex);
        if (at < 0) break;
        rule.re.lastIndex = at;
      }
      const m = anchoredMatches ? (anchoredMatches[next++] ?? null) : rule.re.exec(text);
      if (m === null) break;
      if (m[0] === '') {
        if (!anchoredMatches) rule.re.lastIndex++;
        continue;
      }
      if (rule.accept && !rule.accept(m)) continue;
      const g = rule.group ?? 0;
      const value = m[g];
      if (value === undefined) continue;
      // Capture groups in these rules end the match or appear once in it, so the last occurrence is the group.
      const left = rule.widenLeft === undefined ? 0 : (m[rule.widenLeft]?.length ?? 0);
      const start = g === 0 ? m.index - left : m.index + m[0].lastIndexOf(value);
      const span: PhiSpan = { start, end: g === 0 ? m.index + value.length : start + value.length, category: rule.category, source: rule.id ?? 'pattern' };
      // Rules overlap by design (a labelled code is also a long digit run): one span per place and category, the first rule's.
      const key = numericKeys ? (span.start * 1048576 + span.end) * 16 + CATEGORY_INDEX[span.category] : `${span.start}:${span.end}:${span.category}`;
      if (seen.has(key)) continue;
      seen.add(key);
      spans.push(span);
      if (rule.claims) (claimed ??= []).push(span);
    }
  }
  if (!claimed) return spans;
  const claims = claimed;
  return spans.filter((s) => claims.includes(s) || !claims.some((c) => s.start < c.end && s.end > c.start));
}
