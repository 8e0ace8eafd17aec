import { pseudonym } from '../../deid/pseudonyms.js';
import { RadlabelError } from '../../errors/index.js';
import type { LabelTable } from './label-table.js';

/** How a gold file's raw ids become the ids a run gave its reports. */
export type GoldIdKey = 'accession';

/**
 * Re-keys a gold table by the pseudonyms a run computes: with `accession`, a raw accession number
 * becomes `acc-<keyed HMAC>` exactly as HL7 / FHIR reports are keyed (see `deidentify`), so a
 * site's own gold joins its runs without the raw ids ever reaching an output. Ids that already are
 * pseudonyms are kept. The row numbers stay for error locators; the raw ids are dropped here.
 */
export function rekeyGold(gold: LabelTable, idKey: GoldIdKey, deidKey: string): LabelTable {
  const records = new Map<string, (typeof gold.records extends Map<string, infer R> ? R : never)>();
  for (const r of gold.records.values()) {
    const id = /^acc-[0-9a-f]{20}$/.test(r.id) ? r.id : `acc-${pseudonym(deidKey, idKey, r.id.trim())}`;
    if (records.has(id)) throw new RadlabelError('EVAL_BAD_INPUT', `two gold rows have the same ${idKey} (rows ${records.get(id)!.row} and ${r.row})`, { locator: { file: gold.file, row: r.row } });
    records.set(id, { ...r, id });
  }
  return { ...gold, records };
}
