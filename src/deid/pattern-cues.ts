// Cue words for pattern PHI whose shape alone is too common to take (issue 11): local phone numbers
// and extensions after a phone word, hyphen-grouped record numbers, bare ages over 89 after a
// name, years after events dated by the year. The words are data (`rules/<lang>/deid-pattern-cues.yaml`).
import path from 'node:path';
import { z } from 'zod';
import { deidRulesDir, readDeidRules } from './rules/deid-rules.js';
import { cueAlternation, escapeCueWord } from './rules/word-alternation.js';

const words = z.array(z.string().min(1).transform((s) => s.toLowerCase()));

/** `rules/<lang>/deid-pattern-cues.yaml`. */
export const PatternCuesSchema = z
  .object({
    language: z.string(),
    version: z.string(),
    phone: z
      .object({
        cues: words.min(1),
        window: z.number().int().positive().max(120),
        bracketNotAfter: words,
        lineEndAfter: words.optional(),
        extensionNotAfter: words.default([]),
        spacedNotAfter: words.default([]),
        spacedUnitsAfter: words.default([]),
      })
      .strict(),
    recordNumber: z
      .object({ minDigits: z.number().int().min(6).max(20), maxDigits: z.number().int().min(6).max(20), notAfter: words })
      .strict()
      .refine((r) => r.minDigits <= r.maxDigits, { message: 'minDigits must not exceed maxDigits', path: ['minDigits'] }),
    bareAge: z.object({ notAfter: words, persons: words.default([]), nameNot: words.default([]) }).strict(),
    yearEvents: z.object({ words: words.min(1), joiners: words, lifeEvents: words, untilLife: words.default([]) }).strict(),
    localPhone: z.object({ minRatio: z.number().min(1).max(100), rangeStep: z.number().int().min(1).max(1000), notAfter: words, unitsAfter: words }).strict(),
    idLabels: z.object({ strong: words.min(1), weak: words, short: words.default([]) }).strict(),
    alnumIds: z.object({ notPrefix: words }).strict(),
    rooms: z.object({ labels: words.min(1), marked: words, unitsAfter: words, wards: words.default([]), rowStatus: words.default([]) }).strict(),
    foreignDates: z.object({ months: words, weekdays: words }).strict().optional(),
    obstetricYears: z.object({ outcomes: words.min(1), between: words }).strict().optional(),
    tableIds: z.object({ heads: words.min(1) }).strict().optional(),
  })
  .strict();
export type PatternCues = z.infer<typeof PatternCuesSchema>;

// An empty list never matches.
const alt = (ws: string[]) => cueAlternation(ws) || '(?!)';

/** The cue lists compiled once. */
export interface CompiledPatternCues {
  phoneCue: RegExp;
  phoneWindow: number;
  bracketNotAfter: RegExp;
  /** A reading's name (and an optional ":", "=" or "#") ending the text before a spaced "ddd dddd": a value, not a phone. */
  spacedNotAfter: RegExp;
  /** A unit opening the text after a spaced "ddd dddd". */
  spacedUnitAfter: RegExp;
  /** Words after which "x400" is a magnification or a count, not an extension. */
  extensionNotAfter: ReadonlySet<string>;
  /** A credential after a comma, or a word of ordering or paging before a name, earlier on a line that a pager closes. */
  lineEndPagerCue: RegExp;
  recordMin: number;
  recordMax: number;
  recordNotAfter: RegExp;
  ageNotAfter: ReadonlySet<string>;
  /** A person word, then up to two name words (groups 1 and 2), ending the text before an age's link. */
  agePerson: RegExp;
  /** A person word ending the text ("wife of pt"). */
  agePersonLast: RegExp;
  /** Words that never stand as a name between the person word and the age. */
  ageNameNot: ReadonlySet<string>;
  /** "last tetanus 1998", "quit 2008": an event word (and joiners) right before a year. */
  yearEventBefore: RegExp;
  /** A word of a habit, work or residence earlier on a line: "until 2002" there is a year. */
  untilLife: RegExp;
  localPhoneRatio: number;
  /** The step a range's upper end is written in ("900-1300"): a number off it ends a phone ("555-1472"). */
  localPhoneStep: number;
  localPhoneNotAfter: RegExp;
  localPhoneUnitAfter: RegExp;
  /** A strong identifier label ending the text before a code; a weak one (an ordinary word too). */
  idLabelStrong: RegExp;
  idLabelWeak: RegExp;
  /** A label whose numbers may have three digits alone ("badge 768", "Site 452", "License #915"), ending the text before the code or its "#". */
  idLabelShort: RegExp;
  /**
   * The characters (lower case) the text before a code can end with, blanks aside, when a label of
   * either list ends it; empty when that cannot be told (a label ending in a letter beyond ASCII).
   */
  idLabelEnds: string;
  alnumNotPrefix: ReadonlySet<string>;
  /** Heads of a bar table's column of identifiers ("ID", "Badge #"), lower case, without a closing colon or dot. */
  tableIdHeads: ReadonlySet<string>;
  /** A room label (or a marked one with its colon or "#") ending the text before a room number. */
  roomLabel: RegExp;
  /** What a room label match can end with (see {@link CompiledPatternCues.idLabelEnds}). */
  roomLabelEnds: string;
  /** A unit or count word right after a number: no room then. */
  roomUnitAfter: RegExp;
  /** Whether a text holds a room label at all (the pattern's cheap pre-test). */
  roomAny: RegExp;
  /** Ward words written before a room ("SDU-427", "9 Med 316A"). */
  roomWards: ReadonlySet<string>;
  /** Words of a sign-out row's status where a name would stand ("408B: empty"). */
  roomRowStatus: ReadonlySet<string>;
  /** The phone cue words of five or more letters, for a cue word written with one typo ("peger"). */
  phoneCueWords: readonly string[];
  /** A phone cue word, a doctor's title and one or two name words ending the text before a bracket. */
  clinicianCalled: RegExp;
  /** "el 3 de noviembre", "lunes 27 de octubre de 2025": a day, "de" and a month of another language, a weekday before. */
  foreignDate: RegExp;
  /**
   * The pattern's cheap pre-test: "de" between blanks, which every {@link foreignDate} holds. A
   * case-blind alternation of month names costs more than the rare full match it saves.
   */
  foreignDateHint: RegExp;
  /** "2017 - LTCS", "2014 term NSVD", "2016 (39 wks) SVD": a pregnancy outcome opening the text after a year. */
  obstetricAfterYear: RegExp;
  /** "SAB 2016", "C-section in 2019", "SABs x2 (2015, ": a pregnancy outcome ending the text before a year. */
  obstetricBeforeYear: RegExp;
}

/** Compiles a cue document (exported for tests that give the engine their own lists). */
export function compilePatternCues(c: PatternCues): CompiledPatternCues {
  const joiners = c.yearEvents.joiners.map((j) => (/^[a-z]/.test(j) ? `${escapeCueWord(j)}\\b` : escapeCueWord(j)));
  return {
    phoneCue: new RegExp(`(?:^|[^a-z0-9])(?:${alt(c.phone.cues)})(?![a-z])`, 'i'),
    phoneWindow: c.phone.window,
    extensionNotAfter: new Set(c.phone.extensionNotAfter),
    spacedNotAfter: new RegExp(`(?:^|[^a-z])(?:${alt(c.phone.spacedNotAfter)})[ \\t]*[:=#]?[ \\t]*$`, 'i'),
    spacedUnitAfter: new RegExp(`^[ \\t]*(?:${alt(c.phone.spacedUnitsAfter)})(?![a-z])`, 'i'),
    lineEndPagerCue: new RegExp(`(?:,[ \\t]*|\\b)(?:${alt(c.phone.lineEndAfter ?? []) || '(?!)'})\\b`, 'i'),
    bracketNotAfter: new RegExp(`(?:^|[^a-z0-9])(?:${alt(c.phone.bracketNotAfter)})[ \\t]*:?[ \\t]*$`, 'i'),
    recordMin: c.recordNumber.minDigits,
    recordMax: c.recordNumber.maxDigits,
    recordNotAfter: new RegExp(`(?:^|[^a-z0-9])(?:${alt(c.recordNumber.notAfter)})[ \\t]*[:=]?[ \\t]*$`, 'i'),
    ageNotAfter: new Set(c.bareAge.notAfter),
    agePersonLast: new RegExp(`(?:^|[^\\p{L}'’])(?:${alt(c.bareAge.persons)})$`, 'iu'),
    agePerson: new RegExp(`(?:^|[^\\p{L}'’])(?:${alt(c.bareAge.persons)})(?:[ \\t]+([\\p{L}][\\p{L}'’-]*))?(?:[ \\t]+([\\p{L}][\\p{L}'’-]*))?$`, 'iu'),
    ageNameNot: new Set([...c.bareAge.notAfter, ...c.bareAge.nameNot]),
    yearEventBefore: new RegExp(`(?:^|[^a-z0-9])(?:${alt([...c.yearEvents.words, ...c.yearEvents.lifeEvents])})(?:[ \\t]*(?:${joiners.join('|') || '(?!)'}))*[ \\t]*$`, 'i'),
    untilLife: new RegExp(`(?:^|[^a-z0-9])(?:${alt(c.yearEvents.untilLife)})(?![a-z])`, 'i'),
    localPhoneRatio: c.localPhone.minRatio,
    localPhoneStep: c.localPhone.rangeStep,
    localPhoneNotAfter: new RegExp(`(?:^|[^a-z0-9])(?:${alt(c.localPhone.notAfter)})[ \\t]*[:=]?[ \\t]*(?:of[ \\t]+|at[ \\t]+)?$`, 'i'),
    localPhoneUnitAfter: new RegExp(`^[ \\t]*(?:${alt(c.localPhone.unitsAfter)})(?![a-z])`, 'i'),
    idLabelStrong: idLabel(c.idLabels.strong.filter((w) => !c.idLabels.weak.includes(w))),
    idLabelWeak: idLabel(c.idLabels.weak),
    idLabelShort: idLabel(c.idLabels.short),
    idLabelEnds: labelEnds([...c.idLabels.strong, ...c.idLabels.weak, ...c.idLabels.short]),
    alnumNotPrefix: new Set(c.alnumIds.notPrefix),
    tableIdHeads: new Set(c.tableIds?.heads ?? []),
    roomLabel: new RegExp(`(?:^|[^a-z0-9])(?:(?:${alt(c.rooms.labels)})\\.?(?:[ \\t]*(?:#|no\\.|no\\b|number\\b))?[ \\t]*:?|(?:${alt(c.rooms.marked) || '(?!)'})[ \\t]*(?:#[ \\t]*:?|:))[ \\t]*$`, 'i'),
    // A lookbehind where the label's own pattern has "start or a non-alphanumeric character": the
    // same texts pass (a text holds a label either way exactly when one stands at the start or
    // after such a character), and the guard scan can read the label words as its openings.
    roomAny: new RegExp(`(?<![a-z0-9])(?:${alt([...c.rooms.labels, ...c.rooms.marked])})\\.?[ \\t#:]*(?:no\\.?[ \\t]*|number[ \\t]*)?[a-z]?\\d`, 'i'),
    roomLabelEnds: labelEnds([...c.rooms.labels, ...c.rooms.marked]),
    roomUnitAfter: new RegExp(`^[ \\t]*(?:${alt(c.rooms.unitsAfter) || '(?!)'})(?![a-z])`, 'i'),
    roomWards: new Set(c.rooms.wards),
    roomRowStatus: new Set(c.rooms.rowStatus),
    phoneCueWords: c.phone.cues.filter((w) => /^[a-z]{5,}$/.test(w)),
    foreignDate: new RegExp(
      `(?<![\\p{L}\\d])(?:(?:${alt(c.foreignDates?.weekdays ?? [])}),?[ \\t]+)?(?:0?[1-9]|[12]\\d|3[01])[ \\t]+de[ \\t]+(?:${alt(c.foreignDates?.months ?? [])})(?:[ \\t]+del?[ \\t]+(?:19|20)\\d{2})?(?![\\p{L}\\d])`,
      'giu',
    ),
    foreignDateHint: /[ \t]de[ \t]/i,
    obstetricAfterYear: new RegExp(
      `^[ \\t]*(?:[-–—:,;)(\\]]+[ \\t]*)?(?:\\d{2}(?:\\+\\d)?[ \\t]*(?:w|wk|wks|weeks?)\\b[ \\t]*[,(]?[ \\t]*|(?:${alt(c.obstetricYears?.between ?? []) || '(?!)'})\\b[ \\t]*[,-]?[ \\t]*)*(?:${alt(c.obstetricYears?.outcomes ?? [])})(?![a-z0-9])`,
      'i',
    ),
    obstetricBeforeYear: new RegExp(
      `(?:^|[^a-z0-9])(?:${alt(c.obstetricYears?.outcomes ?? [])})(?:[ \\t]*x[ \\t]*\\d)?[ \\t]*(?:in[ \\t]+|[-:,(][ \\t]*|\\((?:(?:19|20)\\d\\d[ \\t]*,[ \\t]*)+)?$`,
      'i',
    ),
    clinicianCalled: new RegExp(`(?:^|[^a-z0-9])(?:${alt(c.phone.cues)})[ \\t]+(?:dr|doctor)\\.?[ \\t]+[a-z][a-z'’-]*\\.?(?:[ \\t]+[a-z][a-z'’-]*\\.?){0,2}[ \\t]*$`, 'i'),
  };
}

// A label, then an optional number word or mark, a colon, "is": group 1 holds the mark when there is one.
const idLabel = (ws: string[]) =>
  new RegExp(`(?:^|[^a-z0-9])(?:${alt(ws)})\\.?(?:[ \\t]*(#|no\\.|no\\b|num\\b|number\\b|id\\b))?[ \\t]*([:#])?[ \\t]*(?:is[ \\t]+)?$`, 'i');

// What an {@link idLabel} match ends with before its trailing blanks: a label's last character, the
// dot after it, a mark ("#", "no.", "no", "num", "number", "id"), the colon, or "is".
const labelEnds = (ws: string[]) => {
  const last = ws.map((w) => w.trimEnd().slice(-1).toLowerCase());
  if (last.some((ch) => ch === '' || ch.charCodeAt(0) >= 128)) return '';
  return [...new Set([...last, '.', '#', ':', 'o', 'm', 'r', 'd', 's'])].join('');
};

/**
 * Whether `before` may end with an identifier label (see {@link CompiledPatternCues.idLabelEnds}):
 * its last character that is no white space is one a label match ends with. Every code-like token
 * of a report is asked, most with a number or a word no label ends with right before them, so this
 * spares the two label regexes (which try every position of the line before).
 */
function mayEndWithLabel(before: string, ends: string): boolean {
  if (ends === '') return true;
  let j = before.length - 1;
  let c = 0;
  for (; j >= 0; j--) {
    c = before.charCodeAt(j);
    if (c === 32 || c === 9) continue;
    // White space as `\s` has it: tab to carriage return, and the rare ones beyond ASCII.
    if ((c < 128 && (c < 10 || c > 13)) || !/\s/.test(before[j]!)) break;
  }
  if (j < 0) return false;
  // A character beyond ASCII never matches an ASCII one under the labels' case-insensitive flag.
  return c < 128 && ends.includes(String.fromCharCode(c >= 65 && c <= 90 ? c + 32 : c));
}

let shipped: CompiledPatternCues | undefined;
/** The shipped cues (loaded and compiled once). */
export function patternCues(): CompiledPatternCues {
  shipped ??= compilePatternCues(readDeidRules(path.join(deidRulesDir(), 'deid-pattern-cues.yaml'), PatternCuesSchema));
  return shipped;
}

/** The text of the match's line before it, at most `n` characters. */
function lineBefore(m: RegExpExecArray, n: number): string {
  const s = m.input.slice(Math.max(0, m.index - n), m.index);
  const nl = s.lastIndexOf('\n');
  return nl >= 0 ? s.slice(nl + 1) : s;
}

/**
 * "Called Dr. Ames (48213) at 0400", "paged dr Ruiz (5521)": four or five digits alone in brackets
 * right after a called or paged doctor's name are the number reached.
 */
export function clinicianPager(m: RegExpExecArray): boolean {
  return patternCues().clinicianCalled.test(lineBefore(m, 48));
}

/**
 * "Ana Ruiz, RN BSN  device clinic  25176", "ordered by C. Salazar 11160": five digits closing a
 * line after a staff credential or an ordering / paging word earlier on it are the person's pager.
 */
export function lineEndPager(m: RegExpExecArray): boolean {
  return patternCues().lineEndPagerCue.test(lineBefore(m, 80));
}

/** "call unit 5-3005", "ring my secretary on 555-0134": a phone word earlier on the line, or "peger 3-3512" (one typo) right before. */
export function phoneCueOnLine(m: RegExpExecArray): boolean {
  const c = patternCues();
  const before = lineBefore(m, c.phoneWindow);
  if (c.phoneCue.test(before)) return true;
  const last = /([a-z]+)[ \t]*[:#]?[ \t]*$/i.exec(before)?.[1]?.toLowerCase();
  return last !== undefined && last.length >= 4 && c.phoneCueWords.some((w) => oneEditApart(last, w));
}

/** Whether `a` and `b` differ by one inserted, deleted or replaced letter, or two swapped neighbours. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * "NOK PHAM, TAMMY 615-0955": a local number ddd-dddd with no phone word, unless it reads as a
 * range of readings (upper end under `minRatio` times the lower, not zero-padded), follows a
 * reading word or comes before a unit.
 */
export function localPhone(m: RegExpExecArray): boolean {
  const c = patternCues();
  const [a, b] = [m[1] ?? '', m[2] ?? ''];
  const x = Number(a);
  const y = Number(b);
  if (!b.startsWith('0') && y >= x && y < c.localPhoneRatio * x && y % c.localPhoneStep === 0) return false;
  if (c.localPhoneUnitAfter.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 12))) return false;
  return !c.localPhoneNotAfter.test(lineBefore(m, 32));
}

/** The number of ASCII digits in `s` (what `\d` matches), counted in place: this runs for every code-like token. */
function digitsIn(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

/**
 * "badge 26509", "cms cert # 93A6970", "Job# 74717": a code right after an identifier label. After a
 * weak label (also an ordinary word: "case", "report") it needs a mark, five digits or a letter; a
 * bare four-digit 19xx/20xx value needs a mark after any label (a year or a clock time otherwise).
 */
export function labelledId(m: RegExpExecArray): boolean {
  const c = patternCues();
  const code = m[1] ?? m[0];
  const digits = digitsIn(code);
  const letters = /[a-z]/i.test(code);
  if (digits < 3) return false;
  const before = lineBefore(m, 40);
  if (!mayEndWithLabel(before, c.idLabelEnds)) return false;
  // Three digits alone only after a short-number label, and not a quantity ("site 150 mL": rooms' units).
  if (!letters && digits < 4) return /^\d{3}$/.test(code) && c.idLabelShort.test(before) && !c.roomUnitAfter.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 12));
  const strong = c.idLabelStrong.exec(before);
  const label = strong ?? c.idLabelWeak.exec(before);
  if (!label) return false;
  const marked = label[1] !== undefined || label[2] !== undefined;
  if (!marked && /^(?:19|20)\d\d$/.test(code)) return false;
  return strong !== null || marked || digits >= 5 || letters;
}

/**
 * "Policy no. HXK 447 221", "Member ID: XGW 883 221 904": an identifier written in groups parted by
 * single blanks, six digits or more in all, right after a strong identifier label. A weak label
 * (an ordinary word too) is not enough for a code that a blank could join to the next number.
 */
export function spacedLabelledId(m: RegExpExecArray): boolean {
  const c = patternCues();
  if (digitsIn(m[0]) < 6) return false;
  const before = lineBefore(m, 40);
  return mayEndWithLabel(before, c.idLabelEnds) && c.idLabelStrong.test(before);
}

/**
 * "rm 724b", "ROOM 221B", "Exam Rm 9", "LOC: 505": a room, bed or bay number right after its label
 * (rules/<lang>/deid-pattern-cues.yaml, rooms), not followed by a unit or count word.
 */
export function roomNumber(m: RegExpExecArray): boolean {
  const c = patternCues();
  const before = lineBefore(m, 24);
  if (!mayEndWithLabel(before, c.roomLabelEnds) || !c.roomLabel.test(before)) return false;
  return !c.roomUnitAfter.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 12));
}

/**
 * "#e3131417", "#635-72-55": a code after "#" with five digits, or four and a letter; not a range
 * ("#34-40"). Three or four digits after a short-number label ("badge #788", "donor #P725").
 */
export function hashId(m: RegExpExecArray): boolean {
  const code = m[1] ?? '';
  const digits = digitsIn(code);
  if (/^\d{1,3}-\d{1,3}$/.test(code)) return false;
  if (digits >= 5 || (digits >= 4 && /[a-z]/i.test(code))) return true;
  // "badge #788", "Licensed Audiologist #915"? Only after a short-number label: "room #212" is no id.
  return /^[a-z]?\d{3,4}$/i.test(code) && patternCues().idLabelShort.test(lineBefore(m, 40));
}

/** "e3131417", "62Y039997": letters glued to digits, unless the letters make a count or a lab ("x100000", "2x10000", "plt150000"). */
export function alnumId(m: RegExpExecArray): boolean {
  if (m[0].includes('-')) return true;
  const letters = /[a-z]+/i.exec(m[0])?.[0]?.toLowerCase() ?? '';
  return !patternCues().alnumNotPrefix.has(letters);
}

/**
 * "ICU RN R. GILL X 768", "dietitian notified x448", "(Gunnar Fox, MSW, X851)": "x" and three or four
 * digits right after a word that is no magnification or count word (deid-pattern-cues.yaml
 * phone.extensionNotAfter), and before none of those words (a unit, "tabs").
 */
export function wordExtension(m: RegExpExecArray): boolean {
  // The match is the digits; the word stands before the "x".
  const word = /([a-z][a-z.'’/-]*)[ \t,]*x[ \t]?$/i.exec(lineBefore(m, 32))?.[1]?.replace(/\.$/, '').toLowerCase();
  const not = patternCues().extensionNotAfter;
  if (word === undefined || not.has(word)) return false;
  const next = /^[ \t]*([a-z]+)/i.exec(m.input.slice(m.index + m[0].length, m.index + m[0].length + 16))?.[1]?.toLowerCase();
  // "x 600 x 12 breaths": a chain of products (ventilator settings, dimensions), not an extension.
  if (/^[ \t]*x[ \t]*\d/i.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 8))) return false;
  return next === undefined || !not.has(next);
}

/** "(7-1234)": an extension alone in brackets, not a range after "range" or "titer". */
export function bracketExtension(m: RegExpExecArray): boolean {
  return !patternCues().bracketNotAfter.test(lineBefore(m, 24));
}

const YEAR = /^(?:19|20)\d{2}$/;

/**
 * "12-34-567", "159-82-94", "06-27366": hyphen-joined digit groups that hold minDigits–maxDigits digits and are not a date
 * (month-day-year), a phone number (3-3-4), an SSN (3-2-4) or a rising range of readings of one magnitude.
 */
export function recordNumber(m: RegExpExecArray): boolean {
  const c = patternCues();
  const groups = m[0].split('-');
  const lengths = groups.map((g) => g.length).join('-');
  const digits = groups.join('').length;
  if (digits < c.recordMin || digits > c.recordMax || lengths === '3-3-4' || lengths === '3-2-4') return false;
  const n = groups.map(Number);
  if (YEAR.test(groups[2] ?? '') && n[0]! >= 1 && n[0]! <= 31 && n[1]! >= 1 && n[1]! <= 31) return false;
  // "110-120-135": readings that rise within one order of magnitude are a range; "130-80-70" falling ones too.
  // Readings are not zero-padded ("430-86-052" is a number).
  const padded = groups.some((g) => g.startsWith('0'));
  if (!padded && n.every((x, i) => i === 0 || (x > n[i - 1]! && x < 10 * n[0]!))) return false;
  if (!padded && n.every((x, i) => i === 0 || (x < n[i - 1]! && 10 * x > n[0]!))) return false;
  // "rate 10-600-50%": a ventilator or drip setting.
  if (m.input[m.index + m[0].length] === '%') return false;
  return !c.recordNotAfter.test(lineBefore(m, 24));
}

/** "Ana Silva, 94,": neither word of the two-word name before the number is a vital sign or reading word. */
export function bareAgeAfterName(m: RegExpExecArray): boolean {
  const c = patternCues();
  return ![m[1], m[2]].some((w) => c.ageNotAfter.has((w ?? '').toLowerCase()));
}

// The link between a person and an age after it: a bracket or comma, or a verb ("who is", "is", "'s", "turned").
const AGE_LINK = /(?:[ \t]*\(|,[ \t]*|[ \t]*:[ \t]*|(,?[ \t]+who[ \t]+is|'s|’s|[ \t]+is|[ \t]+turned)[ \t]+)$/i;
// The person words a colon may link to an age ("Grandmother: 95,"): not the patient's ("pt: 95," is a reading's value).
const COLON_PERSON_NOT = /^(?:pt|patient|he|she)$/i;
// After an age in brackets or between commas: the bracket or comma that closes it.
const AGE_CLOSED = /^[ \t]*[),]/;
// A short bracketed aside ending the text before an age's link: "Pt (PO)", "mother (Ines)".
const AGE_ASIDE = /[ \t]*\([^()\n]{1,16}\)$/;
// After an age linked by a verb: the end of the phrase (a comma, "and", a stop or the line end; "last" of "turned 104 last month").
const AGE_PHRASE_END = /^(?:[ \t]*(?:[,;]|\.(?!\d)|\r?\n|$)|[ \t]+(?:and|last|this|on|years?|yrs?|yo)\b)/i;

/**
 * "mother Ines (102)", "husband Raul, 94, is frail", "her father, who is 101 and", "pt turned 104
 * last month", "Grandmother: 95, lives nearby": a number from 90 to 119 after a person word and up to two name words
 * (deid-pattern-cues.yaml, bareAge.persons). After a verb no name word but a capitalised one stands
 * between ("pt's temp is 99." is a reading), and the phrase ends after the number.
 */
export function ageAfterPerson(m: RegExpExecArray): boolean {
  const c = patternCues();
  const before = lineBefore(m, 64);
  const link = AGE_LINK.exec(before);
  if (!link) return false;
  const end = m.index + m[0].length;
  const after = m.input.slice(end, end + 12);
  const verb = link[1] !== undefined;
  if (!(verb ? AGE_PHRASE_END : AGE_CLOSED).test(after)) return false;
  // A bracketed aside after the person ("Pt (PO) is 100 and", "mother (Ines) is 96,") is passed over.
  const tail = before.slice(0, link.index).replace(AGE_ASIDE, '');
  const person = c.agePerson.exec(tail);
  if (!person) return false;
  if (link[0].includes(':') && COLON_PERSON_NOT.test(/[\p{L}'’-]+/u.exec(person[0].replace(/^[^\p{L}]+/u, ''))?.[0] ?? '')) return false;
  let names = [person[1], person[2]].filter((w): w is string => w !== undefined);
  // "wife of pt is 94 and": the words after the first person are no name, but the last word is a person itself.
  if (names.some((w) => c.ageNameNot.has(w.toLowerCase()))) {
    if (!c.agePersonLast.test(tail) || (link[0].includes(':') && COLON_PERSON_NOT.test(/[\p{L}'’-]+$/u.exec(tail)?.[0] ?? ''))) return false;
    names = [];
  }
  // "pt is 98" links the person itself; "mother Ines is 102" a capitalised name.
  return !verb || names.every((w) => /^\p{Lu}/u.test(w));
}

// What stands before a year that opens an item of an obstetric history: the line start, a list mark
// or number, a stop, a bracket, G/P notation or a pregnancy word.
const OBSTETRIC_ITEM_START = /(?:^|[;,(:.]|#\d+|\b(?:pregnancy|pregnancies|gravida|para|g\d+|p\d+|g\d+[ \t]*p\d+|\d{1,2}[.)]|ob|hx|history|and|then))[ \t]*(?:[-–—•*][ \t]*)?$/i;

/**
 * "2017 - LTCS for breech", "2014 term NSVD", "SAB 2016", "SABs x2 (2015, 2016)": a year right
 * before or after a pregnancy outcome (deid-pattern-cues.yaml obstetricYears). `clockCue` is the
 * caller's test of a time cue ending the line before ("delivered at 2015 SVD" is a clock time).
 */
export function obstetricYear(m: RegExpExecArray, clockCue: RegExp): boolean {
  const c = patternCues();
  const before = lineBefore(m, 48);
  if (clockCue.test(before)) return false;
  const end = m.index + m[0].length;
  if (c.obstetricBeforeYear.test(before)) return true;
  // Before an outcome, the year opens an item of the history ("1) 2013 - NSVD", "G4P3013. 2012 NSVD",
  // "Pregnancy #3: 2019 CS"); after a date or a word it is the clock time of a delivery ("DELIVERY
  // 3/2/26 1914, SVD").
  return OBSTETRIC_ITEM_START.test(before) && c.obstetricAfterYear.test(m.input.slice(end, end + 48));
}

/** "SMOKED 2 PPD UNTIL 2002", "worked at the mill until 2015": "until" a year, on a line about a habit, work or residence. */
export function yearUntilLife(m: RegExpExecArray): boolean {
  const before = lineBefore(m, 80);
  // The line's clause up to "until": "NPO until 2000; smoked as a teen" does not date the smoking.
  return patternCues().untilLife.test(before.slice(Math.max(before.lastIndexOf(';'), before.lastIndexOf('. ')) + 1));
}

/** "last tetanus 1998", "colonoscopy in 2015": a year right after an event dated by the year. */
export function yearAfterEvent(m: RegExpExecArray): boolean {
  return patternCues().yearEventBefore.test(lineBefore(m, 48));
}
