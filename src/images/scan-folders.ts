import type { ImageRecord } from '../domain/image.js';
import type { ErrorCode } from '../errors/index.js';
import type { ImageStore } from '../store/images/image-store.js';
import { maskSkippedPath, pseudonymiseImage, type ImagePseudonymSettings } from './pseudonymise-image.js';
import { DicomHeaderReader, FIRST_READ_BYTES } from './read-dicom-file.js';
import { walkFiles } from './walk-files.js';

/** A file the scan did not index, with why. */
export interface SkippedFile {
  /** The path with UID-shaped runs (and, when the header was read, its identifiers) pseudonymised. */
  file: string;
  code: ErrorCode;
  reason: string;
}

export interface ScanOptions extends ImagePseudonymSettings {
  /** Images per store transaction. */
  batchSize?: number;
  /** First read per file in bytes (grown only when a header is longer). */
  firstRead?: number;
  onSkip?: (s: SkippedFile) => void | Promise<void>;
  /** Called after each written batch with the running totals. */
  onProgress?: (p: ScanProgress) => void;
}

export interface ScanProgress {
  files: number;
  indexed: number;
  skipped: number;
  bytesRead: number;
}

/**
 * `radlabel images scan`: walks folders, reads each file's DICOM header only (dicom-parser, stops
 * at Pixel Data), pseudonymises it (remapped UIDs, accession and patient pseudonyms, pseudonymised
 * path) and upserts the rows in batches. Files that are not DICOM, are corrupt or lack a UID are
 * reported through `onSkip` and the scan goes on. Memory is flat: a streamed walk, one reusable
 * read buffer, one batch in flight.
 */
export async function scanFolders(store: ImageStore, roots: string[], opts: ScanOptions): Promise<ScanProgress> {
  const reader = new DicomHeaderReader(opts.firstRead ?? FIRST_READ_BYTES);
  const batchSize = opts.batchSize ?? 500;
  const p: ScanProgress = { files: 0, indexed: 0, skipped: 0, bytesRead: 0 };
  let batch: ImageRecord[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    await store.saveImages(batch);
    p.indexed += batch.length;
    batch = [];
    p.bytesRead = reader.bytesRead;
    opts.onProgress?.(p);
  };
  for await (const file of walkFiles(roots)) {
    p.files++;
    const parsed = reader.read(file);
    if (parsed.kind !== 'header') {
      p.skipped++;
      await opts.onSkip?.({
        file: maskSkippedPath(file, undefined, opts),
        code: parsed.kind === 'invalid' ? parsed.code : 'IMAGE_CORRUPT',
        reason: parsed.kind === 'invalid' ? parsed.reason : 'truncated header',
      });
      continue;
    }
    const rec = pseudonymiseImage(parsed.header, file, 'scan', opts);
    if (typeof rec === 'string') {
      p.skipped++;
      await opts.onSkip?.({ file: maskSkippedPath(file, parsed.header, opts), code: 'IMAGE_NO_UID', reason: rec === 'sopInstanceUid' ? 'no SOP Instance UID (0008,0018)' : 'no Study Instance UID (0020,000D)' });
      continue;
    }
    batch.push(rec);
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  p.bytesRead = reader.bytesRead;
  return p;
}
