import { isPostgresUrl, postgresTarget } from '../../store/db-target.js';
import { openPostgresServiceStore } from './postgres-service-store.js';
import type { ServiceStore } from './service-store.js';
import { openSqliteServiceStore } from './sqlite-service-store.js';

/** Opens the service tables in the database the `db` setting names (same rules as `openStore`). */
export function openServiceStore(db: string): ServiceStore {
  if (!isPostgresUrl(db)) return openSqliteServiceStore(db);
  const { url, schema } = postgresTarget(db);
  return openPostgresServiceStore(url, schema);
}
