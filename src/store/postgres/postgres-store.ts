import type pg from 'pg';
import { loadPg } from './load-pg.js';
import { RadlabelError, type ErrorCode } from '../../errors/index.js';
import type { ReportStatus } from '../../domain/report.js';
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
import { planBatch, type CurrentVersion } from '../plan-batch.js';
import { fromStoredLabelsRow, historyOrder, isoTime, type StoredLabelsRow } from '../rows.js';
import { migratePostgres } from './postgres-migrate.js';
import { FAILURE_COLUMNS, LABEL_COLUMNS, REPORT_COLUMNS, SQL, bulkParams, pgText } from './postgres-sql.js';
import { writePostgresQuarantineUnits } from './postgres-quarantine-units.js';
import { fromUnitRow, toListItem, type UnitRow } from '../run-log.js';

export interface PostgresStoreOptions {
  /** Schema holding every table; created when missing. Default `radlabel`. */
  schema?: string;
  /** Maximum pool connections. Default 10. */
  poolSize?: number;
  /** Override the migration list (tests of the migration runner). */
  migrations?: readonly Migration[];
  /** Rows per page when streaming `currentLabels`. */
  pageSize?: number;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** SQLSTATE classes / codes and socket errors worth a retry: connection loss, deadlock, serialization, overload. */
function isTransient(err: unknown): boolean {
  const code = (err as { code?: unknown }).code;
  if (typeof code !== 'string') return false;
  return /^(08|53|57P)/.test(code) || code === '40001' || code === '40P01' || /^E(CONN|PIPE|TIMEDOUT|HOSTUNREACH)/.test(code);
}

/**
 * Opens the PostgreSQL label store (a `pg` pool). All tables live in `schema`, created on first
 * use together with the migrations. Safe for many workers on many machines: each batch takes
 * per-report advisory locks before deciding duplicates and supersession, and inserts use
 * `ON CONFLICT DO NOTHING`. Throws `CONFIG_INVALID` for a schema name outside `[a-z_][a-z0-9_]*`.
 */
export function openPostgresStore(url: string, opts: PostgresStoreOptions = {}): LabelStore {
  const schema = opts.schema ?? 'radlabel';
  if (!SCHEMA_NAME.test(schema)) {
    throw new RadlabelError('CONFIG_INVALID', 'The PostgreSQL schema name must be lower-case letters, digits and underscores (at most 63).', {
      locator: { path: 'db?schema' },
    });
  }
  let pool: pg.Pool;
  try {
    // pg (CommonJS) loads when a PostgreSQL store opens, not at every start-up of the CLI.
    const { Pool } = loadPg();
    pool = new Pool({ connectionString: url, max: opts.poolSize ?? 10, options: `-c search_path=${schema}`, application_name: `radlabel:${schema}` });
  } catch (cause) {
    throw new RadlabelError('STORE_OPEN', 'The PostgreSQL connection URL is invalid.', { cause });
  }
  // An idle client losing its connection must not crash the process; the next query reports it.
  pool.on('error', () => undefined);
  // A checked-out client whose session is terminated emits 'error' outside any query; the query in
  // flight (or the next one) reports it, so the event itself must not crash the process.
  pool.on('connect', (client) => client.on('error', () => undefined));
  return new PostgresLabelStore(pool, schema, opts);
}

class PostgresLabelStore implements LabelStore {
  private ready: Promise<void> | undefined;
  private closed = false;
  private readonly pageSize: number;

  constructor(
    private readonly pool: pg.Pool,
    private readonly schema: string,
    private readonly opts: PostgresStoreOptions,
  ) {
    this.pageSize = opts.pageSize ?? 500;
  }

  migrate(): Promise<void> {
    const run = migratePostgres(this.pool, this.schema, this.opts.migrations);
    this.ready = run.catch((e: unknown) => {
      this.ready = undefined;
      throw e;
    });
    return this.ready;
  }

  /** Runs the migrations once before the first operation (a failure is retried on the next call). */
  private ensure(): Promise<void> {
    return this.ready ?? this.migrate();
  }

  private async query<R extends pg.QueryResultRow>(code: ErrorCode, what: string, text: string, values: unknown[] = []): Promise<R[]> {
    await this.ensure();
    try {
      return (await this.pool.query<R>(text, values)).rows;
    } catch (cause) {
      throw new RadlabelError(code, `PostgreSQL ${what} failed.`, { retriable: isTransient(cause), cause });
    }
  }

  async saveLabelled(items: LabelledReport[]): Promise<UpsertOutcome[]> {
    if (items.length === 0) return [];
    await this.ensure();
    const reportIds = [...new Set(items.map((i) => i.report.reportId))];
    let client: pg.PoolClient;
    try {
      client = await this.pool.connect();
    } catch (cause) {
      throw new RadlabelError('STORE_WRITE', 'Could not connect to PostgreSQL to write a batch.', { retriable: true, cause });
    }
    try {
      await client.query('BEGIN');
      await client.query(SQL.lockReports, [`radlabel:${this.schema}:`, reportIds]);
      const labelRows = (await client.query<{
        report_id: string; version_key: string; ontology_id: string; is_current: boolean; status: string; report_date_time: string | null; seq: string;
      }>(SQL.labelsOfReports, [reportIds])).rows;
      const reportRows = (await client.query<{ report_id: string; version_key: string; seq: string }>(SQL.reportsOfReports, [reportIds])).rows;

      const k = (...p: string[]): string => p.join('\u0000');
      const existing = new Set(labelRows.map((r) => k(r.report_id, r.version_key, r.ontology_id)));
      const current = new Map<string, CurrentVersion>();
      for (const r of labelRows) {
        if (!r.is_current) continue;
        current.set(k(r.report_id, r.ontology_id), {
          versionKey: r.version_key,
          status: r.status as ReportStatus,
          reportDateTime: r.report_date_time ?? undefined,
          arrival: Number(r.seq),
        });
      }
      const arrivals = new Map(reportRows.map((r) => [k(r.report_id, r.version_key), Number(r.seq)]));
      const plan = planBatch(
        items,
        {
          labelExists: (r, v, o) => existing.has(k(r, v, o)),
          current: (r, o) => current.get(k(r, o)),
          reportArrival: (r, v) => arrivals.get(k(r, v)),
        },
        new Date().toISOString(),
      );

      const d = plan.demotions;
      if (d.length) await client.query(SQL.demote, [d.map((x) => x.reportId), d.map((x) => x.versionKey), d.map((x) => x.ontologyId), d.map((x) => x.supersededBy)]);
      if (plan.newReports.length) await client.query(SQL.insertReports, bulkParams(REPORT_COLUMNS, plan.newReports as unknown as Array<Record<string, unknown>>));
      if (plan.newLabels.length) {
        const res = await client.query(SQL.insertLabels, bulkParams(LABEL_COLUMNS, plan.newLabels as unknown as Array<Record<string, unknown>>));
        // Under the advisory locks nothing else can have written these keys; if something did
        // (a writer that skipped the locks) the outcomes would lie, so fail and let the retry re-plan.
        if (res.rowCount !== plan.newLabels.length) {
          throw new RadlabelError('STORE_WRITE', 'A concurrent writer changed the batch while it was being written.', { retriable: true });
        }
      }
      const c = plan.clearFailures;
      if (c.length) await client.query(SQL.clearFailures, [c.map((x) => x[0]), c.map((x) => x[1]), c.map((x) => x[2])]);
      await client.query('COMMIT');
      return plan.outcomes;
    } catch (cause) {
      await client.query('ROLLBACK').catch(() => undefined);
      if (cause instanceof RadlabelError) throw cause;
      throw new RadlabelError('STORE_WRITE', `Writing a batch of ${items.length} labelled reports to PostgreSQL failed; nothing was written.`, {
        retriable: isTransient(cause),
        cause,
      });
    } finally {
      client.release();
    }
  }

  async hasVersion(reportId: string, versionKey: string, ontologyId: string): Promise<boolean> {
    return (await this.query('STORE_READ', 'version lookup', SQL.hasVersion, [reportId, versionKey, ontologyId])).length > 0;
  }

  async hasVersions(versions: ReadonlyArray<readonly [string, string]>, ontologyId: string): Promise<boolean[]> {
    if (versions.length === 0) return [];
    const rows = await this.query<{ i: number }>('STORE_READ', 'version lookup', SQL.hasVersions, [versions.map((x) => x[0]), versions.map((x) => x[1]), ontologyId]);
    const found = new Set(rows.map((r) => Number(r.i)));
    return versions.map((_, i) => found.has(i + 1));
  }

  async quarantine(entries: QuarantineEntry[], runId?: string): Promise<void> {
    if (entries.length === 0) return;
    await this.ensure();
    try {
      await writePostgresQuarantineUnits(this.pool, runId, entries, new Date().toISOString());
    } catch (cause) {
      throw new RadlabelError('STORE_WRITE', `PostgreSQL write of ${entries.length} quarantine entries failed.`, { retriable: isTransient(cause), cause });
    }
  }

  async listQuarantine(opts: { limit?: number } = {}): Promise<QuarantineListItem[]> {
    const rows = await this.query<UnitRow & pg.QueryResultRow>('STORE_READ', 'quarantine listing', SQL.listQuarantine, [opts.limit ?? null]);
    return rows.map((r) => toListItem(fromUnitRow(r)));
  }


  /** Keyset pages by report id: constant memory, no long-lived cursor holding a connection. */
  async *currentLabels(ontologyId: string, opts: CurrentLabelsOptions = {}): AsyncIterable<StoredLabels> {
    let after = '';
    for (;;) {
      const page = await this.query<StoredLabelsRow & pg.QueryResultRow>('STORE_READ', 'current labels read', SQL.currentPage, [
        ontologyId,
        after,
        opts.excludeCancelled ?? false,
        this.pageSize,
      ]);
      for (const row of page) yield fromStoredLabelsRow(row);
      const last = page[page.length - 1];
      if (last === undefined || page.length < this.pageSize) return;
      after = last.report_id;
    }
  }

  async history(reportId: string, ontologyId: string): Promise<StoredLabels[]> {
    const rows = await this.query<StoredLabelsRow & pg.QueryResultRow & { seq: string; report_date_time: string | null }>(
      'STORE_READ', 'history read', SQL.history, [reportId, ontologyId],
    );
    return historyOrder(rows).map(fromStoredLabelsRow);
  }

  async recordFailures(entries: ExtractionFailure[]): Promise<void> {
    if (entries.length === 0) return;
    const now = new Date().toISOString();
    // ON CONFLICT DO UPDATE may touch a row once per statement: keep the last entry per key.
    const byKey = new Map<string, Record<string, unknown>>();
    for (const e of entries) {
      byKey.set(`${e.reportId}\u0000${e.versionKey}\u0000${e.ontologyId}`, {
        report_id: e.reportId, version_key: e.versionKey, ontology_id: e.ontologyId, code: e.code, reason: e.reason, at: e.at ?? now,
      });
    }
    await this.query('STORE_WRITE', `write of ${byKey.size} extraction failures`, SQL.recordFailures, bulkParams(FAILURE_COLUMNS, [...byKey.values()]));
  }

  async listFailures(ontologyId?: string): Promise<ExtractionFailure[]> {
    const rows = await this.query<{ report_id: string; version_key: string; ontology_id: string; code: string; reason: string; at: Date }>(
      'STORE_READ', 'failure listing', SQL.listFailures, [ontologyId ?? null],
    );
    return rows.map((r) => ({ reportId: r.report_id, versionKey: r.version_key, ontologyId: r.ontology_id, code: r.code, reason: r.reason, at: isoTime(r.at) }));
  }

  async cacheGet(key: string): Promise<string | undefined> {
    return (await this.query<{ value: string }>('STORE_READ', 'cache read', SQL.cacheGet, [key]))[0]?.value;
  }

  async cachePut(key: string, value: string): Promise<void> {
    await this.query('STORE_WRITE', 'cache write', SQL.cachePut, [key, pgText(value), new Date().toISOString()]);
  }

  async counts(): Promise<StoreCounts> {
    const [row] = await this.query<StoreCounts & pg.QueryResultRow>('STORE_READ', 'count', SQL.counts);
    return row!;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }
}
