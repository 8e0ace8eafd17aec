import type Database from 'better-sqlite3';

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

/**
 * Asks for {@link SQLITE_PAGE_SIZE} on a connection just opened, before `journal_mode = WAL` writes
 * the file's header. Only a new, empty database takes it: an existing file keeps the page size it
 * was made with (in WAL mode SQLite cannot change it, and the pragma is then a no-op), so stores
 * made by earlier versions go on working unchanged.
 */
export function askPageSize(db: Database.Database): void {
  db.pragma(`page_size = ${SQLITE_PAGE_SIZE}`);
}
