import { RawReportSchema, type DeidentifiedReport, type RawReport } from '../domain/report.js';
import type { Ontology } from '../domain/ontology.js';
import { RadlabelError, behaviourOf, normalizeError } from '../errors/index.js';
import type { Extractor } from '../extract/extractor.js';
import { prepareRaw } from '../pipeline/prepare-report.js';
import type { Stage } from '../domain/stage.js';
import type { LabelStore } from '../store/label-store.js';
import type { RawCipher } from './raw-crypto.js';
import type { ServiceStore } from './store/service-store.js';

/** A labelling job's data: the inbox id only, never report text. */
export interface LabelJobData {
  inboxId: string;
}

export interface LabelJobDeps {
  svc: ServiceStore;
  labels: LabelStore;
  cipher: RawCipher;
  deid: Stage<RawReport, DeidentifiedReport>;
  extractor: Extractor;
  ontology: Ontology;
  /** Writes labels (default `labels.saveLabelled`); the runtime passes a group-committed one. */
  saveLabelled?: LabelStore['saveLabelled'];
  /** Reads an inbox entry (default `svc.getInbox`); the runtime passes a grouped read. */
  getInbox?: (id: string) => ReturnType<ServiceStore['getInbox']>;
  /** Marks entries labelled (default `svc.finishLabelled`); group-committed likewise. */
  finishLabelled?: (ids: string[]) => Promise<unknown>;
  /**
   * Called after the labels are stored (FHIR write-back: adds an outbox row, ids only). A failure
   * fails the job, which is retried: the labels are stored once by version, and this is called again.
   */
  afterLabelled?: (report: DeidentifiedReport) => Promise<void>;
}

export type LabelJobResult = 'labelled' | 'already-labelled' | 'quarantined' | 'gone';

/**
 * A failure a retry cannot cure (bad input, wrong key): the queue must not retry it. Transient
 * failures are thrown as they are and retried with backoff.
 */
export class PermanentJobError extends Error {
  constructor(readonly error: RadlabelError) {
    super(error.describe());
    this.name = 'PermanentJobError';
  }
}

/** Whether a retry may succeed: the error says so, or its code is a transient one. */
export const isRetriable = (e: RadlabelError): boolean => e.retriable || behaviourOf(e.code).retriable;

/**
 * De-identify → extract → store one accepted report. Re-reads the inbox row and returns quietly
 * when it is already done (re-delivery, a job run twice after a crash): labels are written once,
 * by the store's idempotency on (report, version, ontology), and the raw text is deleted after.
 */
export async function execLabelJob(data: LabelJobData, deps: LabelJobDeps): Promise<LabelJobResult> {
  const entry = await (deps.getInbox ?? ((id) => deps.svc.getInbox(id)))(data.inboxId);
  if (!entry || entry.state === 'labelled' || entry.state === 'quarantined' || entry.rawEnc === null) return 'gone';
  const locator = { messageId: entry.reportId };
  let raw: RawReport;
  try {
    raw = RawReportSchema.parse(JSON.parse(deps.cipher.decrypt(entry.rawEnc)));
  } catch (e) {
    const err = normalizeError(e, 'SERVICE_DECRYPT', locator);
    await deps.svc.failInbox(entry.id, err.code, err.message);
    throw new PermanentJobError(err);
  }
  // No resume check: the inbox already admits each version once, and saving labels is idempotent
  // by version, so a job run again after a crash writes nothing twice.
  const prep = await prepareRaw(raw, { deid: deps.deid, store: deps.labels, ontologyId: deps.ontology.id, resume: false });
  if (prep.kind === 'quarantine') return quarantine(deps, entry.id, prep.error, raw);
  if (prep.kind === 'labelled' || prep.kind === 'skipped') {
    await deps.svc.finishInbox(entry.id, 'labelled');
    return 'already-labelled';
  }
  let labels;
  try {
    labels = (await deps.extractor.extract(prep.report, deps.ontology)).labels;
  } catch (e) {
    const err = normalizeError(e, 'EXTRACT_FAILED', locator);
    // Identifying text reached the request guard: de-identification failed for this report.
    if (err.code === 'DEID_LEAK') return quarantine(deps, entry.id, err, raw);
    await deps.labels.recordFailures([{ reportId: prep.report.reportId, versionKey: prep.report.versionKey, ontologyId: deps.ontology.id, code: err.code, reason: err.message }]);
    await deps.svc.failInbox(entry.id, err.code, err.message);
    if (isRetriable(err)) throw err;
    throw new PermanentJobError(err);
  }
  await (deps.saveLabelled ?? ((x) => deps.labels.saveLabelled(x)))([{ report: prep.report, labels }]);
  await deps.afterLabelled?.(prep.report);
  await (deps.finishLabelled ?? ((ids) => deps.svc.finishLabelled(ids)))([entry.id]);
  return 'labelled';
}

/** Quarantine format of a parsed raw report (JSON, encrypted): a retry puts it back in the inbox as it is. */
export const RAW_REPORT_FORMAT = 'radlabel-raw-report';

async function quarantine(deps: LabelJobDeps, id: string, err: RadlabelError, raw: RawReport): Promise<LabelJobResult> {
  const locator = { ...err.locator, messageId: id };
  await deps.labels.quarantine([{ code: err.code, reason: err.message, locator, format: RAW_REPORT_FORMAT, raw: deps.cipher.encrypt(JSON.stringify(raw)) }]);
  await deps.svc.finishInbox(id, 'quarantined', err.code, err.message);
  return 'quarantined';
}
