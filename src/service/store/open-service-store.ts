import { RadlabelError } from '../../errors/index.js';
import { openPostgresServiceStore } from './postgres-service-store.js';
import type { ServiceStore } from './service-store.js';
import { openSqliteServiceStore } from './sqlite-service-store.js';

/** Opens the service tables in the database the `db` setting names (same rules as `openStore`). */
export function openServiceStore(db: string): ServiceStore {
  if (!/^postgres(ql)?:\/\//i.test(db)) return openSqliteServiceStore(db);
  let url: URL;
  try {
    url = new URL(db);
  } catch (cause) {
    throw new RadlabelError('CONFIG_INVALID', 'The PostgreSQL URL in `db` is not a valid URL.', { locator: { path: 'db' }, cause });
  }
  const schema = url.searchParams.get('schema') ?? 'radlabel';
  url.searchParams.delete('schema');
  return openPostgresServiceStore(url.toString(), schema);
}
