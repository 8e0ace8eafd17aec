import type { LabelValue } from '../domain/labels.js';

/**
 * Vote codes of the label matrix. `abstain` is the source's "not mentioned": it is an observed
 * answer (a report that never mentions effusion is evidence against effusion). {@link MISSING}
 * means the source has no record of the report at all and is left out of the likelihood.
 */
export const VOTE = { positive: 0, negative: 1, uncertain: 2, abstain: 3 } as const;
export const MISSING = -1;
export const VOTE_NAMES = ['positive', 'negative', 'uncertain', 'abstain'] as const;
export type VoteName = (typeof VOTE_NAMES)[number];
/** Number of observed vote categories of one source. */
export const VOTE_KINDS = 4;

/**
 * Votes of every source on every report and label, one byte each. Layout: `votes[(s * L + l) * N + i]`
 * for source s, label l, report i (N reports, L labels), so one source × label column is contiguous.
 */
export interface LabelMatrix {
  ids: string[];
  labels: string[];
  sources: string[];
  votes: Int8Array;
}

/** A matrix with every cell {@link MISSING}. */
export function createLabelMatrix(ids: string[], labels: string[], sources: string[]): LabelMatrix {
  const votes = new Int8Array(ids.length * labels.length * sources.length).fill(MISSING);
  return { ids, labels, sources, votes };
}

/** Offset of the (source, label) column in {@link LabelMatrix.votes}. */
export function columnOffset(m: LabelMatrix, source: number, label: number): number {
  return (source * m.labels.length + label) * m.ids.length;
}

/** Maps a stored / exported label value to its vote code. */
export function voteOf(v: LabelValue): number {
  switch (v) {
    case 'positive':
      return VOTE.positive;
    case 'negative':
      return VOTE.negative;
    case 'uncertain':
      return VOTE.uncertain;
    default:
      return VOTE.abstain;
  }
}

/**
 * A labelling source as the matrix builder sees it: per report id, one vote code per label it
 * covers (aligned with `labels`). Compact on purpose: five sources of 200,000 reports are held at once.
 */
export interface SourceVotes {
  name: string;
  labels: string[];
  records: Map<string, Int8Array>;
}

/** The vote codes of one record's values, aligned with `labels` (a label without a value abstains). */
export function votesOf(labels: string[], values: Record<string, LabelValue>): Int8Array {
  const out = new Int8Array(labels.length);
  labels.forEach((l, i) => (out[i] = voteOf(values[l] ?? 'not_mentioned')));
  return out;
}

/** "Pleural_Thickening", "pleural thickening" and "Pleural-Thickening" name the same label. */
export function labelKey(s: string): string {
  return s.trim().toLowerCase().replace(/[\s_-]+/g, ' ');
}

/**
 * Joins sources on report id into one matrix. Reports: the union, in first-seen order. Labels: the
 * union by {@link labelKey} (first spelling kept), or `onlyLabels` when given. A label a source does
 * not cover, and a report it has no record of, are {@link MISSING} for that source.
 */
export function buildLabelMatrix(sources: SourceVotes[], onlyLabels?: string[]): LabelMatrix {
  const ids: string[] = [];
  const idIndex = new Map<string, number>();
  for (const s of sources)
    for (const id of s.records.keys())
      if (!idIndex.has(id)) {
        idIndex.set(id, ids.length);
        ids.push(id);
      }
  const labels: string[] = [];
  const labelIndex = new Map<string, number>();
  const addLabel = (l: string): void => {
    const k = labelKey(l);
    if (!labelIndex.has(k)) {
      labelIndex.set(k, labels.length);
      labels.push(l);
    }
  };
  if (onlyLabels) onlyLabels.forEach(addLabel);
  else for (const s of sources) s.labels.forEach(addLabel);
  const m = createLabelMatrix(ids, labels, sources.map((s) => s.name));
  sources.forEach((s, si) => {
    const cols = s.labels.flatMap((name, k) => {
      const l = labelIndex.get(labelKey(name));
      return l === undefined ? [] : [{ k, offset: columnOffset(m, si, l) }];
    });
    for (const [id, votes] of s.records) {
      const i = idIndex.get(id)!;
      for (const c of cols) m.votes[c.offset + i] = votes[c.k]!;
    }
  });
  return m;
}
