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
    phone: z.object({ cues: words.min(1), window: z.number().int().positive().max(120), bracketNotAfter: words }).strict(),
    recordNumber: z
      .object({ minDigits: z.number().int().min(6).max(20), maxDigits: z.number().int().min(6).max(20), notAfter: words })
      .strict()
      .refine((r) => r.minDigits <= r.maxDigits, { message: 'minDigits must not exceed maxDigits', path: ['minDigits'] }),
    bareAge: z.object({ notAfter: words }).strict(),
    yearEvents: z.object({ words: words.min(1), joiners: words }).strict(),
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
  recordMin: number;
  recordMax: number;
  recordNotAfter: RegExp;
  ageNotAfter: ReadonlySet<string>;
  /** "last tetanus 1998": an event word (and joiners) right before a year. */
  yearEventBefore: RegExp;
}

/** Compiles a cue document (exported for tests that give the engine their own lists). */
export function compilePatternCues(c: PatternCues): CompiledPatternCues {
  const joiners = c.yearEvents.joiners.map((j) => (/^[a-z]/.test(j) ? `${escapeCueWord(j)}\\b` : escapeCueWord(j)));
  return {
    phoneCue: new RegExp(`(?:^|[^a-z0-9])(?:${alt(c.phone.cues)})(?![a-z])`, 'i'),
    phoneWindow: c.phone.window,
    bracketNotAfter: new RegExp(`(?:^|[^a-z0-9])(?:${alt(c.phone.bracketNotAfter)})[ \\t]*:?[ \\t]*$`, 'i'),
    recordMin: c.recordNumber.minDigits,
    recordMax: c.recordNumber.maxDigits,
    recordNotAfter: new RegExp(`(?:^|[^a-z0-9])(?:${alt(c.recordNumber.notAfter)})[ \\t]*[:=]?[ \\t]*$`, 'i'),
    ageNotAfter: new Set(c.bareAge.notAfter),
    yearEventBefore: new RegExp(`(?:^|[^a-z0-9])(?:${alt(c.yearEvents.words)})(?:[ \\t]*(?:${joiners.join('|') || '(?!)'}))*[ \\t]*$`, 'i'),
  };
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

/** "call unit 5-3005", "ring my secretary on 555-0134": a phone word earlier on the line. */
export function phoneCueOnLine(m: RegExpExecArray): boolean {
  const c = patternCues();
  return c.phoneCue.test(lineBefore(m, c.phoneWindow));
}

/** "(7-1234)": an extension alone in brackets, not a range after "range" or "titer". */
export function bracketExtension(m: RegExpExecArray): boolean {
  return !patternCues().bracketNotAfter.test(lineBefore(m, 24));
}

const YEAR = /^(?:19|20)\d{2}$/;

/**
 * "12-34-567": hyphen-joined digit groups that hold minDigits–maxDigits digits and are not a date
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
  // "110-120-135": readings that rise within one order of magnitude are a range.
  if (n.every((x, i) => i === 0 || (x > n[i - 1]! && x < 10 * n[0]!))) return false;
  return !c.recordNotAfter.test(lineBefore(m, 24));
}

/** "Ana Silva, 94,": neither word of the two-word name before the number is a vital sign or reading word. */
export function bareAgeAfterName(m: RegExpExecArray): boolean {
  const c = patternCues();
  return ![m[1], m[2]].some((w) => c.ageNotAfter.has((w ?? '').toLowerCase()));
}

/** "last tetanus 1998", "colonoscopy in 2015": a year right after an event dated by the year. */
export function yearAfterEvent(m: RegExpExecArray): boolean {
  return patternCues().yearEventBefore.test(lineBefore(m, 48));
}
