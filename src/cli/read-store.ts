import { existsSync } from 'node:fs';
import { RadlabelError } from '../errors/index.js';
import type { LabelStore } from '../store/label-store.js';
import { isPostgresUrl } from '../store/db-target.js';
import { listOntologies } from '../ontology/load-ontology.js';


/**
 * A read command (`export`, `quarantine`) must not create a database: a mistyped `--db` would
 * otherwise answer "nothing" from a new empty file. Throws `USAGE` (exit 2) for a missing SQLite file.
 */
export function assertDatabaseExists(db: string): void {
  if (isPostgresUrl(db) || db === ':memory:' || existsSync(db)) return;
  throw new RadlabelError('USAGE', `no database at ${db} (nothing has been run with this --db; \`radlabel run\` writes .radlabel/radlabel.db unless --db or RADLABEL_DB says otherwise)`);
}

/** Ids of the ontologies in `dir` that have current labels in the store. */
export async function ontologiesWithLabels(store: LabelStore, dir?: string): Promise<string[]> {
  const out: string[] = [];
  for (const { id } of listOntologies(dir)) {
    for await (const first of store.currentLabels(id)) {
      if (first) out.push(id);
      break;
    }
  }
  return out;
}

/**
 * Throws `USAGE` when the store has no labels for `ontologyId`, naming the ontologies it does have
 * labels for: exporting the default `chexpert` after a `chestxray14` run would otherwise write a
 * header and nothing else.
 */
export async function assertOntologyHasLabels(store: LabelStore, ontologyId: string, dir?: string): Promise<void> {
  for await (const first of store.currentLabels(ontologyId)) if (first) return;
  const present = await ontologiesWithLabels(store, dir);
  const hint = present.length
    ? `it has labels for: ${present.join(', ')} (pass --ontology ${present[0]})`
    : 'it has no labels for any ontology in the ontology folder (run `radlabel run` first)';
  throw new RadlabelError('USAGE', `the store has no labels for ontology "${ontologyId}"; ${hint}`);
}
