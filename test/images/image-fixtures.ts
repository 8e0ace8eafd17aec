import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DOSE_SR_CLASS, writeSyntheticDicom, type SyntheticImage } from '../../src/bench/synthetic-dicom.js';

/** Reports for the studies below (accession, Study Instance UID), through the HL7 ingest. */
export const REPORTS_HL7 = 'test/fixtures/images/reports.hl7';

const ROOT = '1.2.826.0.1.3680043.8.498';

interface StudySpec {
  key: string;
  accession: string;
  studyUid: string;
  patientId: string;
  patientName: string;
  series: Array<{ view?: string; modality: string; sr?: boolean; localizer?: boolean }>;
}

/**
 * Invented studies for the image-level tests: A, B (preliminary then corrected report), C (a
 * portable AP), D (a second study UID under A's accession), E (images without a report); each with
 * a frontal and a lateral radiograph and most with a dose SR. Report ACCIMG1004 has no images.
 */
export const STUDIES: StudySpec[] = [
  { key: 'A', accession: 'ACCIMG1001', studyUid: `${ROOT}.7001`, patientId: 'MRNIMG101', patientName: 'QUILLON^ABIGAIL', series: [{ view: 'PA', modality: 'DX' }, { view: 'LL', modality: 'DX' }, { modality: 'SR', sr: true }] },
  { key: 'B', accession: 'ACCIMG1002', studyUid: `${ROOT}.7002`, patientId: 'MRNIMG102', patientName: 'FARNSWORTH^BEATRIX', series: [{ view: 'PA', modality: 'DX' }, { view: 'LL', modality: 'DX' }, { modality: 'SR', sr: true }] },
  { key: 'C', accession: 'ACCIMG1003', studyUid: `${ROOT}.7003`, patientId: 'MRNIMG103', patientName: 'OYELARAN^CORNELIUS', series: [{ view: 'AP', modality: 'CR' }, { view: 'LL', modality: 'CR' }, { modality: 'SR', sr: true }] },
  { key: 'D', accession: 'ACCIMG1001', studyUid: `${ROOT}.7011`, patientId: 'MRNIMG101', patientName: 'QUILLON^ABIGAIL', series: [{ view: 'PA', modality: 'DX' }, { modality: 'CT', localizer: true }] },
  { key: 'E', accession: 'ACCIMG1005', studyUid: `${ROOT}.7005`, patientId: 'MRNIMG105', patientName: 'HALVORSEN^EDITH', series: [{ view: 'PA', modality: 'DX' }] },
];

/** One instance per series: SOP Instance UID `<study>.<series>.1`. */
export function studyImages(): SyntheticImage[] {
  return STUDIES.flatMap((s) =>
    s.series.map((se, i) => {
      const img: SyntheticImage = {
        studyInstanceUid: s.studyUid,
        seriesInstanceUid: `${s.studyUid}.${i + 1}`,
        sopInstanceUid: `${s.studyUid}.${i + 1}.1`,
        accession: s.accession,
        patientId: s.patientId,
        patientName: s.patientName,
        modality: se.modality,
        bodyPart: 'CHEST',
        seriesDescription: se.sr ? 'Dose Report' : se.localizer ? 'Scout' : `Chest ${se.view}`,
      };
      if (se.view) img.viewPosition = se.view;
      if (se.sr) img.sopClassUid = DOSE_SR_CLASS;
      if (se.localizer) {
        img.sopClassUid = '1.2.840.10008.5.1.4.1.1.2';
        img.imageType = ['ORIGINAL', 'PRIMARY', 'LOCALIZER'];
      }
      return img;
    }),
  );
}

/**
 * Writes the studies as DICOM Part 10 files laid out the way PACS exports often are:
 * `<patient id>/<study UID>/<SOP UID>.dcm` (raw identifiers in the path), images with tiny pixel data.
 */
export function writeStudyFiles(dir: string): string[] {
  const files: string[] = [];
  for (const img of studyImages()) {
    const folder = join(dir, img.patientId!, img.studyInstanceUid);
    mkdirSync(folder, { recursive: true });
    const file = join(folder, `${img.sopInstanceUid}.dcm`);
    writeSyntheticDicom(file, img, img.modality === 'SR' ? undefined : { rows: 8, columns: 8, mode: 'fill' });
    files.push(file);
  }
  return files;
}
