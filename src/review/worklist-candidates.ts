import type { Mention, StudyLabel } from '../domain/labels.js';
import type { Section } from '../domain/report.js';
import { DEFAULT_FINDING_CUES, unrecognisedSentences } from '../extract/hybrid/routing.js';
import type { OtherSource } from './review-store.js';
import type { LabelValue, ReviewFilter } from './review-schemas.js';

/** One report the population offers a worklist builder. */
export interface Candidate {
  reportId: string;
  versionKey: string;
  extractor: string;
  values: Record<string, LabelValue>;
  sourceFormat: string;
  examDate: string | null;
  labels?: Record<string, StudyLabel>;
  text?: string;
  sections?: Section[];
}

export const valuesOf = (labels: Record<string, StudyLabel>): Record<string, LabelValue> => Object.fromEntries(Object.entries(labels).map(([k, v]) => [k, v.value]));

/** Whether a report passes the worklist filter (label / value / extractor / source / exam date). */
export function passesFilter(c: Candidate, f: ReviewFilter): boolean {
  if (f.extractor && c.extractor !== f.extractor) return false;
  if (f.source && c.sourceFormat !== f.source) return false;
  if (f.label) {
    const v = c.values[f.label];
    if (v === undefined) return false;
    if (f.value && v !== f.value) return false;
  } else if (f.value && !Object.values(c.values).includes(f.value)) return false;
  if (f.from || f.to) {
    const d = c.examDate?.slice(0, 10);
    if (!d) return false;
    if (f.from && d < f.from.slice(0, 10)) return false;
    if (f.to && d > f.to.slice(0, 10)) return false;
  }
  return true;
}

/** Labels on which two sources give different values (labels one side lacks are not compared). */
export function disagreeingLabels(a: Record<string, LabelValue>, b: Record<string, LabelValue>): string[] {
  return Object.keys(a)
    .filter((l) => b[l] !== undefined && a[l] !== b[l])
    .sort();
}

/** A disagreement item's second side. */
export const otherSide = (extractor: string, values: Record<string, LabelValue>, evidence?: Record<string, Mention[]>): OtherSource => ({ extractor, values, ...(evidence ? { evidence } : {}) });

/**
 * Why a stored label set is low-confidence, from what the store keeps (the hybrid extractor does
 * not store its routing decision, so its reasons are re-derived the same way):
 * `uncertain:<label>` a label came out uncertain; `conflict:<label>` counted mentions of a label
 * disagree; `unverified:<label>` a model quote was not found in the text; `unrecognised` a finding
 * cue in a sentence no mention covers (needs the text); `p≈0.5:<label>` a combined probability
 * within `nearHalf` of 0.5.
 */
export function lowConfidenceReasons(c: Candidate, probabilities: Record<string, number> | undefined, nearHalf: number): string[] {
  const reasons: string[] = [];
  const labels = c.labels ?? {};
  for (const [id, l] of Object.entries(labels).sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (l.value === 'uncertain') reasons.push(`uncertain:${id}`);
    const counted = l.evidence.filter((m) => m.verified && m.temporality === 'current' && m.experiencer === 'patient');
    if (counted.some((m) => m.assertion === 'present') && counted.some((m) => m.assertion === 'absent')) reasons.push(`conflict:${id}`);
    if (l.evidence.some((m) => !m.verified)) reasons.push(`unverified:${id}`);
  }
  if (c.text !== undefined) {
    const mentions = Object.values(labels).flatMap((l) => l.evidence);
    const report = { text: c.text, sections: c.sections ?? [] } as Parameters<typeof unrecognisedSentences>[0];
    if (unrecognisedSentences(report, mentions, DEFAULT_FINDING_CUES).length) reasons.push('unrecognised');
  }
  for (const [label, p] of Object.entries(probabilities ?? {}).sort((a, b) => (a[0] < b[0] ? -1 : 1))) if (Math.abs(p - 0.5) <= nearHalf) reasons.push(`p≈0.5:${label}`);
  return reasons;
}

const bits = (p: number): number => (p <= 0 || p >= 1 ? 0 : -(p * Math.log2(p) + (1 - p) * Math.log2(1 - p)));

/** Total binary entropy (bits) of a report's combined probabilities: what a review would tell (as `radlabel combine --review-out` ranks). */
export const entropyOf = (probabilities: Record<string, number>): number => Object.values(probabilities).reduce((s, p) => s + bits(p), 0);

/** Positive / uncertain counts for the item list. */
export function summaryOf(values: Record<string, LabelValue>): { positive: number; uncertain: number } {
  const vs = Object.values(values);
  return { positive: vs.filter((v) => v === 'positive').length, uncertain: vs.filter((v) => v === 'uncertain').length };
}
