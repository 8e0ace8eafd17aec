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
 * A labelling source as the matrix builder sees it: report ids and their vote codes, row-major
 * (`votes[row * labels.length + k]`). One flat array per source on purpose: five sources of
 * 200,000 reports are held at once.
 */
export interface SourceVotes {
  name: string;
  labels: string[];
  ids: string[];
  votes: Int8Array;
}

/** Accumulates rows of vote codes for a source whose label list is known; rejects duplicate ids. */
export class VoteRows {
  readonly ids: string[] = [];
  private readonly seen = new Set<string>();
  private buf: Int8Array;

  constructor(readonly labels: string[]) {
    this.buf = new Int8Array(Math.max(1, labels.length) * 1024);
  }

  has(id: string): boolean {
    return this.seen.has(id);
  }

  /** Appends a report; `values` are label values (a label without a value abstains) or vote codes aligned with `labels`. */
  add(id: string, values: Record<string, LabelValue> | Int8Array): void {
    const L = this.labels.length;
    const at = this.ids.length * L;
    if (at + L > this.buf.length) {
      const next = new Int8Array(this.buf.length * 2);
      next.set(this.buf);
      this.buf = next;
    }
    if (values instanceof Int8Array) this.buf.set(values, at);
    else for (let k = 0; k < L; k++) this.buf[at + k] = voteOf(values[this.labels[k]!] ?? 'not_mentioned');
    this.ids.push(id);
    this.seen.add(id);
  }

  votes(): Int8Array {
    return this.buf.slice(0, this.ids.length * this.labels.length);
  }
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
    for (const id of s.ids)
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
    const L = s.labels.length;
    s.ids.forEach((id, row) => {
      const i = idIndex.get(id)!;
      for (const c of cols) m.votes[c.offset + i] = s.votes[row * L + c.k]!;
    });
  });
  return m;
}
