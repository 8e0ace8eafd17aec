import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';

export { cli } from '../helpers/run-cli.js';

/** The de-identification key the CLI created beside a SQLite database. */
export function keyBeside(dbPath: string): string {
  return readFileSync(join(dbPath, '..', 'deid.key'), 'utf8').trim();
}

/** A CSV file as header-keyed records. */
export function readCsv(file: string): Array<Record<string, string>> {
  return parse(readFileSync(file, 'utf8'), { columns: true }) as Array<Record<string, string>>;
}
