// The holidays of the de-identification detector as data (rules/en/deid-holidays.yaml): the
// pattern layer reads them as dates (patterns.ts) and the surrogate step shifts them to a
// written day (date-shift.ts), both from this one list.
import { z } from 'zod';
import { shippedDeidRules } from './deid-rules.js';

// Lower-case words parted by one space; an apostrophe, a dot or a hyphen may stand inside or after a word.
const form = z.string().regex(/^[a-z0-9][a-z0-9'.-]*(?: [a-z0-9][a-z0-9'.-]*)*$/, "lower-case words parted by one space (letters, digits, ' . -)");

const HolidaySchema = z
  .object({
    forms: z.array(form).min(1),
    month: z.number().int().min(1).max(12),
    day: z.number().int().min(1).max(31),
  })
  .strict();

/** The schema of `rules/<lang>/deid-holidays.yaml`. */
export const HolidaysSchema = z
  .object({
    language: z.string().min(2),
    version: z.string().min(1),
    holidays: z.array(HolidaySchema).min(1),
  })
  .strict();
/** The validated holidays file. */
export type Holidays = z.infer<typeof HolidaysSchema>;

const load = shippedDeidRules('deid-holidays.yaml', HolidaysSchema);
/** The shipped holidays (loaded once). */
export function holidayRules(): Holidays {
  return load();
}

/**
 * A form as a regex source: words joined by blanks, an apostrophe read as a straight or curly
 * one or none, a dot as optional. Exported for its test.
 */
export function formSource(f: string): string {
  return f
    .split(' ')
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, (c) => (c === '.' ? '\\.?' : `\\${c}`)).replace(/'/g, "['’]?"))
    .join('\\s+');
}

/** Every form of `h`, longest first (so "christmas eve" is tried before "christmas"), with its holiday. */
function formsLongestFirst(h: Holidays): Array<{ form: string; month: number; day: number }> {
  return h.holidays.flatMap((x) => x.forms.map((form) => ({ form, month: x.month, day: x.day }))).sort((a, b) => b.form.length - a.form.length);
}

/** The alternation of every holiday form of `h`, longest first, as a regex source (no anchors). */
export function holidayAlternation(h: Holidays = holidayRules()): string {
  return formsLongestFirst(h)
    .map((x) => formSource(x.form))
    .join('|');
}

/**
 * A cheap necessary test for a text holding a holiday: the longest run of letters of each form
 * (case-insensitive). Every match of {@link holidayAlternation} holds one of them.
 */
export function holidayGuard(h: Holidays = holidayRules()): RegExp {
  const keys = new Set(formsLongestFirst(h).map((x) => x.form.match(/[a-z]+/g)!.reduce((a, b) => (b.length > a.length ? b : a))));
  return new RegExp([...keys].sort((a, b) => b.length - a.length).join('|'), 'i');
}

let anchored: Array<{ re: RegExp; month: number; day: number }> | undefined;
/** The usual month and day of the shipped holiday written as `name` (the whole string), if it is one. */
export function holidayDay(name: string): { month: number; day: number } | undefined {
  anchored ??= formsLongestFirst(holidayRules()).map((x) => ({ re: new RegExp(`^${formSource(x.form)}$`, 'i'), month: x.month, day: x.day }));
  const hit = anchored.find((x) => x.re.test(name));
  return hit && { month: hit.month, day: hit.day };
}
