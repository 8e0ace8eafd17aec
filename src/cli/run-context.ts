import type { Config } from '../config/config-schema.js';
import { loadConfig } from '../config/load-config.js';
import type { Ontology } from '../domain/ontology.js';
import { loadOntology } from '../ontology/load-ontology.js';
import { openStore } from '../store/open-store.js';
import type { LabelStore } from '../store/label-store.js';
import { resolveDeidKey } from '../deid/deid-key.js';
import type { DeidSettings } from '../deid/deidentify.js';

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
  const deid: DeidSettings = {
    key: resolveDeidKey(config.deid.key, config.db.startsWith('postgres') ? '.radlabel/radlabel.db' : config.db),
    mode: config.deid.mode,
    keepStudyUids: config.deid.keepStudyUids,
  };
  return { config, ontology, store, deid };
}
