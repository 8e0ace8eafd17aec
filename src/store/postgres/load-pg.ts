import { createRequire } from 'node:module';
import type pg from 'pg';

/**
 * The `pg` module, loaded on first use: it is CommonJS and a noticeable part of start-up, and only
 * a `postgres://` database needs it (every PostgreSQL adapter opens its pool through this).
 */
export function loadPg(): typeof pg {
  return createRequire(import.meta.url)('pg') as typeof pg;
}
