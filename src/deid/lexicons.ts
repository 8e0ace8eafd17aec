import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoPath } from '../util/paths.js';

/** Folder holding the shipped lexicon files (see `lexicons/PROVENANCE.md`). */
export const LEXICON_DIR = repoPath('lexicons');

/** Name / place / vocabulary sets, lowercase, loaded once per process. */
export interface Lexicons {
  firstNames: Set<string>;
  lastNames: Set<string>;
  /** Names (and places) that are also common English words: they need context to count. */
  ambiguousNames: Set<string>;
  places: Set<string>;
  /** Eponyms, anatomy and clinical vocabulary that must survive even when they look like names. */
  clinical: Set<string>;
  /** First-name surrogates (frequent, unambiguous). */
}

let cached: Lexicons | undefined;

function readList(file: string): string[] {
  const text = readFileSync(path.join(LEXICON_DIR, file), 'utf8');
  const out: string[] = [];
  for (const line of text.split('\n')) {
    const w = line.trim();
    if (w && !w.startsWith('#')) out.push(w.toLowerCase());
  }
  return out;
}

/** Loads the lexicons from {@link LEXICON_DIR} (synchronously, once). */
export function loadLexicons(): Lexicons {
  if (cached) return cached;
  const clinical = new Set(readList('clinical-terms.txt'));
  const dropClinical = (words: string[]) => new Set(words.filter((w) => !clinical.has(w)));
  cached = {
    firstNames: dropClinical(readList('first-names.txt')),
    lastNames: dropClinical(readList('last-names.txt')),
    ambiguousNames: new Set(readList('ambiguous-names.txt')),
    places: dropClinical(readList('us-places.txt')),
    clinical,
  };
  return cached;
}
