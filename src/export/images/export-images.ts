import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import type { Ontology } from '../../domain/ontology.js';
import type { ImageRecord } from '../../domain/image.js';
import { assertNoLeakByGuard } from '../../deid/leak-guard.js';
import { isRadlabelError, type RadlabelError } from '../../errors/index.js';
import type { LabelStore } from '../../store/label-store.js';
import type { ImageStore, ReportLabels } from '../../store/images/image-store.js';
import { cellFor } from '../label-cells.js';
import { keepImage, matchesWhere, type ImageFilter, type WhereCondition } from './image-filters.js';
import { imagesWithLabels } from './images-with-labels.js';

export type ImageExportFormat = 'chexpert-csv' | 'monai-datalist' | 'worklist';

export interface ImageExportOptions {
  format: ImageExportFormat;
  ontology: Ontology;
  out: string;
  deidKey: string;
  filter: ImageFilter;
  where: WhereCondition[];
}

export interface ImageExportResult {
  /** Rows written: images (CSV, datalist) or studies (worklist). */
  rows: number;
  /** Images left out by the view / modality filter. */
  filtered: number;
  /** Images kept by the filter whose study has no current labelled report (listed by `radlabel images unmatched`). */
  withoutReport: number;
  /** Images whose labels fail `--where`. */
  notMatching: number;
  /** Rows withheld because the leak guard found a raw identifier (quarantined with DEID_LEAK). */
  blocked: number;
}

/** The `Path` cell: the stored (pseudonymised) location, else nothing. */
const pathOf = (img: ImageRecord) => img.location ?? '';

/** CheXpert's `train.csv` layout keyed for images: `Path, image_id, study_id, view`, then one column per label. */
export function imageCsvHeader(ontology: Ontology): string[] {
  return ['Path', 'image_id', 'study_id', 'view', ...ontology.labels.map((l) => l.id)];
}

export function imageCsvRow(img: ImageRecord, labels: ReportLabels, ontology: Ontology): string[] {
  return [pathOf(img), img.imageId, img.studyId, img.view ?? '', ...ontology.labels.map((l) => cellFor(labels.labels.labels[l.id]?.value, ontology))];
}

/** MONAI's numeric label vector in ontology order: 1 positive, -1 uncertain, 0 negative or not mentioned. */
export function monaiLabel(labels: ReportLabels, ontology: Ontology): number[] {
  return ontology.labels.map((l) => {
    const v = labels.labels.labels[l.id]?.value;
    return v === 'positive' ? 1 : v === 'uncertain' ? -1 : 0;
  });
}

/**
 * Image-level export: every indexed image kept by the filter, with the current labels of its
 * study's current report version (`chexpert-csv`: one row per image; `monai-datalist`: MONAI's
 * `{"training": [{"image", "label"}]}`; `worklist`: one row per study that has images and whose
 * labels satisfy `--where`). Each row is re-checked by the leak guard against the image's and the
 * report's fingerprints before it is written; a hit withholds the row and quarantines its id.
 */
export async function exportImages(images: ImageStore, labels: LabelStore, opts: ImageExportOptions): Promise<ImageExportResult> {
  await mkdir(dirname(opts.out), { recursive: true });
  const out = createWriteStream(opts.out, 'utf8');
  const write = (s: string): Promise<void> =>
    new Promise((resolve, reject) => (out.write(s) ? resolve() : out.once('drain', resolve).once('error', reject)));
  const res: ImageExportResult = { rows: 0, filtered: 0, withoutReport: 0, notMatching: 0, blocked: 0 };
  const o = opts.ontology;

  const guarded = async (text: string, img: ImageRecord, l: ReportLabels): Promise<boolean> => {
    try {
      assertNoLeakByGuard(text, img.guard, opts.deidKey, { messageId: img.imageId });
      assertNoLeakByGuard(text, l.report.guard ?? [], opts.deidKey, { messageId: img.imageId });
      return true;
    } catch (e) {
      if (!isRadlabelError(e, 'DEID_LEAK')) throw e;
      res.blocked++;
      const err = e as RadlabelError;
      await labels.quarantine([{ code: err.code, reason: `image export: ${err.message}`, locator: err.locator, raw: '' }]);
      return false;
    }
  };

  if (opts.format === 'chexpert-csv') await write(stringify([imageCsvHeader(o)]));
  if (opts.format === 'monai-datalist') await write(`{"labels":${JSON.stringify(o.labels.map((l) => l.id))},"training":[`);
  if (opts.format === 'worklist') await write(stringify([['study_id', 'report_id', 'images', ...opts.where.map((w) => w.label)]]));

  // Worklist rows are per study: images arrive grouped by study, so one pending study at a time.
  let study: { img: ImageRecord; labels: ReportLabels; images: number } | undefined;
  const flushStudy = async () => {
    if (!study) return;
    const row = [study.img.studyId, study.labels.reportId, String(study.images), ...opts.where.map((w) => cellFor(study!.labels.labels.labels[w.label]?.value, o))];
    const line = stringify([row]);
    if (await guarded(line, study.img, study.labels)) {
      await write(line);
      res.rows++;
    }
    study = undefined;
  };

  for await (const { image, labels: l } of imagesWithLabels(images, o.id)) {
    if (!keepImage(image, opts.filter)) {
      res.filtered++;
      continue;
    }
    if (!l) {
      res.withoutReport++;
      continue;
    }
    if (!matchesWhere(l.labels, opts.where, o)) {
      res.notMatching++;
      continue;
    }
    if (opts.format === 'worklist') {
      if (study && study.img.studyId !== image.studyId) await flushStudy();
      if (study) study.images++;
      else study = { img: image, labels: l, images: 1 };
      continue;
    }
    const line =
      opts.format === 'chexpert-csv'
        ? stringify([imageCsvRow(image, l, o)])
        : JSON.stringify({ image: pathOf(image) || image.imageId, label: monaiLabel(l, o), image_id: image.imageId, study_id: image.studyId, view: image.view ?? null });
    if (!(await guarded(line, image, l))) continue;
    await write(opts.format === 'monai-datalist' ? `${res.rows ? ',' : ''}\n${line}` : line);
    res.rows++;
  }
  await flushStudy();
  if (opts.format === 'monai-datalist') await write('\n]}\n');
  await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
  return res;
}
