import type { DeidentifiedReport } from '../../domain/report.js';
import type { Ontology } from '../../domain/ontology.js';
import type { Mention, StudyLabel, StudyLabels } from '../../domain/labels.js';
import type { Extractor, ExtractionResult } from '../extractor.js';
import type { LlmRunStats } from '../llm/llm-extractor.js';
import { DEFAULT_FINDING_CUES, routeReport, type RouteReason } from './routing.js';
import { aggregateNoFinding, type AbnormalMention } from '../aggregate-labels.js';

export const HYBRID_EXTRACTOR_VERSION = '1.0.0';

export interface HybridOptions {
  /** Fraction of reports also sent to the LLM for quality control (rules labels kept). Default 0. */
  qcFraction?: number;
  /** Seed of the QC draw (same seed, same sample). Default 0. */
  seed?: number;
  /** Finding cue stems for the "unrecognised" route (default {@link DEFAULT_FINDING_CUES}). */
  findingCues?: readonly string[];
  /**
   * Also send every report the rules found abnormal (a positive label, or No Finding denied) and
   * take the model's labels for it whole: the rules' false positives are corrected at the cost of
   * a call per abnormal report; reports the rules read as normal stay with the rules. Default true:
   * without it a hybrid run keeps the rules' false positives, so it cannot be as accurate as its model.
   */
  confirm?: boolean;
}

export interface HybridStats {
  reports: number;
  /** Reports sent to the LLM (routed or QC). */
  llmCalls: number;
  /** Reports the rules settled alone: LLM calls avoided. */
  callsAvoided: number;
  routedUncertain: number;
  routedConflict: number;
  routedUnrecognised: number;
  /** Reports sent because the rules found them abnormal (`confirm` option). */
  routedConfirm: number;
  qcCalls: number;
  /** QC reports where the LLM disagreed with the rules on at least one label. */
  qcDisagreements: number;
  /** Labels whose value was taken from the LLM. */
  labelsFromLlm: number;
  /** Failed LLM calls for QC-only reports (the rules result was kept). */
  qcFailures: number;
  /** Flattened LLM counters (same names as the LLM extractor's, for run summaries that print numbers). */
  calls: number;
  inputTokens: number;
  outputTokens: number;
  cacheHits: number;
  costUsd: number;
  llmFailures: number;
  /** Counters of the underlying LLM extractor. */
  llm: LlmRunStats;
}

type LlmLike = Omit<Extractor, 'stats'> & { stats(): LlmRunStats };

function decided(l: StudyLabel | undefined): boolean {
  return !!l && l.value !== 'not_mentioned' && l.evidence.some((m) => m.verified);
}

/**
 * No Finding of a routed report, by the same rule as every extractor ({@link aggregateNoFinding}):
 * the merged labels, and for `no-abnormality` semantics the model's verified abnormalities outside
 * the ontology (it read every sentence); the rules' lexicon hits stand in only when the LLM
 * extractor reports no abnormality list at all.
 */
function recomputeNoFinding(ontology: Ontology, labels: Record<string, StudyLabel>, rules: ExtractionResult, llm: ExtractionResult): { label: StudyLabel; abnormal: AbnormalMention[] } | undefined {
  const nf = ontology.labels.find((l) => l.noFinding);
  if (!nf) return undefined;
  const abnormal = llm.abnormal ?? rules.abnormal ?? [];
  return { label: aggregateNoFinding(ontology, nf.id, labels, abnormal), abnormal };
}

/**
 * Hybrid extraction: the rules engine labels every report; the LLM is asked only when the rules
 * are uncertain, contradict themselves or leave a finding-like sentence unmatched (see
 * {@link routeReport}), plus a seeded random QC sample. For routed reports the LLM's verified
 * answer replaces the rules value of the uncertain / conflicting labels and fills labels the rules
 * did not mention; QC-only reports keep the rules labels and count disagreements.
 *
 * A routed report whose LLM call fails throws the LLM error (the report stays retriable); a failed
 * QC call keeps the rules result.
 */
export function createHybridExtractor(rules: Extractor, llm: LlmLike, opts: HybridOptions = {}): Omit<Extractor, 'stats'> & { stats(): HybridStats } {
  const qcFraction = Math.min(1, Math.max(0, opts.qcFraction ?? 0));
  const seed = opts.seed ?? 0;
  const cues = opts.findingCues ?? DEFAULT_FINDING_CUES;
  const s = { reports: 0, llmCalls: 0, routedUncertain: 0, routedConflict: 0, routedUnrecognised: 0, routedConfirm: 0, qcCalls: 0, qcDisagreements: 0, labelsFromLlm: 0, qcFailures: 0 };
  const count: Record<RouteReason, () => void> = {
    uncertain: () => s.routedUncertain++,
    conflict: () => s.routedConflict++,
    unrecognised: () => s.routedUnrecognised++,
    confirm: () => s.routedConfirm++,
    qc: () => s.qcCalls++,
  };

  return {
    name: 'hybrid',
    version: `${HYBRID_EXTRACTOR_VERSION}+${rules.name}@${rules.version}+${llm.name}@${llm.version}`,
    async extract(report: DeidentifiedReport, ontology: Ontology): Promise<ExtractionResult> {
      s.reports++;
      const r = await rules.extract(report, ontology);
      const route = routeReport(report, r, { cues, qcFraction, seed, confirm: opts.confirm ?? true, noFindingId: ontology.labels.find((x) => x.noFinding)?.id });
      if (route.reasons.length === 0) return r;
      s.llmCalls++;
      for (const reason of route.reasons) count[reason]();
      const qcOnly = route.reasons.length === 1 && route.reasons[0] === 'qc';
      let l: ExtractionResult;
      try {
        l = await llm.extract(report, ontology);
      } catch (e) {
        if (qcOnly && (e as { stopsRun?: boolean }).stopsRun !== true) {
          s.qcFailures++;
          return r;
        }
        throw e;
      }
      if (route.reasons.includes('qc')) {
        const differs = Object.entries(r.labels.labels).some(([id, v]) => l.labels.labels[id] && l.labels.labels[id]?.value !== v.value);
        if (differs) s.qcDisagreements++;
      }
      if (qcOnly) return r;
      if (route.reasons.includes('confirm')) {
        s.labelsFromLlm += Object.keys(l.labels.labels).length;
        return { ...l, labels: { ...l.labels, provenance: { ...l.labels.provenance, extractor: { name: 'hybrid', version: `${HYBRID_EXTRACTOR_VERSION}+${rules.name}@${rules.version}+${llm.name}@${llm.version}` } } } };
      }

      const labels: Record<string, StudyLabel> = { ...r.labels.labels };
      const adopted = new Set<string>();
      const take = (id: string) => {
        const ll = l.labels.labels[id];
        if (ll && decided(ll)) {
          labels[id] = ll;
          adopted.add(id);
        }
      };
      for (const id of route.labels) take(id);
      if (route.reasons.includes('unrecognised'))
        for (const [id, v] of Object.entries(r.labels.labels)) if (v.value === 'not_mentioned' && !ontology.labels.find((x) => x.id === id)?.noFinding) take(id);
      s.labelsFromLlm += adopted.size;
      const nf = ontology.labels.find((x) => x.noFinding);
      const noFinding = recomputeNoFinding(ontology, labels, r, l);
      if (nf && noFinding) labels[nf.id] = noFinding.label;
      const mentions: Mention[] = [...r.mentions.filter((m) => !adopted.has(m.label)), ...l.mentions.filter((m) => adopted.has(m.label))];
      const lp = l.labels.provenance;
      const provenance: StudyLabels['provenance'] = {
        ...r.labels.provenance,
        extractor: { name: 'hybrid', version: `${HYBRID_EXTRACTOR_VERSION}+${rules.name}@${rules.version}+${llm.name}@${llm.version}` },
        ...(lp.prompt ? { prompt: lp.prompt } : {}),
        ...(lp.model ? { model: lp.model } : {}),
        ...(lp.tokens ? { tokens: lp.tokens } : {}),
      };
      return { mentions, labels: { reportId: report.reportId, labels, provenance }, abnormal: noFinding?.abnormal ?? r.abnormal };
    },
    // The LLM side holds the HTTP agents / local model; the rules side holds nothing.
    close: () => llm.close?.() ?? Promise.resolve(),
    stats(): HybridStats {
      const ls = llm.stats();
      return {
        ...s,
        callsAvoided: s.reports - s.llmCalls,
        calls: ls.calls,
        inputTokens: ls.inputTokens,
        outputTokens: ls.outputTokens,
        cacheHits: ls.cacheHits,
        costUsd: ls.costUsd,
        llmFailures: ls.failures,
        llm: ls,
      };
    },
  };
}
