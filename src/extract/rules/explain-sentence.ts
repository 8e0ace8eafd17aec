import type { Ontology } from '../../domain/ontology.js';
import type { DeidentifiedReport } from '../../domain/report.js';
import { splitSections } from '../../ingest/sections/split-sections.js';
import { createRulesExtractor } from './rules-extractor.js';

/** What the rules engine decided about one label in a sentence, and why. */
export interface SentenceDecision {
  label: string;
  value: string;
  /** Every mention of the label: the matched phrase, its assertion and the deciding trigger. */
  mentions: Array<{ phrase: string; assertion: string; temporality: string; experiencer: string; trigger?: { text: string; category: string; rule?: string } }>;
}

/**
 * Runs the rules engine on one sentence (or short text) with an ontology and returns, per label
 * that was mentioned, the study value and each mention with its matched phrase and trigger:
 * what `radlabel ontology test` prints.
 */
export function explainSentence(text: string, ontology: Ontology, opts: { likely?: boolean } = {}): SentenceDecision[] {
  const report: DeidentifiedReport = {
    source: { format: 'text', system: 'ontology-test' },
    status: 'final',
    sections: splitSections(text),
    text,
    reportId: 'sentence',
    versionKey: 'v1',
    deid: { mode: 'tag', detectorVersion: 'none', counts: {} },
    guard: [],
  };
  const r = createRulesExtractor({ likelyIsPositive: opts.likely }).extract(report, ontology);
  if (r instanceof Promise) throw new Error('the rules extractor is synchronous');
  const out: SentenceDecision[] = [];
  for (const l of ontology.labels) {
    const ms = r.mentions.filter((m) => m.label === l.id);
    const value = r.labels.labels[l.id]?.value ?? 'not_mentioned';
    if (ms.length === 0 && (value === 'not_mentioned' || l.noFinding)) continue;
    out.push({
      label: l.id,
      value,
      mentions: ms.map((m) => ({
        phrase: m.phrase,
        assertion: m.assertion,
        temporality: m.temporality,
        experiencer: m.experiencer,
        ...(m.trigger ? { trigger: { text: m.trigger.text, category: m.trigger.category, ...(m.trigger.rule ? { rule: m.trigger.rule } : {}) } } : {}),
      })),
    });
  }
  return out;
}
