import type { Migration } from './migration.js';

/**
 * The image index (issue 13): one row per image keyed by its pseudonymous image id, holding only
 * keyed pseudonyms (see `ImageRecord`). `images_study` serves exports (keyset pages by study then
 * image); `images_report` and `reports_study_uid` serve the image → labels join (by report id, else
 * by remapped study UID). `image_sync` keeps the resume point of a DICOMweb pull per server.
 */
export const imagesMigration: Migration = {
  id: 20,
  name: 'images',
  sqlite: `
CREATE TABLE images (
  image_id TEXT PRIMARY KEY,
  study_id TEXT NOT NULL,
  series_id TEXT,
  report_key TEXT,
  accession TEXT,
  patient_id TEXT,
  modality TEXT,
  sop_class TEXT,
  view TEXT,
  laterality TEXT,
  body_part TEXT,
  series_description TEXT,
  image_type TEXT,
  location TEXT,
  source TEXT NOT NULL,
  guard TEXT NOT NULL,
  indexed_at TEXT NOT NULL
);
CREATE INDEX images_study ON images (study_id, image_id);
CREATE INDEX images_report ON images (report_key);
CREATE INDEX reports_study_uid ON reports (study_uid);
CREATE TABLE image_sync (
  source TEXT PRIMARY KEY,
  state TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
`,
  postgres: `
CREATE TABLE images (
  image_id TEXT COLLATE "C" PRIMARY KEY,
  study_id TEXT COLLATE "C" NOT NULL,
  series_id TEXT,
  report_key TEXT COLLATE "C",
  accession TEXT,
  patient_id TEXT,
  modality TEXT,
  sop_class TEXT,
  view TEXT,
  laterality TEXT,
  body_part TEXT,
  series_description TEXT,
  image_type TEXT,
  location TEXT,
  source TEXT NOT NULL,
  guard JSONB NOT NULL,
  indexed_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX images_study ON images (study_id, image_id);
CREATE INDEX images_report ON images (report_key);
CREATE INDEX reports_study_uid ON reports (study_uid);
CREATE TABLE image_sync (
  source TEXT PRIMARY KEY,
  state TEXT NOT NULL,
  updated_at TIMESTAMPTZ NOT NULL
);
`,
};
