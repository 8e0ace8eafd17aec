// Numbers in shapes the pattern layer does not read (issue 11, session 26), as a layer of their own:
//  - a phone number read digit by digit by speech recognition: "call back number 6 7 0 8 2 2 0 6 8 0";
//  - a date read as three numbers after a time word: "admitted on 11 12 24", "seen today 6 23 26";
//  - a month and an ordinal word: "labs on january fifteenth", "last one was september first";
//  - a date or phone number whose digits OCR read as look-alike letters: "2/22/2O21", "4S3.886.482l",
//    "+1 349 963 3SS3": the run is read with the letters as digits and the pattern layer asked;
//  - a pager of five digits, or four that are no clock time, after "at" on a paging line: "page the
//    resident at p18850", "paged Dr. Ames at 6381".
// Words and letters are data (rules/en/deid-number-shapes.yaml).
import { z } from 'zod';
import { shippedDeidRules } from './rules/deid-rules.js';
import { CLOCK_TIME } from './month-day.js';
import { cueAlternation } from './rules/word-alternation.js';
import { detectPatterns } from './patterns.js';
import { patternCues } from './pattern-cues.js';
import { allMatches } from './regex-matches.js';
import { AnchoredRegex } from './keyword-anchors.js';
import type { PhiSpan } from './phi-span.js';

const words = z.array(z.string().min(1).regex(/^[^A-Z]*$/, 'lower case'));

/** The schema of `rules/<lang>/deid-number-shapes.yaml`. */
export const NumberShapesSchema = z
  .object({
    language: z.string().min(2),
    version: z.string().min(1),
    spokenDigits: z.object({ lengths: z.array(z.number().int().min(7).max(15)).min(1) }).strict(),
    spokenDigitWords: z
      .object({ words: words.min(10), lengths: z.array(z.number().int().min(10).max(15)).min(1), cuedLengths: z.array(z.number().int().min(7).max(15)) })
      .strict()
      .optional(),
    spokenDates: z.object({ cues: words.min(1), months: words.length(12), ordinals: words.min(1) }).strict(),
    ocrDigits: z
      .object({ letters: z.record(z.string().regex(/^[A-Za-z]$/), z.string().regex(/^\d$/)), minDigits: z.number().int().min(2).max(8) })
      .strict(),
    pagers: z.object({ cues: words.min(1), window: z.number().int().positive().max(200) }).strict(),
  })
  .strict();
export type NumberShapes = z.infer<typeof NumberShapesSchema>;

const load = shippedDeidRules('deid-number-shapes.yaml', NumberShapesSchema);
/** The shipped number shapes (loaded once). */
export function numberShapes(): NumberShapes {
  return load();
}

interface Compiled {
  digits: RegExp;
  /** Digit words a blank, comma or hyphen apart, as many as a phone number has (group 1: a run that needs a phone word before it). */
  digitWords: RegExp;
  /** Two digit words in a row: the cheap test a text without a spoken word number fails (tried at the digit words only). */
  digitWordPair: AnchoredRegex;
  spokenDate: RegExp;
  /** Run at the month words only: every match starts at a whole letter run that is a month. */
  monthOrdinal: AnchoredRegex;
  cueBefore: RegExp;
  ocrLetters: ReadonlyMap<string, string>;
  ocrRun: RegExp;
  /** Each ASCII character's part in an OCR run: {@link OCR_DIGIT}, {@link OCR_LETTER}, {@link OCR_MARK} or 0 (none). */
  ocrClass: Uint8Array;
  /** Run at "at" and "@" only: every match starts at one. */
  pager: AnchoredRegex;
  pagerCue: RegExp;
}
let compiled: Compiled | undefined;
function rules(): Compiled {
  if (compiled) return compiled;
  const d = numberShapes();
  const lengths = [...d.spokenDigits.lengths].sort((a, b) => b - a);
  const letters = Object.keys(d.ocrDigits.letters).join('');
  compiled = {
    // Single digits one blank apart, no digit right before or after the run.
    digits: new RegExp(`(?<![\\d.,/:-][ \\t]?|\\d)(?:${lengths.map((n) => `\\d(?: \\d){${n - 1}}`).join('|')})(?![ \\t]?\\d|[.,/:-]\\d)`, 'g'),
    digitWords: digitWordRuns(d),
    digitWordPair: new AnchoredRegex(
      new RegExp(`(?<![A-Za-z])(?:${cueAlternation(d.spokenDigitWords?.words ?? [])})[ \\t]*[,-]?[ \\t]+(?:${cueAlternation(d.spokenDigitWords?.words ?? [])})(?![A-Za-z])`, 'gi'),
      d.spokenDigitWords?.words ?? [],
    ),
    // Month (1-12), day (1-31), year (two or four digits), one blank apart, nothing numeric on either side.
    spokenDate: /(?<![\d.,/:-][ \t]?|\d)(?:0?[1-9]|1[0-2]) (?:0?[1-9]|[12]\d|3[01]) (?:\d{2}|(?:19|20)\d{2})(?![ \t]?\d|[.,/:%-]\d|[ \t]*(?:%|mg|ml|mm|cm|kg|units?\b))/g,
    monthOrdinal: new AnchoredRegex(
      new RegExp(`(?<![A-Za-z])(${cueAlternation(d.spokenDates.months, '[ \\t]+')})[ \\t]+(?:the[ \\t]+)?(?:${cueAlternation(d.spokenDates.ordinals, '[ \\t-]+')})(?![A-Za-z-])`, 'gi'),
      d.spokenDates.months,
    ),
    cueBefore: new RegExp(`(?:^|[^A-Za-z])(?:${cueAlternation(d.spokenDates.cues, '[ \\t]+')})[ \\t]*:?[ \\t]+$`, 'i'),
    ocrLetters: new Map(Object.entries(d.ocrDigits.letters)),
    // A run of digits, date and phone marks and look-alike letters, between blanks or brackets.
    // Not after an apostrophe ("ABG'S7": a plural's "S").
    ocrRun: new RegExp(`(?<![A-Za-z0-9'’])[+(]?[0-9${letters}][0-9${letters}()./:-]*[0-9${letters})](?![A-Za-z0-9])`, 'g'),
    ocrClass: ocrClasses(letters),
    pager: new AnchoredRegex(/(?<![\w.-])(?:at|@)[ \t]+(p?\d{4,5})(?![\w-]|[.,]\d)/gi, ['at'], '@'),
    pagerCue: new RegExp(`(?:^|[^A-Za-z])(?:${cueAlternation(d.pagers.cues, '[ \\t]+')})(?![A-Za-z])`, 'i'),
  };
  return compiled;
}

const OCR_DIGIT = 1;
const OCR_LETTER = 2;
const OCR_MARK = 3;

/** The {@link Compiled.ocrClass} table of the look-alike `letters` (ASCII letters, per the schema). */
function ocrClasses(letters: string): Uint8Array {
  const t = new Uint8Array(128);
  for (let c = 48; c <= 57; c++) t[c] = OCR_DIGIT;
  for (const ch of '()./:-') t[ch.charCodeAt(0)] = OCR_MARK;
  for (const ch of letters) t[ch.charCodeAt(0)] = OCR_LETTER;
  return t;
}

/**
 * Whether a digit and a look-alike letter stand with only run characters (digits, such letters and
 * the marks `()./:-`) between them, in either order: every run read holds one (a run is such
 * characters, after a "+" at most), so a text without one has none. That is: some maximal stretch
 * of run characters holds both a digit and such a letter. One pass over the char codes: as an
 * expression (a digit, run characters, a letter, or the reverse) the engine tries each digit and
 * each "o", "s" or "l" of the prose, and backtracks over the run after it.
 */
function hasMixedRun(text: string, cls: Uint8Array): boolean {
  let digit = false;
  let letter = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const k = c < 128 ? cls[c]! : 0;
    if (k === 0) {
      digit = false;
      letter = false;
    } else if (k === OCR_DIGIT) {
      if (letter) return true;
      digit = true;
    } else if (k === OCR_LETTER) {
      if (digit) return true;
      letter = true;
    }
  }
  return false;
}

/**
 * "five five five, one two three, four five six seven": digit words a blank, comma or hyphen apart,
 * a run of one of the lengths alone (group 2), or of one of the cued lengths (group 1: a phone word
 * must stand before it); longest first, never inside a longer run of digit words.
 */
function digitWordRuns(d: NumberShapes): RegExp {
  const w = d.spokenDigitWords;
  if (!w) return /(?!)/g;
  const word = `(?:${cueAlternation(w.words)})`;
  const run = (n: number) => `${word}(?:[ \\t]*[,-]?[ \\t]+${word}){${n - 1}}`;
  const longest = (ns: number[]) => [...ns].sort((a, b) => b - a).map(run).join('|');
  const alone = longest(w.lengths);
  const cued = longest(w.cuedLengths) || '(?!)';
  const edge = `(?![A-Za-z]|[ \\t]*[,-]?[ \\t]+${word}(?![A-Za-z]))`;
  return new RegExp(`(?<![A-Za-z])(?<!${word}[ \\t]*[,-]?[ \\t]+)(?:(${alone})|(${cued}))${edge}`, 'gi');
}

const lineBefore = (text: string, at: number, max: number) => {
  const from = Math.max(0, at - max);
  const nl = text.lastIndexOf('\n', at - 1);
  return text.slice(Math.max(from, nl + 1), at);
};

/** Whether a cue word of a spoken date ends right before `at` (on the same line). */
function cueBefore(text: string, at: number): boolean {
  return rules().cueBefore.test(lineBefore(text, at, 24));
}

/** "7 7 5 4 5 1 9 0 0 7": phone numbers read digit by digit. */
function spokenPhones(text: string, out: PhiSpan[]): void {
  for (const m of allMatches(rules().digits, text)) out.push({ start: m.index, end: m.index + m[0].length, category: 'PHONE', source: 'spoken-digits' });
}

/**
 * "call back at five five five, one two three, four five six seven": a phone number in digit words,
 * ten or eleven alone, seven after a phone word earlier on the line (deid-number-shapes.yaml).
 */
function spokenWordPhones(text: string, out: PhiSpan[]): void {
  const r = rules();
  if (!r.digitWordPair.test(text)) return;
  for (const m of allMatches(r.digitWords, text)) {
    if (m[1] === undefined && !patternCues().phoneCue.test(lineBefore(text, m.index, patternCues().phoneWindow))) continue;
    out.push({ start: m.index, end: m.index + m[0].length, category: 'PHONE', source: 'spoken-digit-words' });
  }
}

/** "on 9 16 23", "seen today 6 23 26": three numbers of a date after a time word. */
function spokenDates(text: string, out: PhiSpan[]): void {
  for (const m of allMatches(rules().spokenDate, text)) if (cueBefore(text, m.index)) out.push({ start: m.index, end: m.index + m[0].length, category: 'DATE', source: 'spoken-date' });
}

/** "january fifteenth", "on may first": a month and an ordinal word. */
function monthOrdinals(text: string, out: PhiSpan[]): void {
  for (const m of rules().monthOrdinal.matchAll(text)) {
    // "may" is a modal first: a month only after a time word ("on may first").
    if (m[1]!.toLowerCase() === 'may' && !cueBefore(text, m.index)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, category: 'DATE', source: 'spoken-date' });
  }
}

// A vertebral level or a range of them.
const SPINE_LEVELS = /^[CTLS]\d{1,2}(?:[-/][CTLS]?\d{1,2})?$/;

/**
 * The text with the look-alike letters of OCR runs read as digits ("2/22/2O21" as "2/22/2021"): a run of digits,
 * marks and such letters with at least `minDigits` real digits and no more letters than digits. Same length as the
 * text; `null` when no run holds such a letter.
 */
export function ocrDigitReading(text: string): { text: string; read: Uint8Array } | null {
  const r = rules();
  const min = numberShapes().ocrDigits.minDigits;
  // No run of the text holds both a digit and a letter: none is read (a cheap scan spares the runs' matches).
  if (!hasMixedRun(text, r.ocrClass)) return null;
  let chars: string[] | undefined;
  let read: Uint8Array | undefined;
  for (const m of allMatches(r.ocrRun, text)) {
    // A plural's "s" after a round number stays a letter ("200s", "1990s", "70s").
    const run = /0s$/.test(m[0]) ? m[0].slice(0, -1) : m[0];
    let digits = 0;
    let letters = 0;
    for (const ch of run) {
      if (ch >= '0' && ch <= '9') digits++;
      else if (r.ocrLetters.has(ch)) letters++;
    }
    // Spine levels are letters and digits by design ("L1-L4", "T12-L1", "C5-C6").
    if (letters === 0 || digits < min || letters > digits || SPINE_LEVELS.test(run)) continue;
    chars ??= [...text];
    read ??= new Uint8Array(text.length);
    for (let k = 0; k < run.length; k++) {
      const d = r.ocrLetters.get(run[k]!);
      if (d === undefined) continue;
      chars[m.index + k] = d;
      read[m.index + k] = 1;
    }
  }
  return chars && read ? { text: chars.join(''), read } : null;
}

// A character of two code units: where one stands, the reading's offsets would not be the text's.
const SURROGATE_PAIR = /[\uD800-\uDBFF][\uDC00-\uDFFF]/;

/** "2/22/2O21", "(626) 33S-4183": dates and phone numbers the pattern layer finds once look-alike letters are read as digits. */
function ocrNumbers(text: string, out: PhiSpan[]): void {
  // Only text of one code unit per character is read (the reading keeps offsets).
  if (!/[0-9]/.test(text) || SURROGATE_PAIR.test(text)) return;
  const reading = ocrDigitReading(text);
  if (!reading) return;
  // Longest first at each place: a span inside one kept is the same number read twice ("(413) 55S-2O17" and "55S-2O17").
  const spans = detectPatterns(reading.text).sort((a, b) => a.start - b.start || b.end - a.end);
  let keptEnd = -1;
  for (const s of spans) {
    if ((s.category !== 'DATE' && s.category !== 'PHONE') || s.end <= keptEnd) continue;
    let slipped = false;
    for (let k = s.start; k < s.end && !slipped; k++) slipped = reading.read[k] === 1;
    if (!slipped) continue;
    out.push({ start: s.start, end: s.end, category: s.category, source: 'ocr-digits' });
    keptEnd = s.end;
  }
}

/** Whether four digits read as a 24-hour clock time ("1309", "0400"): after "paged … at" that is when, not where. */
const FOUR_DIGIT_CLOCK = new RegExp(`^(?=\\d{4}$)${CLOCK_TIME}$`);
const clockTime = (digits: string) => FOUR_DIGIT_CLOCK.test(digits);

/**
 * "page the derm resident at p18850", "paged Dr. Ames at 6381": five digits, or four that are no
 * clock time, after "at" on a line that pages someone.
 */
function pagers(text: string, out: PhiSpan[]): void {
  const r = rules();
  const window = numberShapes().pagers.window;
  for (const m of r.pager.matchAll(text)) {
    if (clockTime(m[1]!) || !r.pagerCue.test(lineBefore(text, m.index, window))) continue;
    const start = m.index + m[0].length - m[1]!.length;
    out.push({ start, end: start + m[1]!.length, category: 'PHONE', source: 'pager-at' });
  }
}

/** The spans of the number shapes above in `text`, in text order. */
export function detectNumberShapes(text: string): PhiSpan[] {
  const out: PhiSpan[] = [];
  if (/\d \d/.test(text)) {
    spokenPhones(text, out);
    spokenDates(text, out);
  }
  if (/(?:first|second|third|th)(?![A-Za-z])/i.test(text)) monthOrdinals(text, out);
  spokenWordPhones(text, out);
  ocrNumbers(text, out);
  if (/\d{4}/.test(text)) pagers(text, out);
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}
