import type { ImageRecord } from '../../domain/image.js';
import { buildGuard } from '../../deid/guard-fingerprints.js';
import { pseudonym } from '../../deid/pseudonyms.js';
import { pseudonymiseLocation } from '../pseudonymise-image.js';
import { accessionPseudonym, deidentifiedUid, reportIdOfAccession } from '../shared-keys.js';

export type ImageListLayout = 'mimic-cxr' | 'chexpert' | 'list';

/** Column names of the generic layout (`--map image=…,study=…,view=…,accession=…,path=…`). */
export interface ListMapping {
  image?: string;
  study?: string;
  accession?: string;
  view?: string;
  path?: string;
  modality?: string;
}

export interface ListSettings {
  key: string;
  keepStudyUids: boolean;
  /** Prefix of MIMIC-CXR study ids as the report archive names them (`s` + study_id, as in `s50414267.txt`). */
  studyPrefix: string;
  /** MIMIC-CXR image file extension: `jpg` (MIMIC-CXR-JPG) or `dcm`. */
  extension: string;
  mapping: ListMapping;
}

/** A row mapped to an image, or why it cannot be. */
export type ListRow = { ok: true; image: ImageRecord } | { ok: false; reason: string };

const DICOM_UID = /^\d+(\.\d+){3,}$/;
const get = (row: Record<string, string>, col: string | undefined) => (col ? row[col]?.trim() || undefined : undefined);

/**
 * MIMIC-CXR `mimic-cxr-2.0.0-metadata.csv` (`dicom_id, subject_id, study_id, ViewPosition, …`):
 * the study id is `s<study_id>` (the report file's name), the path the archive's
 * `files/pNN/p<subject>/s<study>/<dicom_id>.<ext>`. The archive's ids are already de-identified
 * and kept, as the report side keeps an archive's ids; the subject id is stored as a pseudonym.
 */
export function mimicRow(row: Record<string, string>, s: ListSettings): ListRow {
  const dicom = get(row, 'dicom_id');
  const subject = get(row, 'subject_id');
  const study = get(row, 'study_id');
  if (!dicom || !study) return { ok: false, reason: `missing ${dicom ? 'study_id' : 'dicom_id'}` };
  const studyId = `${s.studyPrefix}${study.replace(/^s/, '')}`;
  const image: ImageRecord = { imageId: dicom, studyId, reportKey: studyId, source: 'mimic-cxr', guard: [], modality: 'CR' };
  const view = get(row, 'ViewPosition');
  if (view) image.view = view.toUpperCase();
  if (subject) {
    image.patientId = pseudonym(s.key, 'patient', subject);
    const p = subject.replace(/^p/, '');
    image.location = `files/p${p.slice(0, 2)}/p${p}/s${study.replace(/^s/, '')}/${dicom}.${s.extension}`;
  }
  return { ok: true, image };
}

const CHEXPERT_PATH = /(patient\d+)\/(study\d+)\/view\d+_(frontal|lateral)\.\w+$/i;

/**
 * CheXpert `train.csv` / `valid.csv` (`Path, Sex, Age, Frontal/Lateral, AP/PA, …`): patient, study
 * and view come from the path (`…/patient00001/study1/view1_frontal.jpg`); the study id is
 * `patient00001/study1`, the view the `AP/PA` column for a frontal image, else `LATERAL`.
 */
export function chexpertRow(row: Record<string, string>): ListRow {
  const path = get(row, 'Path');
  if (!path) return { ok: false, reason: 'missing Path' };
  const m = CHEXPERT_PATH.exec(path.replace(/\\/g, '/'));
  if (!m) return { ok: false, reason: "Path does not end in patientNNNNN/studyN/viewN_frontal|lateral.<ext>" };
  const studyId = `${m[1]}/${m[2]}`;
  const frontal = m[3]!.toLowerCase() === 'frontal';
  const apPa = get(row, 'AP/PA');
  return {
    ok: true,
    image: {
      imageId: path, studyId, reportKey: studyId, source: 'chexpert', guard: [], modality: 'CR', location: path,
      view: frontal ? (apPa ? apPa.toUpperCase() : 'FRONTAL') : 'LATERAL',
    },
  };
}

/**
 * A generic image list with a column mapping: `image` (an image id or path) and `study` (the
 * archive's study id, the report id its labels are stored under) or `accession` (pseudonymised:
 * the report is `acc-<pseudonym>`, as the HL7 / FHIR ingest names it). A study value that is a
 * DICOM UID is remapped as the report side remaps study UIDs. Raw accessions in the path are
 * replaced by their pseudonym and fingerprinted for the export guard.
 */
export function listRow(row: Record<string, string>, s: ListSettings): ListRow {
  const m = s.mapping;
  const image = get(row, m.image) ?? get(row, m.path);
  const study = get(row, m.study);
  const accession = get(row, m.accession);
  if (!image) return { ok: false, reason: `missing image (column ${m.image ?? m.path ?? '?'})` };
  if (!study && !accession) return { ok: false, reason: 'missing study id and accession' };
  const replacements: Array<[string, string]> = [];
  let studyId: string;
  if (study && DICOM_UID.test(study) && !s.keepStudyUids) {
    studyId = deidentifiedUid(study, s.key);
    replacements.push([study, studyId]);
  } else if (study) {
    studyId = study;
  } else {
    studyId = reportIdOfAccession(accession!, s.key);
  }
  const rec: ImageRecord = { imageId: image, studyId, source: 'list', guard: [] };
  if (accession) {
    rec.accession = accessionPseudonym(accession, s.key);
    rec.reportKey = reportIdOfAccession(accession, s.key);
    replacements.push([accession, rec.accession]);
    rec.guard = buildGuard({ patientNames: [], providerNames: [], patientIds: [], otherIds: [accession], addresses: [], phones: [], emails: [], organizations: [] }, s.key);
  } else {
    rec.reportKey = studyId;
  }
  if (DICOM_UID.test(image) && !s.keepStudyUids) {
    rec.imageId = deidentifiedUid(image, s.key);
    replacements.push([image, rec.imageId]);
  } else {
    rec.imageId = pseudonymiseLocation(image, replacements);
  }
  const view = get(row, m.view);
  if (view) rec.view = view.toUpperCase();
  const modality = get(row, m.modality);
  if (modality) rec.modality = modality.toUpperCase();
  const path = get(row, m.path);
  if (path) rec.location = pseudonymiseLocation(path, replacements);
  return { ok: true, image: rec };
}

/** Parses `image=dicom_id,study=StudyId,view=View` into a mapping; unknown keys are an error message. */
export function parseMapping(spec: string | undefined): ListMapping | string {
  const out: ListMapping = {};
  const keys = new Set(['image', 'study', 'accession', 'view', 'path', 'modality']);
  for (const part of (spec ?? '').split(',').map((p) => p.trim()).filter(Boolean)) {
    const eq = part.indexOf('=');
    const k = part.slice(0, eq).trim();
    if (eq <= 0 || !keys.has(k)) return `--map expects KEY=COLUMN pairs with KEY among ${[...keys].join(', ')}; got '${part}'`;
    out[k as keyof ListMapping] = part.slice(eq + 1).trim();
  }
  if (!out.image && !out.path) return '--map needs image=COLUMN (or path=COLUMN)';
  if (!out.study && !out.accession) return '--map needs study=COLUMN or accession=COLUMN';
  return out;
}
