import type { PhiCategory } from './phi-span.js';
import { loadLexicons } from './lexicons.js';
import { shiftDateText } from './date-shift.js';

/** What a surrogate may depend on: the key, the patient scope and the date shift. */
export interface SurrogateContext {
  key: string;
  /** Keyed HMAC of the patient: keeps surrogates consistent within one patient, different across patients. */
  scope: string;
  shiftDays: number;
  refYear: number;
  /** Lowercased known name parts / values a surrogate must never reproduce. */
  avoid: Set<string>;
}

const CITIES = ['Springfield', 'Riverton', 'Fairview', 'Lakeside', 'Georgetown', 'Greenville', 'Franklin', 'Clinton', 'Madison', 'Salem'];
const INSTITUTIONS = ['Riverside Medical Center', 'Fairview General Hospital', 'Lakeside Clinic', 'Northgate Hospital', 'Hillcrest Medical Center'];
const STREETS = ['Main St', 'Oak Ave', 'Maple Dr', 'Cedar Ln', 'Park Rd', 'Elm St', 'Pine Ave', 'Lake Rd'];

// Surrogate choice needs to be secret and stable, not collision-resistant: the per-patient scope is
// already a keyed HMAC, so a fast 32-bit mix of (scope, value) is enough and keeps this stage cheap.
function mix(scope: string, value: string, salt: number): number {
  let h = 0x811c9dc5 ^ salt;
  const s = `${scope}\u0000${value}`;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}

function pick<T>(list: readonly T[], seed: string, ctx: SurrogateContext, salt = 0): T {
  return list[mix(ctx.scope, seed, salt) % list.length]!;
}

function digits(seed: string, ctx: SurrogateContext, length = 12): string {
  let out = '';
  for (let salt = 0; out.length < length; salt++) out += String(mix(ctx.scope, seed, salt + 100)).padStart(10, '0');
  return out;
}

/** Keeps shape: digits → digits, letters → letters (same case), separators as written. */
function sameShape(value: string, seed: string, ctx: SurrogateContext): string {
  const d = digits(seed, ctx, value.length);
  let i = 0;
  return value.replace(/[A-Za-z0-9]/g, (ch) => {
    const x = Number(d[i++ % d.length]);
    if (/\d/.test(ch)) return String(x);
    const letter = String.fromCharCode(65 + ((x * 7 + i) % 26));
    return ch === ch.toLowerCase() ? letter.toLowerCase() : letter;
  });
}

function matchCase(like: string, word: string): string {
  if (like.length > 1 && like === like.toUpperCase()) return word.toUpperCase();
  if (like === like.toLowerCase()) return word.toLowerCase();
  return word.replace(/(^|[\s-])([a-z])/g, (_m, a: string, b: string) => a + b.toUpperCase());
}

/**
 * The key a name word's surrogate hangs on: lower case, without diacritics, apostrophes or hyphens,
 * so the spelling variants of one name ("O'Brien", "Obrien", "OBrien", "José" / "Jose") get one
 * surrogate.
 */
export function nameKey(word: string): string {
  return word.normalize('NFD').replace(/[\p{M}'’‘`´\-‐‑]/gu, '').toLowerCase();
}

// A name word in any script: letters, combining marks, inner apostrophes and hyphens.
const NAME_WORD = /\p{L}[\p{L}\p{M}'’-]*/gu;

function nameSurrogate(original: string, ctx: SurrogateContext): string {
  const lex = loadLexicons();
  // Each word of a name maps on its own, so "John Smith", "Smith, John" and "Dr. Smith" stay consistent.
  return original.replace(NAME_WORD, (w) => {
    const key = nameKey(w);
    if (key.length <= 1) return pick('ABCDEFGHJKLMNPRSTW'.split(''), `initial:${key.toUpperCase()}`, ctx);
    // The list is chosen on the key too: variants of one name must not land in different lists.
    const list = lex.firstNames.has(key) && !lex.lastNames.has(key) ? lex.surrogateFirst : lex.surrogateLast;
    for (let salt = 0; salt < 8; salt++) {
      const s = pick(list, `name:${key}`, ctx, salt);
      if (!ctx.avoid.has(s) && nameKey(s) !== key) return matchCase(w, s);
    }
    return matchCase(w, 'Doe');
  });
}

// Words that may sit between two dates of one span ("Mar 3 and 5", "1 to 3 March") and name no date.
const DATE_JOINERS = new Set(['and', 'or', 'to', 'of', 'the', 'on', 'from', 'through', 'thru', 'until', 'till', 'vs', 'at']);

/**
 * The surrogate of a DATE span. Adjacent dates can arrive as one span ("2024-03-01 Mar 3, 2024"),
 * and no single date form covers them, so each date inside is shifted on its own: at every word
 * start the longest piece that reads as a date is shifted; a leftover word with a digit (or an
 * unknown word) gets a same-shape surrogate. Original date text is never returned.
 */
function dateSurrogate(original: string, ctx: SurrogateContext): string {
  const whole = shiftDateText(original, ctx.shiftDays, ctx.refYear);
  if (whole !== undefined) return whole;
  const ends: number[] = [];
  for (let j = 1; j <= original.length; j++) if (/[\p{L}\p{N}.'’]/u.test(original[j - 1]!) && !/[\p{L}\p{N}]/u.test(original[j] ?? '')) ends.push(j);
  let out = '';
  let i = 0;
  while (i < original.length) {
    if (!/[\p{L}\p{N}'’]/u.test(original[i]!)) {
      out += original[i++];
      continue;
    }
    let done = false;
    for (let k = ends.length - 1; k >= 0 && ends[k]! > i; k--) {
      const shifted = shiftDateText(original.slice(i, ends[k]), ctx.shiftDays, ctx.refYear);
      if (shifted !== undefined) {
        out += shifted;
        i = ends[k]!;
        done = true;
        break;
      }
    }
    if (done) continue;
    const word = /^['’]?[\p{L}\p{N}]+/u.exec(original.slice(i))?.[0] ?? original[i]!;
    out += DATE_JOINERS.has(word.toLowerCase()) ? word : sameShape(word, `date:${word}`, ctx);
    i += word.length;
  }
  return out;
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
      return matchCase(original, pick(CITIES, `city:${original.toLowerCase()}`, ctx));
    case 'INSTITUTION':
      return matchCase(original, pick(INSTITUTIONS, `org:${original.toLowerCase()}`, ctx));
    case 'ADDRESS':
      return /^\d/.test(original)
        ? `${digits(`addr:${original}`, ctx).slice(0, 3).replace(/^0/, '1')} ${pick(STREETS, `street:${original}`, ctx)}`
        : matchCase(original, pick(CITIES, `city:${original.toLowerCase()}`, ctx));
    case 'EMAIL':
      return `${nameSurrogate('x', ctx).toLowerCase()}${digits(`email:${original}`, ctx).slice(0, 4)}@example.org`;
    case 'URL':
      return 'https://example.org/';
    case 'IP':
      return `10.${digits(`ip:${original}`, ctx).match(/\d/g)!.slice(0, 3).map((d) => String(Number(d) * 25)).join('.')}`;
    default:
      return sameShape(original, `${category}:${original.toUpperCase()}`, ctx);
  }
}

/** Tag-mode replacement: `[NAME]`, `[DATE]`, … */
export function tagFor(category: PhiCategory): string {
  return `[${category}]`;
}
