import { isPostgresUrl, postgresTarget } from './db-target.js';
import type { LabelStore } from './label-store.js';
import { openPostgresStore } from './postgres/postgres-store.js';
import { openSqliteStore } from './sqlite/sqlite-store.js';

/**
 * Opens the store named by the `db` config value: a `postgres://` / `postgresql://` URL selects
 * PostgreSQL (tables in the schema given by the `?schema=` query parameter, default `radlabel`);
 * anything else is a SQLite file path (`:memory:` for a private in-memory database). Migrations run
 * on the first operation; call `migrate()` at start-up to fail fast.
 */
export function openStore(db: string): LabelStore {
  if (!isPostgresUrl(db)) return openSqliteStore(db);
  const { url, schema } = postgresTarget(db);
  return openPostgresStore(url, { schema });
}
