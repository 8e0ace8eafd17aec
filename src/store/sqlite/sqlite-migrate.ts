import type Database from 'better-sqlite3';
import { RadlabelError } from '../../errors/index.js';
import { MIGRATIONS, SCHEMA_MIGRATIONS_DDL, pendingMigrations, type Migration } from '../migrations/index.js';

/**
 * Applies pending migrations to a SQLite database in one IMMEDIATE transaction, so two processes
 * starting on the same file cannot both apply them. Idempotent; a failure rolls back everything
 * and throws `STORE_MIGRATION` naming the migration.
 */
export function migrateSqlite(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): void {
  let current: Migration | undefined;
  try {
    db.transaction(() => {
      db.exec(SCHEMA_MIGRATIONS_DDL);
      const rows = db.prepare('SELECT id FROM schema_migrations').all() as Array<{ id: number }>;
      const insert = db.prepare('INSERT INTO schema_migrations (id, name, applied_at) VALUES (?, ?, ?)');
      for (const m of pendingMigrations(new Set(rows.map((r) => r.id)), migrations)) {
        current = m;
        db.exec(m.sqlite);
        insert.run(m.id, m.name, new Date().toISOString());
      }
    }).immediate();
  } catch (cause) {
    const which = current ? `migration ${current.id} (${current.name})` : 'the migration table';
    throw new RadlabelError('STORE_MIGRATION', `SQLite ${which} failed to apply; nothing was changed.`, { cause });
  }
}
