import { RadlabelError } from '../errors/index.js';
import type { LabelStore } from './label-store.js';
import { openPostgresStore } from './postgres/postgres-store.js';
import { openSqliteStore } from './sqlite/sqlite-store.js';

const PG_URL = /^postgres(ql)?:\/\//i;

/**
 * Opens the store named by the `db` config value: a `postgres://` / `postgresql://` URL selects
 * PostgreSQL (tables in the schema given by the `?schema=` query parameter, default `radlabel`);
 * anything else is a SQLite file path (`:memory:` for a private in-memory database). Migrations run
 * on the first operation; call `migrate()` at start-up to fail fast.
 */
export function openStore(db: string): LabelStore {
  if (!PG_URL.test(db)) return openSqliteStore(db);
  let url: URL;
  try {
    url = new URL(db);
  } catch (cause) {
    throw new RadlabelError('CONFIG_INVALID', 'The PostgreSQL URL in `db` is not a valid URL.', { locator: { path: 'db' }, cause });
  }
  const schema = url.searchParams.get('schema') ?? 'radlabel';
  url.searchParams.delete('schema');
  return openPostgresStore(url.toString(), { schema });
}
