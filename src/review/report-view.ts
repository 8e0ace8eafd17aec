import type { Mention, StudyLabel } from '../domain/labels.js';
import type { Ontology } from '../domain/ontology.js';
import type { ItemRecord, ReviewState, StoredVersion } from './review-store.js';
import { adjudicated, finalValues, myCorrections, type FinalValue, type MyValue } from './review-values.js';
import type { LabelValue } from './review-schemas.js';

export interface ViewMention {
  labelId: string;
  start: number;
  end: number;
  assertion: Mention['assertion'];
  temporality: Mention['temporality'];
  trigger?: { kind: string; text: string; start?: number; end?: number };
  /** The model's quoted evidence (LLM mentions). */
  quote?: string;
  /** False for a model quote that was not found in the text (shown, never counted). */
  verified: boolean;
  source: string;
}

export interface ViewLabel {
  labelId: string;
  name: string;
  machine: { value: LabelValue; extractor: string; evidence?: { start: number; end: number; text: string } };
  /** Disagreement worklists: the second source's value. */
  other?: { value: LabelValue; extractor: string };
  mine: MyValue | null;
  final?: FinalValue;
  reviews?: Array<{ reviewer: { id: string; name: string }; value: LabelValue; reason?: string }>;
}

/** Where a mention came from: the model's quotes carry the `llm` trigger rule inside a hybrid result. */
const sourceOf = (m: Mention, extractor: string): string => (m.trigger?.rule === 'llm' || !m.verified ? (extractor === 'hybrid' ? 'llm' : extractor) : extractor);

/**
 * Mentions for highlighting, from the evidence the store keeps with every label (span, assertion,
 * temporality, deciding trigger), the machine side first. Duplicates (the same label and span
 * from both sources) are kept once.
 */
export function viewMentions(labels: Record<string, StudyLabel> | null, extractor: string, other?: ItemRecord['other']): ViewMention[] {
  const out: ViewMention[] = [];
  const seen = new Set<string>();
  const add = (m: Mention, source: string) => {
    const k = `${m.label}|${m.span.start}|${m.span.end}|${m.assertion}`;
    if (seen.has(k)) return;
    seen.add(k);
    const llm = source === 'llm' || m.trigger?.rule === 'llm';
    out.push({
      labelId: m.label,
      start: m.span.start,
      end: m.span.end,
      assertion: m.assertion,
      temporality: m.temporality,
      ...(m.trigger ? { trigger: { kind: m.trigger.category, text: m.trigger.text, ...(m.trigger.span ? { start: m.trigger.span.start, end: m.trigger.span.end } : {}) } } : {}),
      ...(llm ? { quote: m.phrase } : {}),
      verified: m.verified,
      source,
    });
  };
  for (const l of Object.values(labels ?? {})) for (const m of l.evidence) add(m, sourceOf(m, extractor));
  for (const ms of Object.values(other?.evidence ?? {})) for (const m of ms) add(m, other!.extractor);
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

export interface LabelGridOptions {
  /** Whose corrections fill `mine`. */
  reviewer: string;
  /** Adjudication view: every reviewer's answer is shown (never in a reviewer's blind view). */
  withReviews?: { names: Map<string, string> };
}

/** The label grid of an item: machine value with its deciding evidence, the caller's value, the final value. */
export function labelGrid(item: ItemRecord, stored: StoredVersion | undefined, ontology: Ontology, state: ReviewState, opts: LabelGridOptions): ViewLabel[] {
  const mine = myCorrections(state, item.id, opts.reviewer);
  const finals = finalValues(item, state);
  const adj = adjudicated(state, item.id);
  return ontology.labels
    .filter((l) => item.machine[l.id] !== undefined)
    .map((l): ViewLabel => {
      const ev = stored?.labels?.[l.id]?.evidence[0];
      const row: ViewLabel = {
        labelId: l.id,
        name: l.name,
        machine: { value: item.machine[l.id]!, extractor: item.extractor, ...(ev ? { evidence: { start: ev.span.start, end: ev.span.end, text: ev.phrase } } : {}) },
        mine: mine[l.id] ?? null,
        ...(finals[l.id] ? { final: finals[l.id] } : {}),
      };
      if (item.other) row.other = { value: item.other.values[l.id] ?? 'not_mentioned', extractor: item.other.extractor };
      if (opts.withReviews) {
        const reviewers = [...new Set(state.accepts.filter((a) => a.itemId === item.id).map((a) => a.reviewer))];
        row.reviews = reviewers.map((r) => {
          const c = myCorrections(state, item.id, r)[l.id];
          return { reviewer: { id: r, name: opts.withReviews!.names.get(r) ?? r }, value: c?.value ?? item.machine[l.id]!, ...(c?.reason ? { reason: c.reason } : {}) };
        });
        if (adj[l.id]?.reason) row.final = { ...row.final!, reason: adj[l.id]!.reason } as FinalValue;
      }
      return row;
    });
}
