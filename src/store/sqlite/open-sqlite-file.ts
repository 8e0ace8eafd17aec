import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

/**
 * Page size of the SQLite databases radlabel creates: 16 KiB instead of SQLite's 4 KiB. A store
 * batch's commit writes every page it dirtied to the WAL, one frame (header, checksum, write) per
 * page, and a labels row (its evidence JSON, some 4.5 KB a bench report) does not fit a 4 KiB page:
 * each row spilled into an overflow page of its own. With 16 KiB pages three labels rows share a
 * page, and a commit writes about half the frames: commit CPU 33-40 -> 19-22 us a bench report
 * (file 8.5 -> 8.3 KB a report). 8 KiB pages would save less and leave most of each labels page
 * empty (one 4.5 KB row a page: a 10 % larger file).
 */
export const SQLITE_PAGE_SIZE = 16384;

/** How {@link openSqliteFile} sets up a connection beyond what every store shares. */
export interface SqliteFileOptions {
  /** Create the file's folder first (default true; the service tables open the label store's existing file). */
  makeDir?: boolean;
  /** `synchronous = NORMAL` (default true; the run log keeps SQLite's default). */
  synchronousNormal?: boolean;
  /** `foreign_keys = ON` (default false; the label store's tables reference each other). */
  foreignKeys?: boolean;
}

/**
 * Opens a SQLite file as every radlabel store does: its folder created, {@link SQLITE_PAGE_SIZE}
 * asked before `journal_mode = WAL` writes the file's header (only a new, empty database takes it:
 * an existing file keeps the page size it was made with, so stores made by earlier versions go on
 * working), WAL unless in memory, and a 5 s busy timeout for a second connection or process.
 * Errors are the caller's to wrap: each store names what it could not open.
 */
export function openSqliteFile(path: string, opts: SqliteFileOptions = {}): Database.Database {
  const memory = path === ':memory:';
  if (opts.makeDir !== false && !memory && !path.startsWith('file:')) mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma(`page_size = ${SQLITE_PAGE_SIZE}`);
  if (!memory) db.pragma('journal_mode = WAL');
  if (opts.synchronousNormal !== false) db.pragma('synchronous = NORMAL');
  if (opts.foreignKeys) db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  return db;
}
