import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';
import type { ImageRecord } from '../../domain/image.js';
import type { ImageStore } from '../../store/images/image-store.js';
import { chexpertRow, listRow, mimicRow, type ImageListLayout, type ListRow, type ListSettings } from './image-list-layouts.js';

export interface ImportProblem {
  file: string;
  row: number;
  reason: string;
}

export interface ImportResult {
  rows: number;
  indexed: number;
  skipped: number;
}

/**
 * `radlabel images import --layout mimic-cxr|chexpert|list FILE`: streams an image-list CSV (header
 * row, then one image per row) into the image index in batches. A row that cannot be mapped is
 * reported with its 1-based data row number (header = row 0) and skipped.
 */
export async function importImageList(
  store: ImageStore,
  file: string,
  layout: ImageListLayout,
  s: ListSettings,
  onProblem: (p: ImportProblem) => void | Promise<void>,
  batchSize = 1000,
): Promise<ImportResult> {
  const mapRow = (r: Record<string, string>): ListRow => (layout === 'mimic-cxr' ? mimicRow(r, s) : layout === 'chexpert' ? chexpertRow(r) : listRow(r, s));
  const res: ImportResult = { rows: 0, indexed: 0, skipped: 0 };
  const parser = createReadStream(file).pipe(parse({ columns: true, bom: true, skip_empty_lines: true, skip_records_with_error: true, trim: true }));
  parser.on('skip', (err: Error & { lines?: number }) => {
    res.rows++;
    res.skipped++;
    void onProblem({ file, row: res.rows, reason: `the CSV record cannot be read (${err.message.replace(/:.*$/, '')})` });
  });
  let batch: ImageRecord[] = [];
  for await (const record of parser as AsyncIterable<Record<string, string>>) {
    res.rows++;
    const m = mapRow(record);
    if (!m.ok) {
      res.skipped++;
      await onProblem({ file, row: res.rows, reason: m.reason });
      continue;
    }
    batch.push(m.image);
    if (batch.length >= batchSize) {
      await store.saveImages(batch);
      res.indexed += batch.length;
      batch = [];
    }
  }
  await store.saveImages(batch);
  res.indexed += batch.length;
  return res;
}
