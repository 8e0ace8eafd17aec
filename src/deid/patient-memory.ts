import { randomBytes } from 'node:crypto';
import type { PhiCategory, PhiSpan } from './phi-span.js';
import { foldDiacritics, LATIN_WORD_RE as WORD_RE } from './fold-text.js';

/**
 * Per-patient detection memory: a word found as a name or place in one of a patient's reports
 * (by title, cue or lexicon) is the same identifier in the patient's later reports, where it may
 * stand without a cue ("Quartermain 3", "healey aware"). Words are kept only as salted 32-bit
 * hashes (salt random per process), scopes are keyed-HMAC patient scopes; the memory is bounded.
 */
const MAX_SCOPES = 5_000;
const MAX_WORDS = 500;
const salt = randomBytes(4).readUInt32LE(0);
const memory = new Map<string, Map<number, PhiCategory>>();

function hashWord(w: string): number {
  let h = 0x811c9dc5 ^ salt;
  for (let i = 0; i < w.length; i++) {
    h ^= w.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const REMEMBERED: ReadonlySet<string> = new Set(['NAME', 'LOCATION']);
// Only the strongest evidence is carried to later reports: a title ("Dr. Healey"), a credential
// ("Lander RRT"), a movement cue ("transferred to Quartermain") or a ward number.
const STRONG_SOURCES: ReadonlySet<string> = new Set(['title', 'credential', 'place-cue', 'ward']);

/** Spans for remembered words of this patient in `text`. */
export function recallPatientWords(scope: string, text: string, isPlainWord: (w: string) => boolean): PhiSpan[] {
  const words = memory.get(scope);
  if (!words || words.size === 0) return [];
  const out: PhiSpan[] = [];
  for (const m of text.matchAll(WORD_RE)) {
    if (m[0].length < 2) continue;
    const w = foldDiacritics(m[0]).toLowerCase();
    const c = words.get(hashWord(w));
    if (c && !isPlainWord(w)) out.push({ start: m.index, end: m.index + m[0].length, category: c, source: 'patient-memory' });
  }
  return out;
}

/** Remembers the words of free-text name / place spans for the patient's later reports. */
export function rememberPatientWords(scope: string, text: string, spans: PhiSpan[], isPlainWord: (w: string) => boolean): void {
  let words = memory.get(scope);
  for (const s of spans) {
    if (!REMEMBERED.has(s.category) || !STRONG_SOURCES.has(s.source)) continue;
    for (const m of text.slice(s.start, s.end).matchAll(WORD_RE)) {
      const w = foldDiacritics(m[0]).toLowerCase();
      if (w.length < 2 || isPlainWord(w)) continue;
      if (!words) {
        if (memory.size >= MAX_SCOPES) memory.delete(memory.keys().next().value!);
        words = new Map();
        memory.set(scope, words);
      }
      if (words.size < MAX_WORDS) words.set(hashWord(w), s.category);
    }
  }
}
