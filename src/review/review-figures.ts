import type { ItemRecord, ReviewStore, WorklistRecord } from './review-store.js';
import { pairAgreement, type PairAgreement, type PairedAnswers } from './agreement.js';
import { extractorAccuracy, type ExtractorAccuracy, type ReviewedPair } from './accuracy.js';
import { acceptedBy, answerOf, finalValues, openDisagreements } from './review-values.js';
import type { LabelValue } from './review-schemas.js';

const PAGE = 500;

/** Every item of a worklist with its review state, a page at a time (never the whole list at once). */
export async function* reviewedPages(store: ReviewStore, worklistId: string, afterPosition = 0): AsyncIterable<{ items: ItemRecord[]; state: Awaited<ReturnType<ReviewStore['reviewState']>> }> {
  let after = afterPosition;
  for (;;) {
    const items = await store.itemsAfter(worklistId, after, PAGE);
    if (!items.length) return;
    after = items.at(-1)!.position;
    yield { items, state: await store.reviewState(items.map((i) => i.id)) };
    if (items.length < PAGE) return;
  }
}

/** Per reviewer pair, the answers both gave on the items both accepted. */
export async function pairedAnswers(store: ReviewStore, worklistId: string): Promise<Map<string, { a: string; b: string; answers: PairedAnswers }>> {
  const pairs = new Map<string, { a: string; b: string; answers: PairedAnswers }>();
  for await (const { items, state } of reviewedPages(store, worklistId)) {
    for (const it of items) {
      const who = acceptedBy(state, it.id).sort();
      for (let i = 0; i < who.length; i++)
        for (let j = i + 1; j < who.length; j++) {
          const a = who[i]!;
          const b = who[j]!;
          const key = `${a}|${b}`;
          let p = pairs.get(key);
          if (!p) pairs.set(key, (p = { a, b, answers: { a: [], b: [] } }));
          p.answers.a.push(answerOf(it, state, a)!);
          p.answers.b.push(answerOf(it, state, b)!);
        }
    }
  }
  return pairs;
}

export interface PairFigures extends PairAgreement {
  a: string;
  b: string;
}

/** Agreement (percent, Cohen's kappa with bootstrap CIs) of every reviewer pair of a worklist. */
export async function worklistAgreement(store: ReviewStore, wl: WorklistRecord, labels: string[], iterations = 1000, seed = 42): Promise<PairFigures[]> {
  const out: PairFigures[] = [];
  for (const p of (await pairedAnswers(store, wl.id)).values()) out.push({ a: p.a, b: p.b, ...pairAgreement(p.answers, labels, iterations, seed) });
  return out;
}

/** Machine vs final values of the reviewed items of the worklists (only labels with a final value). */
export async function reviewedPairs(store: ReviewStore, worklists: WorklistRecord[]): Promise<ReviewedPair[]> {
  const out: ReviewedPair[] = [];
  const seen = new Set<string>();
  for (const wl of worklists)
    for await (const { items, state } of reviewedPages(store, wl.id)) {
      for (const it of items) {
        const f = finalValues(it, state);
        const final: Record<string, LabelValue> = {};
        for (const [l, v] of Object.entries(f)) final[l] = v.value;
        if (!Object.keys(final).length) continue;
        // A report on two worklists counts once per extractor.
        const key = `${it.reportId}|${it.extractor}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ id: it.reportId, extractor: it.extractor, machine: it.machine, final });
        if (it.other) out.push({ id: it.reportId, extractor: it.other.extractor, machine: it.other.values, final });
      }
    }
  return out;
}

export async function worklistAccuracy(store: ReviewStore, worklists: WorklistRecord[], labels: string[], iterations = 1000, seed = 42): Promise<ExtractorAccuracy[]> {
  return extractorAccuracy(await reviewedPairs(store, worklists), labels, iterations, seed);
}

/** Median of a list (NaN when empty). */
export function median(xs: number[]): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Items with open disagreements after a position, up to `limit`, reading pages until enough are found. */
export async function adjudicationQueue(store: ReviewStore, worklistId: string, afterPosition: number, limit: number): Promise<{ items: Array<{ itemId: string; position: number; labels: string[] }>; more: boolean }> {
  const items: Array<{ itemId: string; position: number; labels: string[] }> = [];
  for await (const page of reviewedPages(store, worklistId, afterPosition)) {
    for (const it of page.items) {
      const labels = openDisagreements(it, page.state);
      if (!labels.length) continue;
      if (items.length === limit) return { items, more: true };
      items.push({ itemId: it.id, position: it.position, labels });
    }
  }
  return { items, more: false };
}
