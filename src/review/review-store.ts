import type { LabelValue, WorklistKind } from './review-schemas.js';
import type { Section } from '../domain/report.js';
import type { Mention, Provenance, StudyLabel } from '../domain/labels.js';

/** A stratum of a sample: its key, how many reports it holds, how many were drawn. */
export interface Stratum {
  key: string;
  population: number;
  sampled: number;
}

export interface WorklistRecord {
  id: string;
  name: string;
  ontologyId: string;
  kind: WorklistKind;
  /** The validated request it was built from (seed, sources, filter…), for reproducibility. */
  params: Record<string, unknown>;
  size: number;
  marginOfError: number | null;
  confidence: number | null;
  strata: Stratum[];
  /** Key ids; none = any reviewer, one = single review, two = double review (blind). */
  reviewers: string[];
  adjudicator: string | null;
  createdBy: string;
  createdAt: string;
}

/** The other side of a disagreement item (the machine side is {@link NewItem.machine}). */
export interface OtherSource {
  extractor: string;
  values: Record<string, LabelValue>;
  evidence?: Record<string, Mention[]>;
}

export interface NewItem {
  id: string;
  position: number;
  reportId: string;
  versionKey: string;
  stratum: string;
  extractor: string;
  /** Machine values as they were when the worklist was made (the label store is never changed). */
  machine: Record<string, LabelValue>;
  other: OtherSource | null;
  /** Why the item is on the list (low-confidence reasons, disagreeing labels, near-0.5 labels). */
  reasons: string[];
  summary: { positive: number; uncertain: number };
}

export interface ItemRecord extends NewItem {
  worklistId: string;
}

export interface CorrectionRow {
  itemId: string;
  labelId: string;
  reviewer: string;
  version: number;
  value: LabelValue;
  previous: LabelValue;
  machine: LabelValue;
  reason: string | null;
  at: string;
}

export interface AcceptRow {
  itemId: string;
  reviewer: string;
  values: Record<string, LabelValue>;
  at: string;
}

export interface AdjudicationRow {
  itemId: string;
  labelId: string;
  adjudicator: string;
  value: LabelValue;
  reason: string | null;
  at: string;
}

/** Everything reviewers did to a set of items, read in three queries. */
export interface ReviewState {
  corrections: CorrectionRow[];
  accepts: AcceptRow[];
  adjudications: AdjudicationRow[];
}

export interface ItemPageRow {
  itemId: string;
  position: number;
  status: 'todo' | 'done';
  summary: { positive: number; uncertain: number };
}

export interface ItemPageQuery {
  /** Only the items assigned to this reviewer (double / single review); otherwise all items. */
  assignedTo?: string;
  /** Whose "done" counts: the assignee's own accept, or (open worklists) anyone's. */
  doneBy?: string;
  status: 'todo' | 'done' | 'all';
  afterPosition: number;
  limit: number;
}

/** One current stored label set, as the worklist builders read the population. */
export interface PopulationRow {
  reportId: string;
  versionKey: string;
  sourceFormat: string;
  examDate: string | null;
  extractor: string;
  labels: Record<string, StudyLabel>;
  /** Only when asked for (low-confidence re-checks the routing cues on the text). */
  text?: string;
  sections?: Section[];
}

/** A stored report version with its labels, for the report view (de-identified fields only). */
export interface StoredVersion {
  reportId: string;
  versionKey: string;
  text: string;
  sections: Section[];
  modality: string | null;
  examDate: string | null;
  guard: string[];
  labels: Record<string, StudyLabel> | null;
  provenance: Provenance | null;
}

/**
 * The review workbench's tables (migration 40) beside the label store, in the same database.
 * SQLite and PostgreSQL pass one contract suite (`test/review/review-store-contract.ts`).
 * Nothing here ever writes a label-store table: machine labels stay as extracted.
 */
export interface ReviewStore {
  /** Creates a worklist with its items (and reviewer assignments) in one transaction. */
  createWorklist(wl: WorklistRecord, items: NewItem[]): Promise<void>;
  listWorklists(): Promise<WorklistRecord[]>;
  getWorklist(id: string): Promise<WorklistRecord | undefined>;
  /** Items done / total: of the worklist (an item is done when every assigned reviewer accepted it, or anyone did when nobody is assigned) and of one reviewer. */
  progress(worklistId: string, reviewer: string): Promise<{ done: number; total: number; mine: { done: number; total: number } }>;
  /** One keyset page of items by position; `total` counts the same selection without the page. */
  pageItems(worklistId: string, q: ItemPageQuery): Promise<{ items: ItemPageRow[]; total: number }>;
  getItem(itemId: string): Promise<ItemRecord | undefined>;
  /** Items of a worklist after a position, in order (figures, gold export and the adjudication queue read in pages). */
  itemsAfter(worklistId: string, afterPosition: number, limit: number): Promise<ItemRecord[]>;
  /** Previous / next item ids around a position, within the reviewer's assignments when given. */
  neighbours(worklistId: string, position: number, assignedTo?: string): Promise<{ prev: string | null; next: string | null }>;
  /** The first item after `position` the reviewer has not accepted (wrapping to the start), or null. */
  nextTodo(worklistId: string, position: number, reviewer: string, assignedOnly: boolean): Promise<string | null>;
  isAssigned(itemId: string, reviewer: string): Promise<boolean>;
  /** Records that a reviewer opened an item (creates the assignment on an open worklist). */
  markOpened(item: Pick<ItemRecord, 'id' | 'worklistId' | 'position'>, reviewer: string, at: string): Promise<void>;
  /** Appends a correction as the next version; `previous` is the reviewer's last value, else the machine value. */
  addCorrection(c: { itemId: string; labelId: string; reviewer: string; value: LabelValue; machine: LabelValue; reason?: string; at: string }): Promise<CorrectionRow>;
  /** Records an accept (the full answer), marks the assignment done and stores the open → accept time. */
  accept(item: Pick<ItemRecord, 'id' | 'worklistId' | 'position'>, reviewer: string, values: Record<string, LabelValue>, at: string): Promise<void>;
  adjudicate(a: Omit<AdjudicationRow, 'reason'> & { reason?: string }): Promise<AdjudicationRow>;
  /** Corrections (all versions), accepts and adjudications of these items. */
  reviewState(itemIds: string[]): Promise<ReviewState>;
  /** Seconds from open to accept of a reviewer's accepts, oldest first. */
  timings(reviewer: string, worklistId?: string): Promise<number[]>;
  /** Current label sets of an ontology (cancelled reports left out), keyset-paged by report id. */
  population(ontologyId: string, afterReportId: string | null, limit: number, withText: boolean): Promise<PopulationRow[]>;
  /** A stored report version and its labels for the ontology. */
  storedVersion(reportId: string, versionKey: string, ontologyId: string): Promise<StoredVersion | undefined>;
  close(): Promise<void>;
}
