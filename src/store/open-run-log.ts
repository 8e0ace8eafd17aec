import { RadlabelError } from '../errors/index.js';
import { openPostgresRunLog } from './postgres/postgres-run-log.js';
import type { RunLog } from './run-log.js';
import { openSqliteRunLog } from './sqlite/sqlite-run-log.js';

const PG_URL = /^postgres(ql)?:\/\//i;

/** Opens the run log in the database named by the `db` config value (as {@link openStore} does). */
export function openRunLog(db: string): RunLog {
  if (!PG_URL.test(db)) return openSqliteRunLog(db);
  let url: URL;
  try {
    url = new URL(db);
  } catch (cause) {
    throw new RadlabelError('CONFIG_INVALID', 'The PostgreSQL URL in `db` is not a valid URL.', { locator: { path: 'db' }, cause });
  }
  const schema = url.searchParams.get('schema') ?? 'radlabel';
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new RadlabelError('CONFIG_INVALID', 'The PostgreSQL schema name must be lower-case letters, digits and underscores (at most 63).');
  url.searchParams.delete('schema');
  return openPostgresRunLog(url.toString(), schema);
}
