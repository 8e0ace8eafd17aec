import { isPostgresUrl, postgresTarget } from '../db-target.js';
import type { ImageStore } from './image-store.js';
import { openPostgresImageStore } from './postgres-image-store.js';
import { openSqliteImageStore } from './sqlite-image-store.js';

/** Opens the image index of the database named by the `db` config value (as `openStore` does for labels). */
export function openImageStore(db: string): ImageStore {
  if (!isPostgresUrl(db)) return openSqliteImageStore(db);
  const { url, schema } = postgresTarget(db);
  return openPostgresImageStore(url, { schema });
}
