import { dateShiftDays, shiftIsoDateTime } from '../../deid/date-shift.js';
import { pseudonym, remapUid } from '../../deid/pseudonyms.js';
import { RadlabelError } from '../../errors/index.js';
import type { LabelTable } from './label-table.js';

/** How a gold file's raw ids become the ids a run gave its reports. */
export type GoldIdKey = 'accession' | 'study-uid' | 'mrn-date';

/** Gold columns that together key a report by patient and exam date (`--id-key mrn-date`). */
export const MRN_DATE_COLUMNS: ReadonlyArray<readonly string[]> = [
  ['mrn', 'patient_id', 'patientid', 'patient'],
  ['exam_date', 'examdate', 'study_date', 'studydate', 'date'],
];

/** What re-keying needs: the run's key, and the run's reports by (stored) study UID or by patient and date. */
export interface GoldIdKeying {
  kind: GoldIdKey;
  deidKey: string;
  /** Stored study UID → report id (from the run's store). */
  byStudyUid?: Map<string, string>;
  /** The run kept study UIDs as they were (`--keep-study-uids`). */
  keptStudyUids?: boolean;
  /** `patient pseudonym|shifted exam date (YYYY-MM-DD)` → the report ids stored under it (from the run's store). */
  byPatientDate?: Map<string, string[]>;
}

/** A gold table with its ids re-keyed, and what could not be joined (counts only: no raw ids). */
export interface RekeyedGold {
  table: LabelTable;
  warnings: string[];
}

/** `2024-03-14`, `20240314`, either with a time after it → `2024-03-14`; undefined for any other form. */
export function isoDateOf(s: string): string | undefined {
  const m = /^(\d{4})-?(\d{2})-?(\d{2})(?:$|[T ]|(?<=^\d{8})\d{2,6})/.exec(s.trim());
  if (!m) return undefined;
  const [y, mo, d] = [+m[1]!, +m[2]!, +m[3]!];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}

/**
 * The key a report is found by from a raw MRN and exam date, computed exactly as
 * de-identification computes the stored fields: the keyed-HMAC patient pseudonym and the exam date
 * moved by the patient's keyed date shift (both derived from the MRN with the run's key). Nothing
 * about the raw pair is stored anywhere; only someone holding the key can compute it.
 */
export function patientDateKey(deidKey: string, mrn: string, isoDate: string): string {
  const shifted = shiftIsoDateTime(isoDate, dateShiftDays(deidKey, mrn))!;
  return `${pseudonym(deidKey, 'patient', mrn)}|${shifted.slice(0, 10)}`;
}

/**
 * Re-keys a gold table by the ids a run gave its reports: with `accession`, a raw accession number
 * becomes `acc-<keyed HMAC>` exactly as HL7 / FHIR reports are keyed (see `deidentify`); with
 * `study-uid`, a raw Study Instance UID is remapped with the run's key (`2.25.…`) and looked up
 * among the run's stored reports; with `mrn-date`, the raw MRN and exam date (`MRN|DATE`, from the
 * gold's `mrn` and `exam_date` columns) become the stored patient pseudonym and shifted date, looked
 * up among the run's reports. A site's own gold thus joins its runs without the raw ids ever
 * reaching an output. Ids that already are pseudonyms are kept. The row numbers stay for error
 * locators; the raw ids are dropped here.
 */
export function rekeyGold(gold: LabelTable, k: GoldIdKeying): RekeyedGold {
  const records = new Map<string, (typeof gold.records extends Map<string, infer R> ? R : never)>();
  let ambiguous = 0;
  for (const r of gold.records.values()) {
    const raw = r.id.trim();
    let id: string;
    if (k.kind === 'accession') id = /^acc-[0-9a-f]{20}$/.test(raw) ? raw : `acc-${pseudonym(k.deidKey, 'accession', raw)}`;
    else if (k.kind === 'study-uid') {
      // A study the run never saw keeps a pseudonym of its UID: it is then scored as missed.
      const stored = k.keptStudyUids || raw.startsWith('2.25.') ? raw : remapUid(k.deidKey, raw);
      const found = k.byStudyUid?.get(stored);
      id = found ?? `uid-${pseudonym(k.deidKey, 'id', raw)}`;
    } else {
      const cut = raw.lastIndexOf('|');
      const mrn = cut > 0 ? raw.slice(0, cut).trim() : '';
      const date = isoDateOf(cut > 0 ? raw.slice(cut + 1) : '');
      if (!mrn || !date)
        throw new RadlabelError('EVAL_BAD_INPUT', '--id-key mrn-date needs an MRN and an exam date (YYYY-MM-DD or YYYYMMDD) in every gold row: columns mrn and exam_date, or an id written MRN|DATE', { locator: { file: gold.file, row: r.row } });
      const found = k.byPatientDate?.get(patientDateKey(k.deidKey, mrn, date)) ?? [];
      if (found.length > 1) ambiguous++;
      // Not found, or several exams of the patient that day: a pseudonym that joins nothing (scored as missed).
      id = found.length === 1 ? found[0]! : `pd-${pseudonym(k.deidKey, 'id', `${mrn}|${date}`)}`;
    }
    if (records.has(id)) throw new RadlabelError('EVAL_BAD_INPUT', `two gold rows have the same ${k.kind} (rows ${records.get(id)!.row} and ${r.row})`, { locator: { file: gold.file, row: r.row } });
    records.set(id, { ...r, id });
  }
  const warnings = ambiguous
    ? [`${ambiguous} gold row(s) match several reports of the same patient on the same day: MRN + date does not say which, so they are not joined (use --id-key accession or study-uid for those)`]
    : [];
  return { table: { ...gold, records }, warnings };
}
