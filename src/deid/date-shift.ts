import { keyedHex as hmacHex } from './keyed-hash.js';
import { MONTH_ALT } from './patterns.js';
import { holidayDay, holidayGuard } from './rules/holidays.js';
import { isAsciiDigit, isAsciiLetter } from '../util/ascii-chars.js';

/** Per-patient date shift in days, keyed: −365 … −1 (never zero), the same for all of a patient's reports. */
export function dateShiftDays(key: string, patientKey: string): number {
  const n = parseInt(hmacHex(key, `dateshift:${patientKey}`).slice(0, 8), 16);
  return -1 - (n % 365);
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_RE = new RegExp(`^(${MONTH_ALT})\\.?`, 'i');

function monthIndex(word: string): number {
  const w = word.toLowerCase().slice(0, 3);
  return MONTHS.findIndex((m) => m.startsWith(w));
}

/** `new Date(Date.UTC(y, m - 1, d) + days * 86400000)` read back as [year, month, day], by a Date object. */
function addDaysByDate(y: number, m: number, d: number, days: number): [number, number, number] {
  const t = new Date(Date.UTC(y, m - 1, d) + days * 86400000);
  return [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()];
}

// Proleptic Gregorian day numbers (days since 1970-01-01) and back, in integers (H. Hinnant's
// days_from_civil / civil_from_days): every surrogate date is shifted, and a Date object per date
// cost more than the arithmetic.
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

/**
 * Day `d` of month `m` of year `y` moved by `days`, as [year, month, day]: what a Date built with
 * `Date.UTC(y, m - 1, d)` reads (a month or day out of range rolls over, years 0-99 are 1900-1999).
 * Exported for its test.
 */
export function addDays(y: number, m: number, d: number, days: number): [number, number, number] {
  // Far outside the dates of a report (or not whole numbers) the Date object answers, NaN and all.
  if (!(Math.abs(y) < 100_000 && Math.abs(m) < 1_000_000 && Math.abs(d) < 10_000_000 && Math.abs(days) < 10_000_000) || !Number.isInteger(y + m + d + days)) return addDaysByDate(y, m, d, days);
  const year = y >= 0 && y <= 99 ? 1900 + y : y;
  const mi = m - 1;
  const carry = Math.floor(mi / 12);
  const z = daysFromCivil(year + carry, mi - carry * 12 + 1, 1) + d - 1 + days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

// Two-digit fields stay two digits when the date was written zero-padded ("03/14" → "09/09").
function sameWidth(orig: string, n: number, padded = true): string {
  return orig.length === 2 && padded ? pad(n) : String(n);
}

function monthWord(orig: string, m: number): string {
  const full = MONTHS[m - 1]!;
  const base = orig.replace(/\.$/, '');
  // Abbreviations stay abbreviations ("Sept" → "Aug", or "Sept" again for September).
  let word = base.length <= 4 ? (m === 9 && base.length === 4 ? 'sept' : full.slice(0, 3)) : full;
  if (base === base.toUpperCase()) word = word.toUpperCase();
  else if (base[0] === base[0]!.toUpperCase()) word = word[0]!.toUpperCase() + word.slice(1);
  return word + (orig.endsWith('.') ? '.' : '');
}

// yyyy-mm-dd, yyyy/mm/dd or yyyymmdd, then at most a time of day: "T" or a blank + hh:mm[:ss[.fff]]
// and a zone, or (compact HL7 form only) hh[mm[ss]] glued on.
const ISO_DATE_TIME =
  /^(\d{4})([-/]?)(\d{1,2})\2(\d{1,2})((?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s?(?:Z|[+-]\d{2}:?\d{2}))?|(?<=^\d{8})(?:[01]\d|2[0-3])(?:[0-5]\d){0,2}(?:\.\d+)?(?:[+-]\d{4})?)?)$/;

const HOLIDAY_YEAR = /^(.*?)(,?\s+)((?:19|20)\d{2})$/s;
// A necessary test for a holiday name (holidays.ts: every form holds its longest letter run);
// built on first use. Not global: `test` keeps no state.
let guard: RegExp | undefined;

/**
 * A holiday ("Christmas", "New Year's Day 2023") as its shifted day written "Month D" (with the
 * shifted year when one was written), so a holiday name never survives as a date anchor.
 * Returns undefined when `s` is not a known holiday.
 */
export function shiftHoliday(s: string, days: number, refYear = 2001): string | undefined {
  // Most text that gets here is a day-first date ("5 Feb 1941"), on its way to the forms below:
  // the one guard regex (a letter run every holiday form holds) turns it away before the year is
  // split off and each holiday's own regex is tried in turn.
  guard ??= holidayGuard();
  if (!guard.test(s)) return undefined;
  const withYear = HOLIDAY_YEAR.exec(s);
  const name = withYear ? withYear[1]! : s;
  // The holidays are data (rules/en/deid-holidays.yaml), each with the day it pins or usually falls on.
  const hit = holidayDay(name.trim());
  if (!hit) return undefined;
  const [y, mo, d] = addDays(withYear ? +withYear[3]! : refYear, hit.month, hit.day, days);
  const full = MONTHS[mo - 1]!;
  const upper = name === name.toUpperCase() && /[A-Z]/.test(name);
  const month = upper ? full.toUpperCase() : full[0]!.toUpperCase() + full.slice(1);
  return `${month} ${d}${withYear ? `${withYear[2]!.startsWith(',') ? ',' : ''} ${y}` : ''}`;
}

/**
 * Shifts a date written in any of the common forms by `days`, keeping its format ("3/14/24" stays
 * M/D/YY; "March 14" stays month-name, no year). A date without a year is shifted within
 * `refYear`. Returns undefined when the string is not a date this function understands.
 */
export function shiftDateText(s: string, days: number, refYear = 2001): string | undefined {
  let m: RegExpExecArray | null;
  // Each form below is anchored at the start: a form is tried only when the text's first
  // characters and length can open it (its regex could match nothing else), in the same order,
  // so the first form that matches is the one it was. ISO opens with four digits; the bare year
  // with a digit or an apostrophe and has at most seven characters; month/year, the numeric,
  // day-only and day-first forms open with a digit (month/year has at most five characters); a
  // month name with an ASCII letter (without the `u` flag no other character matches one under
  // `i`). The holiday guard is asked of every text as before.
  const c0 = s.charCodeAt(0);
  const digitFirst = isAsciiDigit(c0);
  // ISO and compact forms, optionally with a time of day (kept as written). Only a real time
  // suffix may follow: anything else (a second date merged into the same span) must not ride along
  // unshifted, so such a string is left to the multi-date path of the surrogate.
  if (digitFirst && isAsciiDigit(s.charCodeAt(1)) && isAsciiDigit(s.charCodeAt(2)) && isAsciiDigit(s.charCodeAt(3)) && (m = ISO_DATE_TIME.exec(s))) {
    const [y, mo, d] = addDays(+m[1]!, +m[3]!, +m[4]!, days);
    return `${y}${m[2]}${sameWidth(m[3]!, mo)}${m[2]}${sameWidth(m[4]!, d)}${m[5]}`;
  }
  // A bare year ("1977", "1980s", "'92", "CABG 81"): the year that mid-year moves to, so a year and
  // a full date of the same patient stay in step.
  const year = (digitFirst || c0 === 39 || c0 === 0x2019) && s.length <= 7 ? /^(['’]?)(\d{4}|\d{2})(['’]?s?)$/i.exec(s) : null;
  if (year) {
    // A decade ("the 1980s") names no date; it stays.
    if (/s$/i.test(year[3]!)) return s;
    const y0 = year[2]!.length === 4 ? +year[2]! : (+year[2]! > 30 ? 1900 : 2000) + +year[2]!;
    const [y] = addDays(y0, 7, 1, days);
    return `${year[1]}${year[2]!.length === 4 ? y : pad(y % 100)}${year[3]}`;
  }
  const monthYear = digitFirst && s.length <= 5 ? /^(\d{1,2})\/(\d{2})$/.exec(s) : null;
  if (monthYear && +monthYear[2]! > 31) {
    const [y, mo] = addDays(1900 + +monthYear[2]!, +monthYear[1]!, 15, days);
    return `${mo}/${pad(y % 100)}`;
  }
  if (digitFirst && (m = /^(\d{1,2})([/.-])(\d{1,2})(?:\2(\d{2}|\d{4}))?$/.exec(s))) {
    const padded = /(?:^|\D)0\d/.test(s);
    const dayFirst = +m[1]! > 12;
    const mo0 = dayFirst ? +m[3]! : +m[1]!;
    const d0 = dayFirst ? +m[1]! : +m[3]!;
    const yRaw = m[4];
    const y0 = yRaw === undefined ? refYear : yRaw.length === 2 ? (+yRaw > 30 ? 1900 : 2000) + +yRaw : +yRaw;
    const [y, mo, d] = addDays(y0, mo0, d0, days);
    const a = sameWidth(m[1]!, dayFirst ? d : mo, padded);
    const b = sameWidth(m[3]!, dayFirst ? mo : d, padded);
    const yOut = yRaw === undefined ? '' : `${m[2]}${yRaw.length === 2 ? pad(y % 100) : y}`;
    return `${a}${m[2]}${b}${yOut}`;
  }
  // Month-name forms: "March 14, 2024", "Mar 14", "March 2024".
  const mm = isAsciiLetter(c0) ? MONTH_RE.exec(s) : null;
  if (mm) {
    const mo0 = monthIndex(mm[1]!) + 1;
    const rest = s.slice(mm[0].length);
    const r = /^(\s*)(\d{1,2})(st|nd|rd|th)?(,?\s*)?((?:1[89]|20)\d{2}|'\d{2})?$/i.exec(rest);
    if (r) {
      const yRaw = r[5];
      const y0 = yRaw === undefined ? refYear : yRaw.startsWith("'") ? 2000 + +yRaw.slice(1) : +yRaw;
      const [y, mo, d] = addDays(y0, mo0, +r[2]!, days);
      const yOut = yRaw === undefined ? '' : `${r[4] ?? ''}${yRaw.startsWith("'") ? `'${pad(y % 100)}` : y}`;
      return `${monthWord(mm[0], mo)}${r[1]}${sameWidth(r[2]!, d, r[2]!.startsWith('0'))}${r[3] ? ordinal(d, r[3]) : ''}${yOut}`;
    }
    if (/^\.?$/.test(rest)) {
      const [, mo] = addDays(refYear, mo0, 15, days);
      return `${monthWord(mm[0], mo)}${rest}`;
    }
    const ym = /^(,?\s+(?:of\s+)?)((?:19|20)\d{2})$/i.exec(rest);
    if (ym) {
      const [y, mo] = addDays(+ym[2]!, mo0, 15, days);
      return `${monthWord(mm[0], mo)}${ym[1]}${y}`;
    }
    return undefined;
  }
  const holiday = shiftHoliday(s, days, refYear);
  if (holiday !== undefined) return holiday;
  if (!digitFirst) return undefined;
  const dayOnly = /^(\d{1,2})(st|nd|rd|th)$/i.exec(s);
  if (dayOnly) {
    const d = ((((+dayOnly[1]! - 1 + days) % 28) + 28) % 28) + 1;
    return `${d}${ordinal(d, dayOnly[2]!)}`;
  }
  // Day-first: "14 Mar 2024", "14-Mar-2024", "14th of March".
  const df = /^(\d{1,2})(st|nd|rd|th)?(\s+of\s+|[\s-]*)([A-Za-z]+\.?)([\s,-]*)(\d{4}|\d{2})?$/.exec(s);
  if (df && monthIndex(df[4]!) >= 0) {
    const yRaw = df[6];
    const y0 = yRaw === undefined ? refYear : yRaw.length === 2 ? 2000 + +yRaw : +yRaw;
    const [y, mo, d] = addDays(y0, monthIndex(df[4]!) + 1, +df[1]!, days);
    const yOut = yRaw === undefined ? '' : `${df[5]}${yRaw.length === 2 ? pad(y % 100) : y}`;
    return `${sameWidth(df[1]!, d, df[1]!.startsWith('0'))}${df[2] ? ordinal(d, df[2]) : ''}${df[3]}${monthWord(df[4]!, mo)}${yOut}`;
  }
  return undefined;
}

function ordinal(d: number, like: string): string {
  const suffix = d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th';
  return like === like.toUpperCase() ? suffix.toUpperCase() : suffix;
}

/** Shifts an ISO 8601 date or date-time (structured fields), keeping its precision and time part. */
export function shiftIsoDateTime(iso: string, days: number): string | undefined {
  const m = /^(\d{4})(-?)(\d{2})\2(\d{2})(.*)$/s.exec(iso);
  if (!m) {
    const y = /^(\d{4})(-\d{2})?$/.exec(iso);
    return y ? iso : undefined;
  }
  const [y, mo, d] = addDays(+m[1]!, +m[3]!, +m[4]!, days);
  return `${pad(y, 4)}${m[2]}${pad(mo)}${m[2]}${pad(d)}${m[5]}`;
}
