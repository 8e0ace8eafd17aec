import type { Config } from '../config/config-schema.js';
import { loadConfig } from '../config/load-config.js';
import type { Ontology } from '../domain/ontology.js';
import { loadOntology } from '../ontology/load-ontology.js';
import { openStore } from '../store/open-store.js';
import { isPostgresUrl } from '../store/db-target.js';
import type { LabelStore } from '../store/label-store.js';
import { resolveDeidKey } from '../deid/deid-key.js';
import type { DeidSettings } from '../deid/deidentify.js';
import { RadlabelError } from '../errors/index.js';
import { hmacHex } from '../util/hash.js';

export interface RunContext {
  config: Config;
  ontology: Ontology;
  store: LabelStore;
  deid: DeidSettings;
}

/** Common flags → config overrides. */
export function overridesFrom(o: { db?: string; ontology?: string; extractor?: string; mode?: string; keepStudyUids?: boolean }): Record<string, unknown> {
  const deid: Record<string, unknown> = {};
  if (o.mode) deid.mode = o.mode;
  if (o.keepStudyUids) deid.keepStudyUids = true;
  return { db: o.db, ontology: o.ontology, extractor: o.extractor, ...(Object.keys(deid).length ? { deid } : {}) };
}

/** Loads config, the ontology, the store (migrated) and the de-identification settings. */
export async function openRunContext(overrides: Record<string, unknown>): Promise<RunContext> {
  const config = loadConfig(overrides);
  const ontology = loadOntology(config.ontology, config.ontologyDir);
  const store = openStore(config.db);
  await store.migrate();
  const deid = deidSettingsFrom(config);
  await checkDeidKey(store, deid.key);
  return { config, ontology, store, deid };
}

/** The database path whose folder holds the generated key file: the SQLite file, or `.radlabel/` for PostgreSQL. */
export function deidKeyHome(db: string): string {
  return isPostgresUrl(db) ? '.radlabel/radlabel.db' : db;
}

/**
 * De-identification settings from the config. Without a configured key, the key file lives beside
 * the SQLite database (for a PostgreSQL URL, in `.radlabel/`).
 */
export function deidSettingsFrom(config: Config): DeidSettings {
  return { key: resolveDeidKey(config.deid.key, deidKeyHome(config.db)), mode: config.deid.mode, keepStudyUids: config.deid.keepStudyUids, profile: config.deid.profile };
}

const KEY_CHECK_ENTRY = 'meta:deid-key-check';

/**
 * Refuses a key other than the one the database was written with: another key would give other
 * pseudonyms (the same report stored twice under two ids) and a leak guard that matches nothing.
 * Only a keyed hash of a constant is stored, never the key.
 */
export async function checkDeidKey(store: LabelStore, key: string): Promise<void> {
  const check = hmacHex(key, 'radlabel:deid-key-check').slice(0, 32);
  const stored = await store.cacheGet(KEY_CHECK_ENTRY);
  if (stored === undefined) await store.cachePut(KEY_CHECK_ENTRY, check);
  else if (stored !== check) {
    await store.close();
    throw new RadlabelError(
      'DEID_KEY_MISMATCH',
      'this database was written with another de-identification key; set RADLABEL_DEID_KEY (or deid.key) to that key, or use another --db',
    );
  }
}
