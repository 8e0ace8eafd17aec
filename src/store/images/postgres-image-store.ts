import type pg from 'pg';
import { loadPg } from '../postgres/load-pg.js';
import type { ImageRecord } from '../../domain/image.js';
import { RadlabelError, type ErrorCode } from '../../errors/index.js';
import { migratePostgres } from '../postgres/postgres-migrate.js';
import { pgJson } from '../postgres/postgres-sql.js';
import { fromStoredLabelsRow, type StoredLabelsRow } from '../rows.js';
import { IMAGE_COLUMNS, fromImageRow, lastPerImage, toImageRow, type ImageRow } from './image-rows.js';
import { POSTGRES, UPSERT_TAIL, imageSql } from './image-sql.js';
import type { ImageCursor, ImageStore, ReportLabels, UnmatchedSummary } from './image-store.js';

const SQL = imageSql(POSTGRES);
// One JSON parameter for the whole batch, columns matched by name to the table's row type.
const UPSERT =
  `INSERT INTO images (${IMAGE_COLUMNS.join(', ')}) SELECT ${IMAGE_COLUMNS.join(', ')} ` +
  `FROM json_populate_recordset(null::images, $1::json) ${UPSERT_TAIL}`;

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

function isTransient(err: unknown): boolean {
  const code = (err as { code?: unknown }).code;
  return typeof code === 'string' && (/^(08|53|57P)/.test(code) || code === '40001' || code === '40P01' || /^E(CONN|PIPE|TIMEDOUT)/.test(code));
}

/** Opens the image index in a PostgreSQL schema (the label store's; created and migrated on first use). */
export function openPostgresImageStore(url: string, opts: { schema?: string; poolSize?: number } = {}): ImageStore {
  const schema = opts.schema ?? 'radlabel';
  if (!SCHEMA_NAME.test(schema)) {
    throw new RadlabelError('CONFIG_INVALID', 'The PostgreSQL schema name must be lower-case letters, digits and underscores (at most 63).', {
      locator: { path: 'db?schema' },
    });
  }
  const pool = new (loadPg().Pool)({ connectionString: url, max: opts.poolSize ?? 4, options: `-c search_path=${schema}` });
  pool.on('error', () => undefined);
  return new PostgresImageStore(pool, schema);
}

class PostgresImageStore implements ImageStore {
  private ready: Promise<void> | undefined;
  private closed = false;

  constructor(
    private readonly pool: pg.Pool,
    private readonly schema: string,
  ) {}

  migrate(): Promise<void> {
    this.ready = migratePostgres(this.pool, this.schema).catch((e: unknown) => {
      this.ready = undefined;
      throw e;
    });
    return this.ready;
  }

  private async query<R extends pg.QueryResultRow>(code: ErrorCode, what: string, text: string, values: unknown[]): Promise<R[]> {
    await (this.ready ?? this.migrate());
    try {
      return (await this.pool.query<R>(text, values)).rows;
    } catch (cause) {
      throw new RadlabelError(code, `PostgreSQL ${what} failed.`, { retriable: isTransient(cause), cause });
    }
  }

  async saveImages(images: ImageRecord[]): Promise<void> {
    if (images.length === 0) return;
    const at = new Date().toISOString();
    const rows = lastPerImage(images).map((i) => toImageRow(i, at));
    await this.query('STORE_WRITE', `write of ${rows.length} images`, UPSERT, [pgJson(rows)]);
  }

  async imagePage(after: ImageCursor | undefined, limit: number): Promise<ImageRecord[]> {
    const a = after ?? { studyId: '', imageId: '' };
    return (await this.query<ImageRow & pg.QueryResultRow>('STORE_READ', 'image page read', SQL.page, [a.studyId, a.studyId, a.imageId, limit])).map(fromImageRow);
  }

  async imagesOfStudy(studyId: string): Promise<ImageRecord[]> {
    return (await this.query<ImageRow & pg.QueryResultRow>('STORE_READ', 'study images read', SQL.ofStudy, [studyId])).map(fromImageRow);
  }

  async labelsForImages(ontologyId: string, reportKeys: string[], studyIds: string[]): Promise<ReportLabels[]> {
    type Row = StoredLabelsRow & pg.QueryResultRow & { study_uid: string | null };
    const rows = [
      ...(reportKeys.length ? await this.query<Row>('STORE_READ', 'image labels read', SQL.labelsByReport, [ontologyId, JSON.stringify(reportKeys)]) : []),
      ...(studyIds.length ? await this.query<Row>('STORE_READ', 'image labels read', SQL.labelsByStudy, [ontologyId, JSON.stringify(studyIds)]) : []),
    ];
    const seen = new Set<string>();
    return rows.filter((r) => !seen.has(r.report_id) && !!seen.add(r.report_id)).map((r) => ({ ...fromStoredLabelsRow(r), studyUid: r.study_uid }));
  }

  async unmatched(ontologyId: string, limit: number): Promise<UnmatchedSummary> {
    const q = <R extends pg.QueryResultRow>(text: string, values: unknown[]) => this.query<R>('STORE_READ', 'unmatched read', text, values);
    const studies = await q<{ study_id: string; report_key: string | null; images: string }>(SQL.studiesWithoutReport, [ontologyId, ontologyId, limit]);
    const [imgCount] = await q<{ n: string }>(SQL.countImagesWithoutReport, [ontologyId, ontologyId]);
    const [repCount] = await q<{ n: string }>(SQL.countReportsWithoutImages, [ontologyId]);
    const reports = await q<{ report_id: string }>(SQL.reportsWithoutImages, [ontologyId, limit]);
    return {
      imagesWithoutReport: Number(imgCount?.n ?? 0),
      studiesWithoutReport: studies.map((r) => ({ studyId: r.study_id, reportKey: r.report_key, images: Number(r.images) })),
      reportsWithoutImages: Number(repCount?.n ?? 0),
      reportIdsWithoutImages: reports.map((r) => r.report_id),
    };
  }

  async counts(): Promise<{ images: number; studies: number }> {
    const [row] = await this.query<{ images: string; studies: string }>('STORE_READ', 'image count', SQL.counts, []);
    return { images: Number(row?.images ?? 0), studies: Number(row?.studies ?? 0) };
  }

  async getSyncState(source: string): Promise<string | undefined> {
    return (await this.query<{ state: string }>('STORE_READ', 'sync state read', SQL.getSync, [source]))[0]?.state;
  }

  async putSyncState(source: string, state: string): Promise<void> {
    await this.query('STORE_WRITE', 'sync state write', SQL.putSync, [source, state, new Date().toISOString()]);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }
}
