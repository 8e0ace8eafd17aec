import { readFile } from 'node:fs/promises';
import { RadlabelError } from '../errors/index.js';
import { loadConfig } from '../config/load-config.js';
import { openStore } from '../store/open-store.js';
import { deidKeyHome } from '../app/run-context.js';
import { assertDatabaseExists, ontologiesWithLabels } from './read-store.js';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { resolveDeidKey } from '../deid/deid-key.js';
import { openRunLog } from '../store/open-run-log.js';
import type { GoldIdKey, GoldIdKeying } from '../evaluate/labels/gold-id-key.js';

/** `--id-key`: the run's key, and for `study-uid` / `mrn-date` the run's reports by stored study UID / by patient pseudonym and shifted date. */
export async function goldKeying(kind: GoldIdKey | undefined, db: string | undefined): Promise<GoldIdKeying | undefined> {
  if (kind === undefined) return undefined;
  const deidKey = runDeidKey(db);
  if (kind === 'accession') return { kind, deidKey };
  const config = loadConfig({ db });
  assertDatabaseExists(config.db);
  const log = openRunLog(config.db);
  try {
    if (kind === 'mrn-date') return { kind, deidKey, byPatientDate: await log.reportIdsByPatientDate() };
    return { kind, deidKey, byStudyUid: await log.reportIdsByStudyUid(), keptStudyUids: config.deid.keepStudyUids };
  } finally {
    await log.close();
  }
}

/**
 * The de-identification key a run used: `RADLABEL_DEID_KEY` / `deid.key`, else the key file
 * beside its database. Never creates one: a new random key would silently join nothing.
 */
export function runDeidKey(db: string | undefined): string {
  const config = loadConfig({ db });
  if (config.deid.key) return resolveDeidKey(config.deid.key, config.db);
  const home = deidKeyHome(config.db);
  const file = path.join(path.dirname(path.resolve(home)), 'deid.key');
  if (!existsSync(file))
    throw new RadlabelError('USAGE', `--id-key needs the run's de-identification key: none at ${file}; pass the run's --db or set RADLABEL_DEID_KEY`);
  return resolveDeidKey(undefined, home);
}

/**
 * Report texts for `eval`'s error browser when `--pred` is a CSV: from a run JSONL (`--text`,
 * lines with `id` and `text`) or from the store of the run (`--db`). Both hold de-identified text
 * only; ids not found are left out.
 */
export function reportTextSource(flags: { text?: string; db?: string }): ((ids: string[]) => Promise<Map<string, string>>) | undefined {
  if (flags.text) {
    const file = flags.text;
    return async (ids) => {
      const wanted = new Set(ids);
      const out = new Map<string, string>();
      let content: string;
      try {
        content = await readFile(file, 'utf8');
      } catch (e) {
        throw new RadlabelError('EVAL_BAD_INPUT', 'the --text file could not be read', { locator: { file }, cause: e });
      }
      content.split('\n').forEach((line, i) => {
        if (!line.trim()) return;
        let o: { id?: unknown; text?: unknown };
        try {
          o = JSON.parse(line) as typeof o;
        } catch (e) {
          throw new RadlabelError('EVAL_BAD_INPUT', 'not a JSON line (--text expects a run JSONL: one object with id and text per line)', { locator: { file, row: i + 1 }, cause: e });
        }
        if (typeof o.id === 'string' && typeof o.text === 'string' && wanted.has(o.id)) out.set(o.id, o.text);
      });
      return out;
    };
  }
  if (flags.db) {
    const db = loadConfig({ db: flags.db }).db;
    assertDatabaseExists(db);
    return async (ids) => {
      const wanted = new Set(ids);
      const out = new Map<string, string>();
      const store = openStore(db);
      try {
        for (const o of await ontologiesWithLabels(store))
          for await (const s of store.currentLabels(o)) if (wanted.has(s.reportId) && !out.has(s.reportId)) out.set(s.reportId, s.report.text);
      } finally {
        await store.close();
      }
      return out;
    };
  }
  return undefined;
}
