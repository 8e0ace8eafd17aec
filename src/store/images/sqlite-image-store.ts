import type Database from 'better-sqlite3';
import type { ImageRecord } from '../../domain/image.js';
import { RadlabelError } from '../../errors/index.js';
import { fromStoredLabelsRow, type StoredLabelsRow } from '../rows.js';
import { migrateSqlite } from '../sqlite/sqlite-migrate.js';
import { IMAGE_COLUMNS, fromImageRow, lastPerImage, toImageRow, type ImageRow } from './image-rows.js';
import { SQLITE, UPSERT_TAIL, imageSql } from './image-sql.js';
import type { ImageCursor, ImageStore, ReportLabels, UnmatchedSummary } from './image-store.js';
import { openSqliteFile } from '../sqlite/open-sqlite-file.js';

const SQL = imageSql(SQLITE);

function prepare(db: Database.Database) {
  const st = Object.fromEntries(Object.entries(SQL).map(([k, v]) => [k, db.prepare(v)])) as Record<keyof typeof SQL, Database.Statement>;
  return {
    ...st,
    upsert: db.prepare(`INSERT INTO images (${IMAGE_COLUMNS.join(', ')}) VALUES (${IMAGE_COLUMNS.map((c) => `@${c}`).join(', ')}) ${UPSERT_TAIL}`),
  };
}

/**
 * Opens the image index of a SQLite label database (the same file as the label store; WAL lets
 * both connections work side by side). Migrations run on first use.
 */
export function openSqliteImageStore(path: string): ImageStore {
  let db: Database.Database;
  try {
    db = openSqliteFile(path);
  } catch (cause) {
    throw new RadlabelError('STORE_OPEN', 'The SQLite database could not be opened.', { locator: { file: path }, cause });
  }
  return new SqliteImageStore(db);
}

class SqliteImageStore implements ImageStore {
  private st: ReturnType<typeof prepare> | undefined;

  constructor(private readonly db: Database.Database) {}

  private s(): ReturnType<typeof prepare> {
    if (this.st === undefined) {
      migrateSqlite(this.db);
      this.st = prepare(this.db);
    }
    return this.st;
  }

  async migrate(): Promise<void> {
    this.s();
  }

  async saveImages(images: ImageRecord[]): Promise<void> {
    if (images.length === 0) return;
    const s = this.s();
    const at = new Date().toISOString();
    try {
      this.db.transaction(() => {
        for (const img of lastPerImage(images)) {
          const row = toImageRow(img, at);
          s.upsert.run({ ...row, guard: JSON.stringify(row.guard) });
        }
      }).immediate();
    } catch (cause) {
      const busy = (cause as { code?: string }).code?.startsWith('SQLITE_BUSY') ?? false;
      throw new RadlabelError('STORE_WRITE', `Writing ${images.length} images to SQLite failed; nothing was written.`, { retriable: busy, cause });
    }
  }

  async imagePage(after: ImageCursor | undefined, limit: number): Promise<ImageRecord[]> {
    const a = after ?? { studyId: '', imageId: '' };
    return (this.s().page.all(a.studyId, a.studyId, a.imageId, limit) as ImageRow[]).map(fromImageRow);
  }

  async imagesOfStudy(studyId: string): Promise<ImageRecord[]> {
    return (this.s().ofStudy.all(studyId) as ImageRow[]).map(fromImageRow);
  }

  async labelsForImages(ontologyId: string, reportKeys: string[], studyIds: string[]): Promise<ReportLabels[]> {
    const s = this.s();
    const rows = [
      ...(reportKeys.length ? (s.labelsByReport.all(ontologyId, JSON.stringify(reportKeys)) as Array<StoredLabelsRow & { study_uid: string | null }>) : []),
      ...(studyIds.length ? (s.labelsByStudy.all(ontologyId, JSON.stringify(studyIds)) as Array<StoredLabelsRow & { study_uid: string | null }>) : []),
    ];
    const seen = new Set<string>();
    return rows.filter((r) => !seen.has(r.report_id) && !!seen.add(r.report_id)).map((r) => ({ ...fromStoredLabelsRow(r), studyUid: r.study_uid }));
  }

  async unmatched(ontologyId: string, limit: number): Promise<UnmatchedSummary> {
    const s = this.s();
    const studies = s.studiesWithoutReport.all(ontologyId, ontologyId, limit) as Array<{ study_id: string; report_key: string | null; images: number }>;
    return {
      imagesWithoutReport: (s.countImagesWithoutReport.get(ontologyId, ontologyId) as { n: number }).n,
      studiesWithoutReport: studies.map((r) => ({ studyId: r.study_id, reportKey: r.report_key, images: r.images })),
      reportsWithoutImages: (s.countReportsWithoutImages.get(ontologyId) as { n: number }).n,
      reportIdsWithoutImages: (s.reportsWithoutImages.all(ontologyId, limit) as Array<{ report_id: string }>).map((r) => r.report_id),
    };
  }

  async counts(): Promise<{ images: number; studies: number }> {
    return this.s().counts.get() as { images: number; studies: number };
  }

  async getSyncState(source: string): Promise<string | undefined> {
    return (this.s().getSync.get(source) as { state: string } | undefined)?.state;
  }

  async putSyncState(source: string, state: string): Promise<void> {
    this.s().putSync.run(source, state, new Date().toISOString());
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
