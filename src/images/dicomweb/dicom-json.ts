import type { RawImageHeader } from '../../domain/image.js';

/** One attribute of a DICOM JSON object (PS3.18 §F.2). */
interface JsonAttribute {
  vr?: string;
  Value?: unknown[];
}

/** A QIDO-RS result: attributes by 8-hex-digit tag. */
export type DicomJson = Record<string, JsonAttribute | undefined>;

/** The tag of each header field, as QIDO-RS names them. */
export const QIDO_TAGS = {
  sopInstanceUid: '00080018',
  studyInstanceUid: '0020000D',
  seriesInstanceUid: '0020000E',
  accession: '00080050',
  patientId: '00100020',
  patientName: '00100010',
  modality: '00080060',
  sopClassUid: '00080016',
  viewPosition: '00185101',
  laterality: '00200062',
  bodyPart: '00180015',
  seriesDescription: '0008103E',
  imageType: '00080008',
} as const satisfies Record<keyof RawImageHeader, string>;

/** Series-level fields a QIDO-RS server may leave out unless asked (`includefield`). */
export const SERIES_INCLUDE = ['0008103E', '00180015', '00200060'];
/** Instance-level fields to ask for: View Position, Image Laterality, Image Type, SOP Class, Body Part. */
export const INSTANCE_INCLUDE = ['00185101', '00200062', '00080008', '00080016', '00180015'];
/** Study-level fields to ask for: accession, patient id and name (for the guard only; never stored). */
export const STUDY_INCLUDE = ['00080050', '00100020', '00100010'];

function str(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (v && typeof v === 'object' && 'Alphabetic' in v) return String((v as { Alphabetic: unknown }).Alphabetic);
  return undefined;
}

/** The value of a tag: multiple values joined by `\` as in the binary encoding. */
export function jsonValue(obj: DicomJson, tag: string): string | undefined {
  const values = (obj[tag] ?? obj[tag.toLowerCase()])?.Value;
  if (!Array.isArray(values) || values.length === 0) return undefined;
  const parts = values.map(str).filter((s): s is string => s !== undefined);
  return parts.length ? parts.join('\\') : undefined;
}

/** Header fields present in one DICOM JSON object (study, series or instance level). */
export function headerFromJson(obj: DicomJson): RawImageHeader {
  const h: RawImageHeader = {};
  for (const [field, tag] of Object.entries(QIDO_TAGS) as Array<[keyof RawImageHeader, string]>) {
    const v = jsonValue(obj, tag);
    if (v !== undefined && v !== '') h[field] = v;
  }
  if (h.laterality === undefined) {
    const l = jsonValue(obj, '00200060');
    if (l) h.laterality = l;
  }
  return h;
}

/** Whether a parsed JSON body is an array of DICOM JSON objects. */
export function isDicomJsonArray(v: unknown): v is DicomJson[] {
  return Array.isArray(v) && v.every((x) => x !== null && typeof x === 'object' && !Array.isArray(x));
}
