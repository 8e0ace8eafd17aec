import { MONTH_ALT } from './patterns.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const pad = (n: number) => String(n).padStart(2, '0');
const fullYear = (y: string) => (y.length === 4 ? +y : (+y > 30 ? 1900 : 2000) + +y);
const NAMED_MD = new RegExp(`^(${MONTH_ALT})\\.?\\s*(\\d{1,2})(?:st|nd|rd|th)?,?\\s*(\\d{4})`, 'i');
const NAMED_DM = new RegExp(`^(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?[\\s-]*(${MONTH_ALT})\\.?[\\s,-]*(\\d{4}|\\d{2})$`, 'i');

/** The ISO date (YYYY-MM-DD) a written date with a year stands for, or undefined. */
export function isoOfDateText(s: string): string | undefined {
  let m: RegExpExecArray | null;
  const iso = (y: number, mo: number, d: number) => (mo >= 1 && mo <= 12 && d >= 1 && d <= 31 ? `${y}-${pad(mo)}-${pad(d)}` : undefined);
  if ((m = /^(\d{4})[-/.]?(\d{1,2})[-/.]?(\d{1,2})/.exec(s)) && s.length >= 8) return iso(+m[1]!, +m[2]!, +m[3]!);
  if ((m = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{2}|\d{4})$/.exec(s))) {
    return +m[1]! > 12 ? iso(fullYear(m[4]!), +m[3]!, +m[1]!) : iso(fullYear(m[4]!), +m[1]!, +m[3]!);
  }
  if ((m = NAMED_MD.exec(s))) return iso(+m[3]!, MONTHS.indexOf(m[1]!.slice(0, 3).toLowerCase()) + 1, +m[2]!);
  if ((m = NAMED_DM.exec(s))) return iso(fullYear(m[3]!), MONTHS.indexOf(m[2]!.slice(0, 3).toLowerCase()) + 1, +m[1]!);
  return undefined;
}

/**
 * Every ISO date a written date may stand for: {@link isoOfDateText}'s reading, and when the text
 * gives the year in two digits, the same day a century earlier too ("3/4/25" is 2025-03-04 or
 * 1925-03-04). A birth date written with a two-digit year before 1931 is read only this way.
 */
export function isoReadingsOfDateText(s: string): string[] {
  const iso = isoOfDateText(s);
  if (!iso) return [];
  if (s.includes(iso.slice(0, 4))) return [iso];
  return [iso, `${Number(iso.slice(0, 4)) - 100}${iso.slice(4)}`];
}
