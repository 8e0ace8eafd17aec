// The far end of a range of dates whose near end a detector found: "served 1987 to 2015", "range
// 9/16-9/30", "off work 3-11 through 3-15". A range joins two things of one kind, so once one end is
// a date (by whatever cue found it) the other end, written in the same shape, is a date too — even
// where no cue stands beside it. The far end is one of the shapes a bare number leaves ambiguous: a
// four-digit year after a year, a month/day pair or an ordinal day after a day ("admitted 11MAR26 -
// 3rd for", "Sept 2nd-9-16"). The words that join them are data (rules/<lang>/deid-numeric-contexts.yaml,
// ranges.joiners).
import { numericContexts } from './rules/deid-rules.js';
import type { PhiSpan } from './phi-span.js';

// A near end is a bare year, a month/day pair or some other date with a digit ("11MAR26", "Sept 2nd",
// "3/4/25"); a far end is a bare year, a pair or an ordinal day.
export type Shape = 'year' | 'slash' | 'hyphen' | 'ordinal' | 'other';

const YEAR = /^(?:19|20)\d\d$/;
const PAIR = /^(\d{1,2})([/-])(\d{1,2})$/;
const ORDINAL = /^(\d{1,2})(?:st|nd|rd|th)$/i;

/** The shape of a date token: a year up to 2049, a valid month/day pair by its separator, an ordinal day, another date with a digit. */
export function shapeOf(token: string): Shape | undefined {
  if (YEAR.test(token)) return Number(token) <= 2049 ? 'year' : undefined;
  const o = ORDINAL.exec(token);
  if (o) return Number(o[1]) >= 1 && Number(o[1]) <= 31 ? 'ordinal' : undefined;
  const m = PAIR.exec(token);
  if (!m) return /\d/.test(token) ? 'other' : undefined;
  const month = Number(m[1]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return m[2] === '/' ? 'slash' : 'hyphen';
}

let joinerRe: { right: RegExp; left: RegExp } | undefined;
function joiners(): { right: RegExp; left: RegExp } {
  if (joinerRe) return joinerRe;
  const words = numericContexts().ranges.joiners.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  // A joining word stands between blanks; a dash may be glued (the hyphen shape asks for blanks, below).
  const join = `(?:[ \\t]+(?:${words})[ \\t]+|[ \\t]*[-–][ \\t]*)`;
  // The far end: a number token with nothing glued on after it but a closing mark.
  joinerRe = {
    right: new RegExp(`^(${join})(\\d{1,4}(?:[/-]\\d{1,2}|st|nd|rd|th)?)(?![\\w/-]|[.,]\\d)`, 'i'),
    left: new RegExp(`(?<![\\w/.-])(\\d{1,4}(?:[/-]\\d{1,2}|st|nd|rd|th)?)(${join})$`, 'i'),
  };
  return joinerRe;
}

/** Whether `a` to `b` (years, or pairs of one shape) reads as a range forward in time, for years. */
function ordered(shape: Shape, from: string, to: string): boolean {
  if (shape !== 'year') return true;
  const a = Number(from);
  const b = Number(to);
  return a <= b && b - a <= 100;
}

/**
 * Adds the other end of each range of dates whose one end is a DATE span (see the file's head), across
 * a joining word or a dash, when the two ends fit ({@link fits}): "3-11-3-15" glued is no clear range.
 * `spans` are sorted and non-overlapping (as {@link mergeSpans} returns them); so is the result.
 */
export function dateRangeEnds(text: string, spans: PhiSpan[]): PhiSpan[] {
  let added: PhiSpan[] | undefined;
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i]!;
    if (s.category !== 'DATE') continue;
    const token = text.slice(s.start, s.end);
    const shape = shapeOf(token);
    if (shape === undefined) continue;
    const { right, left } = joiners();
    const after = right.exec(text.slice(s.end, s.end + 24));
    if (after) {
      const far = after[2]!;
      const start = s.end + after[0].length - far.length;
      const end = start + far.length;
      const next = spans[i + 1];
      if (fits(shape, token, far, after[1]!, true, text.slice(end, end + 12)) && ordered(shape, token, far) && (next === undefined || next.start >= end)) (added ??= []).push({ start, end, category: 'DATE', source: 'date-range-end' });
    }
    const before = left.exec(text.slice(Math.max(0, s.start - 24), s.start));
    if (before) {
      const far = before[1]!;
      const start = s.start - before[0].length;
      const end = start + far.length;
      const prev = spans[i - 1];
      if (fits(shape, token, far, before[2]!, false, '') && ordered(shape, far, token) && (prev === undefined || prev.end <= start)) (added ??= []).push({ start, end, category: 'DATE', source: 'date-range-end' });
    }
  }
  if (!added) return spans;
  const out = [...spans, ...added].sort((a, b) => a.start - b.start || b.end - a.end);
  // Two spans may claim one number (the far end of one range and the near end of the next): keep the first.
  return out.filter((s, j) => j === 0 || s.start >= out[j - 1]!.end);
}

// What may follow an ordinal day that ends a range after a dash: the line's or clause's end, or a function word
// ("11MAR26 - 3rd for sepsis"); not a noun it counts ("3/4 - 2nd unit given").
const ORDINAL_CLOSE = /^[ \t]*(?:$|[\r\n.,;:)\]]|(?:for|of|at|in|on|when|with|and|via|per|after|before|due|then)(?![A-Za-z]))/i;

/**
 * Whether `far` ends the range of the near end (`nearText`, of shape `near`) across `joiner`: a year
 * only with a year; a pair with a pair of the same separator or with another date; an ordinal day
 * with a pair or another date, and after a dash only before {@link ORDINAL_CLOSE}. A hyphenated pair
 * joins only across a word, a dash between blanks or after a date written with a month's name.
 */
function fits(near: Shape, nearText: string, far: string, joiner: string, rightSide: boolean, after: string): boolean {
  const f = shapeOf(far);
  if (f === undefined || f === 'other') return false;
  if (near === 'year' || f === 'year') return near === 'year' && f === 'year';
  if (near === 'ordinal' && f === 'ordinal') return false;
  if ((near === 'slash' || near === 'hyphen') && (f === 'slash' || f === 'hyphen') && f !== near) return false;
  const word = /[a-z]/i.test(joiner);
  if (f === 'hyphen' && !word && !/^[ \t]+[-–][ \t]+$/.test(joiner) && !(near === 'other' && /[a-z]/i.test(nearText))) return false;
  if (f === 'ordinal' && !word && (!rightSide || !ORDINAL_CLOSE.test(after))) return false;
  return true;
}
