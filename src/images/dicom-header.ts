import { createRequire } from 'node:module';
import type { DataSet } from 'dicom-parser';
import type { RawImageHeader } from '../domain/image.js';

// dicom-parser ships a UMD bundle: Node sees only its CommonJS default export.
const dicomParser = createRequire(import.meta.url)('dicom-parser') as typeof import('dicom-parser');

const PIXEL_DATA = 'x7fe00010';

/** What a parse of the first bytes of a file gave. */
export type HeaderParse =
  | { kind: 'header'; header: RawImageHeader }
  /** The header runs past the bytes given: read more and parse again. */
  | { kind: 'more' }
  /** Not DICOM Part 10, or a header that cannot be parsed; `reason` never holds header values. */
  | { kind: 'invalid'; code: 'IMAGE_NOT_DICOM' | 'IMAGE_CORRUPT'; reason: string };

const TAGS = {
  sopInstanceUid: 'x00080018',
  studyInstanceUid: 'x0020000d',
  seriesInstanceUid: 'x0020000e',
  accession: 'x00080050',
  patientId: 'x00100020',
  patientName: 'x00100010',
  modality: 'x00080060',
  sopClassUid: 'x00080016',
  viewPosition: 'x00185101',
  laterality: 'x00200062',
  bodyPart: 'x00180015',
  seriesDescription: 'x0008103e',
  imageType: 'x00080008',
} as const satisfies Record<keyof RawImageHeader, string>;

/** Series-level Laterality (0020,0060) when the image has no Image Laterality. */
const SERIES_LATERALITY = 'x00200060';

function hasPreamble(bytes: Uint8Array): boolean {
  return bytes.length >= 132 && bytes[128] === 0x44 && bytes[129] === 0x49 && bytes[130] === 0x43 && bytes[131] === 0x4d;
}

function text(ds: DataSet, tag: string): string | undefined {
  const el = ds.elements[tag];
  if (!el || el.length === 0) return undefined;
  const v = ds.string(tag);
  return v === undefined || v === '' ? undefined : v;
}

/** Every value of a multi-valued string element (Image Type) joined by `\`. */
function multi(ds: DataSet, tag: string): string | undefined {
  const el = ds.elements[tag];
  if (!el || el.length === 0) return undefined;
  const raw = Buffer.from(ds.byteArray.buffer, ds.byteArray.byteOffset + el.dataOffset, el.length).toString('latin1');
  const v = raw.replace(/[\0 ]+$/, '').trim();
  return v || undefined;
}

function fromDataSet(ds: DataSet): RawImageHeader {
  const h: RawImageHeader = {};
  for (const [field, tag] of Object.entries(TAGS) as Array<[keyof RawImageHeader, string]>) {
    const v = field === 'imageType' ? multi(ds, tag) : text(ds, tag);
    if (v !== undefined) h[field] = v;
  }
  if (h.laterality === undefined) {
    const l = text(ds, SERIES_LATERALITY);
    if (l !== undefined) h.laterality = l;
  }
  return h;
}

/**
 * Parses the DICOM Part 10 header in `bytes` (the first bytes of a file, or all of it when
 * `complete`), stopping at Pixel Data: dicom-parser with `untilTag` x7fe00010. Pure. When the bytes
 * end before Pixel Data (or mid-element) and the file has more, asks for more rather than guessing.
 */
export function parseDicomHeader(bytes: Uint8Array, complete: boolean): HeaderParse {
  if (bytes.length < 132) {
    return complete ? { kind: 'invalid', code: 'IMAGE_NOT_DICOM', reason: 'shorter than a DICOM Part 10 preamble (132 bytes)' } : { kind: 'more' };
  }
  if (!hasPreamble(bytes)) return { kind: 'invalid', code: 'IMAGE_NOT_DICOM', reason: "no 'DICM' marker at byte 128 (not a DICOM Part 10 file)" };
  let ds: DataSet;
  try {
    ds = dicomParser.parseDicom(bytes, { untilTag: PIXEL_DATA });
  } catch (e) {
    if (!complete) return { kind: 'more' };
    const msg = typeof e === 'string' ? e : (e as { exception?: unknown; message?: unknown }).exception ?? (e as Error).message;
    return { kind: 'invalid', code: 'IMAGE_CORRUPT', reason: `the header cannot be parsed (${String(msg).replace(/^dicomParser[.:]\w*:\s*/, '')})` };
  }
  if (ds.elements[PIXEL_DATA] === undefined && !complete) return { kind: 'more' };
  return { kind: 'header', header: fromDataSet(ds) };
}
