import type { PhiCategory, PhiSpan } from './phi-span.js';
import { foldDiacritics, LATIN_WORD_RE as WORD_RE } from './fold-text.js';
import { keyedHex } from './keyed-hash.js';
import { allMatches } from './regex-matches.js';

const MAX_SCOPES = 5_000;
const MAX_WORDS = 500;
const REMEMBERED: ReadonlySet<string> = new Set(['NAME', 'LOCATION']);
// Only the strongest evidence is carried to later reports: a title ("Dr. Healey"), a credential
// ("Lander RRT"), a movement cue ("transferred to Quartermain") or a ward number.
const STRONG_SOURCES: ReadonlySet<string> = new Set(['title', 'credential', 'place-cue', 'ward']);

/**
 * An explicit per-patient memory owned by a run (issue 11): a word found as a name or place in
 * one of a patient's reports is the same identifier in the patient's later reports, where it may
 * stand without a cue ("Quartermain 3"). Nothing is module-level: a run that wants the memory
 * creates one context, passes it in `DeidSettings.patientContext`, and can `reset()` it; without
 * a context the output of a report depends only on the report and the key. Words are kept as
 * keyed 32-bit hashes (the salt derives from the key, so a restart with the same key and the same
 * reports in the same order gives the same output); each de-id record carries the state digest
 * of the context the report was read with (`deid.context`).
 */
export class PatientContext {
  private readonly memory = new Map<string, Map<number, PhiCategory>>();
  private readonly salt: number;

  /** `id` names the context in de-id records (a run id, a batch name); `key` is the de-id key. */
  constructor(
    readonly id: string,
    key: string,
  ) {
    this.salt = Number.parseInt(keyedHex(key, 'radlabel:patient-context-salt').slice(0, 8), 16);
  }

  private hash(w: string): number {
    let h = 0x811c9dc5 ^ this.salt;
    for (let i = 0; i < w.length; i++) {
      h ^= w.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    return h >>> 0;
  }

  /** Forgets every patient. */
  reset(): void {
    this.memory.clear();
  }

  /** A digest of what the context holds for `scope` (word hashes only), for the de-id record. */
  digest(scope: string): string {
    const words = this.memory.get(scope);
    if (!words || words.size === 0) return 'empty';
    let h = 0x811c9dc5 ^ this.salt;
    for (const w of [...words.keys()].sort((a, b) => a - b)) h = Math.imul(h ^ w, 0x01000193);
    return `${words.size}:${(h >>> 0).toString(16).padStart(8, '0')}`;
  }

  /** Spans for remembered words of this patient in `text`. */
  recall(scope: string, text: string, isPlainWord: (w: string) => boolean): PhiSpan[] {
    const words = this.memory.get(scope);
    if (!words || words.size === 0) return [];
    const out: PhiSpan[] = [];
    for (const m of allMatches(WORD_RE, text)) {
      if (m[0].length < 2) continue;
      const w = foldDiacritics(m[0]).toLowerCase();
      const c = words.get(this.hash(w));
      if (c && !isPlainWord(w)) out.push({ start: m.index, end: m.index + m[0].length, category: c, source: 'patient-context' });
    }
    return out;
  }

  /** Remembers the words of strong free-text name / place spans for the patient's later reports. */
  remember(scope: string, text: string, spans: PhiSpan[], isPlainWord: (w: string) => boolean): void {
    let words = this.memory.get(scope);
    for (const s of spans) {
      if (!REMEMBERED.has(s.category) || !STRONG_SOURCES.has(s.source)) continue;
      for (const m of allMatches(WORD_RE, text.slice(s.start, s.end))) {
        const w = foldDiacritics(m[0]).toLowerCase();
        if (w.length < 2 || isPlainWord(w)) continue;
        if (!words) {
          if (this.memory.size >= MAX_SCOPES) this.memory.delete(this.memory.keys().next().value!);
          words = new Map();
          this.memory.set(scope, words);
        }
        if (words.size < MAX_WORDS) words.set(this.hash(w), s.category);
      }
    }
  }
}
