import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import type { Ontology } from '../domain/ontology.js';
import type { LabelStore, StoredLabels } from '../store/label-store.js';
import { assertNoLeakByGuard } from '../deid/leak-guard.js';
import { isRadlabelError } from '../errors/index.js';
import { chexpertHeader, chexpertRow } from './label-cells.js';
import { labelsToObservations } from './fhir-observation.js';
import { writeChunk } from '../util/write-stream.js';

export type ExportFormat = 'chexpert-csv' | 'jsonl' | 'fhir-ndjson';

export interface ExportOptions {
  format: ExportFormat;
  ontology: Ontology;
  out: string;
  /** De-identification key: the leak guard re-checks exported text against each report's fingerprints. */
  deidKey: string;
  /** Only these report ids (a run's own reports), in this order; all current labels otherwise. */
  reportIds?: string[];
  /** The recorded run the export belongs to (`run --out`): withheld reports are quarantined under it. */
  runId?: string;
}

export interface ExportResult {
  rows: number;
  /** Reports withheld because the leak guard found a known identifier (quarantined with DEID_LEAK). */
  blocked: number;
}

/** The JSONL export line: what evaluation and review tools read. De-identified text only. */
export function jsonlRecord(s: StoredLabels): object {
  return {
    id: s.reportId,
    versionKey: s.versionKey,
    // The sending system (MSH-3/4) names an institution: an identifier, so it is not exported.
    source: { format: s.report.source.format, file: s.report.source.file, row: s.report.source.row },
    accession: s.report.accession,
    modality: s.report.modality,
    bodyPart: s.report.bodyPart,
    status: s.report.status,
    text: s.report.text,
    labels: s.labels.labels,
    provenance: s.labels.provenance,
  };
}

/**
 * Writes current labels of an ontology as a CheXpert-style CSV (id + one column per label,
 * 1 / 0 / -1 / blank by the ontology's convention), JSONL with evidence and provenance, or FHIR R4
 * NDJSON (one `Observation` per positive / uncertain label, see `fhir-observation.ts`).
 * Cancelled reports are left out. Every JSONL / NDJSON record passes the leak guard first; a hit
 * withholds the report's records and quarantines it.
 */
export async function exportLabels(store: LabelStore, opts: ExportOptions): Promise<ExportResult> {
  await mkdir(dirname(opts.out), { recursive: true });
  const out = createWriteStream(opts.out, 'utf8');
  const write = (s: string): Promise<void> => writeChunk(out, s);
  if (opts.format === 'chexpert-csv') await write(stringify([chexpertHeader(opts.ontology)]));

  let rows = 0;
  let blocked = 0;
  const wanted = opts.reportIds ? new Map(opts.reportIds.map((id, i) => [id, i])) : undefined;
  const buffered: Array<[number, string]> = [];

  for await (const s of store.currentLabels(opts.ontology.id, { excludeCancelled: true })) {
    if (wanted && !wanted.has(s.reportId)) continue;
    let line: string;
    if (opts.format === 'jsonl' || opts.format === 'fhir-ndjson') {
      // FHIR NDJSON: one Observation per positive / uncertain label; a report without any writes no line.
      const body =
        opts.format === 'jsonl'
          ? JSON.stringify(jsonlRecord(s))
          : labelsToObservations(s, opts.ontology)
              .map((o) => JSON.stringify(o))
              .join('\n');
      if (!body) continue;
      try {
        assertNoLeakByGuard(body, s.report.guard ?? [], opts.deidKey, { messageId: s.reportId });
      } catch (e) {
        if (!isRadlabelError(e, 'DEID_LEAK')) throw e;
        blocked++;
        await store.quarantine([{ code: e.code, reason: e.message, locator: e.locator, raw: '' }], opts.runId);
        continue;
      }
      line = body + '\n';
    } else {
      line = stringify([chexpertRow(s.reportId, s.labels, opts.ontology)]);
    }
    rows++;
    if (wanted) buffered.push([wanted.get(s.reportId)!, line]);
    else await write(line);
  }
  // A run's export follows input order, which is what users line up with their image lists.
  if (wanted) for (const [, line] of buffered.sort((a, b) => a[0] - b[0])) await write(line);
  await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
  return { rows, blocked };
}
