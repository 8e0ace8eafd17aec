/**
 * The review API as the browser sees it (the contract in the back end's routes-review*.ts).
 * Types only: the browser build has no zod; test/web/api-types.test.ts checks these against the
 * back end's zod schemas so the two cannot drift apart silently.
 */

export type LabelValue = 'positive' | 'negative' | 'uncertain' | 'not_mentioned';
export type Role = 'ingest' | 'read' | 'review' | 'adjudicate' | 'admin';
export type WorklistKind = 'spot-check' | 'disagreement' | 'low-confidence' | 'filter' | 'informative';

export interface Me {
  id: string;
  name: string;
  role: Role;
}

export interface Progress {
  done: number;
  total: number;
}

export interface WorklistSummary {
  id: string;
  name: string;
  kind: WorklistKind;
  ontology: string;
  size: number;
  createdAt: string;
  progress: Progress & { mine: Progress };
  marginOfError?: number | null;
  confidence?: number | null;
  doubleReview?: boolean;
  assignedToMe?: boolean;
  adjudicator?: string | null;
}

export interface CreateWorklistBody {
  name: string;
  ontology: string;
  kind: WorklistKind;
  seed?: number;
  size?: number;
  marginOfError?: number;
  confidence?: number;
  stratifyBy?: Array<'label' | 'value' | 'extractor'>;
  runA?: string;
  runB?: string;
  reviewers?: string[];
  adjudicator?: string;
}

export interface Stratum {
  key: string;
  population: number;
  sampled: number;
}

export interface CreatedWorklist {
  id: string;
  name: string;
  kind: WorklistKind;
  size: number;
  marginOfError?: number | null;
  confidence?: number | null;
  /** Spot checks: how the size follows from the margin of error (the formula with its numbers). */
  sampleSize?: { population: number; n0: number; n: number; z: number; explanation: string };
  strata: Stratum[];
}

export interface ItemRow {
  itemId: string;
  position: number;
  status: 'todo' | 'done';
  labelsSummary: { positive: number; uncertain: number };
}

export interface ItemPage {
  items: ItemRow[];
  nextCursor: string | null;
  total: number;
}

export interface Mention {
  labelId: string;
  start: number;
  end: number;
  assertion: 'present' | 'absent' | 'uncertain';
  temporality?: 'current' | 'historical' | 'hypothetical';
  trigger?: { kind: string; text: string; start?: number; end?: number };
  /** The model's quoted evidence (LLM mentions). */
  quote?: string;
  /** False: a model quote that was not found in the text (shown, never counted). */
  verified?: boolean;
  source: string;
}

export interface ReviewerValue {
  reviewer: { id: string; name: string };
  value: LabelValue;
  reason?: string | null;
}

export interface LabelRow {
  labelId: string;
  name: string;
  machine: { value: LabelValue; extractor: string; evidence?: { start: number; end: number; text: string } | null };
  /** Disagreement worklists: the second source's value. */
  other?: { value: LabelValue; extractor: string };
  /** The caller's correction; null until the caller changes the label (accepting does not fill it). */
  mine: { value: LabelValue; reason?: string | null; at: string } | null;
  final?: { value: LabelValue; by: 'adjudication' | 'agreement' | 'review'; reason?: string } | null;
  /** Adjudication view only: every reviewer's value. */
  reviews?: ReviewerValue[];
}

export interface ItemView {
  itemId: string;
  worklistId: string;
  position: number;
  total: number;
  prevItemId: string | null;
  nextItemId: string | null;
  status: 'todo' | 'done';
  /** Why the report is on the list (sampling stratum, disagreement, routing reason…). */
  reasons?: string[];
  report: { text: string; sections: Array<{ name: string; start: number; end: number }>; modality?: string | null; examDate?: string | null };
  mentions: Mention[];
  labels: LabelRow[];
  blind: boolean;
  /** Adjudication view: the labels still to decide. */
  disagreements?: string[];
}

export interface SavedLabel {
  labelId: string;
  value: LabelValue;
  previous?: LabelValue | null;
  at: string;
}

export interface Accepted {
  itemId: string;
  status: 'done';
  nextItemId: string | null;
}

export interface AdjudicationPage {
  items: Array<{ itemId: string; labels: string[]; worklistId?: string; position?: number }>;
  nextCursor: string | null;
}

export interface PairRef {
  id: string;
  name: string;
}

export interface AgreementFigures {
  pairs: Array<{
    a: PairRef;
    b: PairRef;
    n: number;
    perLabel: Array<{ labelId: string; n: number; percentAgreement: number | null; kappa: number | null; kappaCi: [number, number] | null }>;
    overall: { percentAgreement: number | null; kappa: number | null; kappaCi: [number, number] | null };
  }>;
}

export interface Dashboard {
  progress: Array<{ worklistId: string; name: string; done: number; total: number }>;
  accuracy: Array<{ extractor: string; labelId: string; ontology?: string; n: number; accuracy: number | null; ci: [number, number] | null; precision?: number | null; recall?: number | null; f1?: number | null; f1Ci?: [number, number] | null }>;
  agreement: Array<{ worklistId?: string; a: PairRef; b: PairRef; n?: number; kappa: number | null; percentAgreement: number | null }>;
  speed: { mine: { reviewed: number; medianSecondsPerReport: number | null } };
}

/** An RFC 9457 problem as the service sends it. */
export interface Problem {
  status: number;
  code?: string;
  title?: string;
  detail?: string;
}
