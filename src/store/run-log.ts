import { sha256 } from '../util/hash.js';
import type { Locator } from '../errors/index.js';
import type { QuarantineEntry, QuarantineListItem } from './label-store.js';

/** One run of the pipeline as the run log keeps it. */
export interface RunRecord {
  id: string;
  startedAt: string;
  finishedAt?: string;
  /** The command line, without values that could be secrets (see the CLI's `describeCommand`). */
  command: string;
  /** The run summary as JSON, once the run finished. */
  summary?: unknown;
}

/** A quarantined input unit: one row however often the same bad input is re-delivered. */
export interface QuarantineUnit {
  id: number;
  code: string;
  reason: string;
  locator: Locator;
  format?: string;
  /** How many times it was quarantined. */
  count: number;
  firstSeen: string;
  lastSeen: string;
  /** The last run that quarantined it. */
  lastRun?: string;
  /** Set when a later run read its file again and did not quarantine it. */
  resolvedAt?: string;
}

export interface QuarantineFilter {
  /** Only units this run quarantined. */
  runId?: string;
  code?: string;
  /** Only units of this file (exact path as given to the run, or a path ending in it). */
  file?: string;
  /** Also units a later run resolved. Default false. */
  includeResolved?: boolean;
  limit?: number;
}

/**
 * Runs and their quarantined inputs, beside the label store in the same database (migration 30).
 * Both implementations pass `test/store/run-log-contract.ts`.
 */
export interface RunLog {
  startRun(run: RunRecord): Promise<void>;
  finishRun(id: string, finishedAt: string, summary: unknown): Promise<void>;
  /** The most recently started run, if any. */
  lastRun(): Promise<RunRecord | undefined>;
  getRun(id: string): Promise<RunRecord | undefined>;
  /**
   * Records quarantined inputs for a run: a unit seen before (same file and row / message id /
   * path) gets its count, last-seen time, last run, code and reason updated instead of a new row.
   */
  quarantine(runId: string | undefined, entries: QuarantineEntry[], at: string): Promise<void>;
  /**
   * Marks as resolved the open units of `files` that run `runId` read and did not quarantine
   * (the input was fixed). Returns how many were resolved.
   */
  resolveUnseen(runId: string, files: string[], at: string): Promise<number>;
  /** Units newest first (last seen), with the total matching the filter ("20 of 36"). */
  listQuarantine(filter?: QuarantineFilter): Promise<{ total: number; items: QuarantineUnit[] }>;
  /**
   * Report ids by the study instance UID stored with them (remapped `2.25.…` unless the run kept
   * UIDs), for joining a gold keyed by Study Instance UID (`radlabel eval --id-key study-uid`).
   */
  reportIdsByStudyUid(): Promise<Map<string, string>>;
  /**
   * Report ids by `patient pseudonym|shifted exam date` (`YYYY-MM-DD`; the report date when there is
   * no exam date), for joining a gold keyed by MRN + exam date (`radlabel eval --id-key mrn-date`).
   * Several reports of one patient on one day are all listed.
   */
  reportIdsByPatientDate(): Promise<Map<string, string[]>>;
  close(): Promise<void>;
}

/**
 * The identity of an input unit: where it came from, not what went wrong (a unit that fails with
 * another code after a fix is still the same unit). When the locator names no position inside its
 * source (no row, message id or path: a whole file, or a request of the service from one door),
 * the raw input is part of the identity too, so two different bad inputs from one place stay two
 * units and neither raw input is overwritten. Only a hash of the raw input (which the service keeps
 * encrypted) enters the key.
 */
export function unitKey(e: Pick<QuarantineEntry, 'locator' | 'raw'>): string {
  const l = e.locator;
  const where = [l.file ?? '', l.messageId ?? '', l.row ?? '', l.path ?? ''];
  if (where.every((v) => v === '')) return sha256(JSON.stringify(['raw', sha256(e.raw)]));
  const positioned = l.messageId !== undefined || l.row !== undefined || l.path !== undefined;
  return sha256(JSON.stringify(positioned ? where : [...where, sha256(e.raw)]));
}

/** A sortable, readable run id: `r-20261203-070512-3fa9`. */
export function newRunId(now = new Date(), random = Math.random): string {
  const t = now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return `r-${t}-${Math.floor(random() * 0x10000).toString(16).padStart(4, '0')}`;
}

/** The rows of one unit as both stores return them. */
export interface UnitRow {
  id: number | string;
  code: string;
  reason: string;
  file: string | null;
  message_id: string | null;
  row_no: number | null;
  path: string | null;
  format: string | null;
  seen_count: number;
  first_seen: string;
  last_seen: string;
  last_run: string | null;
  resolved_at: string | null;
}

export function fromUnitRow(r: UnitRow): QuarantineUnit {
  const locator: Locator = {};
  if (r.file !== null) locator.file = r.file;
  if (r.message_id !== null) locator.messageId = r.message_id;
  if (r.row_no !== null) locator.row = r.row_no;
  if (r.path !== null) locator.path = r.path;
  const u: QuarantineUnit = { id: Number(r.id), code: r.code, reason: r.reason, locator, count: r.seen_count, firstSeen: r.first_seen, lastSeen: r.last_seen };
  if (r.format !== null) u.format = r.format;
  if (r.last_run !== null) u.lastRun = r.last_run;
  if (r.resolved_at !== null) u.resolvedAt = r.resolved_at;
  return u;
}

/** A unit as the label store lists it (`GET /v1/quarantine`): `at` is when it was last seen. */
export function toListItem(u: QuarantineUnit): QuarantineListItem {
  return {
    id: u.id, at: u.lastSeen, code: u.code, reason: u.reason, locator: u.locator, count: u.count,
    ...(u.format !== undefined ? { format: u.format } : {}), ...(u.lastRun !== undefined ? { lastRun: u.lastRun } : {}),
  };
}

/** Entries of one batch merged by unit (the last one wins, the count adds up). */
export function mergeByUnit(entries: QuarantineEntry[]): Array<{ key: string; entry: QuarantineEntry; count: number }> {
  const byKey = new Map<string, { key: string; entry: QuarantineEntry; count: number }>();
  for (const entry of entries) {
    const key = unitKey(entry);
    const prev = byKey.get(key);
    byKey.set(key, { key, entry, count: (prev?.count ?? 0) + 1 });
  }
  return [...byKey.values()];
}

/**
 * The WHERE clause of a quarantine listing with positional parameters, built once for both
 * dialects (`?` for SQLite, `$n` for PostgreSQL).
 */
export function quarantineWhere(f: QuarantineFilter, placeholder: (n: number) => string): { sql: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  const add = (clause: (p: string) => string, v: unknown): void => {
    params.push(v);
    parts.push(clause(placeholder(params.length)));
  };
  if (f.runId !== undefined) add((p) => `id IN (SELECT unit_id FROM quarantine_sightings WHERE run_id = ${p})`, f.runId);
  if (f.code !== undefined) add((p) => `code = ${p}`, f.code);
  if (f.file !== undefined) {
    params.push(f.file, `%/${f.file.replace(/[\\%_]/g, (c) => `\\${c}`)}`);
    parts.push(`(file = ${placeholder(params.length - 1)} OR file LIKE ${placeholder(params.length)} ESCAPE '\\')`);
  }
  if (!f.includeResolved) parts.push('resolved_at IS NULL');
  return { sql: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params };
}

/** SQL of {@link RunLog.reportIdsByPatientDate}, the same in both dialects. */
export const PATIENT_DATE_SQL =
  'SELECT DISTINCT patient_id, coalesce(exam_date_time, report_date_time) AS at, report_id FROM reports WHERE patient_id IS NOT NULL ORDER BY report_id';

/** Groups `(patient_id, date-time, report_id)` rows by patient and calendar date (compact HL7-style dates included). */
export function groupByPatientDate(rows: Array<{ patient_id: string; at: string | null; report_id: string }>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const r of rows) {
    const m = /^(\d{4})-?(\d{2})-?(\d{2})/.exec(r.at ?? '');
    if (!m) continue;
    const key = `${r.patient_id}|${m[1]}-${m[2]}-${m[3]}`;
    const ids = out.get(key) ?? [];
    if (!ids.includes(r.report_id)) ids.push(r.report_id);
    out.set(key, ids);
  }
  return out;
}

/** A `runs` row as both dialects return it. */
export interface RunRow {
  id: string;
  started_at: string;
  finished_at: string | null;
  command: string;
  summary: string | null;
}

/** A `runs` row as a {@link RunRecord}. */
export const fromRunRow = (r: RunRow): RunRecord => ({
  id: r.id,
  startedAt: r.started_at,
  command: r.command,
  ...(r.finished_at !== null ? { finishedAt: r.finished_at } : {}),
  ...(r.summary !== null ? { summary: JSON.parse(r.summary) as unknown } : {}),
});

/** Columns of `quarantine_units` that {@link fromUnitRow} reads. */
export const UNIT_COLUMNS = 'id, code, reason, file, message_id, row_no, path, format, seen_count, first_seen, last_seen, last_run, resolved_at';
