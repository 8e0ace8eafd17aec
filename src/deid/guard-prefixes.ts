// The literal openings of a guard's matches, read off its source: a finite list of short strings
// such that every match starts with one of them (or at the text's start). A scan for those strings
// then finds every place a match may start, and the guard is asked only there (guard-set.ts).
//
// The reading is conservative: wherever the source says something this reader does not model
// (a class it cannot list, `.`, `\s`, a back reference, an unbounded repeat), the openings end
// there. A shorter opening is still an opening of every match, so stopping early costs speed,
// never an answer; only a misread of what an atom matches could, and the reader refuses whatever
// it does not parse fully.

/** Every match of a guard starts with one of `strings` (folded as the guard's flags say), or at 0 when `atStart`. */
export interface GuardPrefixes {
  strings: string[];
  atStart: boolean;
}

/** A partial opening: `s` is the text consumed so far; `open` while more of the match may be appended. */
interface Item {
  s: string;
  open: boolean;
}

/** The openings of a piece of source: items, and whether some branch opens with `^`. */
interface Reading {
  items: Item[];
  atStart: boolean;
}

// Openings longer than this tell little more; more openings than this make a large scan table.
const MAX_LENGTH = 6;
const MAX_ITEMS = 256;
// How many more times than its least a repeat is read out (`[ \t]*` as none, one, two or more).
const UNROLL = 2;

class Unreadable extends Error {}

/**
 * The openings of `source` under `flags` (only '' and 'i': case folding to ASCII lower case), or
 * undefined when some match may open with any character (nothing to scan for) or the source holds
 * syntax this reader does not parse.
 */
export function guardPrefixes(source: string, flags: string): GuardPrefixes | undefined {
  if (flags !== '' && flags !== 'i') return undefined;
  const fold = flags === 'i';
  try {
    const r = readAlternatives(source, fold);
    if (r.items.some((it) => it.s === '')) return undefined;
    const strings = [...new Set(r.items.map((it) => it.s))];
    return { strings, atStart: r.atStart };
  } catch (e) {
    if (e instanceof Unreadable) return undefined;
    throw e;
  }
}

/** The index just past the group opened at `src[open]` ('('), skipping escapes and classes; -1 when it is not closed. */
export function groupEnd(src: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  return -1;
}

/** The top-level alternatives of a regex source `src` (split at `|` outside groups and classes). */
export function alternatives(src: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(src.slice(from, i));
      from = i + 1;
    }
  }
  out.push(src.slice(from));
  return out;
}

function readAlternatives(src: string, fold: boolean): Reading {
  const items: Item[] = [];
  let atStart = false;
  for (const alt of alternatives(src)) {
    const r = readSequence(alt, fold);
    items.push(...r.items);
    atStart ||= r.atStart;
  }
  return { items, atStart };
}

const DIGITS = '0123456789';
// What `\s` matches: the white space and line terminators of ECMAScript (the test checks the list).
export const WHITE_SPACE = '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';

/**
 * The character a one-character escape (`\x` with x not a letter or digit) or control escape stands
 * for, the digits for `\d`; undefined for what this reader does not list (`\s`, `\w`, `\p{…}`, …).
 */
function escapeChars(c: string): string | undefined {
  if (c === 'd') return DIGITS;
  if (c === 's') return WHITE_SPACE;
  if (c === 'n') return '\n';
  if (c === 't') return '\t';
  if (c === 'r') return '\r';
  if (c === 'f') return '\f';
  if (c === 'v') return '\v';
  if (/[A-Za-z0-9]/.test(c)) return undefined;
  return c;
}

/**
 * The characters of a class body (between `[` and `]`), or undefined for a negated class or one
 * holding an escape this reader does not list.
 */
function classChars(body: string): string | undefined {
  if (body.startsWith('^')) return undefined;
  const units: string[] = [];
  for (let i = 0; i < body.length; i++) {
    let c = body[i]!;
    if (c === '\\') {
      const e = escapeChars(body[++i] ?? '');
      if (e === undefined) return undefined;
      if (e.length > 1) {
        units.push(...e);
        continue;
      }
      c = e;
    }
    // A range: a single character, '-', a single character.
    if (body[i + 1] === '-' && i + 2 < body.length) {
      // A range ending in an escape is not read.
      if (body[i + 2] === '\\') return undefined;
      const to = body[i + 2]!;
      if (to < c) return undefined;
      for (let k = c.charCodeAt(0); k <= to.charCodeAt(0); k++) units.push(String.fromCharCode(k));
      i += 2;
      continue;
    }
    units.push(c);
  }
  return units.join('');
}

/**
 * The characters a text character may be for a one-character atom matching `chars`, folded: under
 * the `i` flag (without `u`) an ASCII letter matches both its cases and no other character, so it
 * is written lower case; any other character must match itself alone, which holds for the
 * characters no other character shares an upper case with (checked over every UTF-16 unit).
 */
function foldChars(chars: string, fold: boolean): string[] {
  const out = new Set<string>();
  const beyond: string[] = [];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (!fold) out.add(c);
    else if (/[A-Za-z]/.test(c)) out.add(c.toLowerCase());
    else if (c.charCodeAt(0) < 128) out.add(c);
    else beyond.push(c);
  }
  if (beyond.length > 0) {
    if (!caselessAlone(beyond)) throw new Unreadable();
    for (const c of beyond) out.add(c);
  }
  return [...out];
}

const caselessMemo = new Map<string, boolean>();
let everyUnit: string | undefined;
/** Every UTF-16 code unit once, in order: one string a class is scanned over instead of one test per unit. */
function allUnits(): string {
  if (everyUnit === undefined) {
    const parts: string[] = [];
    for (let k = 0; k < 0x10000; k += 0x1000) parts.push(String.fromCharCode(...Array.from({ length: 0x1000 }, (_, j) => k + j)));
    everyUnit = parts.join('');
  }
  return everyUnit;
}

/**
 * Whether each of `chars` matches itself alone under a case-blind expression without the `u` flag:
 * their class matches no other UTF-16 unit, and none of them matches another of them.
 */
function caselessAlone(chars: readonly string[]): boolean {
  const key = chars.join('');
  let known = caselessMemo.get(key);
  if (known !== undefined) return known;
  const escape = (c: string) => c.replace(/[\\\]^-]/g, '\\$&');
  const own = new Set(chars);
  // Without `u` a class matches one code unit: its matches over every unit are the units it matches.
  const all = new RegExp(`[${chars.map(escape).join('')}]`, 'gi');
  known = true;
  for (const m of allUnits().matchAll(all)) {
    if (!own.has(m[0])) {
      known = false;
      break;
    }
  }
  for (const c of chars) {
    const one = new RegExp(`^[${escape(c)}]$`, 'i');
    if (chars.some((d) => d !== c && one.test(d))) known = false;
  }
  caselessMemo.set(key, known);
  return known;
}

/** One atom of a sequence: its own reading, and where the source goes on after it. */
interface Atom {
  reading: Reading | 'zero-width' | 'caret' | 'stop';
  end: number;
}

function readAtom(src: string, i: number, fold: boolean): Atom {
  const c = src[i]!;
  if (c === '\\') {
    const e = src[i + 1];
    if (e === undefined) throw new Unreadable();
    if (e === 'b' || e === 'B') return { reading: 'zero-width', end: i + 2 };
    // Back references, \p{…}, \u…, \x…, \c…, \0 and the classes not listed: the opening ends here.
    const chars = escapeChars(e);
    if (chars === undefined) return { reading: 'stop', end: i + 2 };
    return { reading: one(chars, fold), end: i + 2 };
  }
  if (c === '[') {
    // The class's closing bracket: the first ']' not escaped (a ']' first in the class is not taken as literal here).
    let j = i + 1;
    for (; j < src.length && src[j] !== ']'; j++) if (src[j] === '\\') j++;
    if (j >= src.length) throw new Unreadable();
    const chars = classChars(src.slice(i + 1, j));
    return { reading: chars === undefined ? 'stop' : one(chars, fold), end: j + 1 };
  }
  if (c === '(') {
    const end = groupEnd(src, i);
    if (end < 0) throw new Unreadable();
    const body = src.slice(i + 1, end - 1);
    if (body.startsWith('?=') || body.startsWith('?!') || body.startsWith('?<=') || body.startsWith('?<!')) return { reading: 'zero-width', end };
    if (body.startsWith('?:')) return { reading: readAlternatives(body.slice(2), fold), end };
    if (body.startsWith('?<')) {
      const close = body.indexOf('>');
      if (close < 0) throw new Unreadable();
      return { reading: readAlternatives(body.slice(close + 1), fold), end };
    }
    if (body.startsWith('?')) throw new Unreadable();
    return { reading: readAlternatives(body, fold), end };
  }
  if (c === '^') return { reading: 'caret', end: i + 1 };
  if (c === '$') return { reading: 'zero-width', end: i + 1 };
  if (c === '.') return { reading: 'stop', end: i + 1 };
  // A quantifier or bracket with nothing before it, or a stray ')': not read.
  if ('*+?{}])|'.includes(c)) throw new Unreadable();
  return { reading: one(c, fold), end: i + 1 };
}

/** The reading of a one-character atom: one complete item per (folded) character. */
function one(chars: string, fold: boolean): Reading {
  return { items: foldChars(chars, fold).map((s) => ({ s, open: true })), atStart: false };
}

/** The quantifier at `src[i]`, if any: its bounds and where the source goes on after it. */
function quantifier(src: string, i: number): { min: number; max: number; end: number } | undefined {
  const c = src[i];
  let q: { min: number; max: number; end: number } | undefined;
  if (c === '?') q = { min: 0, max: 1, end: i + 1 };
  else if (c === '*') q = { min: 0, max: Infinity, end: i + 1 };
  else if (c === '+') q = { min: 1, max: Infinity, end: i + 1 };
  else if (c === '{') {
    const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(src.slice(i));
    if (!m) throw new Unreadable();
    const min = Number(m[1]);
    const max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
    q = { min, max, end: i + m[0].length };
  }
  // A lazy quantifier matches the same strings (only the order of trying differs).
  if (q && src[q.end] === '?') q.end++;
  return q;
}

/** `acc` followed by `next`: each open item extended by each of `next`'s, bounded in count and length. */
function append(acc: Item[], next: Item[]): Item[] {
  const open = acc.filter((a) => a.open);
  if (open.length === 0) return acc;
  const tail = open.length * next.length > MAX_ITEMS ? shrink(next, Math.floor(MAX_ITEMS / open.length)) : next;
  const out = acc.filter((a) => !a.open);
  for (const a of open) for (const b of tail) out.push({ s: a.s + b.s, open: b.open && a.s.length + b.s.length < MAX_LENGTH });
  return dedupe(out);
}

/**
 * At most `cap` items saying no more than `items` do: the longest are cut by a character (and end
 * there) until few enough are left. A cut opening is still an opening of every match it was one of.
 */
function shrink(items: Item[], cap: number): Item[] {
  let out = items;
  while (out.length > Math.max(cap, 1)) {
    const longest = Math.max(...out.map((it) => it.s.length));
    if (longest === 0) break;
    out = dedupe(out.map((it) => (it.s.length === longest ? { s: it.s.slice(0, -1), open: false } : it)));
  }
  return out;
}

function close(acc: Item[]): Item[] {
  return acc.map((a) => ({ s: a.s, open: false }));
}

function readSequence(src: string, fold: boolean): Reading {
  let acc: Item[] = [{ s: '', open: true }];
  let atStart = false;
  let i = 0;
  while (i < src.length && acc.some((a) => a.open)) {
    const atom = readAtom(src, i, fold);
    const q = quantifier(src, atom.end);
    i = q ? q.end : atom.end;
    const r = atom.reading;
    if (r === 'zero-width') continue;
    if (r === 'caret') {
      // Without the m flag `^` holds at the text's start alone: a branch with nothing consumed
      // before it opens there; one that consumed something cannot match (it is dropped).
      if (q && q.min === 0) continue;
      if (acc.some((a) => a.s === '')) atStart = true;
      acc = acc.filter((a) => !a.open);
      continue;
    }
    if (r === 'stop') {
      acc = close(acc);
      continue;
    }
    atStart ||= r.atStart;
    const min = q ? q.min : 1;
    const max = q ? q.max : 1;
    // A repeat read as branches: exactly `min` times, min + 1, … up to min + UNROLL times; each
    // count short of that bound (or equal to `max`) is exact and goes on, the last one stands for
    // "that many or more" and ends its openings. Together they cover every count the repeat allows.
    let reps = acc;
    for (let k = 0; k < min && reps.some((a) => a.open); k++) reps = append(reps, r.items);
    const branches: Item[] = [];
    const top = Math.min(max, min + UNROLL);
    for (let k = min; ; k++) {
      if (k === top && k < max) reps = close(reps);
      branches.push(...reps);
      if (k === top || !reps.some((a) => a.open)) break;
      reps = append(reps, r.items);
    }
    acc = dedupe(branches);
  }
  return { items: dedupe(acc), atStart };
}

function dedupe(items: Item[]): Item[] {
  const seen = new Map<string, Item>();
  for (const it of items) {
    const had = seen.get(it.s);
    // A string that is both complete and open: keep it closed (the shorter demand is what holds).
    if (!had) seen.set(it.s, it);
    else if (had.open && !it.open) seen.set(it.s, it);
  }
  return [...seen.values()];
}
