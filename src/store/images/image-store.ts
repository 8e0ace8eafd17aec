import type { ImageRecord } from '../../domain/image.js';
import type { StoredLabels } from '../label-store.js';

/** Keyset position in the export order (study id, then image id). */
export interface ImageCursor {
  studyId: string;
  imageId: string;
}

/** Current labels of a report, with the remapped study UID its report carries (the fallback join key). */
export type ReportLabels = StoredLabels & { studyUid: string | null };

/** Images whose study has no current (non-cancelled) labelled report, by study. */
export interface StudyWithoutReport {
  studyId: string;
  reportKey: string | null;
  images: number;
}

export interface UnmatchedSummary {
  imagesWithoutReport: number;
  studiesWithoutReport: StudyWithoutReport[];
  reportsWithoutImages: number;
  reportIdsWithoutImages: string[];
}

/**
 * The image index, beside the label store in the same database (SQLite file or PostgreSQL schema;
 * migration 20). SQLite and PostgreSQL both pass `test/store/images/image-store-contract.ts`.
 */
export interface ImageStore {
  /** Applies pending migrations (all of them: the index joins the label tables). */
  migrate(): Promise<void>;
  /**
   * Inserts or updates images by image id in one transaction: indexing the same image again (a
   * re-scan, the same instance from a scan and a pull) keeps one row, the latest description.
   */
  saveImages(images: ImageRecord[]): Promise<void>;
  /** One page of images in (study id, image id) order after `after`. */
  imagePage(after: ImageCursor | undefined, limit: number): Promise<ImageRecord[]>;
  /** Every image of a study (remapped Study UID or archive study id), by image id — the service's `GET /v1/studies/:studyUid/images`. */
  imagesOfStudy(studyId: string): Promise<ImageRecord[]>;
  /**
   * Current labels of an ontology (cancelled reports left out) for the given report ids, and for
   * reports whose remapped study UID is among `studyIds`.
   */
  labelsForImages(ontologyId: string, reportKeys: string[], studyIds: string[]): Promise<ReportLabels[]>;
  /** Images and reports that do not meet (counted, and up to `limit` of each listed). */
  unmatched(ontologyId: string, limit: number): Promise<UnmatchedSummary>;
  counts(): Promise<{ images: number; studies: number }>;
  /** Resume state of a source (a DICOMweb server), as the puller wrote it. */
  getSyncState(source: string): Promise<string | undefined>;
  putSyncState(source: string, state: string): Promise<void>;
  close(): Promise<void>;
}
