import { RadlabelError } from '../errors/index.js';
import { isPostgresUrl, postgresTarget } from './db-target.js';
import { openPostgresRunLog } from './postgres/postgres-run-log.js';
import type { RunLog } from './run-log.js';
import { openSqliteRunLog } from './sqlite/sqlite-run-log.js';

/** Opens the run log in the database named by the `db` config value (as {@link openStore} does). */
export function openRunLog(db: string): RunLog {
  if (!isPostgresUrl(db)) return openSqliteRunLog(db);
  const { url, schema } = postgresTarget(db);
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new RadlabelError('CONFIG_INVALID', 'The PostgreSQL schema name must be lower-case letters, digits and underscores (at most 63).');
  return openPostgresRunLog(url, schema);
}
