import { RadlabelError } from '../../errors/index.js';
import type { ImageStore } from './image-store.js';
import { openPostgresImageStore } from './postgres-image-store.js';
import { openSqliteImageStore } from './sqlite-image-store.js';

const PG_URL = /^postgres(ql)?:\/\//i;

/** Opens the image index of the database named by the `db` config value (as `openStore` does for labels). */
export function openImageStore(db: string): ImageStore {
  if (!PG_URL.test(db)) return openSqliteImageStore(db);
  let url: URL;
  try {
    url = new URL(db);
  } catch (cause) {
    throw new RadlabelError('CONFIG_INVALID', 'The PostgreSQL URL in `db` is not a valid URL.', { locator: { path: 'db' }, cause });
  }
  const schema = url.searchParams.get('schema') ?? 'radlabel';
  url.searchParams.delete('schema');
  return openPostgresImageStore(url.toString(), { schema });
}
