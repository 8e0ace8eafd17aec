import type { KnownIdentifiers } from '../domain/report.js';
import { RadlabelError, type Locator } from '../errors/index.js';
import { compileKnown, detectKnown, normName, type KnownMatcher } from './known-identifiers.js';
import { fingerprint } from './guard-fingerprints.js';
import { detectDates, MONTH_WORDS } from './patterns.js';
import { isoReadingsOfDateText } from './date-parse.js';
import { foldDiacritics } from './fold-text.js';
import { allMatches } from './regex-matches.js';

const compiled = new WeakMap<KnownIdentifiers, KnownMatcher>();

function leak(category: string, locator?: Locator): RadlabelError {
  return new RadlabelError('DEID_LEAK', `A known ${category} identifier was found in outgoing text; blocked.`, { locator });
}

/**
 * Re-scans `text` for every identifier known from the report's structured context and throws
 * `DEID_LEAK` (naming the locator and the identifier category, never the value) on a hit.
 */
export function assertNoLeak(text: string, known: KnownIdentifiers, locator?: Locator): void {
  let matcher = compiled.get(known);
  if (!matcher) {
    matcher = compileKnown(known);
    compiled.set(known, matcher);
  }
  assertNoLeakCompiled(text, matcher, locator);
}

/** {@link assertNoLeak} with the report's matcher already compiled (the de-identification stage). */
export function assertNoLeakCompiled(text: string, matcher: KnownMatcher, locator?: Locator): void {
  const hit = detectKnown(text, matcher)[0];
  if (hit) throw leak(hit.category, locator);
}

const WORD_RE = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*/gu;
const CHUNK_RE = /[A-Za-z0-9]+/g;

/**
 * Every run of alphanumeric chunks joined by at most two separator characters (space, dot, dash,
 * slash, brackets), separators dropped, uppercased, that is exactly `len` long: "RAD2024 99817",
 * "(410) 555-0199" and "0012-3456" become their id forms. Mirrors the known-identifier scan.
 */
function joinedChunks(text: string, len: number): string[] {
  const chunks = allMatches(CHUNK_RE, text);
  const out: string[] = [];
  for (let i = 0; i < chunks.length; i++) {
    let acc = '';
    for (let j = i; j < chunks.length; j++) {
      if (j > i) {
        const prev = chunks[j - 1]!;
        const gap = text.slice(prev.index + prev[0].length, chunks[j]!.index);
        if (!/^[\s()./-]{1,2}$/.test(gap)) break;
      }
      acc += chunks[j]![0].toUpperCase();
      if (acc.length === len) out.push(acc);
      if (acc.length >= len) break;
    }
  }
  return out;
}
const EMAIL_RE = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;

/**
 * The fingerprint variant of {@link assertNoLeak}, for export / API time when only the stored
 * guard (keyed HMACs) is at hand: hashes the text's words, word n-grams, id-like runs, digit runs
 * and dates and looks them up in `guard`.
 */
export function assertNoLeakByGuard(text: string, guard: string[], key: string, locator?: Locator): void {
  if (guard.length === 0) return;
  const set = new Set(guard);
  const kinds = new Set(guard.map((g) => g.split(':')[1]));
  const check = (category: string, kind: string, value: string) => {
    if (value && set.has(fingerprint(key, category, kind, value))) throw leak(category, locator);
  };
  const cats = (kind: string) => [...new Set(guard.filter((g) => g.split(':')[1] === kind).map((g) => g.split(':')[0]!))];
  const matches = allMatches(WORD_RE, text);
  // A month before a day ("June 3") is part of a (shifted) date, not a name that is also a month.
  const words = matches.map((m, i) => {
    const next = matches[i + 1];
    return next && MONTH_WORDS.has(m[0].toLowerCase()) && /^\d{1,2}$/.test(next[0]) && /^\.?[ \t]*$/.test(text.slice(m.index + m[0].length, next.index)) ? '' : m[0];
  });
  const norm = words.map(normName);
  for (const kind of kinds) {
    if (!kind) continue;
    const categories = cats(kind);
    if (kind === 'c') {
      for (const w of words) for (const c of categories) check(c, 'c', foldDiacritics(w).replace(/['’-]/g, ''));
    } else if (kind.startsWith('w')) {
      const n = Number(kind.slice(1));
      for (let i = 0; i + n <= norm.length; i++) {
        const gram = norm.slice(i, i + n).join(' ');
        for (const c of categories) check(c, kind, gram);
      }
      if (n === 1) for (const w of words) for (const piece of w.split(/['’-]/)) for (const c of categories) check(c, kind, normName(piece));
    } else if (/^a\d+$/.test(kind)) {
      const len = Number(kind.slice(1));
      for (const candidate of joinedChunks(text, len)) for (const c of categories) check(c, kind, candidate);
    } else if (kind === 'd') {
      for (const s of detectDates(text)) {
        for (const iso of isoReadingsOfDateText(text.slice(s.start, s.end))) check('DATE', 'd', iso);
      }
    } else if (kind === 'e') {
      for (const m of allMatches(EMAIL_RE, text)) check('EMAIL', 'e', m[0].toLowerCase());
    }
  }
}
