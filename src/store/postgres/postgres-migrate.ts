import type pg from 'pg';
import { RadlabelError } from '../../errors/index.js';
import { MIGRATIONS, SCHEMA_MIGRATIONS_DDL, pendingMigrations, type Migration } from '../migrations/index.js';
import { SQL } from './postgres-sql.js';

/**
 * Creates the schema when missing and applies pending migrations in one transaction, under an
 * advisory lock per schema so many workers starting together apply each migration once.
 * A failure rolls back and throws `STORE_MIGRATION` naming the migration.
 */
export async function migratePostgres(pool: pg.Pool, schema: string, migrations: readonly Migration[] = MIGRATIONS): Promise<void> {
  let client: pg.PoolClient;
  try {
    client = await pool.connect();
  } catch (cause) {
    throw new RadlabelError('STORE_OPEN', 'Could not connect to PostgreSQL to apply migrations.', { retriable: true, cause });
  }
  let current: Migration | undefined;
  try {
    await client.query('BEGIN');
    await client.query(SQL.lockMigrations, [`radlabel:migrate:${schema}`]);
    // The name is validated by the caller against [a-z_][a-z0-9_]*, so quoting it is enough.
    await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    await client.query(SCHEMA_MIGRATIONS_DDL);
    const { rows } = await client.query<{ id: number }>('SELECT id FROM schema_migrations');
    for (const m of pendingMigrations(new Set(rows.map((r) => r.id)), migrations)) {
      current = m;
      await client.query(m.postgres);
      await client.query('INSERT INTO schema_migrations (id, name, applied_at) VALUES ($1, $2, $3)', [m.id, m.name, new Date().toISOString()]);
    }
    await client.query('COMMIT');
  } catch (cause) {
    await client.query('ROLLBACK').catch(() => undefined);
    const which = current ? `migration ${current.id} (${current.name})` : 'the migration table';
    throw new RadlabelError('STORE_MIGRATION', `PostgreSQL ${which} failed to apply in schema ${schema}; nothing was changed.`, { cause });
  } finally {
    client.release();
  }
}
