import { RadlabelError } from '../errors/index.js';

const PG_URL = /^postgres(ql)?:\/\//i;

/** Whether the `db` setting names PostgreSQL (a `postgres://` / `postgresql://` URL) rather than a SQLite path. */
export function isPostgresUrl(db: string): boolean {
  return PG_URL.test(db);
}

/**
 * The connection URL and schema a `postgres://` `db` setting names: tables live in the schema of
 * the `?schema=` query parameter (default `radlabel`), which is taken out of the URL the driver
 * sees. Every store adapter (labels, run log, image index, service tables, side tables) opens its
 * PostgreSQL side through this. Throws `CONFIG_INVALID` for a URL that does not parse.
 */
export function postgresTarget(db: string): { url: string; schema: string } {
  let url: URL;
  try {
    url = new URL(db);
  } catch (cause) {
    throw new RadlabelError('CONFIG_INVALID', 'The PostgreSQL URL in `db` is not a valid URL.', { locator: { path: 'db' }, cause });
  }
  const schema = url.searchParams.get('schema') ?? 'radlabel';
  url.searchParams.delete('schema');
  return { url: url.toString(), schema };
}
