import { z } from 'zod';

/** Where an image index row came from. */
export const ImageSourceSchema = z.enum(['scan', 'dicomweb', 'mimic-cxr', 'chexpert', 'list']);
export type ImageSource = z.infer<typeof ImageSourceSchema>;

/**
 * One image of the image index, as stored and exported. Holds only keyed pseudonyms: DICOM UIDs are
 * remapped to `2.25.<hmac>` with the report side's key (`remapUid`), accession and patient id are
 * the report side's `pseudonym`s, and `location` has every raw identifier of the image replaced by
 * its pseudonym. Archive lists (MIMIC-CXR, CheXpert) keep their own published ids, as the report
 * side keeps an archive's id column.
 */
export const ImageRecordSchema = z.object({
  /** Remapped SOP Instance UID, or the archive's image id (`dicom_id`, the CheXpert path). */
  imageId: z.string().min(1),
  /** Remapped Study Instance UID, or the archive's study id. */
  studyId: z.string().min(1),
  /** Remapped Series Instance UID when known. */
  seriesId: z.string().optional(),
  /**
   * The report id the image's labels are stored under: `acc-<pseudonym>` of the accession (as the
   * HL7 / FHIR ingest names reports), or the archive's study id. Absent when only the study UID links.
   */
  reportKey: z.string().optional(),
  accession: z.string().optional(),
  patientId: z.string().optional(),
  modality: z.string().optional(),
  sopClassUid: z.string().optional(),
  /** View Position (0018,5101) upper-cased (`PA`, `AP`, `LL`…), or `LOCALIZER` for a localiser without one. */
  view: z.string().optional(),
  laterality: z.string().optional(),
  bodyPart: z.string().optional(),
  seriesDescription: z.string().optional(),
  /** Image Type (0008,0008) values joined by `\`. */
  imageType: z.string().optional(),
  /** File path or retrieve URL, raw identifiers replaced by their pseudonyms. */
  location: z.string().optional(),
  source: ImageSourceSchema,
  /** Keyed fingerprints of the image's raw identifiers, for the leak guard at export. */
  guard: z.array(z.string()).default([]),
});
export type ImageRecord = z.infer<typeof ImageRecordSchema>;

/**
 * Identifying fields of a DICOM header as read (raw: PHI). Exists only between the header reader /
 * QIDO client and {@link ImageRecord} pseudonymisation; never stored, logged or exported.
 */
export interface RawImageHeader {
  sopInstanceUid?: string;
  studyInstanceUid?: string;
  seriesInstanceUid?: string;
  accession?: string;
  patientId?: string;
  patientName?: string;
  modality?: string;
  sopClassUid?: string;
  viewPosition?: string;
  laterality?: string;
  bodyPart?: string;
  seriesDescription?: string;
  imageType?: string;
}
