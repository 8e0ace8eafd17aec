import { stringify } from 'csv-stringify/sync';
import type { Ontology } from '../domain/ontology.js';
import { cellFor } from '../export/label-cells.js';
import type { ItemRecord, ReviewStore, WorklistRecord } from './review-store.js';
import { finalValues, isSettled, type FinalValue } from './review-values.js';

export type GoldFormat = 'csv' | 'jsonl';

export interface GoldRow {
  reportId: string;
  worklistId: string;
  finals: Record<string, FinalValue>;
}

const PAGE = 500;

/**
 * Settled items (every label has a final value) of the worklists, newest worklist first; a report
 * reviewed on two worklists is exported once, from the newest. Unsettled items (still to review,
 * or awaiting adjudication) are counted in `stats.pending`, never exported half-done.
 */
export async function* goldRows(store: ReviewStore, worklists: WorklistRecord[], stats: { rows: number; pending: number } = { rows: 0, pending: 0 }): AsyncIterable<GoldRow> {
  const seen = new Set<string>();
  const newestFirst = [...worklists].sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : a.id < b.id ? 1 : -1));
  for (const wl of newestFirst) {
    let after = 0;
    for (;;) {
      const items: ItemRecord[] = await store.itemsAfter(wl.id, after, PAGE);
      if (!items.length) break;
      after = items.at(-1)!.position;
      const state = await store.reviewState(items.map((i) => i.id));
      for (const it of items) {
        if (seen.has(it.reportId)) continue;
        if (!isSettled(it, state)) {
          stats.pending++;
          continue;
        }
        seen.add(it.reportId);
        stats.rows++;
        yield { reportId: it.reportId, worklistId: wl.id, finals: finalValues(it, state) };
      }
      if (items.length < PAGE) break;
    }
  }
}

/** CheXpert layout (`id` then one column per ontology label, the ontology's 1 / 0 / -1 / blank cells): what `radlabel eval --gold` reads. */
export const goldCsvHeader = (ontology: Ontology): string => stringify([['id', ...ontology.labels.map((l) => l.id)]]);

export const goldCsvLine = (r: GoldRow, ontology: Ontology): string => stringify([[r.reportId, ...ontology.labels.map((l) => cellFor(r.finals[l.id]?.value, ontology))]]);

/** One JSONL record: `{ id, labels: { label: value } }` (what `radlabel eval --gold` reads) plus how each value became final. */
export const goldJsonLine = (r: GoldRow, ontology: Ontology): string =>
  JSON.stringify({
    id: r.reportId,
    labels: Object.fromEntries(ontology.labels.filter((l) => r.finals[l.id]).map((l) => [l.id, r.finals[l.id]!.value])),
    review: { worklist: r.worklistId, decidedBy: Object.fromEntries(ontology.labels.filter((l) => r.finals[l.id]).map((l) => [l.id, r.finals[l.id]!.by])) },
  }) + '\n';

/** The gold as a stream of text chunks (header first for CSV). */
export async function* goldLines(store: ReviewStore, worklists: WorklistRecord[], ontology: Ontology, format: GoldFormat, stats?: { rows: number; pending: number }): AsyncIterable<string> {
  if (format === 'csv') yield goldCsvHeader(ontology);
  for await (const r of goldRows(store, worklists, stats)) yield format === 'csv' ? goldCsvLine(r, ontology) : goldJsonLine(r, ontology);
}
