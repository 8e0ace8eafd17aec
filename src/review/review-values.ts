import type { ItemRecord, ReviewState } from './review-store.js';
import type { LabelValue } from './review-schemas.js';

export interface MyValue {
  value: LabelValue;
  reason?: string;
  at: string;
}

export type FinalBy = 'adjudication' | 'agreement' | 'review';

export interface FinalValue {
  value: LabelValue;
  by: FinalBy;
}

const forItem = <T extends { itemId: string }>(rows: T[], itemId: string): T[] => rows.filter((r) => r.itemId === itemId);

/** A reviewer's latest correction per label of an item (rows are in write order). */
export function myCorrections(state: ReviewState, itemId: string, reviewer: string): Record<string, MyValue> {
  const out: Record<string, MyValue> = {};
  for (const c of forItem(state.corrections, itemId)) if (c.reviewer === reviewer) out[c.labelId] = { value: c.value, ...(c.reason ? { reason: c.reason } : {}), at: c.at };
  return out;
}

/** The reviewers who accepted the item, in first-accept order. */
export function acceptedBy(state: ReviewState, itemId: string): string[] {
  return [...new Set(forItem(state.accepts, itemId).map((a) => a.reviewer))];
}

/**
 * A reviewer's answer: the machine value of every label, overridden by the reviewer's latest
 * correction. Only an accepted item has an answer (a correction alone is work in progress); a
 * correction made after the accept still counts, as the reviewer's latest word.
 */
export function answerOf(item: Pick<ItemRecord, 'id' | 'machine'>, state: ReviewState, reviewer: string): Record<string, LabelValue> | undefined {
  if (!acceptedBy(state, item.id).includes(reviewer)) return undefined;
  const out = { ...item.machine };
  for (const [label, v] of Object.entries(myCorrections(state, item.id, reviewer))) out[label] = v.value;
  return out;
}

/** The latest adjudication per label of an item. */
export function adjudicated(state: ReviewState, itemId: string): Record<string, { value: LabelValue; adjudicator: string; reason: string | null; at: string }> {
  const out: Record<string, { value: LabelValue; adjudicator: string; reason: string | null; at: string }> = {};
  for (const a of forItem(state.adjudications, itemId)) out[a.labelId] = { value: a.value, adjudicator: a.adjudicator, reason: a.reason, at: a.at };
  return out;
}

/**
 * The final value of each label of an item: the adjudicator's (final and recorded), else the value
 * every accepting reviewer gave (`agreement` with two or more, `review` with one). A label the
 * reviewers disagree on and nobody adjudicated has no final value yet.
 */
export function finalValues(item: Pick<ItemRecord, 'id' | 'machine'>, state: ReviewState): Record<string, FinalValue> {
  const adj = adjudicated(state, item.id);
  const answers = acceptedBy(state, item.id)
    .map((r) => answerOf(item, state, r))
    .filter((a): a is Record<string, LabelValue> => a !== undefined);
  const out: Record<string, FinalValue> = {};
  for (const label of Object.keys(item.machine)) {
    const a = adj[label];
    if (a) {
      out[label] = { value: a.value, by: 'adjudication' };
      continue;
    }
    if (!answers.length) continue;
    const vals = new Set(answers.map((x) => x[label]));
    if (vals.size === 1) out[label] = { value: answers[0]![label]!, by: answers.length > 1 ? 'agreement' : 'review' };
  }
  return out;
}

/** Labels where two or more accepting reviewers gave different values and no adjudication exists yet. */
export function openDisagreements(item: Pick<ItemRecord, 'id' | 'machine'>, state: ReviewState): string[] {
  const adj = adjudicated(state, item.id);
  const answers = acceptedBy(state, item.id)
    .map((r) => answerOf(item, state, r))
    .filter((a): a is Record<string, LabelValue> => a !== undefined);
  if (answers.length < 2) return [];
  return Object.keys(item.machine).filter((l) => !adj[l] && new Set(answers.map((a) => a[l])).size > 1);
}

/** Whether every label of the item has a final value (it can go into the gold). */
export function isSettled(item: Pick<ItemRecord, 'id' | 'machine'>, state: ReviewState): boolean {
  const f = finalValues(item, state);
  return Object.keys(item.machine).every((l) => f[l] !== undefined);
}
