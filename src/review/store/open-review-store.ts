import { openSqlHandle } from '../../store/sql-handle.js';
import type { ReviewStore } from '../review-store.js';
import { reviewExec } from './review-exec.js';
import { sqlReviewStore } from './sql-review-store.js';

/** Opens (and migrates) the review tables in the database the `db` setting names: SQLite path or `postgres://` URL. */
export async function openReviewStore(db: string): Promise<ReviewStore> {
  const h = await openSqlHandle(db);
  return sqlReviewStore(reviewExec(h), () => h.close());
}
