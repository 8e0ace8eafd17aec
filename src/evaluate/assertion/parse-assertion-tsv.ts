import { RadlabelError } from '../../errors/index.js';

/** Gold values normalised to the prediction vocabulary. */
export type NegationClass = 'Affirmed' | 'Negated' | 'Possible';
export type TemporalityClass = 'Recent' | 'Historical' | 'Hypothetical';
export type ExperiencerClass = 'Patient' | 'Other';

/** One annotated sentence of the NegEx / ConText corpus layout. */
export interface AssertionRow {
  /** 1-based line in the file (header = line 1). */
  line: number;
  /** All cells as read, so the output can repeat them unchanged. */
  cells: string[];
  condition: string;
  sentence: string;
  gold: { negation: NegationClass | null; temporality: TemporalityClass | null; experiencer: ExperiencerClass | null };
}

export interface AssertionTable {
  header: string[];
  rows: AssertionRow[];
}

function col(header: string[], re: RegExp, name: string, file: string | undefined): number {
  const i = header.findIndex((h) => re.test(h.trim()));
  if (i < 0) throw new RadlabelError('EVAL_BAD_INPUT', `missing column "${name}"`, { locator: { file, row: 1 } });
  return i;
}

const cap = (s: string): string => s.trim().toLowerCase();

/** Maps an annotator's negation word to a class ("negated", "Affirmed", "possible"). */
export function normalizeNegation(v: string): NegationClass | null {
  const s = cap(v);
  return s.startsWith('neg') ? 'Negated' : s.startsWith('aff') ? 'Affirmed' : s.startsWith('poss') ? 'Possible' : null;
}

/** Temporality; "Not particular" is the annotators' word for hypothetical. */
export function normalizeTemporality(v: string): TemporalityClass | null {
  const s = cap(v);
  return s.startsWith('rec') ? 'Recent' : s.startsWith('hist') ? 'Historical' : s.startsWith('hyp') || s.startsWith('not part') ? 'Hypothetical' : null;
}

/** Experiencer; family members are "Other". */
export function normalizeExperiencer(v: string): ExperiencerClass | null {
  const s = cap(v);
  return s.startsWith('pat') ? 'Patient' : s === '' ? null : 'Other';
}

/**
 * Parses the tab-separated layout `line number, Condition, sentence, negation_status,
 * temporality, experiencer` (header row; header names matched by prefix). Throws `EVAL_BAD_INPUT`
 * naming the file and row for a missing column.
 */
export function parseAssertionTsv(text: string, file?: string): AssertionTable {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = (lines[0] ?? '').split('\t');
  const ci = col(header, /^condition/i, 'Condition', file);
  const si = col(header, /^sentence/i, 'sentence', file);
  const ni = col(header, /^negation/i, 'negation_status', file);
  const ti = col(header, /^temporality/i, 'temporality', file);
  const ei = col(header, /^experiencer/i, 'experiencer', file);
  const rows: AssertionRow[] = [];
  lines.slice(1).forEach((l, k) => {
    if (l.trim() === '') return;
    const cells = l.split('\t');
    while (cells.length < header.length) cells.push('');
    rows.push({
      line: k + 2,
      cells,
      condition: cells[ci] ?? '',
      sentence: cells[si] ?? '',
      gold: { negation: normalizeNegation(cells[ni] ?? ''), temporality: normalizeTemporality(cells[ti] ?? ''), experiencer: normalizeExperiencer(cells[ei] ?? '') },
    });
  });
  return { header, rows };
}
