import type { RunComparison } from './compare-runs.js';
import type { Disagreement } from './error-analysis.js';
import type { LabelEvaluation } from './evaluate-labels.js';
import type { LabelTable } from './label-table.js';
import type { EvalPolicy } from './policy.js';
import type { ProbabilityEvaluation } from './probability-evaluation.js';
import type { RunProvenance } from './run-provenance.js';
import type { StratumResult } from './strata.js';

/** One prediction file scored against the gold. */
export interface PredictionEvaluation {
  name: string;
  file: string;
  sha256: string;
  format: LabelTable['format'];
  evaluation: LabelEvaluation;
  strata: StratumResult[];
  /** Disagreements after the error filter / sample; `disagreementCount` is the unfiltered total. */
  disagreements: Disagreement[];
  disagreementCount: number;
  /**
   * De-identified report texts of the listed disagreements, by report id (this run's JSONL, else the
   * gold's): evidence spans index into this run's own text, which another run may have de-identified differently.
   */
  texts: Record<string, string>;
  goldOnlyLabels: string[];
  predOnlyLabels: string[];
  missingReports: number;
  extraReports: number;
  provenance: RunProvenance;
  /** AUROC / average precision / calibration, when the prediction carries probabilities. */
  probability?: ProbabilityEvaluation;
}

/** Everything `radlabel eval` computed: the JSON report's `data`. */
export interface EvaluationRun {
  reports: number;
  gold: { file: string; sha256: string; format: LabelTable['format']; kind: LabelTable['kind']; labels: string[] };
  predictions: PredictionEvaluation[];
  comparisons: RunComparison[];
  policy: EvalPolicy;
  policies: string[];
  warnings: string[];
  parameters: Record<string, unknown>;
  codeVersion: string;
}

