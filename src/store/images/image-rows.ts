import type { ImageRecord } from '../../domain/image.js';

/** An `images` row as both dialects write it (`guard` serialised by the adapter). */
export interface ImageRow {
  image_id: string;
  study_id: string;
  series_id: string | null;
  report_key: string | null;
  accession: string | null;
  patient_id: string | null;
  modality: string | null;
  sop_class: string | null;
  view: string | null;
  laterality: string | null;
  body_part: string | null;
  series_description: string | null;
  image_type: string | null;
  location: string | null;
  source: string;
  guard: unknown;
  indexed_at: unknown;
}

/** Column order of inserts; `image_id` first (the conflict key). */
export const IMAGE_COLUMNS = [
  'image_id', 'study_id', 'series_id', 'report_key', 'accession', 'patient_id', 'modality', 'sop_class', 'view', 'laterality',
  'body_part', 'series_description', 'image_type', 'location', 'source', 'guard', 'indexed_at',
] as const;

const FIELDS: ReadonlyArray<readonly [keyof ImageRecord, keyof ImageRow]> = [
  ['seriesId', 'series_id'], ['reportKey', 'report_key'], ['accession', 'accession'], ['patientId', 'patient_id'],
  ['modality', 'modality'], ['sopClassUid', 'sop_class'], ['view', 'view'], ['laterality', 'laterality'], ['bodyPart', 'body_part'],
  ['seriesDescription', 'series_description'], ['imageType', 'image_type'], ['location', 'location'],
];

export function toImageRow(r: ImageRecord, indexedAt: string): ImageRow {
  const row: ImageRow = {
    image_id: r.imageId, study_id: r.studyId, series_id: null, report_key: null, accession: null, patient_id: null, modality: null,
    sop_class: null, view: null, laterality: null, body_part: null, series_description: null, image_type: null, location: null,
    source: r.source, guard: r.guard, indexed_at: indexedAt,
  };
  for (const [f, c] of FIELDS) (row as unknown as Record<string, unknown>)[c] = r[f] ?? null;
  return row;
}

export function fromImageRow(row: ImageRow): ImageRecord {
  const guard = typeof row.guard === 'string' ? (JSON.parse(row.guard) as string[]) : (row.guard as string[]);
  const r: ImageRecord = { imageId: row.image_id, studyId: row.study_id, source: row.source as ImageRecord['source'], guard };
  for (const [f, c] of FIELDS) {
    const v = row[c];
    if (v !== null && v !== undefined) (r as Record<string, unknown>)[f] = v;
  }
  return r;
}

/** Keeps the last record per image id (an upsert may touch a row once per statement). */
export function lastPerImage(images: ImageRecord[]): ImageRecord[] {
  return [...new Map(images.map((i) => [i.imageId, i])).values()];
}
