import type Database from 'better-sqlite3';
import { RadlabelError } from '../../errors/index.js';
import type {
  CurrentLabelsOptions,
  ExtractionFailure,
  LabelStore,
  LabelledReport,
  QuarantineEntry,
  QuarantineListItem,
  StoreCounts,
  StoredLabels,
  UpsertOutcome,
} from '../label-store.js';
import type { Migration } from '../migrations/index.js';
import { planBatch, type BatchLookup, type BatchPlan } from '../plan-batch.js';
import { fromStoredLabelsRow, historyOrder, type StoredLabelsRow } from '../rows.js';
import { migrateSqlite } from './sqlite-migrate.js';
import { openSqliteFile } from './open-sqlite-file.js';
import { fromUnitRow, toListItem, type UnitRow } from '../run-log.js';
import { labelValues, prepareStatements, reportValues, type Statements } from './sqlite-statements.js';

export interface SqliteStoreOptions {
  /** Override the migration list (tests of the migration runner). */
  migrations?: readonly Migration[];
  /** Rows per page when streaming `currentLabels`. */
  pageSize?: number;
}

type HistoryRow = StoredLabelsRow & { seq: number; report_date_time: string | null };

/**
 * Opens (creating when missing, with its parent folder) the embedded SQLite label store.
 * WAL journal, `synchronous = NORMAL` (durable across process crashes; a power loss can lose the
 * last transactions but never corrupts), foreign keys on, 5 s busy timeout for a second process.
 * Migrations run on the first operation (or an explicit `migrate()`). `':memory:'` gives a private
 * in-memory database.
 */
export function openSqliteStore(path: string, opts: SqliteStoreOptions = {}): LabelStore {
  let db: Database.Database;
  try {
    db = openSqliteFile(path, { foreignKeys: true });
  } catch (cause) {
    throw new RadlabelError('STORE_OPEN', 'The SQLite database could not be opened.', { locator: { file: path }, cause });
  }
  return new SqliteLabelStore(db, opts);
}

class SqliteLabelStore implements LabelStore {
  private st: Statements | undefined;
  private readonly pageSize: number;

  constructor(
    private readonly db: Database.Database,
    private readonly opts: SqliteStoreOptions,
  ) {
    this.pageSize = opts.pageSize ?? 500;
  }

  /** Migrates once, then prepares every statement (they need the tables). */
  private s(): Statements {
    if (this.st === undefined) {
      migrateSqlite(this.db, this.opts.migrations);
      this.st = prepareStatements(this.db);
    }
    return this.st;
  }

  async migrate(): Promise<void> {
    migrateSqlite(this.db, this.opts.migrations);
    this.st ??= prepareStatements(this.db);
  }

  async saveLabelled(items: LabelledReport[]): Promise<UpsertOutcome[]> {
    if (items.length === 0) return [];
    const s = this.s();
    const lookup: BatchLookup = {
      labelExists: (r, v, o) => s.labelExists.get(r, v, o) !== undefined,
      current: (r, o) => {
        const row = s.current.get(o, r) as { version_key: string; status: string; report_date_time: string | null; seq: number } | undefined;
        if (row === undefined) return undefined;
        return {
          versionKey: row.version_key,
          status: row.status as LabelledReport['report']['status'],
          reportDateTime: row.report_date_time ?? undefined,
          arrival: row.seq,
        };
      },
      reportArrival: (r, v) => (s.reportArrival.get(r, v) as { seq: number } | undefined)?.seq,
    };
    const write = this.db.transaction((batch: LabelledReport[]): BatchPlan => {
      const plan = planBatch(batch, lookup, new Date().toISOString());
      for (const d of plan.demotions) s.demote.run(d.supersededBy, d.reportId, d.versionKey, d.ontologyId);
      for (const r of plan.newReports) s.insertReport.run(reportValues(r));
      for (const l of plan.newLabels) s.insertLabel.run(labelValues(l));
      // Failures are rare: with none recorded there is nothing to clear, one look-up per batch.
      if (plan.clearFailures.length > 0 && s.anyFailure.get() !== undefined) for (const [r, v, o] of plan.clearFailures) s.clearFailure.run(r, v, o);
      return plan;
    });
    try {
      return write.immediate(items).outcomes;
    } catch (cause) {
      if (cause instanceof RadlabelError) throw cause;
      const busy = (cause as { code?: string }).code?.startsWith('SQLITE_BUSY') ?? false;
      throw new RadlabelError('STORE_WRITE', `Writing a batch of ${items.length} labelled reports to SQLite failed; nothing was written.`, {
        retriable: busy,
        cause,
      });
    }
  }

  async hasVersion(reportId: string, versionKey: string, ontologyId: string): Promise<boolean> {
    return this.s().labelExists.get(reportId, versionKey, ontologyId) !== undefined;
  }

  async hasVersions(versions: ReadonlyArray<readonly [string, string]>, ontologyId: string): Promise<boolean[]> {
    const s = this.s();
    // One read transaction for all: each statement on its own opens and closes one (WAL read
    // locks), which cost several times the index look-up itself.
    return this.db.transaction(() => versions.map(([r, v]) => s.labelExists.get(r, v, ontologyId) !== undefined))();
  }

  async quarantine(entries: QuarantineEntry[], runId?: string): Promise<void> {
    if (entries.length === 0) return;
    const s = this.s();
    this.guardWrite('quarantine entries', entries.length, () => s.writeQuarantine(runId, entries, new Date().toISOString()));
  }

  async listQuarantine(opts: { limit?: number } = {}): Promise<QuarantineListItem[]> {
    return (this.s().listQuarantine.all(opts.limit ?? -1) as UnitRow[]).map((r) => toListItem(fromUnitRow(r)));
  }

  /** Keyset pages rather than one open cursor, so the caller may write to the store between items. */
  async *currentLabels(ontologyId: string, opts: CurrentLabelsOptions = {}): AsyncIterable<StoredLabels> {
    const s = this.s();
    const skipCancelled = opts.excludeCancelled ? 1 : 0;
    let after = '';
    for (;;) {
      const page = s.currentPage.all(ontologyId, after, skipCancelled, this.pageSize) as StoredLabelsRow[];
      for (const row of page) yield fromStoredLabelsRow(row);
      const last = page[page.length - 1];
      if (last === undefined || page.length < this.pageSize) return;
      after = last.report_id;
    }
  }

  async history(reportId: string, ontologyId: string): Promise<StoredLabels[]> {
    return historyOrder(this.s().history.all(reportId, ontologyId) as HistoryRow[]).map(fromStoredLabelsRow);
  }

  async recordFailures(entries: ExtractionFailure[]): Promise<void> {
    const s = this.s();
    const now = new Date().toISOString();
    this.guardWrite('extraction failures', entries.length, () =>
      this.db.transaction(() => {
        for (const e of entries) s.recordFailure.run(e.reportId, e.versionKey, e.ontologyId, e.code, e.reason, e.at ?? now);
      })(),
    );
  }

  async listFailures(ontologyId?: string): Promise<ExtractionFailure[]> {
    const rows = this.s().listFailures.all({ o: ontologyId ?? null }) as Array<{
      report_id: string; version_key: string; ontology_id: string; code: string; reason: string; at: string;
    }>;
    return rows.map((r) => ({ reportId: r.report_id, versionKey: r.version_key, ontologyId: r.ontology_id, code: r.code, reason: r.reason, at: r.at }));
  }

  async cacheGet(key: string): Promise<string | undefined> {
    return (this.s().cacheGet.get(key) as { value: string } | undefined)?.value;
  }

  async cachePut(key: string, value: string): Promise<void> {
    const s = this.s();
    this.guardWrite('cache entries', 1, () => s.cachePut.run(key, value, new Date().toISOString()));
  }

  async counts(): Promise<StoreCounts> {
    return this.s().counts.get() as StoreCounts;
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  private guardWrite(what: string, count: number, fn: () => unknown): void {
    try {
      fn();
    } catch (cause) {
      const busy = (cause as { code?: string }).code?.startsWith('SQLITE_BUSY') ?? false;
      throw new RadlabelError('STORE_WRITE', `Writing ${count} ${what} to SQLite failed.`, { retriable: busy, cause });
    }
  }
}

