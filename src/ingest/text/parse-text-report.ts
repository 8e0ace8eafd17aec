import { basename } from 'node:path';
import type { RawReport } from '../../domain/report.js';
import type { IngestItem } from '../ingest-item.js';
import { splitSections } from '../sections/split-sections.js';

/**
 * One plain-text report file, as MIMIC-CXR ships them (`files/p10/p10000032/s50414267.txt`): the
 * id is the file name without `.txt` (the study), the sections come from the headings
 * (`FINDINGS:`, `IMPRESSION:` …). An empty file is a `no-text` skip. Pure: the caller reads the file.
 */
export function parseTextReport(text: string, file: string, system: string): IngestItem {
  const id = basename(file).replace(/\.txt$/i, '');
  const body = text.replace(/\r\n?/g, '\n').trim();
  if (body === '') return { kind: 'skipped', locator: { file, messageId: id }, reason: 'no-text', detail: 'the file is empty' };
  const report: RawReport = {
    source: { format: 'text', system, file, messageId: id },
    status: 'unknown',
    text: body,
    sections: splitSections(body),
    archiveId: id,
    identifiers: { patientNames: [], providerNames: [], patientIds: [], otherIds: [], addresses: [], phones: [], emails: [], organizations: [] },
  };
  return { kind: 'report', report };
}

/** Presets whose archives hold one report per `.txt` file. */
export const TEXT_FILE_PRESETS: ReadonlySet<string> = new Set(['mimic-cxr']);
