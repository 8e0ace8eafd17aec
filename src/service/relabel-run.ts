import { randomBytes } from 'node:crypto';
import type { Ontology } from '../domain/ontology.js';
import type { DeidentifiedReport } from '../domain/report.js';
import { normalizeError } from '../errors/index.js';
import type { Extractor } from '../extract/extractor.js';
import type { ExtractionFailure, LabelStore, LabelledReport } from '../store/label-store.js';
import type { ServiceStore } from './store/service-store.js';

export interface RelabelDeps {
  svc: ServiceStore;
  labels: LabelStore;
  ontology: Ontology;
  extractor: Extractor;
  pageSize?: number;
  /**
   * Called after a page's labels are stored, with the reports labelled (FHIR write-back: adds outbox
   * rows, ids only). A failure fails the run; running it again stores nothing twice and adds the rows.
   */
  afterLabelled?: (reports: DeidentifiedReport[]) => Promise<void>;
}

export const newRunId = (): string => `run_${randomBytes(8).toString('hex')}`;

/**
 * A background run (`POST /v1/runs`): labels every stored de-identified report version with an
 * ontology / extractor, page by page (constant memory), recording progress, failures and the
 * extractor's counters (calls, tokens, cost) on the run row. Labels are keyed by report version
 * and ontology, so versions already labelled for that ontology are left as they are.
 */
export async function executeRelabelRun(runId: string, deps: RelabelDeps): Promise<void> {
  const page = deps.pageSize ?? 200;
  let seq = 0;
  let done = 0;
  let failed = 0;
  await deps.svc.updateRun(runId, { state: 'running' });
  try {
    for (;;) {
      const rows = await deps.svc.storedReports(seq, page);
      if (!rows.length) break;
      seq = rows.at(-1)!.seq;
      const items: LabelledReport[] = [];
      const failures: ExtractionFailure[] = [];
      for (const { report } of rows) {
        try {
          items.push({ report, labels: (await deps.extractor.extract(report, deps.ontology)).labels });
        } catch (e) {
          const err = normalizeError(e, 'EXTRACT_FAILED', { messageId: report.reportId });
          failures.push({ reportId: report.reportId, versionKey: report.versionKey, ontologyId: deps.ontology.id, code: err.code, reason: err.message });
        }
      }
      if (items.length) {
        await deps.labels.saveLabelled(items);
        await deps.afterLabelled?.(items.map((i) => i.report));
      }
      if (failures.length) await deps.labels.recordFailures(failures);
      done += items.length;
      failed += failures.length;
      await deps.svc.updateRun(runId, { total: done + failed, done, failed });
    }
    const stats = Object.fromEntries(Object.entries(deps.extractor.stats?.() ?? {}).filter(([, v]) => typeof v === 'number')) as Record<string, number>;
    await deps.svc.updateRun(runId, { state: 'done', stats, finishedAt: new Date().toISOString() });
  } catch (e) {
    await deps.svc.updateRun(runId, { state: 'failed', error: normalizeError(e, 'STORE_WRITE').describe(), finishedAt: new Date().toISOString() });
  }
}
