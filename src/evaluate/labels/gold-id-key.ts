import { pseudonym, remapUid } from '../../deid/pseudonyms.js';
import { RadlabelError } from '../../errors/index.js';
import type { LabelTable } from './label-table.js';

/** How a gold file's raw ids become the ids a run gave its reports. */
export type GoldIdKey = 'accession' | 'study-uid';

/** What re-keying needs: the run's key, and for `study-uid` the run's reports by (stored) study UID. */
export interface GoldIdKeying {
  kind: GoldIdKey;
  deidKey: string;
  /** Stored study UID → report id (from the run's store). */
  byStudyUid?: Map<string, string>;
  /** The run kept study UIDs as they were (`--keep-study-uids`). */
  keptStudyUids?: boolean;
}

/**
 * Re-keys a gold table by the ids a run gave its reports: with `accession`, a raw accession number
 * becomes `acc-<keyed HMAC>` exactly as HL7 / FHIR reports are keyed (see `deidentify`); with
 * `study-uid`, a raw Study Instance UID is remapped with the run's key (`2.25.…`) and looked up
 * among the run's stored reports. A site's own gold thus joins its runs without the raw ids ever
 * reaching an output. Ids that already are pseudonyms are kept. The row numbers stay for error locators; the raw ids are dropped here.
 */
export function rekeyGold(gold: LabelTable, k: GoldIdKeying): LabelTable {
  const records = new Map<string, (typeof gold.records extends Map<string, infer R> ? R : never)>();
  for (const r of gold.records.values()) {
    const raw = r.id.trim();
    let id: string;
    if (k.kind === 'accession') id = /^acc-[0-9a-f]{20}$/.test(raw) ? raw : `acc-${pseudonym(k.deidKey, 'accession', raw)}`;
    else {
      // A study the run never saw keeps a pseudonym of its UID: it is then scored as missed.
      const stored = k.keptStudyUids || raw.startsWith('2.25.') ? raw : remapUid(k.deidKey, raw);
      const found = k.byStudyUid?.get(stored);
      id = found ?? `uid-${pseudonym(k.deidKey, 'id', raw)}`;
    }
    if (records.has(id)) throw new RadlabelError('EVAL_BAD_INPUT', `two gold rows have the same ${k.kind} (rows ${records.get(id)!.row} and ${r.row})`, { locator: { file: gold.file, row: r.row } });
    records.set(id, { ...r, id });
  }
  return { ...gold, records };
}
