import type Database from 'better-sqlite3';
import type pg from 'pg';
import { isPostgresUrl, postgresTarget } from './db-target.js';
import { loadPg } from './postgres/load-pg.js';
import { RadlabelError } from '../errors/index.js';
import { migrateSqlite } from './sqlite/sqlite-migrate.js';
import { migratePostgres } from './postgres/postgres-migrate.js';
import { openSqliteFile } from './sqlite/open-sqlite-file.js';

/**
 * A migrated connection to the database named by the `db` setting, for the small stores that sit
 * beside the label store (feed cursors, the audit log). Same URL rules as `openStore`: a
 * `postgres://` URL (schema from `?schema=`, default `radlabel`) or a SQLite path.
 */
export type SqlHandle =
  | { kind: 'sqlite'; db: Database.Database; close(): Promise<void> }
  | { kind: 'postgres'; pool: pg.Pool; close(): Promise<void> };

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** Opens and migrates (all migrations, idempotent) the database. */
export async function openSqlHandle(db: string): Promise<SqlHandle> {
  if (!isPostgresUrl(db)) {
    let sqlite: Database.Database;
    try {
      sqlite = openSqliteFile(db);
    } catch (cause) {
      throw new RadlabelError('STORE_OPEN', 'The SQLite database could not be opened.', { locator: { file: db }, cause });
    }
    migrateSqlite(sqlite);
    return { kind: 'sqlite', db: sqlite, close: async () => void sqlite.close() };
  }
  const { url, schema } = postgresTarget(db);
  if (!SCHEMA_NAME.test(schema)) {
    throw new RadlabelError('CONFIG_INVALID', 'The PostgreSQL schema name must be lower-case letters, digits and underscores (at most 63).', { locator: { path: 'db?schema' } });
  }
  const pool = new (loadPg().Pool)({ connectionString: url, max: 4, options: `-c search_path=${schema}` });
  pool.on('error', () => undefined);
  await migratePostgres(pool, schema);
  return { kind: 'postgres', pool, close: () => pool.end() };
}
