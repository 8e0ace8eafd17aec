import { closeSync, ftruncateSync, openSync, writeSync } from 'node:fs';
import dcmjs from 'dcmjs';

/** The identifying and descriptive fields of a generated instance (all invented). */
export interface SyntheticImage {
  sopInstanceUid: string;
  studyInstanceUid: string;
  seriesInstanceUid: string;
  accession?: string;
  patientId?: string;
  patientName?: string;
  modality: string;
  sopClassUid?: string;
  viewPosition?: string;
  imageType?: string[];
  bodyPart?: string;
  seriesDescription?: string;
  laterality?: string;
  studyDate?: string;
  /** Image Comments (0020,4000): a long one makes a header larger than the first read. */
  comments?: string;
}

export interface PixelSpec {
  rows: number;
  columns: number;
  /**
   * `fill`: real 16-bit pixel values written to disk; `sparse`: the Pixel Data element's header is
   * written and the file extended to its full length without writing the (zero) values, so 100,000
   * files of 512 KiB fit on a small disk (benchmarks of header reads only).
   */
  mode: 'fill' | 'sparse';
}

const DX = '1.2.840.10008.5.1.4.1.1.1.1';
/** X-Ray Radiation Dose SR Storage. */
export const DOSE_SR_CLASS = '1.2.840.10008.5.1.4.1.1.88.67';
const EXPLICIT_LE = '1.2.840.10008.1.2.1';

function dataset(img: SyntheticImage, px: PixelSpec | undefined): Record<string, unknown> {
  const ds: Record<string, unknown> = {
    SOPClassUID: img.sopClassUid ?? DX,
    SOPInstanceUID: img.sopInstanceUid,
    StudyInstanceUID: img.studyInstanceUid,
    SeriesInstanceUID: img.seriesInstanceUid,
    StudyDate: img.studyDate ?? '20240314',
    Modality: img.modality,
    SeriesNumber: '1',
    InstanceNumber: '1',
  };
  if (img.accession !== undefined) ds.AccessionNumber = img.accession;
  if (img.patientId !== undefined) ds.PatientID = img.patientId;
  if (img.patientName !== undefined) ds.PatientName = img.patientName;
  if (img.viewPosition !== undefined) ds.ViewPosition = img.viewPosition;
  if (img.imageType !== undefined) ds.ImageType = img.imageType;
  if (img.bodyPart !== undefined) ds.BodyPartExamined = img.bodyPart;
  if (img.seriesDescription !== undefined) ds.SeriesDescription = img.seriesDescription;
  if (img.laterality !== undefined) ds.ImageLaterality = img.laterality;
  if (img.comments !== undefined) ds.ImageComments = img.comments;
  if (px) {
    Object.assign(ds, {
      Rows: px.rows, Columns: px.columns, BitsAllocated: 16, BitsStored: 12, HighBit: 11, PixelRepresentation: 0,
      SamplesPerPixel: 1, PhotometricInterpretation: 'MONOCHROME2',
    });
  }
  return ds;
}

function part10(ds: Record<string, unknown>): Buffer {
  const { DicomMetaDictionary, DicomDict } = dcmjs.data;
  const meta = {
    FileMetaInformationVersion: new Uint8Array([0, 1]).buffer,
    MediaStorageSOPClassUID: ds.SOPClassUID,
    MediaStorageSOPInstanceUID: ds.SOPInstanceUID,
    TransferSyntaxUID: EXPLICIT_LE,
    ImplementationClassUID: '1.2.826.0.1.3680043.8.498.1',
  };
  const dict = new DicomDict(DicomMetaDictionary.denaturalizeDataset(meta));
  dict.dict = DicomMetaDictionary.denaturalizeDataset(ds);
  return Buffer.from(dict.write());
}

/** Explicit VR little endian element header of Pixel Data (7FE0,0010) OW with a 32-bit length. */
function pixelDataHeader(length: number): Buffer {
  const b = Buffer.alloc(12);
  b.writeUInt16LE(0x7fe0, 0);
  b.writeUInt16LE(0x0010, 2);
  b.write('OW', 4, 'latin1');
  b.writeUInt32LE(length, 8);
  return b;
}

/**
 * A DICOM Part 10 file (explicit VR little endian) written by dcmjs, with 16-bit pixel data when
 * `px` is given (`fill` mode; for `sparse` use {@link writeSyntheticDicom}).
 */
export function syntheticDicom(img: SyntheticImage, px?: PixelSpec): Buffer {
  if (!px) return part10(dataset(img, undefined));
  const n = px.rows * px.columns;
  const pixels = new Uint16Array(n);
  for (let i = 0; i < n; i++) pixels[i] = (i * 7 + (i >> 9)) & 0x0fff;
  return Buffer.concat([part10(dataset(img, px)), pixelDataHeader(n * 2), Buffer.from(pixels.buffer)]);
}

/** Writes a generated instance to `path`; `sparse` pixel data extends the file without writing the values. */
export function writeSyntheticDicom(path: string, img: SyntheticImage, px?: PixelSpec): void {
  const fd = openSync(path, 'w');
  try {
    if (px?.mode === 'sparse') {
      const head = Buffer.concat([part10(dataset(img, px)), pixelDataHeader(px.rows * px.columns * 2)]);
      writeSync(fd, head);
      ftruncateSync(fd, head.length + px.rows * px.columns * 2);
    } else {
      writeSync(fd, syntheticDicom(img, px));
    }
  } finally {
    closeSync(fd);
  }
}
