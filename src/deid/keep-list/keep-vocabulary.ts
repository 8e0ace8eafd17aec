// The keep-list vocabulary (issue 11): the words a de-identifier may leave in a name-like
// position. A word in such a position that is not here is taken as PHI (after Philter's
// allow-list design), so a name nobody has seen is caught without a list of names.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { foldDiacritics, LATIN_WORD_RE } from '../fold-text.js';
import { LEXICON_DIR, loadLexicons } from '../lexicons.js';
import * as vocabulary from '../free-text/vocabulary.js';

/** A set of lower-case words (folded diacritics) that are ordinary English or clinical vocabulary. */
export interface KeepVocabulary {
  has(word: string): boolean;
  /** Whether the word is one edit (a letter added, dropped, changed or two swapped) from a vocabulary word of ≥ 5 letters. */
  nearMiss(word: string): boolean;
  /** How many words it holds, per source, for reports. */
  readonly sizes: Record<string, number>;
}

function readWords(file: string): string[] {
  const out: string[] = [];
  for (const line of readFileSync(path.join(LEXICON_DIR, file), 'utf8').split('\n')) {
    const w = line.trim();
    if (w && !w.startsWith('#')) out.push(w);
  }
  return out;
}

/**
 * The fixed part of the vocabulary, shipped in `lexicons/`: common English words (SCOWL 10–35),
 * the hand-written clinical terms, and `clinical-vocabulary.txt` (the rules, ontologies and
 * findings lexicon of this repository and the words of the public Open-i report text).
 */
export function baseVocabularyWords(): Set<string> {
  const lex = loadLexicons();
  const words = new Set<string>([...vocabulary.commonWords(), ...lex.clinical, ...vocabulary.STOP, ...vocabulary.CREDENTIALS, ...vocabulary.TITLES]);
  for (const w of readWords('clinical-vocabulary.txt')) words.add(w);
  return words;
}

/**
 * Near-miss look-ups answered by generating candidates (about 1,000–3,000 set look-ups each) before
 * the deletion index is built (a few hundred thousand strings, the cost of ~300 such look-ups).
 */
export const NEAR_MISS_INDEX_AFTER = 64;

/** A vocabulary from the base words and a notes vocabulary (shipped or built from training folds). */
export function makeVocabulary(base: Set<string>, notes: Iterable<string>): KeepVocabulary {
  const extra = new Set<string>();
  for (const w of notes) if (!base.has(w)) extra.add(w);
  // One set for the look-up on the hot path.
  const all = new Set([...base, ...extra]);
  const has = (w: string) => all.has(w);
  let deletes: Set<string> | undefined;
  // Symmetric-delete index (SymSpell): a word and a vocabulary word one edit apart share a
  // one-letter deletion (or one is the other's deletion). Building it takes longer than a short
  // run spends in all its look-ups, so it is built only once {@link NEAR_MISS_INDEX_AFTER} look-ups
  // were answered without it.
  const index = () => {
    if (deletes) return deletes;
    deletes = new Set();
    for (const set of [base, extra]) for (const w of set) if (w.length >= 5 && /^[a-z]+$/.test(w)) for (let i = 0; i < w.length; i++) deletes.add(w.slice(0, i) + w.slice(i + 1));
    return deletes;
  };
  // Whether `x` is in the index, without it: one letter put back anywhere in `x` makes a
  // vocabulary word of ≥ 5 letters a–z (`x` has ≥ 4 letters here, so the word has ≥ 5).
  const isDeletion = (x: string): boolean => {
    if (!/^[a-z]+$/.test(x)) return false;
    for (let i = 0; i <= x.length; i++) {
      const head = x.slice(0, i);
      const tail = x.slice(i);
      for (let c = 97; c <= 122; c++) if (all.has(head + String.fromCharCode(c) + tail)) return true;
    }
    return false;
  };
  let lookups = 0;
  // A word's answer never changes for this vocabulary, and the same words come back in every
  // report: each is worked out once (a look-up per deletion otherwise), bounded, dropped when full.
  const near = new Map<string, boolean>();
  const nearMiss = (w: string) => {
    // Short runs answer from generated candidates; the deletion index pays off only for longer ones.
    const d = deletes ?? (++lookups > NEAR_MISS_INDEX_AFTER ? index() : undefined);
    const inIndex = d ? (x: string) => d.has(x) : isDeletion;
    if (inIndex(w)) return true;
    for (let i = 0; i < w.length; i++) {
      const v = w.slice(0, i) + w.slice(i + 1);
      if (has(v) || inIndex(v)) return true;
    }
    return false;
  };
  return {
    has,
    nearMiss(w) {
      if (w.length < 5) return false;
      let hit = near.get(w);
      if (hit === undefined) {
        hit = nearMiss(w);
        if (near.size >= 50_000) near.clear();
        near.set(w, hit);
      }
      return hit;
    },
    sizes: { base: base.size, notes: extra.size },
  };
}

let shipped: KeepVocabulary | undefined;
/** The shipped vocabulary: base words plus `lexicons/notes-vocabulary.txt` (see PROVENANCE.md). */
export function shippedVocabulary(): KeepVocabulary {
  shipped ??= makeVocabulary(baseVocabularyWords(), readWords('notes-vocabulary.txt'));
  return shipped;
}

/** The lower-case folded words of a text (the tokens the keep-list layer looks up). */
export function wordsOf(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(LATIN_WORD_RE)) out.push(foldDiacritics(m[0]).toLowerCase().replace(/’/g, "'"));
  return out;
}

/** A note of a labelled corpus: its patient, its text and the gold PHI ranges in it. */
export interface LabelledNote {
  patient: string;
  text: string;
  phi: { start: number; end: number }[];
}

/**
 * Words of labelled notes that are never inside a gold PHI span and occur in the notes of at
 * least `minPatients` patients: the notes' own shorthand ("neuro", "abd", "sx"). Requiring several
 * patients keeps one patient's unlabelled name out. Used with the training folds only under
 * cross-validation.
 */
export function notesVocabulary(notes: LabelledNote[], minPatients = 2): string[] {
  const inPhi = new Set<string>();
  const patients = new Map<string, Set<string>>();
  for (const n of notes) {
    for (const m of n.text.matchAll(LATIN_WORD_RE)) {
      const w = foldDiacritics(m[0]).toLowerCase().replace(/’/g, "'");
      if (w.length < 2) continue;
      const start = m.index;
      const end = start + m[0].length;
      if (n.phi.some((p) => p.start < end && start < p.end)) {
        inPhi.add(w);
        continue;
      }
      let set = patients.get(w);
      if (!set) patients.set(w, (set = new Set()));
      set.add(n.patient);
    }
  }
  return [...patients].filter(([w, ps]) => ps.size >= minPatients && !inPhi.has(w)).map(([w]) => w).sort();
}
