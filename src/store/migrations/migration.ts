/**
 * A schema migration as data. `id` orders migrations and is recorded in `schema_migrations`; the SQL
 * is given per dialect because types differ (jsonb / timestamptz / identity in PostgreSQL, text and
 * integer in SQLite). A migration never changes after release: fix forward with a new one.
 */
export interface Migration {
  id: number;
  name: string;
  sqlite: string;
  postgres: string;
}
