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
  /**
   * The name lists' words that the clinical list holds, dropped from the name sets above: eponyms
   * ("parkinson", "hartmann", "jefferson"). Only a strong position reads one as a surname ("per R. Jefferson").
   */
  clinicalNames: Set<string>;
  /** The first names of {@link clinicalNames} ("quentin", "douglas", "june"): a relative's name only right after a relation word. */
  clinicalGivenNames: Set<string>;
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
  const first = readList('first-names.txt');
  const last = readList('last-names.txt');
  cached = {
    firstNames: dropClinical(first),
    lastNames: dropClinical(last),
    clinicalNames: new Set([...first, ...last].filter((w) => clinical.has(w))),
    clinicalGivenNames: new Set(first.filter((w) => clinical.has(w))),
    ambiguousNames: new Set(readList('ambiguous-names.txt')),
    places: dropClinical(readList('us-places.txt')),
    clinical,
  };
  return cached;
}

let givenWords: ReadonlySet<string> | undefined;

/**
 * Given names that are also English words and frequent as names ("will", "pearl", "rose"): the
 * entries of `ambiguous-names.txt` with 20,000 US births or more (`ambiguous-given-names.txt`, see
 * `lexicons/PROVENANCE.md`). Read only beside a found part of a name (free-text/name-halves.ts).
 */
export function givenNameWords(): ReadonlySet<string> {
  return (givenWords ??= new Set(readList('ambiguous-given-names.txt')));
}
