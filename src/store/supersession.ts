import type { ReportStatus } from '../domain/report.js';

/**
 * What the store knows about one version of a document when it decides which version is current.
 * `arrival` is the store's insertion sequence of the report version (a larger number arrived later).
 */
export interface VersionRank {
  status: ReportStatus;
  reportDateTime?: string | undefined;
  arrival: number;
}

/**
 * Rank of a report status in the supersession order.
 *
 * - `preliminary` is outranked by everything: a final report always replaces a preliminary one.
 * - `final` and `unknown` share a rank: archives (CSV / JSONL) rarely carry a status, and "unknown"
 *   says nothing about whether the version is older or newer than a final one.
 * - `corrected` outranks `final` (HL7 OBR-25 `C`, FHIR `corrected` / `amended`).
 * - `cancelled` outranks everything: a cancellation is the last word on a study. The cancelled
 *   version becomes current and its labels are kept; exports skip current versions whose status is
 *   `cancelled` (see `currentLabels(…, { excludeCancelled: true })`).
 */
export const STATUS_RANK: Readonly<Record<ReportStatus, number>> = {
  preliminary: 0,
  unknown: 1,
  final: 1,
  corrected: 2,
  cancelled: 3,
};

/**
 * Compares two versions of the same document: negative when `a` is older than `b`, positive when
 * newer, never zero for distinct arrivals.
 *
 * Order: status rank; then `reportDateTime` when BOTH versions carry a parseable one and they differ;
 * otherwise arrival order (the later arrival is the newer version).
 */
export function compareVersions(a: VersionRank, b: VersionRank): number {
  const byStatus = STATUS_RANK[a.status] - STATUS_RANK[b.status];
  if (byStatus !== 0) return byStatus;
  const ta = a.reportDateTime === undefined ? NaN : Date.parse(a.reportDateTime);
  const tb = b.reportDateTime === undefined ? NaN : Date.parse(b.reportDateTime);
  if (!Number.isNaN(ta) && !Number.isNaN(tb) && ta !== tb) return ta - tb;
  return a.arrival - b.arrival;
}

/**
 * Decides the outcome of a new (not duplicate) version given the current one for the same document
 * and ontology: `inserted` when there is none, `superseded` when the candidate is newer (it becomes
 * current), `stale` when it is older (it is kept as history and the current version stays).
 */
export function decideVersion(current: VersionRank | undefined, candidate: VersionRank): 'inserted' | 'superseded' | 'stale' {
  if (current === undefined) return 'inserted';
  return compareVersions(candidate, current) > 0 ? 'superseded' : 'stale';
}
