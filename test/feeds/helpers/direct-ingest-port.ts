import type { IngestOutcome, IngestPort, IngestRequest } from '../../../src/service/ingest-port.js';
import type { InputFormat } from '../../../src/ingest/ingest-item.js';
import { parseInput } from '../../../src/ingest/parse-input.js';
import { createDeidStage } from '../../../src/deid/deid-stage.js';
import { createRulesExtractor } from '../../../src/extract/rules/rules-extractor.js';
import { loadOntology } from '../../../src/ontology/load-ontology.js';
import { normalizeError } from '../../../src/errors/index.js';
import type { LabelStore, LabelledReport, QuarantineEntry } from '../../../src/store/label-store.js';

export const TEST_DEID = { key: 'feeds-test-key-0123456789abcdef', mode: 'surrogate' as const, keepStudyUids: false };

const FORMAT: Record<IngestRequest['contentType'], InputFormat> = { hl7v2: 'hl7', 'fhir+json': 'fhir', json: 'jsonl' };

/**
 * A real, in-process IngestPort for the feed tests: the project's parsers, de-identification and
 * rules engine, then one store transaction per request. It resolves only after the store write,
 * as the service's port does, so an ACK sent after it means "stored". (The service's own port
 * stores the encrypted raw input and enqueues instead of labelling in line.)
 */
export function directIngestPort(store: LabelStore, opts: { ontology?: string; failWith?: () => Error | undefined } = {}): IngestPort & { calls: IngestRequest[] } {
  const ontology = loadOntology(opts.ontology ?? 'chexpert');
  const deid = createDeidStage(TEST_DEID);
  const extractor = createRulesExtractor();
  const calls: IngestRequest[] = [];
  return {
    calls,
    async ingest(req: IngestRequest): Promise<IngestOutcome> {
      calls.push(req);
      const injected = opts.failWith?.();
      if (injected) throw injected;
      const outcome: IngestOutcome = { accepted: [], skipped: [], rejected: [] };
      const labelled: LabelledReport[] = [];
      const quarantine: QuarantineEntry[] = [];
      for (const item of parseInput(FORMAT[req.contentType], req.body, { file: req.source.peer })) {
        if (item.kind === 'skipped') {
          outcome.skipped.push({ reason: item.reason, ...(item.locator.messageId ? { messageId: item.locator.messageId } : {}) });
        } else if (item.kind === 'error') {
          quarantine.push({ code: item.error.code, reason: item.error.message, locator: item.error.locator, format: req.contentType, raw: item.raw });
          outcome.rejected.push({ code: item.error.code, message: item.error.message, ...(item.error.locator.messageId ? { messageId: item.error.locator.messageId } : {}) });
        } else {
          try {
            const report = await deid.run(item.report);
            labelled.push({ report, labels: (await extractor.extract(report, ontology)).labels });
          } catch (e) {
            const error = normalizeError(e, 'DEID_FAILED');
            quarantine.push({ code: error.code, reason: error.message, locator: error.locator, format: req.contentType, raw: item.report.text });
            outcome.rejected.push({ code: error.code, message: error.message });
          }
        }
      }
      if (quarantine.length) await store.quarantine(quarantine);
      if (labelled.length) {
        const results = await store.saveLabelled(labelled);
        results.forEach((r, i) => outcome.accepted.push({ reportId: labelled[i]!.report.reportId, duplicate: r === 'duplicate' }));
      }
      return outcome;
    },
  };
}
