import { RadlabelError } from '../errors/index.js';
import type { LabelledReport, UpsertOutcome } from './label-store.js';
import { toLabelRow, toReportRow, type LabelRow, type ReportRow } from './rows.js';
import { decideVersion, type VersionRank } from './supersession.js';

/** The current version of a document for one ontology, as stored. */
export interface CurrentVersion extends VersionRank {
  versionKey: string;
}

/**
 * What a store already holds, asked by the planner while it walks a batch. The store must hold its
 * per-report locks (SQLite: the write transaction; PostgreSQL: advisory locks) while the plan is
 * built and applied, so the answers cannot change underneath it.
 */
export interface BatchLookup {
  labelExists(reportId: string, versionKey: string, ontologyId: string): boolean;
  current(reportId: string, ontologyId: string): CurrentVersion | undefined;
  /** Arrival sequence of a stored report version, undefined when the version is not stored yet. */
  reportArrival(reportId: string, versionKey: string): number | undefined;
}

/** A stored label row that stops being current. */
export interface Demotion {
  reportId: string;
  versionKey: string;
  ontologyId: string;
  supersededBy: string;
}

/** Everything a batch writes, in the order the adapter must apply it: demotions, reports, labels. */
export interface BatchPlan {
  outcomes: UpsertOutcome[];
  demotions: Demotion[];
  newReports: ReportRow[];
  newLabels: LabelRow[];
  /** (reportId, versionKey, ontologyId) keys whose recorded extraction failures a success clears. */
  clearFailures: Array<[string, string, string]>;
}

/**
 * New report versions get arrival numbers above every stored one (adapters assign real sequence
 * numbers on insert, in batch order, so the comparison made here stays true afterwards).
 */
const NEW_ARRIVAL_BASE = Number.MAX_SAFE_INTEGER / 2;

// Plain concatenation, not a rest array joined: three keys per item, and `join` cost more than the planning around it.
const key = (a: string, b: string, c?: string): string => (c === undefined ? a + '\u0000' + b : a + '\u0000' + b + '\u0000' + c);

/**
 * Plans the writes for a batch of labelled reports, applying the supersession rule of
 * `docs/store.md` item by item (later items see the effect of earlier ones in the same batch).
 * Pure apart from the lookups; throws `STORE_WRITE` when an item's labels belong to another report.
 */
export function planBatch(items: LabelledReport[], lookup: BatchLookup, now: string): BatchPlan {
  const plan: BatchPlan = { outcomes: [], demotions: [], newReports: [], newLabels: [], clearFailures: [] };
  const batchReports = new Map<string, number>();
  const batchLabels = new Set<string>();
  // Current version per (report, ontology) as changed by this batch; the label row when it is new.
  const batchCurrent = new Map<string, { version: CurrentVersion; row?: LabelRow }>();

  items.forEach((item, index) => {
    const { report, labels } = item;
    if (labels.reportId !== report.reportId) {
      throw new RadlabelError('STORE_WRITE', `Labels at batch index ${index} belong to a different report than the report version they are saved with.`, {
        locator: { messageId: report.source.messageId, row: report.source.row, file: report.source.file },
      });
    }
    const ontologyId = labels.provenance.ontology.id;
    const labelKey = key(report.reportId, report.versionKey, ontologyId);
    if (batchLabels.has(labelKey) || lookup.labelExists(report.reportId, report.versionKey, ontologyId)) {
      plan.outcomes.push('duplicate');
      return;
    }
    batchLabels.add(labelKey);

    const reportKey = key(report.reportId, report.versionKey);
    let arrival = batchReports.get(reportKey) ?? lookup.reportArrival(report.reportId, report.versionKey);
    if (arrival === undefined) {
      arrival = NEW_ARRIVAL_BASE + index;
      plan.newReports.push(toReportRow(report, now));
    }
    batchReports.set(reportKey, arrival);

    const docKey = key(report.reportId, ontologyId);
    const inBatch = batchCurrent.get(docKey);
    const current = inBatch?.version ?? lookup.current(report.reportId, ontologyId);
    const candidate: CurrentVersion = {
      versionKey: report.versionKey,
      status: report.status,
      reportDateTime: report.reportDateTime,
      arrival,
    };
    const outcome = decideVersion(current, candidate);
    const row = toLabelRow(report, labels, now);
    if (outcome === 'stale') {
      row.is_current = false;
      row.superseded_by = current?.versionKey ?? null;
    } else {
      if (current !== undefined) {
        if (inBatch?.row) {
          inBatch.row.is_current = false;
          inBatch.row.superseded_by = report.versionKey;
        } else {
          plan.demotions.push({ reportId: report.reportId, versionKey: current.versionKey, ontologyId, supersededBy: report.versionKey });
        }
      }
      batchCurrent.set(docKey, { version: candidate, row });
    }
    plan.newLabels.push(row);
    plan.clearFailures.push([report.reportId, report.versionKey, ontologyId]);
    plan.outcomes.push(outcome);
  });
  return plan;
}
